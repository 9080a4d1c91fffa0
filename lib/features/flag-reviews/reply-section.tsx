import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ReplySuggestions, money, type SuggestionList } from '../../../components/ReplySuggestions';
import { checkSpend } from '../../domain/playbook/budget';
import type { RemedyKind } from '../../domain/playbook/remedies';
import type { RemedyOptions } from '../../domain/playbook/settings-schema';
import type { PaletteReply } from '../../domain/quick-replies/filter';
import type { PageMessageKey, Translate } from '../../i18n';
import { sendMessage } from '../../messaging/protocol';
import type { FlaggedReview } from './overlay';

/**
 * State of the panel's reply section for one review: suggestions for its primary cause from the library,
 * the cause's remedies priced by the background with the shop's settings, today's budget. Choosing a remedy
 * records it in the remedy ledger under the review's key (the case model links to it).
 */
function ReplySection({ t, entry, fill }: ReplySectionProps) {
  const cause = entry.analysis.kind === 'done' ? (entry.analysis.causes[0]?.code ?? 'other') : null;
  const level = entry.hiddenComplaint ? 'negative' : entry.level;
  const [suggestions, setSuggestions] = useState<SuggestionList>({ kind: 'loading' });
  const [replies, setReplies] = useState<PaletteReply[]>([]);
  const [remedies, setRemedies] = useState<RemedyOptions | null>(null);
  const [orderAmount, setOrderAmount] = useState('');
  const [confirming, setConfirming] = useState<{ kind: RemedyKind; over: number } | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const amount = Math.max(0, Number(orderAmount) || 0);

  useEffect(() => {
    if (!cause) return;
    sendMessage('suggestReplies', { pageKind: 'reviews', cause, limit: 3, ...(entry.review.productName ? { product: entry.review.productName } : {}) }).then(
      (found) => {
        setReplies(found);
        setSuggestions({ kind: 'ready', replies: found });
      },
      () => setSuggestions({ kind: 'failed' }),
    );
  }, [cause]);
  useEffect(() => {
    if (!cause) return;
    sendMessage('getRemedyOptions', { cause, level, ...(amount > 0 ? { orderAmount: amount } : {}) }).then(setRemedies, () => setRemedies(null));
  }, [cause, amount]);

  if (!cause) return null;

  const choose = async (kind: RemedyKind) => {
    if (!remedies) return;
    const cost = remedies.options.find((option) => option.kind === kind)?.cost ?? 0;
    const check = checkSpend(cost, remedies.spentToday, remedies.dailyBudget);
    // Warn before the budget is exceeded: the agent confirms with a second click.
    if (check.exceeds && confirming?.kind !== kind) return setConfirming({ kind, over: -check.leftAfter });
    setConfirming(null);
    try {
      const { review } = entry;
      const result = await sendMessage('recordRemedy', {
        key: review.key,
        platform: review.platform,
        cause,
        kind,
        level,
        ...(review.orderId ? { orderId: review.orderId } : {}),
        ...(amount > 0 ? { orderAmount: amount } : {}),
      });
      setRemedies({ ...remedies, spentToday: result.spentToday });
      setStatus({ kind: 'ok', text: t('remedy.recorded', { label: t(`remedy.kind.${kind}`), cost: money(result.record.cost) }) });
    } catch (error) {
      setStatus({ kind: 'error', text: t('remedy.recordFailed', { error: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <ReplySuggestions
      t={t}
      suggestions={suggestions}
      onFill={(id) => {
        const reply = replies.find((r) => r.id === id);
        if (!reply) return;
        void fill(reply).then(
          (ok) => setStatus(ok ? { kind: 'ok', text: t('suggest.filled') } : { kind: 'error', text: t('suggest.noInput') }),
          () => setStatus({ kind: 'error', text: t('suggest.noInput') }),
        );
      }}
      remedies={remedies?.options ?? []}
      orderAmount={orderAmount}
      onOrderAmount={setOrderAmount}
      budget={remedies && { left: checkSpend(0, remedies.spentToday, remedies.dailyBudget).left, dailyBudget: remedies.dailyBudget }}
      confirming={confirming}
      onChoose={(kind) => void choose(kind)}
      status={status}
    />
  );
}

export interface ReplySectionProps {
  t: Translate<PageMessageKey>;
  entry: FlaggedReview;
  fill: (reply: PaletteReply) => Promise<boolean>;
}

/**
 * Renders the section into `slot` with this script's own Preact (the section ships in the lazily loaded
 * palette script, whose Preact is not the content script's); `null` props unmount it.
 */
export function mountReplySection(slot: Element, props: ReplySectionProps | null): void {
  render(props && <ReplySection key={props.entry.review.key} {...props} />, slot);
}
