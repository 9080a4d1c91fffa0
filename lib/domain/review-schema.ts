import * as z from 'zod/mini';
import { PLATFORM_IDS } from './platforms';
import { REVIEW_LEVELS } from './taxonomy';
import { MAX_BUYER_NAME, MAX_ID, MAX_KEY, MAX_PRODUCT_NAME, MAX_REVIEW_TEXT, MAX_TIME, type ListedReview, type Review } from './review';

const listedFields = {
  platform: z.enum(PLATFORM_IDS),
  key: z.string().check(z.minLength(1), z.maxLength(MAX_KEY)),
  stars: z.optional(z.number().check(z.int(), z.gte(1), z.lte(5))),
  platformLevel: z.optional(z.enum(REVIEW_LEVELS)),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_REVIEW_TEXT)),
  followUpText: z.optional(z.string().check(z.maxLength(MAX_REVIEW_TEXT))),
};

const detailFields = {
  buyer: z.string().check(z.maxLength(MAX_BUYER_NAME)),
  orderId: z.optional(z.string().check(z.maxLength(MAX_ID))),
  productName: z.optional(z.string().check(z.maxLength(MAX_PRODUCT_NAME))),
  productId: z.optional(z.string().check(z.maxLength(MAX_ID))),
  time: z.optional(z.string().check(z.maxLength(MAX_TIME))),
  replied: z.boolean(),
};

// A review without stars and without a level could not be rated: adapters never produce one.
const rated = z.refine<Pick<ListedReview, 'stars' | 'platformLevel'>>((review) => review.stars !== undefined || review.platformLevel !== undefined, 'stars or platformLevel required');

/**
 * The review schemas. Kept out of the content script's import graph (zod would double its size):
 * reviews are checked where they enter the background, and every adapter's fixture extraction is
 * checked against them in the contract test.
 */
export const ListedReviewSchema = z.object(listedFields).check(rated) satisfies z.ZodMiniType<ListedReview>;

export const ReviewSchema = z.object({ ...listedFields, ...detailFields }).check(rated) satisfies z.ZodMiniType<Review>;
