import type { PaletteReply } from '../lib/domain/quick-replies/filter';
import type { CauseCode } from '../lib/domain/taxonomy';
import type { PageMessageKey, Translate } from '../lib/i18n';

export interface ChatAssistProps {
  t: Translate<PageMessageKey>;
  /** What the compliance guard found in the input (a warning only: typing is never blocked). */
  warning: { reason: string; span: string } | null;
  /** Replies for the buyer's complaint, when the pending messages complain. */
  suggestions: { cause: CauseCode; replies: readonly PaletteReply[] } | null;
  onFill: (reply: PaletteReply) => void;
  onDismiss: () => void;
}

/** Above the input: the compliance warning and, for a complaint, the top replies for its cause. */
export function ChatAssist({ t, warning, suggestions, onFill, onDismiss }: ChatAssistProps) {
  return (
    <div class="assist">
      {warning && (
        <p class="assist__warn" role="alert" data-testid="compliance-warning">
          <strong>{t('compliance.warning')}</strong> {warning.reason} <q>{warning.span}</q>
        </p>
      )}
      {suggestions && (
        <div class="assist__suggest" data-testid="chat-suggestions">
          <span class="assist__label">{t('chatSuggest.title', { cause: t(`cause.${suggestions.cause}`) })}</span>
          {suggestions.replies.map((reply) => (
            <button
              key={reply.id}
              type="button"
              class="assist__reply"
              title={reply.text}
              data-testid="chat-suggestion"
              // Keep the input's caret: the reply goes where the agent left it.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onFill(reply)}
            >
              {reply.title}
            </button>
          ))}
          <button type="button" class="assist__close" aria-label={t('chatSuggest.dismiss')} onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
