import type { PlaybookSettings } from '../../lib/domain/playbook/budget';
import type { Translate } from '../../lib/i18n';

/** The settings fields in the order the form shows them, with the step of their input. */
export const SETTINGS_FIELDS: ReadonlyArray<{ key: keyof PlaybookSettings; step: string }> = [
  { key: 'neutralCompensation', step: '0.01' },
  { key: 'negativeCompensation', step: '0.01' },
  { key: 'couponValue', step: '0.01' },
  { key: 'pointsValue', step: '1' },
  { key: 'pointsPerYuan', step: '1' },
  { key: 'giftCost', step: '0.01' },
  { key: 'shippingCost', step: '0.01' },
  { key: 'goodsCostRate', step: '0.01' },
  { key: 'partialRefundRate', step: '0.01' },
  { key: 'dailyBudget', step: '0.01' },
];

export interface ShopSettingsProps {
  t: Translate;
  /** The form's values as typed. */
  draft: Record<keyof PlaybookSettings, string>;
  message: { kind: 'ok' | 'error'; text: string } | null;
  onChange: (key: keyof PlaybookSettings, value: string) => void;
  onSave: () => void;
}

/** Remedy costs and the daily budget: what the review panel prices remedies with. */
export function ShopSettings({ t, draft, message, onChange, onSave }: ShopSettingsProps) {
  return (
    <section class="card" aria-labelledby="settings-title" data-testid="shop-settings">
      <h2 id="settings-title">{t('remedySettings.title')}</h2>
      <p class="hint">{t('remedySettings.intro')}</p>
      <form
        class="grid"
        // Our own check names the field and the rule; the browser's bubble would not.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSave();
        }}
      >
        {SETTINGS_FIELDS.map(({ key, step }) => (
          <label key={key}>
            {t(`remedySettings.${key}`)}
            <input type="number" min="0" step={step} name={key} value={draft[key]} onInput={(event) => onChange(key, event.currentTarget.value)} />
          </label>
        ))}
        <div class="toolbar wide">
          <button type="submit" class="primary">
            {t('remedySettings.save')}
          </button>
        </div>
      </form>
      {message && (
        <p class={`message message--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="settings-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
