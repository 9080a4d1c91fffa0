import type { PlatformId } from '../platforms';
import type { CauseCode } from '../taxonomy';
import {
  CASE_STAGES,
  type Case,
  type CaseEvent,
  type CaseLevel,
  type CaseOutcome,
  type CaseSettings,
  type CaseStage,
  type Remedy,
  type RemedyKind,
} from './model';

/** One buyer across cases, notes and timers: the platform's id when the page shows one, else the nickname as shown. */
export function buyerKeyOf(platform: PlatformId, buyerId: string | undefined, buyerName: string): string {
  return buyerId ? `${platform}:id:${buyerId}` : `${platform}:name:${buyerName.trim()}`;
}

/** Platform + order + review: re-reading the same review never opens a second case. */
export function reviewDedupeKey(platform: PlatformId, orderId: string | undefined, reviewKey: string): string {
  return `${platform}|${orderId ?? ''}|${reviewKey}`;
}

/** The local calendar day of an instant, `YYYY-MM-DD`. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function productKeyOf(platform: PlatformId, productId?: string, productName?: string): string | undefined {
  const product = productId ?? productName;
  return product ? `${platform}|${product}` : undefined;
}

export interface ReviewCaseInput {
  platform: PlatformId;
  reviewKey: string;
  orderId?: string;
  buyerName: string;
  productId?: string;
  productName?: string;
  reviewText: string;
  stars?: number;
  level: Extract<CaseLevel, 'negative' | 'neutral' | 'hidden-complaint'>;
  causes: CauseCode[];
  sourceUrl?: string;
}

export interface ChatCaseInput {
  platform: PlatformId;
  buyerId?: string;
  buyerName: string;
  orderId?: string;
  productId?: string;
  productName?: string;
  note?: string;
  sourceUrl?: string;
}

type Defined<T> = { [K in keyof T]: T[K] };
/** Drops undefined fields: stored records and backups carry only what is known. */
function compact<T extends object>(value: T): Defined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Defined<T>;
}

export function caseFromReview(input: ReviewCaseInput, settings: CaseSettings, now: number, id: string): Case {
  const by = settings.agentName;
  return compact({
    id,
    origin: 'review' as const,
    platform: input.platform,
    shop: settings.shop,
    buyerKey: buyerKeyOf(input.platform, undefined, input.buyerName),
    buyerName: input.buyerName,
    orderId: input.orderId,
    productId: input.productId,
    productName: input.productName,
    productKey: productKeyOf(input.platform, input.productId, input.productName),
    reviewKey: input.reviewKey,
    dedupeKey: reviewDedupeKey(input.platform, input.orderId, input.reviewKey),
    reviewText: input.reviewText,
    stars: input.stars,
    level: input.level,
    causes: input.causes.length > 0 ? input.causes : ['other'],
    handler: by,
    remedies: [],
    stage: 'to_contact' as const,
    sourceUrl: input.sourceUrl,
    detectedAt: now,
    detectedDay: localDay(now),
    stageSince: now,
    updatedAt: now,
    history: [{ at: now, by, type: 'created', origin: 'review' }],
  }) as Case;
}

export function caseFromChat(input: ChatCaseInput, settings: CaseSettings, now: number, id: string): Case {
  const by = settings.agentName;
  const history: CaseEvent[] = [{ at: now, by, type: 'created', origin: 'chat' }];
  if (input.note?.trim()) history.push({ at: now, by, type: 'note', text: input.note.trim() });
  return compact({
    id,
    origin: 'chat' as const,
    platform: input.platform,
    shop: settings.shop,
    buyerKey: buyerKeyOf(input.platform, input.buyerId, input.buyerName),
    buyerId: input.buyerId,
    buyerName: input.buyerName,
    orderId: input.orderId,
    productId: input.productId,
    productName: input.productName,
    productKey: productKeyOf(input.platform, input.productId, input.productName),
    level: 'complaint' as const,
    causes: ['other'] as CauseCode[],
    handler: by,
    remedies: [],
    stage: 'to_contact' as const,
    sourceUrl: input.sourceUrl,
    detectedAt: now,
    detectedDay: localDay(now),
    stageSince: now,
    updatedAt: now,
    history,
  }) as Case;
}

export class CaseRuleError extends Error {}

