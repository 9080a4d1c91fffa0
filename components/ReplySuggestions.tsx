import type { ComponentChildren } from 'preact';
import type { RemedyKind } from '../lib/domain/playbook/remedies';
import type { PageMessageKey, Translate } from '../lib/i18n';

export type SuggestionList = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; replies: ReadonlyArray<{ id: string; title: string; text: string }> };

export interface RemedyOption {
  kind: RemedyKind;
  /** Cost to the shop in yuan, with the shop's settings and the order amount given. */
  cost: number;
  /** The cost depends on the order amount, which is not known: `cost` is the least it can be. */
  estimate: boolean;
}

export interface ReplySuggestionsProps {
  t: Translate<PageMessageKey>;
  suggestions: SuggestionList;
  onFill: (id: string) => void;
  remedies: readonly RemedyOption[];
  orderAmount: string;
  onOrderAmount: (value: string) => void;
  /** Today's budget; null until known. */
  budget: { left: number; dailyBudget: number } | null;
  /** The remedy that would go over budget, waiting for the agent to confirm. */
  confirming: { kind: RemedyKind; over: number } | null;
  onChoose: (kind: RemedyKind) => void;
  /** The last outcome (filled, recorded, failed), for the status line. */
  status: { kind: 'ok' | 'error'; text: string } | null;
  /** More under the remedies (the chat replies to copy). */
  children?: ComponentChildren;
}

export const money = (v: number): string => String(Math.round(v * 100) / 100);

/** The review panel's reply section: the library's best replies for the cause, and the remedies with their cost. */
export function ReplySuggestions(props: ReplySuggestionsProps) {
  const { t, suggestions, remedies, budget, confirming, status } = props;
  return (
    <div class="suggest" data-testid="panel-suggestions">
      <h3 class="suggest__title">{t('suggest.title')}</h3>
      {suggestions.kind === 'loading' && <p class="suggest__hint">{t('suggest.loading')}</p>}
      {suggestions.kind === 'failed' && <p class="suggest__hint">{t('suggest.failed')}</p>}
      {suggestions.kind === 'ready' && suggestions.replies.length === 0 && <p class="suggest__hint">{t('suggest.none')}</p>}
      {suggestions.kind === 'ready' && suggestions.replies.length > 0 && (
        <ul class="suggest__list">
          {suggestions.replies.map((reply) => (
            <li key={reply.id} class="suggest__item" data-testid="suggestion">
              <span class="suggest__text" title={reply.text}>
                <strong>{reply.title}</strong> {reply.text}
              </span>
              <button type="button" class="suggest__fill" onClick={() => props.onFill(reply.id)}>
                {t('suggest.fill')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3 class="suggest__title">{t('remedy.title')}</h3>
      <label class="suggest__amount">
        {t('remedy.amount')}
        <input type="number" min="0" step="0.01" value={props.orderAmount} onInput={(event) => props.onOrderAmount(event.currentTarget.value)} />
      </label>
      <p class="suggest__budget" data-testid="budget-left">
        {budget ? t('remedy.budget', { left: money(budget.left), budget: money(budget.dailyBudget) }) : '…'}
      </p>
      <ul class="suggest__list">
        {remedies.map((option) => (
          <li key={option.kind} class="suggest__item" data-testid="remedy">
            <span class="suggest__text">
              {t(`remedy.kind.${option.kind}`)} · {t(option.estimate ? 'remedy.costFrom' : 'remedy.cost', { cost: money(option.cost) })}
            </span>
            <button type="button" class="suggest__fill" onClick={() => props.onChoose(option.kind)}>
              {confirming?.kind === option.kind ? t('remedy.confirm') : t('remedy.choose')}
            </button>
          </li>
        ))}
      </ul>
      {confirming && (
        <p class="suggest__warn" role="alert" data-testid="budget-warning">
          {t('remedy.overBudget', { over: money(confirming.over) })}
        </p>
      )}
      {status && (
        <p class={`suggest__status suggest__status--${status.kind}`} role="status" data-testid="suggest-status">
          {status.text}
        </p>
      )}
      {props.children}
    </div>
  );
}
