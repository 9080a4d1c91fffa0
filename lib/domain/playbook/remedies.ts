/**
 * Remedies a good team offers per cause (shared/domain.md §1–2), each with its cost to the shop in yuan,
 * computed from the order amount and the shop's settings.
 */
import type { CauseCode, ReviewLevel } from '../taxonomy';

export interface ShopSettings {
  /** Compensation standard for a 中评 case (yuan). */
  neutralCompensation: number;
  /** Compensation standard for a 差评 case (yuan). */
  negativeCompensation: number;
  /** Face value of the goodwill coupon (yuan). */
  couponValue: number;
  /** Points given as a goodwill gesture. */
  pointsValue: number;
  /** How many points make one yuan. */
  pointsPerYuan: number;
  /** Cost of a small gift, shipped with the next order (yuan). */
  giftCost: number;
  /** One shipment paid by the shop (yuan): a resend, a return, free shipping next time. */
  shippingCost: number;
  /** What the goods cost the shop, as a share of the order amount (0..1). */
  goodsCostRate: number;
  /** Partial refund as a share of the order amount (0..1). */
  partialRefundRate: number;
}

export const DEFAULT_SHOP_SETTINGS: ShopSettings = {
  neutralCompensation: 5,
  negativeCompensation: 10,
  couponValue: 15,
  pointsValue: 500,
  pointsPerYuan: 100,
  giftCost: 8,
  shippingCost: 10,
  goodsCostRate: 0.5,
  partialRefundRate: 0.2,
};

/** What is known about the case beyond the order amount. */
export interface RemedyContext {
  level?: ReviewLevel;
  /** Price drop since the order (yuan), for price protection. */
  priceDifference?: number;
}

export const REMEDY_KINDS = [
  'return_exchange',
  'resend',
  'full_refund',
  'partial_refund',
  'compensation',
  'price_difference',
  'coupon',
  'points',
  'small_gift',
  'free_shipping',
] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];

export interface Remedy {
  kind: RemedyKind;
  label: { zh: string; en: string };
  /** Cost to the shop in yuan (rounded to fen). */
  cost: (orderAmount: number, settings?: Partial<ShopSettings>, ctx?: RemedyContext) => number;
}

const fen = (v: number): number => Math.round(Math.max(0, v) * 100) / 100;
const money = (v: number): number => (Number.isFinite(v) && v > 0 ? v : 0);
const s = (p?: Partial<ShopSettings>): ShopSettings => ({ ...DEFAULT_SHOP_SETTINGS, ...p });

const REMEDIES: Record<RemedyKind, Remedy> = {
  // Buyer sends it back, shop sends a new one: two shipments plus the goods of the new one.
  return_exchange: {
    kind: 'return_exchange',
    label: { zh: '退换货，来回运费由店铺承担', en: 'Return or exchange, shipping both ways paid by the shop' },
    cost: (a, p) => {
      const x = s(p);
      return fen(2 * x.shippingCost + money(a) * x.goodsCostRate);
    },
  },
  resend: {
    kind: 'resend',
    label: { zh: '补发（新件或缺少的部分）', en: 'Resend (a new item or the missing part)' },
    cost: (a, p) => {
      const x = s(p);
      return fen(x.shippingCost + money(a) * x.goodsCostRate);
    },
  },
  full_refund: {
    kind: 'full_refund',
    label: { zh: '全额退款（不用退回）', en: 'Full refund (no return needed)' },
    cost: (a) => fen(money(a)),
  },
  partial_refund: {
    kind: 'partial_refund',
    label: { zh: '部分退款，商品保留', en: 'Partial refund, buyer keeps the item' },
    cost: (a, p) => fen(money(a) * s(p).partialRefundRate),
  },
  compensation: {
    kind: 'compensation',
    label: { zh: '按店铺标准补偿（中评/差评）', en: 'Compensation per the shop standard (neutral/negative)' },
    cost: (a, p, ctx) => {
      const x = s(p);
      const std = ctx?.level === 'neutral' ? x.neutralCompensation : x.negativeCompensation;
      return fen(Math.min(std, money(a) || std));
    },
  },
  price_difference: {
    kind: 'price_difference',
    label: { zh: '退差价（价保）', en: 'Refund the price difference (price protection)' },
    cost: (a, p, ctx) => fen(Math.min(money(ctx?.priceDifference ?? s(p).neutralCompensation), money(a))),
  },
  coupon: {
    kind: 'coupon',
    label: { zh: '优惠券（下次使用）', en: 'Coupon for the next order' },
    cost: (_a, p) => fen(s(p).couponValue),
  },
  points: {
    kind: 'points',
    label: { zh: '店铺积分', en: 'Shop points' },
    cost: (_a, p) => {
      const x = s(p);
      return fen(x.pointsPerYuan > 0 ? x.pointsValue / x.pointsPerYuan : 0);
    },
  },
  small_gift: {
    kind: 'small_gift',
    label: { zh: '小礼物（随下一单寄出）', en: 'Small gift (shipped with the next order)' },
    cost: (_a, p) => fen(s(p).giftCost),
  },
  free_shipping: {
    kind: 'free_shipping',
    label: { zh: '下次包邮', en: 'Free shipping next time' },
    cost: (_a, p) => fen(s(p).shippingCost),
  },
};

