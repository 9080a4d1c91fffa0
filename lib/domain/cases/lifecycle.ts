import type { PlatformId } from '../platforms';
import type { Stage as PlaybookStage } from '../playbook/types';
import { REMEDIES_BY_CAUSE } from '../playbook/remedies';
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
  /** The causes the buyer's complaint showed, when the case is opened from it. */
  causes?: CauseCode[];
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
    sourceUrl: input.sourceUrl,
    ...openedNow(by, now),
    history: [{ at: now, by, type: 'created', origin: 'review' }],
  }) as Case;
}

/** What every new case starts with, whatever opened it: the opener handles it, 待联系, dated now. */
function openedNow(by: string, now: number) {
  return { handler: by, remedies: [], stage: 'to_contact' as const, detectedAt: now, detectedDay: localDay(now), stageSince: now, updatedAt: now };
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
    causes: input.causes?.length ? input.causes : (['other'] as CauseCode[]),
    sourceUrl: input.sourceUrl,
    ...openedNow(by, now),
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

/**
 * The agent chose a remedy: it is recorded with its cost as chosen, beside the options offered with it (kept
 * unchosen, with their costs), in one history entry. Offering a remedy means the case reached 已提方案: an
 * earlier stage moves there (its own history entry and timers follow); a later stage stays.
 */
export function chooseRemedy(current: Case, chosen: Omit<Remedy, 'chosen'>, offered: ReadonlyArray<Omit<Remedy, 'chosen'>>, by: string, now: number): Case {
  const remedies = current.remedies.map((remedy) => (remedy.kind === chosen.kind ? { ...chosen, chosen: true } : remedy));
  if (!remedies.some((remedy) => remedy.kind === chosen.kind)) remedies.push({ ...chosen, chosen: true });
  for (const option of offered) if (!remedies.some((remedy) => remedy.kind === option.kind)) remedies.push({ ...option, chosen: false });
  const recorded = setRemedies(current, remedies, by, now);
  return CASE_STAGES.indexOf(current.stage) < CASE_STAGES.indexOf('proposed') ? changeStage(recorded, 'proposed', by, now) : recorded;
}

/**
 * Which replies fit the case now (shared/domain.md §2): first contact while 待联系; the remedy offer once the
 * buyer was reached (已联系); progress updates while the remedy is under way (已提方案, 处理中); the satisfaction
 * check after 已解决 and while 已回访 has not recorded an outcome. The neutral note that the buyer may update
 * the review comes only after the buyer confirmed satisfaction: a case closed as 买家满意. Other closed cases
 * need no reply (null).
 */
export function playbookStageOf(c: Pick<Case, 'stage' | 'outcome'>): PlaybookStage | null {
  switch (c.stage) {
    case 'to_contact':
      return 'first_contact';
    case 'contacted':
      return 'remedy_offer';
    case 'proposed':
    case 'in_progress':
      return 'progress';
    case 'resolved':
    case 'revisited':
      return 'satisfaction_check';
    case 'closed':
      return c.outcome === 'buyer_satisfied' ? 'review_update_invite' : null;
  }
}

/** Total cost of the chosen remedies, in yuan. */
export function chosenCost(c: Pick<Case, 'remedies'>): number {
  return c.remedies.filter((remedy) => remedy.chosen).reduce((sum, remedy) => sum + remedy.cost, 0);
}

export function nextStageOf(stage: CaseStage): CaseStage | null {
  return CASE_STAGES[CASE_STAGES.indexOf(stage) + 1] ?? null;
}

export const NEXT_STEPS = ['contact', 'offer', 'execute', 'report', 'check', 'close'] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/** What the agent should do next on a case (shared/domain.md §2), with remedies to offer when it is time. */
export function suggestNextStep(c: Pick<Case, 'stage' | 'causes'>): { step: NextStep; remedies: RemedyKind[] } | null {
  switch (c.stage) {
    case 'to_contact':
      return { step: 'contact', remedies: [] };
    case 'contacted':
      return { step: 'offer', remedies: [...REMEDIES_BY_CAUSE[c.causes[0] ?? 'other']] };
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
