import * as z from 'zod/mini';
import { PLATFORM_IDS } from './platforms';
import { REVIEW_LEVELS } from './taxonomy';
import { MAX_BUYER_NAME, MAX_REVIEW_TEXT, type Review } from './review';

/**
 * The Review schema. Kept out of the content script's import graph (zod would double its size):
 * reviews are checked where they enter the background, and every adapter's fixture extraction is
 * checked against it in the contract test.
 */
export const ReviewSchema = z.object({
  platform: z.enum(PLATFORM_IDS),
  key: z.string().check(z.minLength(1), z.maxLength(200)),
  stars: z.optional(z.number().check(z.int(), z.gte(1), z.lte(5))),
  platformLevel: z.optional(z.enum(REVIEW_LEVELS)),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_REVIEW_TEXT)),
  followUpText: z.optional(z.string().check(z.maxLength(MAX_REVIEW_TEXT))),
  buyer: z.string().check(z.maxLength(MAX_BUYER_NAME)),
  orderId: z.optional(z.string().check(z.maxLength(100))),
  productName: z.optional(z.string().check(z.maxLength(500))),
  productId: z.optional(z.string().check(z.maxLength(100))),
  time: z.optional(z.string().check(z.maxLength(40))),
  replied: z.boolean(),
})
  // A review without stars and without a level could not be rated: adapters never produce one.
  .check(z.refine((review) => review.stars !== undefined || review.platformLevel !== undefined, 'stars or platformLevel required')) satisfies z.ZodMiniType<Review>;
