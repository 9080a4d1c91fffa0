import type { PlatformId } from './platforms';
import { levelFromStars, type ReviewLevel } from './taxonomy';

/** Longest review text we keep; longer text is cut so a hostile page cannot flood storage or UI. */
export const MAX_REVIEW_TEXT = 10_000;
export const MAX_BUYER_NAME = 100;
export const MAX_PRODUCT_NAME = 500;
/** Longest review key, order or product id and shown time kept: longer ones are no real id (a hostile page). */
export const MAX_KEY = 200;
export const MAX_ID = 100;
export const MAX_TIME = 40;

/**
 * What a review list row shows of a review that the first read of a list needs: its identity, rating
 * and words (the level mark and the classifier need nothing else). Checked by `ListedReviewSchema`.
 */
export interface ListedReview {
  platform: PlatformId;
  /** Stable identity across page loads: platform + order id, or a hash when the page shows no order. */
  key: string;
  /** 1–5, when the page shows stars (Taobao shows only a level). */
  stars?: number;
  /** The level the platform itself shows (好评/中评/差评, 正面/中性/负面), when it shows one. */
  platformLevel?: ReviewLevel;
  text: string;
  followUpText?: string;
}

/**
 * The rest of what the row shows: who, which order and product, when, and whether the shop replied.
 * Read for the reviews that become cases or whose panel opens, a few of a list's rows.
 */
export interface ReviewDetails {
  /** As shown, usually masked (`阿***`). */
  buyer: string;
  orderId?: string;
  productName?: string;
  productId?: string;
  /** As the page shows it, e.g. `2026-09-08 17:30:17`. */
  time?: string;
  replied: boolean;
}

/** One review as read from a seller page, in full. Checked by `ReviewSchema` wherever it crosses a boundary. */
export type Review = ListedReview & ReviewDetails;

/**
 * How a review reads: the platform's own level when the page shows one (it is what the shop is
 * scored on), else its stars. Null when the page showed neither; such rows are never flagged.
 */
export function levelOf(review: Pick<Review, 'stars' | 'platformLevel'>): ReviewLevel | null {
  if (review.platformLevel) return review.platformLevel;
  return review.stars === undefined ? null : levelFromStars(review.stars);
}

/** Texts platforms show in place of a review the buyer did not write. */
const PLACEHOLDER_TEXTS = ['此用户没有填写评价', '系统默认好评', '该用户未填写评价', '用户未填写评价内容'];

export function isPlaceholderText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return true;
  // An indexed loop: asked once per row of lists of thousands, mostly before the optimising compiler runs.
  for (let i = 0; i < PLACEHOLDER_TEXTS.length; i++) if (trimmed.startsWith(PLACEHOLDER_TEXTS[i]!)) return true;
  return false;
}

/**
 * Whether the buyer wrote anything: a text that is no placeholder, or a 追评 in their own words under one
 * (a `系统默认好评` row can still carry a 追评, which the classifier must see).
 */
export function buyerWrote(text: string, followUpText: string | undefined): boolean {
  if (!isPlaceholderText(text)) return true;
  return followUpText !== undefined && text.trim() !== '' && !isPlaceholderText(followUpText);
}
