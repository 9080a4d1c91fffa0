import { useState } from 'preact/hooks';
import { renderReply, type ReplyValues } from '../lib/domain/quick-replies/template';
import type { PageMessageKey, Translate } from '../lib/i18n';

export interface CopyReplyProps {
  t: Translate<PageMessageKey>;
  title: string;
  /** The reply as the library holds it, with `{变量}` tokens. */
  template: string;
  /** What the page and the case already know. */
  values: ReplyValues;
  /** Copies the finished text; resolves whether it worked. */
  onCopy: (text: string) => Promise<boolean>;
}

/**
 * A chat reply to copy (the review page's only box is the public reply, where it must not go): shown with its
 * variables filled, a field for each one the page did not show, and one-click 复制 once nothing is missing.
 */
export function CopyReply({ t, title, template, values, onCopy }: CopyReplyProps) {
  const [typed, setTyped] = useState<ReplyValues>({});
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const rendered = renderReply(template, { ...values, ...typed });
  const missing = renderReply(template, values);
  const asked = missing.ok ? [] : missing.missing;
  return (
    <li class="suggest__item suggest__item--copy" data-testid="copy-reply">
      <div class="suggest__copy">
        <strong>{title}</strong>
        <p class="suggest__preview" data-testid="copy-reply-text">
          {rendered.ok ? rendered.text : template}
        </p>
        {asked.map((variable) => (
          <label key={variable} class="suggest__amount">
            {t(`variable.${variable}`)}
            <input value={typed[variable] ?? ''} data-testid={`copy-reply-${variable}`} onInput={(event) => setTyped({ ...typed, [variable]: event.currentTarget.value })} />
          </label>
        ))}
        {status !== 'idle' && (
          <span class={`suggest__status suggest__status--${status === 'copied' ? 'ok' : 'error'}`} role="status">
            {t(status === 'copied' ? 'copy.done' : 'copy.failed')}
          </span>
        )}
      </div>
      <button
        type="button"
        class="suggest__fill"
        disabled={!rendered.ok}
        title={rendered.ok ? undefined : t('copy.fillFirst')}
        onClick={() => rendered.ok && void onCopy(rendered.text).then((ok) => setStatus(ok ? 'copied' : 'failed'), () => setStatus('failed'))}
      >
        {t('copy.button')}
      </button>
    </li>
  );
}
