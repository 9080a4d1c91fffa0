import { useEffect, useRef, useState } from 'preact/hooks';
import { CopyReply } from '../../../components/CopyReply';
import { ReplySuggestions, money, type SuggestionList } from '../../../components/ReplySuggestions';
import { playbookStageOf } from '../../domain/cases/lifecycle';
import type { CaseView } from '../../domain/cases/model';
import { checkSpend } from '../../domain/playbook/budget';
import { remedyReplyValues, type RemedyKind } from '../../domain/playbook/remedies';
import type { Stage } from '../../domain/playbook/types';
import type { ReplyValues } from '../../domain/quick-replies/template';
import { copyText } from '../../dom/clipboard';
import { reviewValues } from '../quick-replies/context';
import { storedAgentName } from '../quick-replies/palette';
import type { RemedyOptions } from '../../domain/playbook/settings-schema';
import type { PaletteReply } from '../../domain/quick-replies/filter';
import type { PageMessageKey, Translate } from '../../i18n';
import { sendMessage } from '../../messaging/protocol';
import type { FlaggedReview } from './overlay';

/** Chat replies shown beside the review, to copy into the chat with the buyer. */
const CHAT_REPLIES_SHOWN = 2;

/**
 * State of the panel's reply section for one review: public replies for its primary cause from the library,
 * the cause's remedies priced by the background with the shop's settings, today's budget, and the chat replies
 * for the case's step. Choosing a remedy records it in the remedy ledger and on the review's case, then shows
 * the matching remedy-offer reply to copy: the reply box here is public, and a remedy is said in the chat.
 */
export function ReplySection({ t, entry, fill, onCase }: ReplySectionProps) {
  const cause = entry.analysis.kind === 'done' ? (entry.analysis.causes[0]?.code ?? 'other') : null;
  const level = entry.hiddenComplaint ? 'negative' : entry.level;
  const [suggestions, setSuggestions] = useState<SuggestionList>({ kind: 'loading' });
  const [replies, setReplies] = useState<PaletteReply[]>([]);
  const [remedies, setRemedies] = useState<RemedyOptions | null>(null);
  const [orderAmount, setOrderAmount] = useState('');
  const [confirming, setConfirming] = useState<{ kind: RemedyKind; over: number } | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const amount = Math.max(0, Number(orderAmount) || 0);
  const caseView = entry.caseState.kind === 'open' ? entry.caseState.view : null;
  const step = caseView ? playbookStageOf(caseView.case) : null;
  const [stepReplies, setStepReplies] = useState<PaletteReply[]>([]);
  const [offer, setOffer] = useState<{ reply: PaletteReply; values: ReplyValues } | null>(null);
  const whole = entry.whole();
  const [values, setValues] = useState<ReplyValues>(() => (whole ? reviewValues(whole) : {}));
  const scratch = useRef<HTMLDivElement>(null);
  const product = whole?.productName ? { product: whole.productName } : {};
  const chatReplies = (stage: Stage, limit: number, remedy?: RemedyKind) =>
    cause ? sendMessage('suggestReplies', { pageKind: 'reviews', cause, stage, limit, ...product, ...(remedy ? { remedy } : {}) }) : Promise.resolve([]);

  useEffect(() => void storedAgentName().then((agentName) => agentName && setValues((known) => ({ ...known, agentName }))), []);
  useEffect(() => {
    if (!step) return setStepReplies([]);
    chatReplies(step, CHAT_REPLIES_SHOWN).then(setStepReplies, () => setStepReplies([]));
  }, [cause, step]);

  useEffect(() => {
    if (!cause) return;
    sendMessage('suggestReplies', { pageKind: 'reviews', cause, limit: 3, ...product }).then(
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
        ...(whole?.orderId ? { orderId: whole.orderId } : {}),
        ...(amount > 0 ? { orderAmount: amount } : {}),
        ...(caseView ? { caseId: caseView.case.id } : {}),
      });
      setRemedies({ ...remedies, spentToday: result.spentToday });
      if (result.case) onCase(result.case);
      setStatus({ kind: 'ok', text: t(result.case ? 'remedy.recordedOnCase' : 'remedy.recorded', { label: t(`remedy.kind.${kind}`), cost: money(result.record.cost) }) });
      const [reply] = await chatReplies('remedy_offer', 1, kind);
      setOffer(reply ? { reply, values: remedyReplyValues(kind, remedies.options) } : null);
    } catch (error) {
      setStatus({ kind: 'error', text: t('remedy.recordFailed', { error: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const copy = (text: string) => (scratch.current ? copyText(text, scratch.current) : Promise.resolve(false));
  const stepShown = stepReplies.filter((reply) => reply.id !== offer?.reply.id);
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
    >
      {(offer || stepShown.length > 0) && (
        <div data-testid="chat-replies" ref={scratch}>
          <h3 class="suggest__title">{t('copy.title')}</h3>
          <p class="suggest__hint">{t('copy.why')}</p>
          <ul class="suggest__list">
            {offer && (
              <CopyReply key={`offer:${offer.reply.id}`} t={t} title={t('copy.offer', { title: offer.reply.title })} template={offer.reply.text} values={{ ...values, ...offer.values }} onCopy={copy} />
            )}
            {step &&
              stepShown.map((reply) => (
                <CopyReply key={reply.id} t={t} title={t('copy.step', { stage: t(`playbookStage.${step}`), title: reply.title })} template={reply.text} values={values} onCopy={copy} />
              ))}
          </ul>
        </div>
      )}
    </ReplySuggestions>
  );
}

export interface ReplySectionProps {
  t: Translate<PageMessageKey>;
  entry: FlaggedReview;
  fill: (reply: PaletteReply) => Promise<boolean>;
  /** The review's case after a change made here (a remedy recorded on it). */
  onCase: (view: CaseView) => void;
}
