import { useEffect, useMemo, useState } from 'preact/hooks';
import { ReplyLibrary } from '../../../components/options/ReplyLibrary';
import { checkReply } from '../../domain/compliance';
import { importQuickPhraseCsv } from '../../domain/library/csv-import';
import { deleteGroup, deleteReply, moveGroup, moveReply, searchLibrary, upsertGroup, upsertReply } from '../../domain/library/edit';
import { describeIssue, exportLibrary, LibraryReplySchema, parseLibraryFile, ReplyGroupSchema } from '../../domain/library/schema';
import type { Library, LibraryReply, ReplyGroup } from '../../domain/library/types';
import { initialsOf } from '../../domain/quick-replies/initials';
import type { Translate } from '../../i18n';
import { sendMessage } from '../../messaging/protocol';

const newId = () => crypto.randomUUID();

/** State and storage for the reply library section; the background validates and stores every change. */
export function ReplyLibraryPage({ t }: { t: Translate }) {
  const [library, setLibrary] = useState<Library>({ groups: [], replies: [] });
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<LibraryReply | null>(null);
  const [editingGroup, setEditingGroup] = useState<ReplyGroup | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    sendMessage('getLibrary', undefined).then(setLibrary, (error: unknown) => setMessage({ kind: 'error', text: String(error) }));
  }, []);

  const initials = useMemo(() => {
    const cache = new Map<string, string>();
    return (title: string) => {
      let found = cache.get(title);
      if (found === undefined) cache.set(title, (found = initialsOf(title)));
      return found;
    };
  }, []);
  const shown = useMemo(() => searchLibrary(library.replies, query, initials), [library.replies, query, initials]);

  const store = async (next: Library, done: string) => {
    try {
      await sendMessage('saveLibrary', next);
      setLibrary(next);
      setMessage({ kind: 'ok', text: done });
      return true;
    } catch (error) {
      setMessage({ kind: 'error', text: t('library.saveFailed', { error: error instanceof Error ? error.message : String(error) }) });
      return false;
    }
  };

  const saveReply = () => {
    if (!editing) return;
    // The compliance guard first, with its reason: the agent learns why, not only that.
    const compliance = checkReply(editing.text);
    if (compliance.flagged) {
      const reason = compliance.reasons[0]!;
      return setMessage({ kind: 'error', text: t('library.refused', { reason: reason.message.zh, span: reason.span.text }) });
    }
    const parsed = LibraryReplySchema.safeParse(editing);
    if (!parsed.success) return setMessage({ kind: 'error', text: describeIssue(parsed.error) });
    void store(upsertReply(library, parsed.data), t('library.saved')).then((ok) => ok && setEditing(null));
  };

  const saveGroup = () => {
    if (!editingGroup) return;
    const parsed = ReplyGroupSchema.safeParse(editingGroup);
    if (!parsed.success) return setMessage({ kind: 'error', text: describeIssue(parsed.error) });
    void store(upsertGroup(library, parsed.data), t('library.saved')).then((ok) => ok && setEditingGroup(null));
  };

  return (
    <ReplyLibrary
      t={t}
      groups={library.groups}
      replies={shown}
      query={query}
      editing={editing}
      editingGroup={editingGroup}
      message={message}
      onQuery={setQuery}
      onNew={() => {
        const groupId = library.groups.find((group) => group.scope === 'personal')?.id ?? library.groups[0]?.id;
        if (!groupId) return setMessage({ kind: 'error', text: t('library.needGroup') });
        setEditingGroup(null);
        setEditing({ id: newId(), groupId, code: '', title: '', text: '', causes: [], intents: [], stages: [] });
      }}
      onEdit={(reply) => {
        setEditingGroup(null);
        setEditing(structuredClone(reply));
      }}
      onDelete={(reply) => {
        if (confirm(t('library.confirmDelete', { title: reply.title }))) void store(deleteReply(library, reply.id), t('library.deleted'));
      }}
      onMove={(reply, step) => void store(moveReply(library, reply.id, step), t('library.saved'))}
      onChange={setEditing}
      onSave={saveReply}
      onCancel={() => {
        setEditing(null);
        setEditingGroup(null);
      }}
      onNewGroup={() => {
        setEditing(null);
        setEditingGroup({ id: newId(), name: '', scope: 'personal' });
      }}
      onEditGroup={(group) => {
        setEditing(null);
        setEditingGroup({ ...group });
      }}
      onDeleteGroup={(group) => {
        const n = library.replies.filter((reply) => reply.groupId === group.id).length;
        if (confirm(t('library.confirmDeleteGroup', { name: group.name, n }))) void store(deleteGroup(library, group.id), t('library.deleted'));
      }}
      onMoveGroup={(group, step) => void store(moveGroup(library, group.id, step), t('library.saved'))}
      onChangeGroup={setEditingGroup}
      onSaveGroup={saveGroup}
      onImportJson={(file) =>
        void file.text().then((text) => {
          const parsed = parseLibraryFile(text);
          if (!parsed.ok) return setMessage({ kind: 'error', text: t('library.importFailed', { error: parsed.error }) });
          void store(parsed.library, t('library.importedJson', { n: parsed.library.replies.length }));
        })
      }
      onImportCsv={(file) =>
        void file.arrayBuffer().then((buffer) => {
          const result = importQuickPhraseCsv(new Uint8Array(buffer), library, newId);
          if (!result.ok) {
            const where = result.line === null ? '' : t('library.csvWhere', { line: result.line, field: result.field ?? '' });
            return setMessage({ kind: 'error', text: t('library.importFailed', { error: `${where}${result.error}` }) });
          }
          void store(result.library, t('library.importedCsv', { n: result.added }));
        })
      }
      onExport={() => {
        const url = URL.createObjectURL(new Blob([exportLibrary(library)], { type: 'application/json' }));
        const link = Object.assign(document.createElement('a'), { href: url, download: 'kefu-lens-replies.json' });
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      }}
    />
  );
}
