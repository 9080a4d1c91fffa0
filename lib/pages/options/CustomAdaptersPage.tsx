import { useEffect, useState } from 'preact/hooks';
import { CustomAdapters, type MatchCount } from '../../../components/options/CustomAdapters';
import type { Translate } from '../../i18n';
import { sendMessage } from '../../messaging/protocol';
import type { CustomAdapterDefinition, CustomSelectors } from '../../sites/custom/definition';
import { CustomAdapterSchema, describeIssue, parseCustomAdapterFile } from '../../sites/custom/schema';
import { exportCustomAdapters, loadCustomAdapters, saveCustomAdapters } from '../../storage/custom-adapters';

const blank = (): CustomAdapterDefinition => ({ id: '', name: '', matches: [], pageKind: 'reviews', selectors: {} });

/** State and storage for the custom adapters section; `tabId` is the page whose matches are counted live. */
export function CustomAdaptersPage({ t, tabId }: { t: Translate; tabId: number | null }) {
  const [adapters, setAdapters] = useState<CustomAdapterDefinition[]>([]);
  const [editing, setEditing] = useState<{ original: string | null; draft: CustomAdapterDefinition } | null>(null);
  const [counts, setCounts] = useState<Partial<Record<keyof CustomSelectors, MatchCount>> | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => void loadCustomAdapters().then(setAdapters), []);

  // Live counts on the connected tab, a moment after the agent stops typing.
  const selectors = editing?.draft.selectors;
  useEffect(() => {
    if (tabId === null || !selectors) return;
    const timer = setTimeout(() => {
      const asked = Object.fromEntries(Object.entries(selectors).filter(([, value]) => value));
      sendMessage('countSelectors', { selectors: asked }, tabId).then(
        (result) => setCounts(result ?? null),
        () => setCounts(null),
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [tabId, JSON.stringify(selectors)]);

  const store = async (next: CustomAdapterDefinition[], done: string) => {
    await saveCustomAdapters(next);
    setAdapters(next);
    setMessage({ kind: 'ok', text: done });
  };

  return (
    <CustomAdapters
      t={t}
      adapters={adapters}
      editing={editing?.draft ?? null}
      counts={tabId === null ? null : counts}
      message={message}
      onNew={() => setEditing({ original: null, draft: blank() })}
      onEdit={(adapter) => setEditing({ original: adapter.id, draft: structuredClone(adapter) })}
      onDelete={(adapter) => {
        if (confirm(t('custom.confirmDelete', { name: adapter.name }))) void store(adapters.filter((a) => a !== adapter), t('custom.deleted'));
      }}
      onChange={(draft) => setEditing((current) => current && { ...current, draft })}
      onCancel={() => setEditing(null)}
      onSave={() => {
        if (!editing) return;
        const parsed = CustomAdapterSchema.safeParse(editing.draft);
        if (!parsed.success) return setMessage({ kind: 'error', text: describeIssue(parsed.error) });
        const others = adapters.filter((a) => a.id !== editing.original);
        if (others.some((a) => a.id === parsed.data.id)) return setMessage({ kind: 'error', text: t('custom.duplicateId') });
        void store([...others, parsed.data], t('custom.saved')).then(() => setEditing(null));
      }}
      onImport={(file) =>
        void file.text().then((text) => {
          const parsed = parseCustomAdapterFile(text);
          if (!parsed.ok) return setMessage({ kind: 'error', text: t('custom.importFailed', { error: parsed.error }) });
          // All or nothing: imported adapters replace those with the same id, the rest stay.
          const ids = new Set(parsed.file.adapters.map((a) => a.id));
          void store([...adapters.filter((a) => !ids.has(a.id)), ...parsed.file.adapters], t('custom.imported', { n: ids.size }));
        })
      }
      onExport={() => {
        const url = URL.createObjectURL(new Blob([exportCustomAdapters(adapters)], { type: 'application/json' }));
        const link = Object.assign(document.createElement('a'), { href: url, download: 'kefu-lens-adapters.json' });
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      }}
    />
  );
}
