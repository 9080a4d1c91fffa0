import { useEffect, useState } from 'preact/hooks';
import { SETTINGS_FIELDS, ShopSettings } from '../../../components/options/ShopSettings';
import { DEFAULT_PLAYBOOK_SETTINGS, type PlaybookSettings } from '../../domain/playbook/budget';
import { PlaybookSettingsSchema } from '../../domain/playbook/settings-schema';
import { describeIssue } from '../../domain/library/schema';
import type { Translate } from '../../i18n';
import { sendMessage } from '../../messaging/protocol';

type Draft = Record<keyof PlaybookSettings, string>;
const toDraft = (settings: PlaybookSettings): Draft => Object.fromEntries(SETTINGS_FIELDS.map(({ key }) => [key, String(settings[key])])) as Draft;

/** State and storage of the shop's remedy settings; the background validates them again. */
export function ShopSettingsPage({ t }: { t: Translate }) {
  // No form until the stored settings arrived: they must not overwrite what the agent typed.
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => {
    sendMessage('getShopSettings', undefined).then(
      (settings) => setDraft(toDraft(settings)),
      () => setDraft(toDraft(DEFAULT_PLAYBOOK_SETTINGS)),
    );
  }, []);
  if (!draft) return null;

  return (
    <ShopSettings
      t={t}
      draft={draft}
      message={message}
      onChange={(key, value) => setDraft((current) => current && { ...current, [key]: value })}
      onSave={() => {
        const values = Object.fromEntries(SETTINGS_FIELDS.map(({ key }) => [key, draft[key].trim() === '' ? Number.NaN : Number(draft[key])]));
        const parsed = PlaybookSettingsSchema.safeParse(values);
        if (!parsed.success) {
          const key = parsed.error.issues[0]?.path[0] as keyof PlaybookSettings | undefined;
          return setMessage({ kind: 'error', text: key ? `${t(`remedySettings.${key}`)}：${parsed.error.issues[0]!.message}` : describeIssue(parsed.error) });
        }
        sendMessage('saveShopSettings', parsed.data).then(
          () => setMessage({ kind: 'ok', text: t('remedySettings.saved') }),
          (error: unknown) => setMessage({ kind: 'error', text: String(error) }),
        );
      }}
    />
  );
}
