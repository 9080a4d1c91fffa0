import type { IDBPTransaction } from 'idb';
import { addCaseNote, caseFromChat, caseFromReview, changeStage, reassign, reviewDedupeKey, setCauses, setRemedies, suggestNextStep, type ChatCaseInput, type ReviewCaseInput } from '../domain/cases/lifecycle';
import type { Case, CaseOutcome, CaseSettings, CaseStage, CaseView, Remedy, Timer } from '../domain/cases/model';
import { openTimer, planTimers } from '../domain/cases/timers';
import type { KefuDb, KefuSchema } from './db';
import { inTransaction } from './tx';

/** A read-write transaction over (at least) cases and timers. */
export type CaseTx = IDBPTransaction<KefuSchema, ('cases' | 'timers')[], 'readwrite'>;
export type NewId = () => string;
export const randomId: NewId = () => crypto.randomUUID();

export class NotFoundError extends Error {}

/** Closes the automatic timers the case's stage no longer needs and opens the one it needs. */
async function applyTimerPlan(tx: CaseTx, c: Case, settings: CaseSettings, now: number, newId: NewId): Promise<Timer[]> {
  const store = tx.objectStore('timers');
  const timers = await store.index('by-case').getAll(c.id);
  const plan = planTimers(c, timers, settings);
  const open: Timer[] = [];
  for (const timer of timers) {
    if (plan.close.includes(timer.id)) {
      const { nextAt: _n, alertAt: _a, ...rest } = timer;
      await store.put({ ...rest, done: true, doneAt: now });
    } else if (!timer.done) open.push(timer);
  }
  if (plan.create) {
    const timer = openTimer({
      id: newId(),
      kind: plan.create.kind,
      caseId: c.id,
      buyerKey: c.buyerKey,
      platform: c.platform,
      buyerName: c.buyerName,
      ...(c.productName ? { productName: c.productName } : {}),
      ...(c.sourceUrl ? { url: c.sourceUrl } : {}),
      dueAt: plan.create.dueAt,
      createdAt: now,
    });
    await store.put(timer);
    open.push(timer);
  }
  return open;
}

export function viewOf(c: Case, timers: Timer[]): CaseView {
  return { case: c, timers: timers.filter((t) => !t.done).sort((a, b) => (a.nextAt ?? 0) - (b.nextAt ?? 0)), next: suggestNextStep(c) };
}

/**
 * Opens a case for every review needing recovery that has none yet (one transaction; the unique
 * dedupe index makes a concurrent duplicate fail the transaction rather than exist). Returns the
 * view of every review's case and the cases created now.
 */
export async function syncReviewCases(
  db: KefuDb,
  inputs: readonly ReviewCaseInput[],
  settings: CaseSettings,
  now: number,
  newId: NewId = randomId,
): Promise<{ views: Record<string, CaseView>; created: Case[] }> {
  const tx = db.transaction(['cases', 'timers'], 'readwrite');
  const cases = tx.objectStore('cases');
  const views: Record<string, CaseView> = {};
  const created: Case[] = [];
  await inTransaction(tx, async () => {
    for (const input of inputs) {
      const existing = await cases.index('by-dedupe').get(reviewDedupeKey(input.platform, input.orderId, input.reviewKey));
      let c: Case;
      if (existing) {
        // The classifier may answer after the first read: causes fill in while the case shows 其他 only.
        c = existing.causes.join() === 'other' ? setCauses(existing, input.causes, settings.agentName, now) : existing;
        if (c !== existing) await cases.put(c);
        views[input.reviewKey] = viewOf(c, await tx.objectStore('timers').index('by-case').getAll(c.id));
      } else {
        c = caseFromReview(input, settings, now, newId());
        await cases.add(c);
        created.push(c);
        views[input.reviewKey] = viewOf(c, await applyTimerPlan(tx, c, settings, now, newId));
      }
    }
  });
  return { views, created };
}

export async function openChatCase(db: KefuDb, input: ChatCaseInput, settings: CaseSettings, now: number, newId: NewId = randomId): Promise<CaseView> {
  const tx = db.transaction(['cases', 'timers'], 'readwrite');
  const c = caseFromChat(input, settings, now, newId());
  return inTransaction(tx, async () => {
    await tx.objectStore('cases').add(c);
    return viewOf(c, await applyTimerPlan(tx, c, settings, now, newId));
  });
}

/** Inside `tx`: reads the case, applies `change`, writes it and the timers its stage needs. */
export async function applyCaseChange(tx: CaseTx, id: string, change: (c: Case) => Case, settings: CaseSettings, now: number, newId: NewId = randomId): Promise<CaseView> {
  const current = await tx.objectStore('cases').get(id);
  if (!current) throw new NotFoundError(`no case ${id}`);
  const next = change(current);
  if (next !== current) await tx.objectStore('cases').put(next);
  return viewOf(next, await applyTimerPlan(tx, next, settings, now, newId));
}

/** Read, change and write a case in one transaction: two tabs' changes queue up, neither is lost. */
function updateCase(db: KefuDb, id: string, change: (c: Case) => Case, settings: CaseSettings, now: number, newId: NewId): Promise<CaseView> {
  const tx = db.transaction(['cases', 'timers'], 'readwrite');
  return inTransaction(tx, () => applyCaseChange(tx, id, change, settings, now, newId));
}

export function changeCaseStage(db: KefuDb, id: string, stage: CaseStage, outcome: CaseOutcome | undefined, settings: CaseSettings, now: number, newId: NewId = randomId) {
  return updateCase(db, id, (c) => changeStage(c, stage, settings.agentName, now, outcome), settings, now, newId);
}

export function noteOnCase(db: KefuDb, id: string, text: string, settings: CaseSettings, now: number, newId: NewId = randomId) {
  return updateCase(db, id, (c) => addCaseNote(c, text, settings.agentName, now), settings, now, newId);
}

export function reassignCase(db: KefuDb, id: string, handler: string, settings: CaseSettings, now: number, newId: NewId = randomId) {
  return updateCase(db, id, (c) => reassign(c, handler, settings.agentName, now), settings, now, newId);
}

/** Names a case can be handed to: the agent's own name from settings, then every handler the cases know (distinct index keys, bounded). */
export async function knownHandlers(db: KefuDb, settings: CaseSettings, limit = 50): Promise<string[]> {
  const names = new Set(settings.agentName ? [settings.agentName] : []);
  const index = db.transaction('cases').store.index('by-handler');
  for (let cursor = await index.openKeyCursor(null, 'nextunique'); cursor && names.size < limit; cursor = await cursor.continue()) {
    if (cursor.key) names.add(cursor.key);
  }
  return [...names];
}

export function remediesOfCase(db: KefuDb, id: string, remedies: Remedy[], settings: CaseSettings, now: number, newId: NewId = randomId) {
  return updateCase(db, id, (c) => setRemedies(c, remedies, settings.agentName, now), settings, now, newId);
}

export async function getCaseView(db: KefuDb, id: string): Promise<CaseView | null> {
  const tx = db.transaction(['cases', 'timers']);
  const c = await tx.objectStore('cases').get(id);
  const timers = c ? await tx.objectStore('timers').index('by-case').getAll(id) : [];
  await tx.done;
  return c ? viewOf(c, timers) : null;
}
