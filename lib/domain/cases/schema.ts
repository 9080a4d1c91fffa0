import * as z from 'zod/mini';
import { MAX_BUYER_NAME, MAX_ID, MAX_KEY, MAX_REVIEW_TEXT } from '../review';
import { PLATFORM_IDS } from '../platforms';
import { CAUSE_CODES } from '../taxonomy';
import { BUYER_NOTE_FIELDS, MAX_BUYER_NOTE } from './buyer';
import { CASE_LEVELS, CASE_ORIGINS, CASE_OUTCOMES, CASE_STAGES, REMEDY_KINDS, TIMER_KINDS } from './model';

/** Schemas of the case messages and records. Background and tests only (zod stays out of the content script). */
const Id = z.string().check(z.minLength(1), z.maxLength(100));
const Short = z.string().check(z.maxLength(500));
const Url = z.string().check(z.maxLength(2_000), z.regex(/^(https?|chrome-extension):\/\//));
const Instant = z.number().check(z.int(), z.gte(0));
const Platform = z.enum(PLATFORM_IDS);
const Name = z.string().check(z.maxLength(MAX_BUYER_NAME));

export const ReviewCaseInputSchema = z.object({
  platform: Platform,
  reviewKey: z.string().check(z.minLength(1), z.maxLength(MAX_KEY)),
  orderId: z.optional(z.string().check(z.maxLength(MAX_ID))),
  buyerName: Name,
  productId: z.optional(z.string().check(z.maxLength(MAX_ID))),
  productName: z.optional(Short),
  reviewText: z.string().check(z.maxLength(MAX_REVIEW_TEXT)),
  // Absent when the platform shows a level only (千牛).
  stars: z.optional(z.number().check(z.int(), z.gte(1), z.lte(5))),
  level: z.enum(['negative', 'neutral', 'hidden-complaint']),
  causes: z.array(z.enum(CAUSE_CODES)).check(z.maxLength(CAUSE_CODES.length)),
  sourceUrl: z.optional(Url),
});

export const SyncReviewCasesSchema = z.object({ reviews: z.array(ReviewCaseInputSchema).check(z.maxLength(5_000)) });

export const ChatCaseInputSchema = z.object({
  platform: Platform,
  buyerId: z.optional(z.string().check(z.maxLength(100))),
  buyerName: Name,
  orderId: z.optional(z.string().check(z.maxLength(MAX_ID))),
  productId: z.optional(z.string().check(z.maxLength(MAX_ID))),
  productName: z.optional(Short),
  note: z.optional(z.string().check(z.maxLength(MAX_BUYER_NOTE))),
  causes: z.optional(z.array(z.enum(CAUSE_CODES)).check(z.maxLength(CAUSE_CODES.length))),
  sourceUrl: z.optional(Url),
});

export const StageChangeSchema = z.object({ id: Id, stage: z.enum(CASE_STAGES), outcome: z.optional(z.enum(CASE_OUTCOMES)) });
export const ReassignSchema = z.object({ id: Id, handler: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_BUYER_NAME)) });
export const CaseNoteSchema = z.object({ id: Id, text: z.string().check(z.minLength(1), z.maxLength(MAX_BUYER_NOTE)) });

const RemedySchema = z.object({ kind: z.enum(REMEDY_KINDS), cost: z.number().check(z.gte(0), z.lte(100_000)), chosen: z.boolean() });
export const RemediesSchema = z.object({ id: Id, remedies: z.array(RemedySchema).check(z.maxLength(20)) });

export const BuyerRefSchema = z.object({ platform: Platform, buyerId: z.optional(z.string().check(z.maxLength(100))), buyerName: Name });
export const BuyerCardRequestSchema = z.object({ buyer: BuyerRefSchema, orderIds: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)) });
export const BuyerNoteSaveSchema = z.object({
  buyer: BuyerRefSchema,
  field: z.enum(BUYER_NOTE_FIELDS),
  text: z.string().check(z.maxLength(MAX_BUYER_NOTE)),
  baseRev: z.number().check(z.int(), z.gte(0)),
});

