import type { LibraryReply, ReplyGroup } from '../../lib/domain/library/types';
import { GROUP_SCOPES } from '../../lib/domain/library/types';
import { STAGES } from '../../lib/domain/playbook/types';
import { CAUSE_CODES, INTENT_CODES } from '../../lib/domain/taxonomy';
import type { Translate } from '../../lib/i18n';

export interface ReplyLibraryProps {
  t: Translate;
  groups: readonly ReplyGroup[];
  /** The replies to show (already filtered by the search), in library order. */
  replies: readonly LibraryReply[];
  query: string;
  editing: LibraryReply | null;
  editingGroup: ReplyGroup | null;
  message: { kind: 'ok' | 'error'; text: string } | null;
  onQuery: (query: string) => void;
  onNew: () => void;
  onEdit: (reply: LibraryReply) => void;
  onDelete: (reply: LibraryReply) => void;
  onMove: (reply: LibraryReply, step: -1 | 1) => void;
  onChange: (reply: LibraryReply) => void;
  onSave: () => void;
  onCancel: () => void;
  onNewGroup: () => void;
  onEditGroup: (group: ReplyGroup) => void;
  onDeleteGroup: (group: ReplyGroup) => void;
  onMoveGroup: (group: ReplyGroup, step: -1 | 1) => void;
  onChangeGroup: (group: ReplyGroup) => void;
  onSaveGroup: () => void;
  onImportJson: (file: File) => void;
  onImportCsv: (file: File) => void;
  onExport: () => void;
}

function FileButton(props: { label: string; accept: string; testid: string; onFile: (file: File) => void }) {
  return (
    <label class="button">
      {props.label}
      <input
        type="file"
        accept={props.accept}
        data-testid={props.testid}
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) props.onFile(file);
          event.currentTarget.value = '';
        }}
      />
    </label>
  );
}

function Tags<T extends string>(props: { legend: string; all: readonly T[]; chosen: readonly T[]; label: (value: T) => string; onChange: (chosen: T[]) => void }) {
  return (
    <fieldset class="tags wide">
      <legend>{props.legend}</legend>
      {props.all.map((value) => (
        <label key={value} class="tag">
          <input
            type="checkbox"
            checked={props.chosen.includes(value)}
            onChange={(event) => props.onChange(event.currentTarget.checked ? props.all.filter((v) => v === value || props.chosen.includes(v)) : props.chosen.filter((v) => v !== value))}
          />
          {props.label(value)}
        </label>
      ))}
    </fieldset>
  );
}

