import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import { downloadBackup } from '../download';
import { sendMessage } from '../../messaging/protocol';
import type { Settings } from '../../storage/settings';

type Message = { ok: boolean; text: string } | null;
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Settings that shape cases and follow-ups (checked again by the background's schema). */
export function CasesSettingsPage({ t }: { t: Translate }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState<Message>(null);
  useEffect(() => void sendMessage('getSettings', undefined).then(setSettings, (error: unknown) => setMessage({ ok: false, text: errorText(error) })), []);
  if (!settings) return message ? <p class="message message--error">{message.text}</p> : null;

  const text = (field: 'agentName' | 'shop') => (
    <label>
      {t(`settings.${field}`)}
      <br />
      <input data-testid={`settings-${field}`} value={settings[field]} onInput={(event) => setSettings({ ...settings, [field]: event.currentTarget.value })} />
    </label>
  );
  const number = (field: 'firstContactHours' | 'progressIntervalHours' | 'satisfactionDelayHours' | 'watchIntervalMinutes') => (
    <label>
      {t(`settings.${field === 'watchIntervalMinutes' ? 'watchInterval' : field}`)}
      <br />
      <input data-testid={`settings-${field}`} type="number" value={settings[field]} onInput={(event) => setSettings({ ...settings, [field]: Number(event.currentTarget.value) })} />
    </label>
  );
  const clock = (end: 'start' | 'end') => (
    <label>
      {t(end === 'start' ? 'settings.workingHoursStart' : 'settings.workingHoursEnd')}
      <br />
      <input type="time" value={settings.workingHours[end]} onInput={(event) => setSettings({ ...settings, workingHours: { ...settings.workingHours, [end]: event.currentTarget.value } })} />
    </label>
  );
  return (
    <section class="card" data-testid="cases-settings">
      <h2>{t('settings.title')}</h2>
      <div class="grid">
        {text('agentName')}
        {text('shop')}
        {number('firstContactHours')}
        {number('progressIntervalHours')}
        {number('satisfactionDelayHours')}
        {number('watchIntervalMinutes')}
        {clock('start')}
        {clock('end')}
      </div>
      <div class="toolbar">
        <button
          type="button"
          class="primary"
          onClick={() =>
            void sendMessage('saveSettings', settings).then(
              (saved) => {
                setSettings(saved);
                setMessage({ ok: true, text: t('settings.saved') });
              },
              (error: unknown) => setMessage({ ok: false, text: t('settings.invalid', { error: errorText(error) }) }),
            )
          }
        >
          {t('settings.save')}
        </button>
      </div>
      {message && <p class={`message message--${message.ok ? 'ok' : 'error'}`} role="status">{message.text}</p>}
    </section>
  );
}

/** One JSON file of all data; restoring is all or nothing. */
export function BackupPage({ t }: { t: Translate }) {
  const [message, setMessage] = useState<Message>(null);
  const download = async () => {
    try {
      await downloadBackup();
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    }
  };
  const restore = async (file: File | undefined) => {
    if (!file || !confirm(t('backup.confirm'))) return;
    try {
      const counts = await sendMessage('importBackup', { json: await file.text() });
      setMessage({ ok: true, text: t('backup.restored', { counts: Object.entries(counts).map(([store, n]) => `${store} ${n}`).join(', ') }) });
    } catch (error) {
      setMessage({ ok: false, text: t('backup.failed', { error: errorText(error) }) });
    }
  };
  return (
    <section class="card" data-testid="backup">
      <h2>{t('backup.title')}</h2>
      <p class="hint">{t('backup.intro')}</p>
      <div class="toolbar">
        <button type="button" onClick={() => void download()}>
          {t('backup.export')}
        </button>
        <label class="button">
          {t('backup.import')}
          <input data-testid="backup-file" type="file" accept="application/json,.json" hidden onChange={(event) => void restore(event.currentTarget.files?.[0])} />
        </label>
      </div>
      {message && <p class={`message message--${message.ok ? 'ok' : 'error'}`} role="status" data-testid="backup-message">{message.text}</p>}
    </section>
  );
}