export function remedy(kind: RemedyKind): Remedy {
  return REMEDIES[kind];
}

/** The 2–3 remedies per cause, the usual first choice first. */
export const REMEDIES_BY_CAUSE: Record<CauseCode, readonly RemedyKind[]> = {
  quality_defect: ['return_exchange', 'partial_refund', 'coupon'],
  not_as_described: ['return_exchange', 'partial_refund', 'coupon'],
  slow_reply: ['coupon', 'points'],
  bad_attitude: ['coupon', 'points', 'small_gift'],
  slow_logistics: ['coupon', 'free_shipping', 'points'],
  damaged_or_lost: ['resend', 'full_refund', 'partial_refund'],
  wrong_or_missing_item: ['resend', 'partial_refund', 'full_refund'],
  usage_misunderstanding: ['small_gift', 'coupon', 'return_exchange'],
  policy_misunderstanding: ['coupon', 'points', 'compensation'],
  price: ['price_difference', 'coupon'],
  other: ['compensation', 'coupon', 'return_exchange'],
};

export function remediesFor(cause: CauseCode): Remedy[] {
  return REMEDIES_BY_CAUSE[cause].map((k) => REMEDIES[k]);
}

/** Words that show a reply offers the remedy (library texts use the agent's tokens, `{金额}`, `{优惠券}`). */
const REMEDY_WORDS: Record<RemedyKind, RegExp> = {
  return_exchange: /换货|换新|换一件|退货/,
  resend: /补发|重新发|再发/,
  full_refund: /全额退款|退款/,
  partial_refund: /部分退款|退您\{金额\}|退\{金额\}/,
  compensation: /补偿/,
  price_difference: /差价|价保/,
  coupon: /优惠券/,
  points: /积分/,
  small_gift: /礼物|礼品|赠品/,
  free_shipping: /包邮/,
};

export function mentionsRemedy(text: string, kind: RemedyKind): boolean {
  return REMEDY_WORDS[kind].test(text);
}

/** Remedies that hand the buyer an amount of money: its cost is the `{金额}` a reply names. */
const MONEY_REMEDIES: readonly RemedyKind[] = ['partial_refund', 'full_refund', 'compensation', 'price_difference'];

/**
 * What a remedy-offer reply's money variables are when the agent chose `chosen` among the priced options: the
 * amount is the chosen remedy's when it pays money, else the first money option offered with it; the coupon is
 * the coupon option's face value. Unknown values stay absent (the agent is asked, nothing is guessed).
 */
export function remedyReplyValues(chosen: RemedyKind, options: ReadonlyArray<{ kind: RemedyKind; cost: number; estimate?: boolean }>): { amount?: string; coupon?: string } {
  const yuan = (v: number) => String(Math.round(v * 100) / 100);
  const priced = options.filter((option) => !option.estimate && option.cost > 0);
  const money = priced.find((option) => option.kind === chosen && MONEY_REMEDIES.includes(option.kind)) ?? priced.find((option) => MONEY_REMEDIES.includes(option.kind));
  const coupon = priced.find((option) => option.kind === 'coupon');
  return { ...(money ? { amount: yuan(money.cost) } : {}), ...(coupon ? { coupon: `${yuan(coupon.cost)}元优惠券` } : {}) };
}
