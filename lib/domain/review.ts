import type { PlatformId } from './platforms';

/** Longest review text we keep; longer text is cut so a hostile page cannot flood storage or UI. */
export const MAX_REVIEW_TEXT = 10_000;
export const MAX_BUYER_NAME = 100;

/** One review as read from a seller page. Checked by `ReviewSchema` wherever it crosses a boundary. */
export interface Review {
  platform: PlatformId;
  /** Stable identity across page loads: platform + order id, or a hash when the page shows no order. */
  key: string;
  /** 1–5. */
  stars: number;
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

/** Texts platforms show in place of a review the buyer did not write. */
const PLACEHOLDER_TEXTS = ['此用户没有填写评价', '系统默认好评', '该用户未填写评价', '用户未填写评价内容'];

export function isPlaceholderText(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || PLACEHOLDER_TEXTS.some((placeholder) => trimmed.startsWith(placeholder));
}
