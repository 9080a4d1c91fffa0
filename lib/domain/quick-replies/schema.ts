import * as z from 'zod/mini';
import { MAX_MESSAGE_TEXT, SENDERS } from '../chat';
import { PAGE_KINDS, PLATFORM_IDS } from '../platforms';
import { MAX_BUYER_NAME, MAX_REVIEW_TEXT } from '../review';

/** What the content script tells the background about the case, to rank the replies. */
export const QuickReplyQuerySchema = z.object({
  platform: z.enum(PLATFORM_IDS),
  pageKind: z.enum(PAGE_KINDS),
  /** The open conversation's latest messages (chat pages). */
  messages: z.array(z.object({ sender: z.enum(SENDERS), text: z.string().check(z.maxLength(MAX_MESSAGE_TEXT)) })).check(z.maxLength(50)),
  /** The product the page is about (chat product card, reviewed item): replies tied to it rank first. */
  product: z.optional(z.string().check(z.maxLength(200))),
  /** The buyer of the open conversation (chat pages), and the orders it shows: their current case decides the step. */
  buyer: z.optional(z.object({ buyerId: z.optional(z.string().check(z.maxLength(100))), buyerName: z.string().check(z.minLength(1), z.maxLength(MAX_BUYER_NAME)) })),
  orderIds: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(20))),
  /** The review being answered (review pages), when the agent opened its reply box from a row. */
  review: z.optional(
    z.object({
      text: z.string().check(z.maxLength(MAX_REVIEW_TEXT)),
      followUpText: z.optional(z.string().check(z.maxLength(MAX_REVIEW_TEXT))),
      stars: z.optional(z.number().check(z.int(), z.gte(1), z.lte(5))),
    }),
  ),
});
export type QuickReplyQuery = z.infer<typeof QuickReplyQuerySchema>;

export const ReplyUseInputSchema = z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)) });
