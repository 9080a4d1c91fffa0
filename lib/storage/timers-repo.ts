import { completeTimer, markAlerted, openTimer, OVERDUE_COUNT_CAP, reopenTimer, snoozeTimer } from '../domain/cases/timers';
import type { CaseSettings, DueList, Timer } from '../domain/cases/model';
import type { KefuDb } from './db';
import { NotFoundError, randomId, type NewId } from './cases-repo';
import { inTransaction } from './tx';

const HOUR = 3_600_000;

/**
 * Due and upcoming follow-ups for the popup, read through the open-timer index only: the cost does
 * not grow with closed timers or with cases. The newest overdue first (a backwards cursor), then
 * the upcoming ones in one request.
 */
export async function listDue(db: KefuDb, now: number, limit = 50): Promise<DueList> {
  const tx = db.transaction('timers');
  const index = tx.store.index('by-next');
  const due = IDBKeyRange.upperBound(now);
  const [keys, upcoming] = await Promise.all([index.getAllKeys(due, OVERDUE_COUNT_CAP), index.getAll(IDBKeyRange.lowerBound(now, true), limit)]);
  const overdue: Timer[] = [];
  for (let cursor = await index.openCursor(due, 'prev'); cursor && overdue.length < limit; cursor = await cursor.continue()) overdue.push(cursor.value);
  await tx.done;
  return { now, overdueCount: keys.length, timers: [...overdue, ...upcoming] };
}

/** Overdue follow-ups, counted up to `OVERDUE_COUNT_CAP`. */
export async function overdueCount(db: KefuDb, now: number): Promise<number> {
  return (await db.getAllKeysFromIndex('timers', 'by-next', IDBKeyRange.upperBound(now), OVERDUE_COUNT_CAP)).length;
}

/** Open timers that became due and were not announced yet; marked announced in the same transaction. */
export async function takeAlerts(db: KefuDb, now: number): Promise<Timer[]> {
  const tx = db.transaction('timers', 'readwrite');
  return inTransaction(tx, async () => {
    const due = await tx.store.index('by-alert').getAll(IDBKeyRange.upperBound(now));
    for (const timer of due) await tx.store.put(markAlerted(timer));
    return due;
  });
}

/** When the next not yet announced timer falls due. */
export async function nextAlertAt(db: KefuDb, now: number): Promise<number | undefined> {
  const key = await db.getKeyFromIndex('timers', 'by-alert', IDBKeyRange.lowerBound(now, true));
  if (key === undefined) return undefined;
  return (await db.get('timers', key))?.alertAt;
}

export interface NewTimerInput {
  kind: 'promise' | 'manual';
  buyerKey: string;
  platform: Timer['platform'];
  buyerName: string;
  productName?: string;
  caseId?: string;
  note: string;
  url?: string;
  dueAt: number;
}

export async function addTimer(db: KefuDb, input: NewTimerInput, now: number, newId: NewId = randomId): Promise<Timer> {
  const timer = openTimer({ ...input, id: newId(), createdAt: now });
  await db.add('timers', timer);
  return timer;
}

/**
 * Ticks a timer done (or undone). A progress update done while the case is still 处理中 schedules
 * the next one, so a long remedy keeps being followed.
 */
export async function setTimerDone(db: KefuDb, id: string, done: boolean, settings: CaseSettings, now: number, newId: NewId = randomId): Promise<Timer> {
  const tx = db.transaction(['timers', 'cases'], 'readwrite');
  const timers = tx.objectStore('timers');
  return inTransaction(tx, async () => {
  const timer = await timers.get(id);
    if (!timer) throw new NotFoundError(`no timer ${id}`);
    const next = done ? (timer.done ? timer : completeTimer(timer, now)) : timer.done ? reopenTimer(timer) : timer;
    await timers.put(next);
    if (done && !timer.done && timer.kind === 'progress' && timer.caseId) {
      const c = await tx.objectStore('cases').get(timer.caseId);
      if (c?.stage === 'in_progress') {
        const { id: _id, doneAt: _d, snoozedUntil: _s, ...fields } = next;
        await timers.put(openTimer({ ...fields, id: newId(), dueAt: now + settings.progressIntervalHours * HOUR, createdAt: now }));
      }
    }
    return next;
  });
}

export async function snooze(db: KefuDb, id: string, until: number): Promise<Timer> {
  const tx = db.transaction('timers', 'readwrite');
  return inTransaction(tx, async () => {
    const timer = await tx.store.get(id);
    if (!timer) throw new NotFoundError(`no timer ${id}`);
    const next = snoozeTimer(timer, until);
    await tx.store.put(next);
    return next;
  });
}

export async function getTimer(db: KefuDb, id: string): Promise<Timer | undefined> {
  return db.get('timers', id);
}