function ReplyEditor({ t, groups, reply, onChange, onSave, onCancel }: Pick<ReplyLibraryProps, 't' | 'groups' | 'onChange' | 'onSave' | 'onCancel'> & { reply: LibraryReply }) {
  const set = (changes: Partial<LibraryReply>) => onChange({ ...reply, ...changes });
  return (
    <form
      class="editor grid"
      data-testid="library-editor"
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <label>
        {t('library.group')}
        <select value={reply.groupId} onChange={(event) => set({ groupId: event.currentTarget.value })}>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('library.replyTitle')}
        <input value={reply.title} maxLength={60} onInput={(event) => set({ title: event.currentTarget.value })} />
      </label>
      <label>
        {t('library.code')}
        <input value={reply.code} maxLength={16} onInput={(event) => set({ code: event.currentTarget.value })} />
      </label>
      <label class="wide">
        {t('library.text')}
        <textarea rows={5} value={reply.text} onInput={(event) => set({ text: event.currentTarget.value })} />
        <span class="hint">{t('library.textHint')}</span>
      </label>
      <label class="wide">
        {t('library.product')}
        <input value={reply.product ?? ''} maxLength={100} onInput={(event) => set({ product: event.currentTarget.value || undefined })} />
      </label>
      <Tags legend={t('library.causes')} all={CAUSE_CODES} chosen={reply.causes} label={(c) => t(`cause.${c}`)} onChange={(causes) => set({ causes })} />
      <Tags legend={t('library.intents')} all={INTENT_CODES} chosen={reply.intents} label={(i) => t(`library.intent.${i}`)} onChange={(intents) => set({ intents })} />
      <Tags legend={t('library.stages')} all={STAGES} chosen={reply.stages} label={(s) => t(`library.stage.${s}`)} onChange={(stages) => set({ stages })} />
      <div class="toolbar wide">
        <button type="submit" class="primary">
          {t('library.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('library.cancel')}
        </button>
      </div>
    </form>
  );
}

function GroupEditor({ t, group, onChangeGroup, onSaveGroup, onCancel }: Pick<ReplyLibraryProps, 't' | 'onChangeGroup' | 'onSaveGroup' | 'onCancel'> & { group: ReplyGroup }) {
  return (
    <form
      class="editor grid"
      data-testid="group-editor"
      onSubmit={(event) => {
        event.preventDefault();
        onSaveGroup();
      }}
    >
      <label>
        {t('library.groupName')}
        <input value={group.name} maxLength={40} onInput={(event) => onChangeGroup({ ...group, name: event.currentTarget.value })} />
      </label>
      <label>
        {t('library.scope')}
        <select value={group.scope} onChange={(event) => onChangeGroup({ ...group, scope: event.currentTarget.value as ReplyGroup['scope'] })}>
          {GROUP_SCOPES.map((scope) => (
            <option key={scope} value={scope}>
              {t(`library.scope.${scope}`)}
            </option>
          ))}
        </select>
      </label>
      <div class="toolbar wide">
        <button type="submit" class="primary">
          {t('library.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('library.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The reply library: browse by group, search, edit, reorder, import and export. */
export function ReplyLibrary(props: ReplyLibraryProps) {
  const { t, groups, replies, query, editing, editingGroup, message } = props;
  const searching = query.trim() !== '';
  return (
    <section class="card" aria-labelledby="library-title" data-testid="library">
      <h2 id="library-title">{t('library.title')}</h2>
      <p class="hint">{t('library.intro')}</p>
      <div class="toolbar">
        <input type="search" class="search" aria-label={t('library.search')} placeholder={t('library.search')} value={query} onInput={(event) => props.onQuery(event.currentTarget.value)} />
        <button type="button" onClick={props.onNew}>
          {t('library.new')}
        </button>
        <button type="button" onClick={props.onNewGroup}>
          {t('library.newGroup')}
        </button>
        <FileButton label={t('library.importJson')} accept="application/json,.json" testid="library-import-json" onFile={props.onImportJson} />
        <FileButton label={t('library.importCsv')} accept="text/csv,.csv" testid="library-import-csv" onFile={props.onImportCsv} />
        <button type="button" onClick={props.onExport}>
          {t('library.export')}
        </button>
      </div>
      {message && (
        <p class={`message message--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="library-message">
          {message.text}
        </p>
      )}
      {editing && <ReplyEditor t={t} groups={groups} reply={editing} onChange={props.onChange} onSave={props.onSave} onCancel={props.onCancel} />}
      {editingGroup && <GroupEditor t={t} group={editingGroup} onChangeGroup={props.onChangeGroup} onSaveGroup={props.onSaveGroup} onCancel={props.onCancel} />}
      {searching && replies.length === 0 && <p class="empty">{t('library.noMatch')}</p>}
      {groups.map((group) => {
        const inGroup = replies.filter((reply) => reply.groupId === group.id);
        if (searching && inGroup.length === 0) return null;
        return (
          <div key={group.id} class="group" data-testid="library-group" data-group={group.name}>
            <h3 class="group__head">
              <span>{group.name}</span>
              <span class="scope">{t(`library.scope.${group.scope}`)}</span>
              <span class="actions">
                <ItemActions
                  t={t}
                  onMove={(step) => props.onMoveGroup(group, step)}
                  onEdit={() => props.onEditGroup(group)}
                  onDelete={() => props.onDeleteGroup(group)}
                />
              </span>
            </h3>
            <table class="list">
              <tbody>
                {inGroup.map((reply) => (
                  <tr key={reply.id} data-testid="library-reply" data-id={reply.id}>
                    <td class="mono code">{reply.code && `/${reply.code}`}</td>
                    <td class="title">{reply.title}</td>
                    <td class="text">{reply.text}</td>
                    <td class="actions">
                      <ItemActions
                        t={t}
                        onMove={(step) => props.onMove(reply, step)}
                        onEdit={() => props.onEdit(reply)}
                        onDelete={() => props.onDelete(reply)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}

/** Move up, move down, edit and delete: the same four actions on a group and on a reply. */
function ItemActions({ t, onMove, onEdit, onDelete }: { t: Translate; onMove: (step: -1 | 1) => void; onEdit: () => void; onDelete: () => void }) {
  return (
    <>
      <button type="button" aria-label={t('library.moveUp')} onClick={() => onMove(-1)}>
        ↑
      </button>
      <button type="button" aria-label={t('library.moveDown')} onClick={() => onMove(1)}>
        ↓
      </button>
      <button type="button" onClick={onEdit}>
        {t('library.edit')}
      </button>
      <button type="button" class="danger" onClick={onDelete}>
        {t('library.delete')}
      </button>
    </>
  );
}
