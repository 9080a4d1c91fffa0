import { MAX_BUYER_NAME, MAX_ID, MAX_KEY, MAX_PRODUCT_NAME, MAX_REVIEW_TEXT, MAX_TIME, buyerWrote, levelOf, type ListedReview, type Review, type ReviewDetails } from '../domain/review';
import { fnv1a } from '../domain/hash';
import type { ShownRating } from '../dom/rating';
import type { RowReading } from './types';

/** A row where the buyer wrote nothing (`此用户没有填写评价`, `系统默认好评`). */
export const NO_TEXT: RowReading = { ok: false, reason: 'no-text', detail: 'buyer wrote no text' };

/** A row that read as a review. */
export type ReviewReading = Extract<RowReading, { ok: true }>;

/** The whole review of a reading: its first read and the row's other fields, read now and checked; null when the row shows another review by now. */
export function wholeReview(reading: ReviewReading): Review | null {
  const details = reading.details();
  return details && { ...reading.review, ...checkedDetails(details) };
}

/** What an adapter found in a row for the first read, before the checks. */
export interface RawListedReview extends Omit<ListedReview, 'stars'> {
  /** Null when the row shows no stars (a platform level may still rate it). */
  stars: number | null;
}

/**
 * The details as the page showed them: names cut to length, ids and times too long to be real left out (a
 * cut id would be another one), absent fields absent (the schema wants them absent, not undefined).
 */
function checkedDetails(raw: ReviewDetails): ReviewDetails {
  const details: ReviewDetails = { buyer: raw.buyer.slice(0, MAX_BUYER_NAME), replied: raw.replied };
  if (raw.orderId !== undefined && raw.orderId.length <= MAX_ID) details.orderId = raw.orderId;
  if (raw.productName !== undefined) details.productName = raw.productName.slice(0, MAX_PRODUCT_NAME);
  if (raw.productId !== undefined && raw.productId.length <= MAX_ID) details.productId = raw.productId;
  if (raw.time !== undefined && raw.time.length <= MAX_TIME) details.time = raw.time;
  return details;
}

/**
 * The one gate every adapter's extraction passes in the page: rows with only placeholder texts are skipped,
 * impossible ratings or keys, or rows with neither stars nor a platform level, are unreadable, and
 * over-long fields are cut. (The full schema check happens where reviews enter the background.)
 */
export function checkedReading(raw: RawListedReview, details: () => ReviewDetails | null, elements: Element[], badgeSlot: () => Element): RowReading {
  // A 追评 under a placeholder is read with the placeholder as its text, as shown.
  if (!buyerWrote(raw.text, raw.followUpText)) return NO_TEXT;
  if (raw.key.length > MAX_KEY) return { ok: false, reason: 'unreadable', detail: 'review key too long to be an order number' };
  const { stars } = raw;
  if (stars !== null && (!Number.isInteger(stars) || stars < 1 || stars > 5)) {
    return { ok: false, reason: 'unreadable', detail: `impossible star rating (${stars})` };
  }
  const review: ListedReview = { platform: raw.platform, key: raw.key, text: raw.text.slice(0, MAX_REVIEW_TEXT) };
  if (stars !== null) review.stars = stars;
  if (raw.platformLevel !== undefined) review.platformLevel = raw.platformLevel;
  const level = levelOf(review);
  if (level === null) return { ok: false, reason: 'unreadable', detail: 'no star rating and no level shown' };
  if (raw.followUpText !== undefined) review.followUpText = raw.followUpText.slice(0, MAX_REVIEW_TEXT);
  return { ok: true, review, level, details, elements, badgeSlot };
}

/**
 * A review read without a platform adapter (the agent's own selectors or the generic reader):
 * `source` names who read it, so keys from different consoles never collide.
 */
export function genericReading(source: string, item: Element, found: { rating: ShownRating | null; text: string; buyer: string; orderId?: string }): RowReading {
  const { rating, text, buyer, orderId } = found;
  return checkedReading(
    {
      platform: 'generic',
      key: `generic:${source}:${orderId ?? fnv1a(`${buyer}|${text}`)}`,
      stars: rating?.stars ?? null,
      platformLevel: rating?.level,
      text,
    },
    () => ({ buyer, orderId, replied: false }),
    [item],
    () => item,
  );
}
