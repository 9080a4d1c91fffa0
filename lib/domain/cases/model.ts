import type { CauseCode } from '../taxonomy';
import type { PlatformId } from '../platforms';
import type { RemedyKind } from '../playbook/remedies';

/** Work-order stages, in order (shared/domain.md §2). */
export const CASE_STAGES = ['to_contact', 'contacted', 'proposed', 'in_progress', 'resolved', 'revisited', 'closed'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export const CASE_OUTCOMES = ['review_updated', 'buyer_satisfied', 'buyer_refused', 'unreachable'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** What the case is about: a 差评, a 中评, a good rating that complains, or a complaint raised in chat. */
export const CASE_LEVELS = ['negative', 'neutral', 'hidden-complaint', 'complaint'] as const;
export type CaseLevel = (typeof CASE_LEVELS)[number];

export const CASE_ORIGINS = ['review', 'chat'] as const;
export type CaseOrigin = (typeof CASE_ORIGINS)[number];

/** A remedy on a case is one of the playbook's, priced with the shop's settings when it was offered or chosen. */
export { REMEDY_KINDS, type RemedyKind } from '../playbook/remedies';

export interface Remedy {
  kind: RemedyKind;
  /** In yuan; 0 when the remedy costs nothing. */
  cost: number;
  chosen: boolean;
}

/** One timestamped change of a case; the history is append-only. */
export type CaseEvent =
  | { at: number; by: string; type: 'created'; origin: CaseOrigin }
  | { at: number; by: string; type: 'stage'; from: CaseStage; to: CaseStage; outcome?: CaseOutcome }
  | { at: number; by: string; type: 'note'; text: string }
  | { at: number; by: string; type: 'remedies'; remedies: Remedy[] }
  | { at: number; by: string; type: 'causes'; causes: CauseCode[] }
  | { at: number; by: string; type: 'handler'; from: string; to: string };

/**
 * A work order (工单). Flat fields so the dashboard can index them: per product, cause, agent, day.
 * `buyerKey` ties it to buyer memory; `dedupeKey` (platform|order|review) makes re-reading a page
 * never create a second case for the same review.
 */
export interface Case {
  id: string;
  origin: CaseOrigin;
  platform: PlatformId;
  shop: string;
  buyerKey: string;
  buyerId?: string;
  buyerName: string;
  orderId?: string;
  productId?: string;
  productName?: string;
  /** `platform|product id or name`, for per-product statistics. */
  productKey?: string;
  reviewKey?: string;
  dedupeKey?: string;
  reviewText?: string;
  stars?: number;
  level: CaseLevel;
  causes: CauseCode[];
  /** The agent handling it (settings' agent name at creation, changed on reassignment). */
  handler: string;
  remedies: Remedy[];
  stage: CaseStage;
  outcome?: CaseOutcome;
  /** The page to open to work the case: the review list or the chat it came from. */
  sourceUrl?: string;
  detectedAt: number;
  /** Local calendar day of detection, `YYYY-MM-DD`, for per-day statistics. */
  detectedDay: string;
  stageSince: number;
  updatedAt: number;
  closedAt?: number;
  history: CaseEvent[];
}

export const TIMER_KINDS = ['first_contact', 'progress', 'satisfaction', 'promise', 'manual'] as const;
export type TimerKind = (typeof TIMER_KINDS)[number];

/**
 * A follow-up due at a time. IndexedDB holds every timer; `nextAt` is set only while the timer is
 * open (the due time, or the end of its snooze), so the index over it holds exactly the open ones.
 */
export interface Timer {
  id: string;
  kind: TimerKind;
  caseId?: string;
  buyerKey: string;
  platform: PlatformId;
  /** Denormalised for the popup and notifications, so neither needs a join. */
  buyerName: string;
  productName?: string;
  note?: string;
  /** The page the notification's button opens (review list or chat); absent: the case page. */
  url?: string;
  dueAt: number;
  snoozedUntil?: number;
  nextAt?: number;
  /** Equal to `nextAt` until a notification was shown for it (a snooze sets it again). */
  alertAt?: number;
  done: boolean;
  doneAt?: number;
  createdAt: number;
}

/** Settings that shape cases and timers. */
export interface CaseSettings {
  agentName: string;
  shop: string;
  /** Hours after 已解决 before the satisfaction check (1–2 days by default: 24). */
  satisfactionDelayHours: number;
  /** Hours between progress updates while 处理中. */
  progressIntervalHours: number;
  /** Hours after detection by which first contact is due. */
  firstContactHours: number;
}

export const DEFAULT_CASE_SETTINGS: CaseSettings = {
  agentName: '',
  shop: '',
  satisfactionDelayHours: 24,
  progressIntervalHours: 24,
  firstContactHours: 24,
};

/** A case with its open timers and the suggested next step, as pages show it. */
export interface CaseView {
  case: Case;
  timers: Timer[];
  next: { step: import('./lifecycle').NextStep; remedies: RemedyKind[] } | null;
}

/** The popup's follow-up list. */
export interface DueList {
  now: number;
  /** Counted up to a cap (the storage's `OVERDUE_COUNT_CAP`); at the cap it reads "99+". */
  overdueCount: number;
  /** Overdue first (newest risk first), then upcoming, soonest first: the first ones of the list only. */
  timers: Timer[];
  /** More follow-ups than those listed are open. */
  more: boolean;
}
