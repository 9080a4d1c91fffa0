import highlightCss from '../../../assets/styles/highlight.css?inline';
import { MARK } from '../../dom/marks';
import { watchItems } from '../../dom/watch-items';
import type { ReviewCaseInput } from '../../domain/cases/lifecycle';
import type { CaseState } from '../../../components/CaseSection';
import type { AnalysisState } from '../../../components/ReviewPanel';
import { MAX_REVIEW_TEXT, type ListedReview, type Review } from '../../domain/review';
import type { ReviewLevel } from '../../domain/taxonomy';
import { sendMessage } from '../../messaging/protocol';
import { wholeReview, type ReviewReading } from '../../sites/checked-review';
import { fillReply } from '../quick-replies';
import type { Feature, FeatureContext } from '../types';
import { createOverlay, type FlaggedReview } from './overlay';

/** Shared by every row until its analysis or case arrives (replaced, never changed in place). */
const PENDING = { kind: 'pending' } as const;
const NO_CASE = { kind: 'none' } as const;

/** The marks this feature writes on review rows: every element carrying one has a level or a tint. */
const REVIEW_MARKS = [MARK.level, MARK.key, MARK.recovery, MARK.tint] as const;
const MARKED_REVIEW_ELEMENTS = `[${MARK.level}], [${MARK.tint}]`;

function unmark(el: Element): void {
  for (const name of REVIEW_MARKS) el.removeAttribute(name);
}

/** Reviews per background request for notes and analysis. */
const ENRICH_BATCH = 100;

/** A review read on this page, with where it lives. One object per row: lists run to thousands. */
class ReadReview implements FlaggedReview {
  readonly review: ListedReview;
  readonly level: ReviewLevel;
  analysis: AnalysisState = PENDING;
  hiddenComplaint = false;
  note = '';
  caseState: CaseState = NO_CASE;
  /** Highlighted and badged on the page (after its batch's write). */
  shown = false;
  /** The row was read again and shows something else now: late answers about this review change nothing. */
  gone = false;
  #whole: Review | null | undefined;

  constructor(
    readonly reading: ReviewReading,
    readonly root: Element,
  ) {
    this.review = reading.review;
    this.level = reading.level;
  }

  /** The row's other fields are read on first use (a case, a panel): most rows never need them. */
  whole(): Review | null {
    if (this.#whole === undefined) this.#whole = this.gone ? null : wholeReview(this.reading);
    return this.#whole;
  }

  /** Whether a new reading of the same row shows this review as it was read. */
  showsSameAs(reading: ReviewReading): boolean {
    const { review } = reading;
    return review.key === this.review.key && reading.level === this.level && review.text === this.review.text && review.followUpText === this.review.followUpText;
  }
}

/** What a row read as: a review, or why it is none (the status counter it went to). */
type RowReadingResult = ReadReview | 'noText' | 'unreadable';

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
     * nothing, so they go on at once, slice by slice. A row read again (patched in place, as for the
     * next page of the list) keeps its review when it still shows it; otherwise it is read afresh.
     */
    const readRow = (root: Element, previous: RowReadingResult | undefined): RowReadingResult => {
      const reading = reader.read(root);
      if (previous instanceof ReadReview && reading.ok && previous.showsSameAs(reading)) return previous;
      if (previous !== undefined) forget(previous);
      if (!reading.ok) {
        const skipped = reading.reason === 'no-text' ? 'noText' : 'unreadable';
        status.reviews[skipped]++;
        return skipped;
      }
      const { review, level } = reading;
      status.reviews.read++;
      status.reviews[level]++;
      root.setAttribute(MARK.level, level);
      root.setAttribute(MARK.key, review.key);
      return new ReadReview(reading, root);
    };

    /** Takes back what a row's earlier reading counted and marked (read again, or taken out of the page). */
    const forget = (previous: RowReadingResult) => {
      if (!(previous instanceof ReadReview)) {
        status.reviews[previous]--;
        return;
      }
      previous.gone = true;
      status.reviews.read--;
      status.reviews[previous.level]--;
      if (previous.hiddenComplaint) status.reviews.hiddenComplaints--;
      for (const el of previous.reading.elements) unmark(el);
      overlay.removeBadge(previous, previous.root);
    };

    /** Highlights and badges a batch's 中评/差评 at once (see `ItemPass`): the page restyles once per batch. */
    const flagRows = (readings: RowReadingResult[]) => {
      const fresh: ReadReview[] = [];
      // Indexed loops: run over thousands of rows, mostly before the optimising compiler has caught up.
      for (let i = 0; i < readings.length; i++) {
        const entry = readings[i]!;
        if (!(entry instanceof ReadReview) || entry.shown || entry.gone) continue;
        entry.shown = true;
        fresh.push(entry);
        if (entry.level === 'positive') continue;
        // Only flagged reviews carry the attributes the highlight stylesheet reads.
        const { elements, badgeSlot } = entry.reading;
        for (let j = 0; j < elements.length; j++) elements[j]!.setAttribute(MARK.tint, entry.level);
        entry.root.setAttribute(MARK.recovery, 'rating');
        overlay.addBadge(entry, entry.root, badgeSlot);
      }
      // Notes and analysis are fetched after this pass, in batches, so the page's task stays short.
      for (let i = 0; i < fresh.length; i += ENRICH_BATCH) {
        const batch = fresh.slice(i, i + ENRICH_BATCH);
        setTimeout(() => void enrich(batch), 0);
      }
    };

    const enrich = async (batch: ReadReview[]) => {
      if (signal.aborted) return;
      const [notes, analyses] = await Promise.allSettled([
        sendMessage('getNotes', { keys: [...new Set(batch.map(({ review }) => review.key))] }),
        sendMessage('analyseReviews', { reviews: batch.map(({ review }) => review) }),
      ]);
      if (signal.aborted) return;
      // Rows read again meanwhile that show other reviews now: the answers about those go nowhere.
      const entries = batch.filter((entry) => !entry.gone);
      const byKey = new Map(entries.map((entry) => [entry.review.key, entry]));
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
      overlay.addBadge(entry, entry.root, entry.reading.badgeSlot);
    };

    watchItems(reader, { read: readRow, write: flagRows, forget: (_root, last) => forget(last) }, signal, { label: 'flag-reviews', rereadChanged: true });

    signal.addEventListener(
      'abort',
      () => {
        style.remove();
        // Searched once, on leaving: holding every marked element would keep the rows the page dropped alive.
        for (const el of document.querySelectorAll(MARKED_REVIEW_ELEMENTS)) unmark(el);
      },
      { once: true },
    );
  },
};
