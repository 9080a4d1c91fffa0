import type { PlatformId } from './platforms';
import { levelFromStars, type ReviewLevel } from './taxonomy';

/** Longest review text we keep; longer text is cut so a hostile page cannot flood storage or UI. */
export const MAX_REVIEW_TEXT = 10_000;
export const MAX_BUYER_NAME = 100;

/** One review as read from a seller page. Checked by `ReviewSchema` wherever it crosses a boundary. */
export interface Review {
  platform: PlatformId;
  /** Stable identity across page loads: platform + order id, or a hash when the page shows no order. */
  key: string;
  /** 1–5, when the page shows stars (Taobao shows only a level). */
  stars?: number;
  /** The level the platform itself shows (好评/中评/差评, 正面/中性/负面), when it shows one. */
  platformLevel?: ReviewLevel;
  text: string;
  followUpText?: string;
  /** As shown, usually masked (`阿***`). */
  buyer: string;
  orderId?: string;
  productName?: string;
  productId?: string;
  /** As the page shows it, e.g. `2026-09-08 17:30:17`. */
  time?: string;
  replied: boolean;
}

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
  return trimmed === '' || PLACEHOLDER_TEXTS.some((placeholder) => trimmed.startsWith(placeholder));
}
