import { applyBuyerNoteEdit, type BuyerMemory, type BuyerNoteEdit } from '../domain/cases/buyer';
import { buyerKeyOf } from '../domain/cases/lifecycle';
import type { Case, CaseView, Timer } from '../domain/cases/model';
import type { PlatformId } from '../domain/platforms';
import { viewOf } from './cases-repo';
import type { KefuDb } from './db';
import { inTransaction } from './tx';

export interface BuyerRef {
  platform: PlatformId;
  buyerId?: string;
  buyerName: string;
}

/** What the chat card shows about the buyer of the open conversation. */
export interface BuyerCard {
  buyerKey: string;
  memory: BuyerMemory | null;
  openCases: CaseView[];
  /** Closed cases, newest first, with their outcomes. */
  pastCases: Case[];
  /** Open promises and manual timers about this buyer that belong to no open case. */
  timers: Timer[];
}

const PAST_CASES_SHOWN = 5;

/**
 * The buyer's memory, cases and follow-ups. A review shows only the masked nickname and a chat the
 * platform's id, so cases are found by either key and by the orders the conversation shows.
 */
export async function getBuyerCard(db: KefuDb, ref: BuyerRef, orderIds: readonly string[]): Promise<BuyerCard> {
  const buyerKey = buyerKeyOf(ref.platform, ref.buyerId, ref.buyerName);
  const keys = [...new Set([buyerKey, buyerKeyOf(ref.platform, undefined, ref.buyerName)])];
  const tx = db.transaction(['cases', 'timers', 'buyers']);
  const cases = new Map<string, Case>();
  for (const key of keys) for (const c of await tx.objectStore('cases').index('by-buyer').getAll(key)) cases.set(c.id, c);
  for (const orderId of orderIds) {
    for (const c of await tx.objectStore('cases').index('by-order').getAll(orderId)) if (c.platform === ref.platform) cases.set(c.id, c);
  }
  const timersByCase = new Map<string, Timer[]>();
  const loose: Timer[] = [];
  for (const key of keys) {
    for (const timer of await tx.objectStore('timers').index('by-buyer').getAll(key)) {
      if (timer.done) continue;
      if (timer.caseId && cases.has(timer.caseId)) timersByCase.set(timer.caseId, [...(timersByCase.get(timer.caseId) ?? []), timer]);
      else loose.push(timer);
    }
  }
  for (const c of cases.values()) {
    if (c.stage === 'closed' || timersByCase.has(c.id)) continue;
    timersByCase.set(c.id, (await tx.objectStore('timers').index('by-case').getAll(c.id)).filter((t) => !t.done));
  }
  let memory: BuyerMemory | null = null;
  for (const key of keys) memory ??= (await tx.objectStore('buyers').get(key)) ?? null;
  await tx.done;
  const all = [...cases.values()].sort((a, b) => b.detectedAt - a.detectedAt);
  return {
    buyerKey,
    memory,
    openCases: all.filter((c) => c.stage !== 'closed').map((c) => viewOf(c, timersByCase.get(c.id) ?? [])),
    pastCases: all.filter((c) => c.stage === 'closed').slice(0, PAST_CASES_SHOWN),
    timers: loose.sort((a, b) => (a.nextAt ?? 0) - (b.nextAt ?? 0)),
  };
}

/** Saves one note field in a read-modify-write transaction; a concurrent edit is merged, never lost. */
export async function saveBuyerNote(db: KefuDb, ref: BuyerRef, edit: BuyerNoteEdit, by: string, now: number): Promise<{ memory: BuyerMemory; conflict: boolean }> {
  const key = buyerKeyOf(ref.platform, ref.buyerId, ref.buyerName);
  const tx = db.transaction('buyers', 'readwrite');
  const identity = { key, platform: ref.platform, nickname: ref.buyerName, ...(ref.buyerId ? { buyerId: ref.buyerId } : {}) };
  return inTransaction(tx, async () => {
    const stored = await tx.store.get(key);
    const result = applyBuyerNoteEdit(stored, identity, edit, by, now);
    if (result.memory !== stored) await tx.store.put(result.memory);
    return result;
  });
}
