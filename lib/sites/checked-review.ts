import { MAX_BUYER_NAME, MAX_REVIEW_TEXT, isPlaceholderText, levelOf, type Review } from '../domain/review';
import { fnv1a } from '../domain/hash';
import type { ShownRating } from '../dom/rating';
import type { RowReading } from './types';

/** What an adapter found in a row, before the checks. */
export interface RawReview extends Omit<Review, 'stars'> {
  /** Null when the row shows no stars (a platform level may still rate it). */
  stars: number | null;
}

/**
 * The one gate every adapter's extraction passes in the page: rows with only placeholder texts are skipped,
 * impossible ratings, or rows with neither stars nor a platform level, are unreadable, and
 * over-long fields are cut. (The full schema check happens where reviews enter the background.)
 */
export function checkedReading(raw: RawReview, elements: Element[], badgeSlot: () => Element): RowReading {
  // A `系统默认好评` row can still carry a 追评 in the buyer's words: it is read (the placeholder stays its
  // text, as shown) so the classifier sees the 追评.
  const followUpUnderPlaceholder = raw.text.trim() !== '' && raw.followUpText !== undefined && !isPlaceholderText(raw.followUpText);
  if (isPlaceholderText(raw.text) && !followUpUnderPlaceholder) return { ok: false, reason: 'no-text', detail: 'buyer wrote no text' };
  const { stars } = raw;
  if (stars !== null && (!Number.isInteger(stars) || stars < 1 || stars > 5)) {
    return { ok: false, reason: 'unreadable', detail: `impossible star rating (${stars})` };
  }
  // Built field by field, absent fields left out (the schema wants them absent, not undefined).
  const review: Review = { platform: raw.platform, key: raw.key, text: raw.text.slice(0, MAX_REVIEW_TEXT), buyer: raw.buyer.slice(0, MAX_BUYER_NAME), replied: raw.replied };
  if (stars !== null) review.stars = stars;
  if (raw.platformLevel !== undefined) review.platformLevel = raw.platformLevel;
  if (levelOf(review) === null) return { ok: false, reason: 'unreadable', detail: 'no star rating and no level shown' };
  if (raw.followUpText !== undefined) review.followUpText = raw.followUpText.slice(0, MAX_REVIEW_TEXT);
  for (const field of ['orderId', 'productName', 'productId', 'time'] as const) {
    const value = raw[field];
    if (value !== undefined) review[field] = value;
  }
  return { ok: true, review, elements, badgeSlot };
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
      buyer,
      orderId,
      replied: false,
    },
    [item],
    () => item,
  );
}
