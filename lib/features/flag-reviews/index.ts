import highlightCss from '../../../assets/styles/highlight.css?inline';
import { MARK } from '../../dom/marks';
import { watchItems } from '../../dom/watch-items';
import type { ReviewCaseInput } from '../../domain/cases/lifecycle';
import { MAX_REVIEW_TEXT, type Review } from '../../domain/review';
import { sendMessage } from '../../messaging/protocol';
import { wholeReview } from '../../sites/checked-review';
import { fillReply } from '../quick-replies';
import type { Feature, FeatureContext } from '../types';
import { createOverlay, type FlaggedReview } from './overlay';

/** A review read on this page, with where it lives. */
interface ReadReview extends FlaggedReview {
  root: Element;
  /** Every element of the review, the root first. */
  elements: Element[];
  badgeSlot: () => Element;
}

/** Reviews per background request for notes and analysis. */
const ENRICH_BATCH = 100;

/** Shared by every row until its analysis or case arrives (replaced, never changed in place). */
const PENDING = { kind: 'pending' } as const;
const NO_CASE = { kind: 'none' } as const;

/**
 * Reads every review row of a review list and marks its level on the page. 中评/差评 get a badge at
 * once; good ratings are checked by the classifier in the background and get one when their text or
 * 追评 complains. The badge's panel shows the causes, the words behind them, and the agent's note.
 * Rows added later are read as they come.
 */
