import highlightCss from '../../../assets/styles/highlight.css?inline';
import { levelOf } from '../../domain/review';
import { MARK } from '../../dom/marks';
import { watchItems } from '../../dom/watch-items';
import { sendMessage } from '../../messaging/protocol';
import type { Feature, FeatureContext } from '../types';
import { createOverlay, type FlaggedReview } from './overlay';

/**
 * Reads every review row of a review list, marks its level on the page, and gives each 中评/差评 a
 * badge whose panel shows the cause guess and the agent's note. Rows added later are read as they come.
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
    const overlay = createOverlay({
      t,
      signal,
      async saveNote(entry, text) {
        const saved = await sendMessage('saveNote', { key: entry.review.key, platform: entry.review.platform, text });
        entry.note = saved?.text ?? '';
        overlay.refresh(entry);
        return saved ? new Date(saved.updatedAt) : null;
      },
    });

    const readRows = (roots: Element[]) => {
      const flagged: FlaggedReview[] = [];
      for (const root of roots) {
        const reading = reader.read(root);
        if (!reading.ok) {
          status.reviews[reading.reason === 'no-text' ? 'noText' : 'unreadable']++;
          continue;
        }
        const { review, elements, badgeSlot } = reading;
        const level = levelOf(review);
        if (!level) {
          status.reviews.unreadable++;
          continue;
        }
        status.reviews.read++;
        status.reviews[level]++;
        const [first, ...rest] = elements;
        first?.setAttribute(MARK.level, level);
        first?.setAttribute(MARK.key, review.key);
        for (const el of rest) el.setAttribute(MARK.tint, level);
        marked.push(...elements);
        if (level === 'positive') continue;
        const entry: FlaggedReview = { review, level, cause: { kind: 'pending' }, note: '' };
        overlay.addBadge(entry, badgeSlot);
        flagged.push(entry);
      }
      if (flagged.length > 0) void enrich(flagged);
    };

    /** Notes and causes come from the background in one batch per set of new rows. */
    const enrich = async (entries: FlaggedReview[]) => {
      const byKey = new Map(entries.map((entry) => [entry.review.key, entry]));
      const keys = [...byKey.keys()];
      const [notes, analyses] = await Promise.allSettled([
        sendMessage('getNotes', { keys }),
        sendMessage('analyseReviews', { reviews: entries.map(({ review }) => review) }),
      ]);
      if (signal.aborted) return;
      if (notes.status === 'fulfilled') {
        for (const [key, note] of Object.entries(notes.value)) {
          const entry = byKey.get(key);
          if (entry) entry.note = note.text;
        }
      }
      for (const entry of entries) entry.cause = { kind: 'failed' };
      if (analyses.status === 'fulfilled') {
        for (const analysis of analyses.value) {
          const entry = byKey.get(analysis.key);
          if (entry) entry.cause = { kind: 'known', label: t(`cause.${analysis.cause}`) };
        }
      }
      for (const entry of entries) overlay.refresh(entry);
    };

    watchItems(reader, readRows, signal);

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
