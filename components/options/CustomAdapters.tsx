import type { CustomAdapterDefinition, CustomSelectors } from '../../lib/sites/custom/definition';
import { SELECTOR_FIELDS } from '../../lib/sites/custom/definition';
import type { Translate } from '../../lib/i18n';

export type MatchCount = number | 'invalid' | undefined;

export interface CustomAdaptersProps {
  t: Translate;
  adapters: readonly CustomAdapterDefinition[];
  editing: CustomAdapterDefinition | null;
  /** Live match counts on the connected tab, by selector field; null when no tab is connected. */
  counts: Partial<Record<keyof CustomSelectors, MatchCount>> | null;
  message: { kind: 'ok' | 'error'; text: string } | null;
  onNew: () => void;
  onEdit: (adapter: CustomAdapterDefinition) => void;
  onDelete: (adapter: CustomAdapterDefinition) => void;
  onChange: (adapter: CustomAdapterDefinition) => void;
  onSave: () => void;
  onCancel: () => void;
  onImport: (file: File) => void;
  onExport: () => void;
}

/** The agent's own adapters for consoles Kefu Lens does not know: list, editor, import and export. */
export function CustomAdapters(props: CustomAdaptersProps) {
  const { t, adapters, editing, message } = props;
  return (
    <section class="card" aria-labelledby="custom-title">
      <h2 id="custom-title">{t('custom.title')}</h2>
      <p class="hint">{t('custom.intro')}</p>
      <div class="toolbar">
        <button type="button" onClick={props.onNew}>
          {t('custom.new')}
        </button>
        <label class="button">
          {t('custom.import')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="custom-import"
            hidden
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) props.onImport(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
        <button type="button" onClick={props.onExport} disabled={adapters.length === 0}>
          {t('custom.export')}
        </button>
      </div>
      {message && (
        <p class={`message message--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="custom-message">
          {message.text}
        </p>
      )}
      {adapters.length === 0 ? (
        <p class="empty">{t('custom.none')}</p>
      ) : (
        <table class="list" data-testid="custom-list">
          <thead>
            <tr>
              <th>{t('custom.name')}</th>
              <th>{t('custom.pageKind')}</th>
              <th>{t('custom.matches')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {adapters.map((adapter) => (
              <tr key={adapter.id}>
                <td>{adapter.name}</td>
                <td>{t(`pageKind.${adapter.pageKind}`)}</td>
                <td class="mono">{adapter.matches.join('\n')}</td>
                <td class="actions">
                  <button type="button" onClick={() => props.onEdit(adapter)}>
                    {t('custom.edit')}
                  </button>
                  <button type="button" class="danger" onClick={() => props.onDelete(adapter)}>
                    {t('custom.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && <Editor {...props} editing={editing} />}
    </section>
  );
}

const FIELDS_BY_KIND = {
  reviews: ['reviewItem', 'reviewText', 'rating', 'buyer', 'orderId', 'replyBox'],
  chat: ['messageList', 'message', 'messageText', 'buyerMessage', 'agentMessage', 'input'],
} as const satisfies Record<CustomAdapterDefinition['pageKind'], ReadonlyArray<(typeof SELECTOR_FIELDS)[number]>>;

function Editor({ t, editing, counts, onChange, onSave, onCancel }: CustomAdaptersProps & { editing: CustomAdapterDefinition }) {
  const set = (patch: Partial<CustomAdapterDefinition>) => onChange({ ...editing, ...patch });
  const setSelector = (field: keyof CustomSelectors, value: string) => {
    const selectors = { ...editing.selectors };
    if (value.trim()) selectors[field] = value;
    else delete selectors[field];
    set({ selectors });
  };
  return (
    <form
      class="editor"
      data-testid="custom-editor"
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <div class="grid">
        <label>
          {t('custom.name')}
          <input value={editing.name} maxLength={60} required onInput={(e) => set({ name: e.currentTarget.value })} />
        </label>
        <label>
          {t('custom.id')}
          <input value={editing.id} maxLength={40} required class="mono" onInput={(e) => set({ id: e.currentTarget.value })} />
        </label>
        <label>
          {t('custom.pageKind')}
          <select value={editing.pageKind} onChange={(e) => set({ pageKind: e.currentTarget.value as CustomAdapterDefinition['pageKind'] })}>
            <option value="reviews">{t('pageKind.reviews')}</option>
            <option value="chat">{t('pageKind.chat')}</option>
          </select>
        </label>
        <label class="wide">
          {t('custom.matches')}
          <textarea
            class="mono"
            rows={2}
            placeholder="https://seller.example.com/reviews/*"
            value={editing.matches.join('\n')}
            onInput={(e) => set({ matches: e.currentTarget.value.split('\n').map((line) => line.trim()).filter(Boolean) })}
          />
        </label>
      </div>
      <h3>{t('custom.selectors')}</h3>
      <p class="hint">{counts ? t('custom.countsLive') : t('custom.countsOffline')}</p>
      <div class="selectors">
        {FIELDS_BY_KIND[editing.pageKind].map((field) => (
          <label key={field}>
            <span>{t(`custom.field.${field}`)}</span>
            <input
              class="mono"
              name={field}
              value={editing.selectors[field] ?? ''}
              onInput={(e) => setSelector(field, e.currentTarget.value)}
            />
            <Count t={t} count={editing.selectors[field] ? counts?.[field] : undefined} />
          </label>
        ))}
      </div>
      <div class="toolbar">
        <button type="submit" class="primary">
          {t('custom.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('custom.cancel')}
        </button>
      </div>
    </form>
  );
}

function Count({ t, count }: { t: Translate; count: MatchCount }) {
  if (count === undefined) return <output class="count" />;
  if (count === 'invalid') return <output class="count count--bad">{t('custom.invalid')}</output>;
  return <output class={`count ${count === 0 ? 'count--bad' : 'count--ok'}`}>{t('custom.matchCount', { n: count })}</output>;
}
