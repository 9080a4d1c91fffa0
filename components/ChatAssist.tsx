import type { ChatSuggestions } from '../lib/messaging/protocol';
import type { RemedyKind } from '../lib/domain/playbook/remedies';
import { useState } from 'preact/hooks';
import type { PaletteReply } from '../lib/domain/quick-replies/filter';
import type { PageMessageKey, Translate } from '../lib/i18n';
import { money } from './ReplySuggestions';

export interface ChatAssistProps {
  t: Translate<PageMessageKey>;
  /** What the compliance guard found in the input (a warning only: typing is never blocked). */
  warning: { reason: string; span: string } | null;
  /** For the buyer's case (its step) or a new complaint: replies for the cause, and its remedies with their cost. */
  suggestions: (ChatSuggestions & { cause: NonNullable<ChatSuggestions['cause']>; stage: NonNullable<ChatSuggestions['stage']> }) | null;
  onFill: (reply: PaletteReply) => void;
  /** The remedy that would go over today's budget, waiting for a second click. */
  confirming: { kind: RemedyKind; over: number } | null;
  onChooseRemedy: (kind: RemedyKind, orderAmount?: number) => void;
  /** A remedy priced by the order amount, waiting for the agent to give it (the chat shows no amount). */
  askingAmount: RemedyKind | null;
  /** The last remedy recorded (or why it was not). */
  status: { kind: 'ok' | 'error'; text: string } | null;
  onDismiss: () => void;
}

/**
 * Above the input: the compliance warning and, for the buyer's case or a complaint, the top replies for the
 * case's step and the cause's remedies (choosing one records it on the case and fills the offer into the input).
 */
export function ChatAssist({ t, warning, suggestions, onFill, confirming, onChooseRemedy, askingAmount, status, onDismiss }: ChatAssistProps) {
  // Keep the input's caret: the reply goes where the agent left it.
  const keepCaret = (event: MouseEvent) => event.preventDefault();
  const remedies = suggestions?.remedies;
  return (
    <div class="assist">
      {warning && (
        <p class="assist__warn" role="alert" data-testid="compliance-warning">
          <strong>{t('compliance.warning')}</strong> {warning.reason} <q>{warning.span}</q>
        </p>
      )}
      {suggestions && (
        <div class="assist__suggest" data-testid="chat-suggestions" data-stage={suggestions.stage}>
          {/* On top: the strip's last line shares its height with the waiting-time chip at the input's right. */}
          {askingAmount && <AmountField t={t} label={t(`remedy.kind.${askingAmount}`)} onAmount={(amount) => onChooseRemedy(askingAmount, amount)} />}
          <span class="assist__label">
            {t(suggestions.caseId ? 'chatSuggest.caseTitle' : 'chatSuggest.title', { cause: t(`cause.${suggestions.cause}`), stage: t(`playbookStage.${suggestions.stage}`) })}
          </span>
          {suggestions.replies.map((reply) => (
            <button key={reply.id} type="button" class="assist__reply" title={reply.text} data-testid="chat-suggestion" onMouseDown={keepCaret} onClick={() => onFill(reply)}>
              {reply.title}
            </button>
          ))}
          <button type="button" class="assist__close" aria-label={t('chatSuggest.dismiss')} onClick={onDismiss}>
            ×
          </button>
          {remedies && remedies.options.length > 0 && (
            <span class="assist__remedies" data-testid="chat-remedies">
              <span class="assist__label">{t('chatSuggest.remedies', { left: money(Math.max(0, remedies.dailyBudget - remedies.spentToday)) })}</span>
              {remedies.options.map((option) => (
                <button key={option.kind} type="button" class="assist__reply" data-testid="chat-remedy" onMouseDown={keepCaret} onClick={() => onChooseRemedy(option.kind)}>
                  {confirming?.kind === option.kind ? t('remedy.confirm') : t(`remedy.kind.${option.kind}`)} · {t(option.estimate ? 'chatSuggest.costFrom' : 'chatSuggest.cost', { cost: money(option.cost) })}
                </button>
              ))}
            </span>
          )}
          {confirming && (
            <span class="assist__status assist__status--error" role="alert">
              {t('remedy.overBudget', { over: money(confirming.over) })}
            </span>
          )}
          {status && (
            <span class={`assist__status assist__status--${status.kind}`} role="status" data-testid="chat-remedy-status">
              {status.text}
            </span>
          )}
        </div>
      )}
    </div>
  );
}

/** The order amount a remedy is priced by, asked in the strip before it is recorded. */
function AmountField({ t, label, onAmount }: { t: ChatAssistProps['t']; label: string; onAmount: (amount: number) => void }) {
  const [value, setValue] = useState('');
  const amount = Number(value);
  const valid = value !== '' && Number.isFinite(amount) && amount > 0 && amount <= 1_000_000;
  return (
    <span class="assist__remedies" data-testid="chat-remedy-amount">
      <label class="assist__label">
        {t('chatSuggest.amount', { remedy: label })} <input class="assist__amount" type="number" min="0" step="0.01" value={value} onInput={(event) => setValue(event.currentTarget.value)} />
      </label>
      <button type="button" class="assist__reply" disabled={!valid} onClick={() => valid && onAmount(amount)}>
        {t('remedy.choose')}
      </button>
    </span>
  );
}