export const NewTimerSchema = z.object({
  kind: z.enum(['promise', 'manual']),
  buyer: BuyerRefSchema,
  productName: z.optional(Short),
  caseId: z.optional(Id),
  note: z.string().check(z.minLength(1), z.maxLength(MAX_BUYER_NOTE)),
  url: z.optional(Url),
  dueAt: Instant,
});
export const TimerDoneSchema = z.object({ id: Id, done: z.boolean() });
export const SnoozeSchema = z.object({ id: Id, minutes: z.number().check(z.int(), z.gte(1), z.lte(60 * 24 * 14)) });

// Stored records, checked when a backup is restored.
const CaseEventSchema = z.union([
  z.object({ at: Instant, by: Name, type: z.literal('created'), origin: z.enum(CASE_ORIGINS) }),
  z.object({ at: Instant, by: Name, type: z.literal('stage'), from: z.enum(CASE_STAGES), to: z.enum(CASE_STAGES), outcome: z.optional(z.enum(CASE_OUTCOMES)) }),
  z.object({ at: Instant, by: Name, type: z.literal('note'), text: z.string().check(z.maxLength(MAX_BUYER_NOTE)) }),
  z.object({ at: Instant, by: Name, type: z.literal('remedies'), remedies: z.array(RemedySchema) }),
  z.object({ at: Instant, by: Name, type: z.literal('causes'), causes: z.array(z.enum(CAUSE_CODES)) }),
  z.object({ at: Instant, by: Name, type: z.literal('handler'), from: Name, to: Name }),
]);

export const CaseSchema = z.object({
  id: Id,
  origin: z.enum(CASE_ORIGINS),
  platform: Platform,
  shop: Short,
  buyerKey: z.string().check(z.minLength(1), z.maxLength(300)),
  buyerId: z.optional(z.string().check(z.maxLength(100))),
  buyerName: Name,
  orderId: z.optional(z.string().check(z.maxLength(MAX_ID))),
  productId: z.optional(z.string().check(z.maxLength(MAX_ID))),
  productName: z.optional(Short),
  productKey: z.optional(Short),
  reviewKey: z.optional(z.string().check(z.maxLength(MAX_KEY))),
  dedupeKey: z.optional(z.string().check(z.maxLength(400))),
  reviewText: z.optional(z.string().check(z.maxLength(MAX_REVIEW_TEXT))),
  stars: z.optional(z.number().check(z.int(), z.gte(1), z.lte(5))),
  level: z.enum(CASE_LEVELS),
  causes: z.array(z.enum(CAUSE_CODES)),
  handler: Name,
  remedies: z.array(RemedySchema),
  stage: z.enum(CASE_STAGES),
  outcome: z.optional(z.enum(CASE_OUTCOMES)),
  sourceUrl: z.optional(Url),
  detectedAt: Instant,
  detectedDay: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  stageSince: Instant,
  updatedAt: Instant,
  closedAt: z.optional(Instant),
  history: z.array(CaseEventSchema),
});

export const TimerSchema = z.object({
  id: Id,
  kind: z.enum(TIMER_KINDS),
  caseId: z.optional(Id),
  buyerKey: z.string().check(z.minLength(1), z.maxLength(300)),
  platform: Platform,
  buyerName: Name,
  productName: z.optional(Short),
  note: z.optional(z.string().check(z.maxLength(MAX_BUYER_NOTE))),
  url: z.optional(Url),
  dueAt: Instant,
  snoozedUntil: z.optional(Instant),
  nextAt: z.optional(Instant),
  alertAt: z.optional(Instant),
  done: z.boolean(),
  doneAt: z.optional(Instant),
  createdAt: Instant,
});

const BuyerNoteSchema = z.object({ text: z.string().check(z.maxLength(MAX_BUYER_NOTE * 2)), rev: z.number().check(z.int(), z.gte(0)), updatedAt: Instant, by: Name });
export const BuyerMemorySchema = z.object({
  key: z.string().check(z.minLength(1), z.maxLength(300)),
  platform: Platform,
  buyerId: z.optional(z.string().check(z.maxLength(100))),
  nickname: Name,
  notes: z.partialRecord(z.enum(BUYER_NOTE_FIELDS), BuyerNoteSchema),
  updatedAt: Instant,
});
