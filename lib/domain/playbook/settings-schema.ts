import * as z from 'zod/mini';
import { PLATFORM_IDS } from '../platforms';
import { REVIEW_LEVELS, CAUSE_CODES } from '../taxonomy';
import type { PlaybookSettings } from './budget';
import { REMEDY_KINDS } from './remedies';

const yuan = z.number().check(z.gte(0, '不能小于 0 / must not be negative'), z.lte(100_000, '不能超过 100000 / at most 100000'));
const rate = z.number().check(z.gte(0, '应在 0 到 1 之间 / between 0 and 1'), z.lte(1, '应在 0 到 1 之间 / between 0 and 1'));

export const PlaybookSettingsSchema = z.object({
  neutralCompensation: yuan,
  negativeCompensation: yuan,
  couponValue: yuan,
  pointsValue: yuan,
  pointsPerYuan: z.number().check(z.gt(0, '必须大于 0 / must be above 0'), z.lte(100_000)),
  giftCost: yuan,
  shippingCost: yuan,
  goodsCostRate: rate,
  partialRefundRate: rate,
  dailyBudget: yuan,
}) satisfies z.ZodMiniType<PlaybookSettings>;

/** A remedy the agent chose for a review or conversation; the background prices it with the shop's settings. */
export const RemedyChoiceSchema = z.object({
  /** The review key (or conversation key) the remedy is for: the case model links to it later. */
  key: z.string().check(z.minLength(1), z.maxLength(200)),
  platform: z.enum(PLATFORM_IDS),
  orderId: z.optional(z.string().check(z.maxLength(100))),
  cause: z.enum(CAUSE_CODES),
  kind: z.enum(REMEDY_KINDS),
  level: z.optional(z.enum(REVIEW_LEVELS)),
  orderAmount: z.optional(z.number().check(z.gte(0), z.lte(1_000_000))),
  /** What it really cost when the agent knows better than the shop's price list (the refund actually paid). */
  cost: z.optional(z.number().check(z.gte(0), z.lte(100_000))),
  /** The case the remedy is for: it is recorded there too, with its cost. */
  caseId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
});
export type RemedyChoice = z.infer<typeof RemedyChoiceSchema>;

/** What the panel asks to price: the cause's remedies for this review. */
export const RemedyQuerySchema = z.object({
  cause: z.enum(CAUSE_CODES),
  level: z.optional(z.enum(REVIEW_LEVELS)),
  orderAmount: z.optional(z.number().check(z.gte(0), z.lte(1_000_000))),
});
export type RemedyQuery = z.infer<typeof RemedyQuerySchema>;

export interface RemedyOptions {
  /** `estimate`: the cost grows with the order amount, which was not given (the cost shown is the least it can be). */
  options: Array<{ kind: (typeof REMEDY_KINDS)[number]; cost: number; estimate: boolean }>;
  dailyBudget: number;
  spentToday: number;
}
