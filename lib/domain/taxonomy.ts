/** Cause codes of a negative review or complaint (shared/domain.md §1), in the order the UI lists them. */
export const CAUSE_CODES = [
  'quality_defect',
  'not_as_described',
  'slow_reply',
  'bad_attitude',
  'slow_logistics',
  'damaged_or_lost',
  'wrong_or_missing_item',
  'usage_misunderstanding',
  'policy_misunderstanding',
  'price',
  'other',
] as const;
export type CauseCode = (typeof CAUSE_CODES)[number];

/** Buyer intents in chat (shared/domain.md §3). */
export const INTENT_CODES = [
  'presale_product',
  'presale_size',
  'presale_stock',
  'presale_promotion',
  'shipping_time',
  'order_change',
  'logistics_query',
  'return_refund',
  'complaint',
  'usage_help',
  'invoice',
  'greeting',
  'review_related',
] as const;
export type IntentCode = (typeof INTENT_CODES)[number];

/** How a review reads by its rating: 1–2★ 差评, 3★ 中评, 4–5★ 好评. */
export const REVIEW_LEVELS = ['negative', 'neutral', 'positive'] as const;
export type ReviewLevel = (typeof REVIEW_LEVELS)[number];

export function levelFromStars(stars: number): ReviewLevel {
  if (stars <= 2) return 'negative';
  if (stars === 3) return 'neutral';
  return 'positive';
}