/**
 * Moves a case to any stage in one step (agents also correct a wrong click). Closing needs an
 * outcome; an outcome means closing. Every change lands in the history; a no-op changes nothing.
 */
export function changeStage(current: Case, to: CaseStage, by: string, now: number, outcome?: CaseOutcome): Case {
  if (to === 'closed' && !outcome) throw new CaseRuleError('closing a case needs an outcome');
  if (to !== 'closed' && outcome) throw new CaseRuleError('an outcome closes the case');
  if (to === current.stage && outcome === current.outcome) return current;
  const event: CaseEvent = outcome ? { at: now, by, type: 'stage', from: current.stage, to, outcome } : { at: now, by, type: 'stage', from: current.stage, to };
  const next: Case = { ...current, stage: to, stageSince: now, updatedAt: now, history: [...current.history, event] };
  if (to === 'closed') {
    next.outcome = outcome;
    next.closedAt = now;
  } else {
    delete next.outcome;
    delete next.closedAt;
  }
  return next;
}

export function addCaseNote(current: Case, text: string, by: string, now: number): Case {
  const trimmed = text.trim();
  if (!trimmed) return current;
  return { ...current, updatedAt: now, history: [...current.history, { at: now, by, type: 'note', text: trimmed }] };
}

/** Hands the case to another agent (a name from settings or typed freely); the history says who had it. */
export function reassign(current: Case, handler: string, by: string, now: number): Case {
  const to = handler.trim();
  if (!to || to === current.handler) return current;
  return { ...current, handler: to, updatedAt: now, history: [...current.history, { at: now, by, type: 'handler', from: current.handler, to }] };
}

export function setRemedies(current: Case, remedies: Remedy[], by: string, now: number): Case {
  return { ...current, remedies, updatedAt: now, history: [...current.history, { at: now, by, type: 'remedies', remedies }] };
}

/** Causes learnt after the case was opened (the classifier answers after the first read). */
export function setCauses(current: Case, causes: CauseCode[], by: string, now: number): Case {
  if (causes.length === 0 || causes.join() === current.causes.join()) return current;
  return { ...current, causes, updatedAt: now, history: [...current.history, { at: now, by, type: 'causes', causes }] };
}

/** Total cost of the chosen remedies, in yuan. */
export function chosenCost(c: Pick<Case, 'remedies'>): number {
  return c.remedies.filter((remedy) => remedy.chosen).reduce((sum, remedy) => sum + remedy.cost, 0);
}

export function nextStageOf(stage: CaseStage): CaseStage | null {
  return CASE_STAGES[CASE_STAGES.indexOf(stage) + 1] ?? null;
}

/** The typical first remedies for a cause (shared/domain.md §1), best first. */
export const REMEDIES_BY_CAUSE: Record<CauseCode, RemedyKind[]> = {
  quality_defect: ['return_exchange', 'partial_refund', 'coupon'],
  not_as_described: ['return_exchange', 'partial_refund'],
  slow_reply: ['apology', 'points', 'coupon'],
  bad_attitude: ['apology', 'points', 'coupon'],
  slow_logistics: ['explanation', 'coupon'],
  damaged_or_lost: ['resend', 'partial_refund'],
  wrong_or_missing_item: ['resend', 'return_exchange'],
  usage_misunderstanding: ['explanation', 'gift'],
  policy_misunderstanding: ['explanation', 'coupon'],
  price: ['partial_refund', 'coupon'],
  other: ['apology', 'explanation'],
};

export const NEXT_STEPS = ['contact', 'offer', 'execute', 'report', 'check', 'close'] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/** What the agent should do next on a case (shared/domain.md §2), with remedies to offer when it is time. */
export function suggestNextStep(c: Pick<Case, 'stage' | 'causes'>): { step: NextStep; remedies: RemedyKind[] } | null {
  switch (c.stage) {
    case 'to_contact':
      return { step: 'contact', remedies: [] };
    case 'contacted':
      return { step: 'offer', remedies: REMEDIES_BY_CAUSE[c.causes[0] ?? 'other'] };
    case 'proposed':
      return { step: 'execute', remedies: [] };
    case 'in_progress':
      return { step: 'report', remedies: [] };
    case 'resolved':
      return { step: 'check', remedies: [] };
    case 'revisited':
      return { step: 'close', remedies: [] };
    case 'closed':
      return null;
  }
}
