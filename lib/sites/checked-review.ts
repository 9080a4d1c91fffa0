import { MAX_BUYER_NAME, MAX_REVIEW_TEXT, isPlaceholderText, type Review } from '../domain/review';
import type { RowReading } from './types';

/** What an adapter found in a row, before the checks. */
export interface RawReview extends Omit<Review, 'stars'> {
  stars: number | null;
}

/**
 * The one gate every adapter's extraction passes in the page: placeholder texts are skipped,
 * missing or impossible ratings make the row unreadable, and over-long fields are cut.
 * (The full schema check happens where reviews enter the background.)
 */
export function checkedReading(raw: RawReview, elements: Element[], badgeSlot: Element): RowReading {
  if (isPlaceholderText(raw.text)) return { ok: false, reason: 'no-text', detail: 'buyer wrote no text' };
  const { stars } = raw;
  if (stars === null || !Number.isInteger(stars) || stars < 1 || stars > 5) {
    return { ok: false, reason: 'unreadable', detail: `no valid star rating (${stars})` };
  }
  const review: Review = { ...raw, stars, text: raw.text.slice(0, MAX_REVIEW_TEXT), buyer: raw.buyer.slice(0, MAX_BUYER_NAME) };
  if (raw.followUpText !== undefined) review.followUpText = raw.followUpText.slice(0, MAX_REVIEW_TEXT);
  for (const field of ['followUpText', 'orderId', 'productName', 'productId', 'time'] as const) {
    if (review[field] === undefined) delete review[field];
  }
  return { ok: true, review, elements, badgeSlot };
}