export const flagReviews: Feature = {
  id: 'flag-reviews',
  pageKinds: ['reviews'],
  init({ signal, adapter, status, t }: FeatureContext) {
    const reader = adapter.reviews;
    if (!reader) throw new Error(`${adapter.platform} has no review reader`);

    const style = document.createElement('style');
    style.dataset.kefuStyle = 'flag-reviews';
    style.textContent = highlightCss;
    document.head.append(style);

    const marked: Element[] = [];
    /** Agents a case can be handed to, asked for when the first panel opens. */
    let knownHandlers: readonly string[] = [];
    let handlersAsked: Promise<void> | undefined;
    const overlay = createOverlay({
      t,
      signal,
      async saveNote(entry, text) {
        const saved = await sendMessage('saveNote', { key: entry.review.key, platform: entry.review.platform, text });
        entry.note = saved?.text ?? '';
        overlay.refresh(entry);
        return saved ? new Date(saved.updatedAt) : null;
      },
      async caseAction(entry, change) {
        if (entry.caseState.kind !== 'open') return;
        // A failure leaves the case as it was on screen; the section shows the error.
        entry.caseState = { kind: 'open', view: await change(entry.caseState.view.case.id) };
        overlay.refresh(entry);
      },
      handlers(entry) {
        handlersAsked ??= sendMessage('getCaseHandlers', undefined).then((names) => {
          knownHandlers = names;
          overlay.refresh(entry);
        }, () => undefined);
        return knownHandlers;
      },
      fill: (entry, reply) => fillReply(reply, entry.whole(), () => reader.openReplyBox?.((entry as ReadReview).root) ?? false),
    });

    /**
     * Reads one row and marks it with what no stylesheet reads (level, key): those marks restyle
     * nothing, so they go on at once, slice by slice.
     */
    const readRow = (root: Element): ReadReview | null => {
      const reading = reader.read(root);
      if (!reading.ok) {
        status.reviews[reading.reason === 'no-text' ? 'noText' : 'unreadable']++;
        return null;
      }
      const { review, level, elements, badgeSlot } = reading;
      status.reviews.read++;
      status.reviews[level]++;
      root.setAttribute(MARK.level, level);
      root.setAttribute(MARK.key, review.key);
      marked.push(root);
      let whole: Review | null | undefined;
      return {
        review,
        // The row's other fields are read on first use (a case, a panel): most rows never need them.
        whole: () => (whole === undefined ? (whole = wholeReview(reading)) : whole),
        level,
        analysis: PENDING,
        hiddenComplaint: false,
        note: '',
        caseState: NO_CASE,
        root,
        elements,
        badgeSlot,
      };
    };

    /** Highlights and badges a batch's 中评/差评 at once (see `ItemPass`): the page restyles once per batch. */
    const flagRows = (readings: Array<ReadReview | null>) => {
      const read = readings.filter((entry) => entry !== null);
      for (const entry of read) {
        if (entry.level === 'positive') continue;
        // Only flagged reviews carry the attributes the highlight stylesheet reads.
        for (const el of entry.elements) el.setAttribute(MARK.tint, entry.level);
        marked.push(...entry.elements);
        entry.root.setAttribute(MARK.recovery, 'rating');
        overlay.addBadge(entry, entry.root, entry.badgeSlot);
      }
      // Notes and analysis are fetched after this pass, in batches, so the page's task stays short.
      for (let i = 0; i < read.length; i += ENRICH_BATCH) {
        const batch = read.slice(i, i + ENRICH_BATCH);
        setTimeout(() => void enrich(batch), 0);
      }
    };

    const enrich = async (entries: ReadReview[]) => {
      if (signal.aborted) return;
      const byKey = new Map(entries.map((entry) => [entry.review.key, entry]));
      const [notes, analyses] = await Promise.allSettled([
        sendMessage('getNotes', { keys: [...byKey.keys()] }),
        sendMessage('analyseReviews', { reviews: entries.map(({ review }) => review) }),
      ]);
      if (signal.aborted) return;
      if (notes.status === 'fulfilled') {
        for (const [key, note] of Object.entries(notes.value)) {
          const entry = byKey.get(key);
          if (entry) entry.note = note.text;
        }
      }
      for (const entry of entries) entry.analysis = { kind: 'failed' };
      if (analyses.status === 'fulfilled') {
        for (const { key, needsRecovery, causes } of analyses.value) {
          const entry = byKey.get(key);
          if (!entry) continue;
          entry.analysis = { kind: 'done', causes };
          if (entry.level === 'positive' && needsRecovery) revealHiddenComplaint(entry);
        }
      }
      for (const entry of entries) overlay.refresh(entry);
      await openCases(entries.filter((entry) => entry.level !== 'positive' || entry.hiddenComplaint));
    };

    /** Every 中评/差评 and hidden complaint becomes a case (once: the background deduplicates). */
    const openCases = async (entries: ReadReview[]) => {
      if (entries.length === 0 || signal.aborted) return;
      const sourceUrl = location.href;
      // A row that shows another review by now opens no case: never a case with another review's buyer.
      const start = performance.now();
      const whole = entries.flatMap((entry) => {
        const review = entry.whole();
        return review ? [{ entry, review }] : [];
      });
      // Recorded like the first read's slices (DevTools, the benchmark): the rest of the read, for case rows.
      performance.measure('kefu-lens:review-details', { start, detail: { items: entries.length } });
      if (whole.length === 0) return;
      const inputs = whole.map(({ entry: { level, hiddenComplaint, analysis }, review }): ReviewCaseInput => ({
        platform: review.platform,
        reviewKey: review.key,
        ...(review.orderId ? { orderId: review.orderId } : {}),
        buyerName: review.buyer,
        ...(review.productId ? { productId: review.productId } : {}),
        ...(review.productName ? { productName: review.productName } : {}),
        reviewText: (review.followUpText ? `${review.text}\n${review.followUpText}` : review.text).slice(0, MAX_REVIEW_TEXT),
        ...(review.stars ? { stars: review.stars } : {}),
        level: hiddenComplaint ? 'hidden-complaint' : level === 'negative' ? 'negative' : 'neutral',
        causes: analysis.kind === 'done' ? analysis.causes.map((cause) => cause.code) : [],
        ...(sourceUrl.length <= 2_000 ? { sourceUrl } : {}),
      }));
      for (const entry of entries) entry.caseState = { kind: 'pending' };
      try {
        const views = await sendMessage('syncReviewCases', { reviews: inputs });
        for (const entry of entries) {
          const view = views[entry.review.key];
          entry.caseState = view ? { kind: 'open', view } : { kind: 'none' };
        }
      } catch (error) {
        for (const entry of entries) entry.caseState = { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
      }
      if (signal.aborted) return;
      for (const entry of entries) overlay.refresh(entry);
    };

    /** A good rating that complains: flagged like a 差评. */
    const revealHiddenComplaint = (entry: ReadReview) => {
      entry.hiddenComplaint = true;
      status.reviews.hiddenComplaints++;
      entry.root.setAttribute(MARK.recovery, 'hidden-complaint');
      overlay.addBadge(entry, entry.root, entry.badgeSlot);
    };

    watchItems(reader, { read: readRow, write: flagRows }, signal, { label: 'flag-reviews' });

    signal.addEventListener(
      'abort',
      () => {
        style.remove();
        for (const el of marked) for (const name of Object.values(MARK)) el.removeAttribute(name);
      },
      { once: true },
    );
  },
};
