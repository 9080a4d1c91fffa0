import { completeTimer, dueListAt, markAlerted, openTimer, OVERDUE_COUNT_CAP, reopenTimer, snoozeTimer, type DueParts } from '../domain/cases/timers';
import type { CaseSettings, DueList, Timer } from '../domain/cases/model';
import { unwrap, wrap, type IDBPIndex } from 'idb';
import type { KefuDb, KefuSchema } from './db';
import { NotFoundError, randomId, type NewId } from './cases-repo';
import { inTransaction } from './tx';

const HOUR = 3_600_000;

/** How many follow-ups the popup shows at first; "more" asks for the next ones. */
export const DUE_LIST_SHOWN = 20;

/** The first `limit` follow-ups of the popup's list: newest overdue first, then the upcoming ones, soonest first. */
export async function listDue(db: KefuDb, now: number, limit = DUE_LIST_SHOWN): Promise<DueList> {
  // Told at the very time it was read, the list is always known.
  return dueListAt(await readDueParts(db, now, limit), now)!;
}

/**
 * What the first `limit` follow-ups of the popup's list are made of (see `dueListAt`), read through the
 * open-timer index only: the cost grows neither with closed timers, nor with cases, nor with the number
 * of overdue ones. Each request is a round trip to the browser's database process, so
 * they go out together: the overdue count, the newest overdue ones (one request with IndexedDB 3) and the first
 * upcoming ones. A read-only transaction has nothing to commit, so the answer does not wait for it to complete
 * (as idb's own read shortcuts do not).
 */
export async function readDueParts(db: KefuDb, now: number, limit = DUE_LIST_SHOWN): Promise<DueParts> {
  const index = db.transaction('timers').store.index('by-next');
  const due = IDBKeyRange.upperBound(now);
  const [keys, overdue, upcoming] = await Promise.all([
    index.getAllKeys(due, OVERDUE_COUNT_CAP),
    newestFirst(index, due, limit),
    index.getAll(IDBKeyRange.lowerBound(now, true), limit + 1),
  ]);
  return { at: now, overdueCount: keys.length, overdue, upcoming, limit };
}

type TimerIndex = IDBPIndex<KefuSchema, ['timers'], 'timers', 'by-next'>;
/** IndexedDB 3's `getAllRecords`, not yet in TypeScript's DOM types. */
interface ReadsBackwards {
  getAllRecords(options: { query: IDBKeyRange; count: number; direction: 'prev' }): IDBRequest<Array<{ value: Timer }>>;
}

/**
 * The newest `limit` timers of `range`, newest first. Browsers that read an index backwards in one request
 * (IndexedDB 3: Chrome 141 on) do so; older ones, such as the 360 and QQ browsers many agents use, take two
 * more round trips: the key of the `limit`-th newest (a key cursor and one `advance`), then one range read.
 */
async function newestFirst(index: TimerIndex, range: IDBKeyRange, limit: number): Promise<Timer[]> {
  // A count of 0 would mean "all" to the backward read.
  if (limit < 1) return [];
  const native = unwrap(index);
  if ('getAllRecords' in native) {
    const records = await wrap((native as unknown as ReadsBackwards).getAllRecords({ query: range, count: limit, direction: 'prev' }));
    return records.map((record) => record.value);
  }
  let cursor = await index.openKeyCursor(range, 'prev');
  if (cursor && limit > 1) cursor = await cursor.advance(limit - 1);
  if (!cursor) return (await index.getAll(range)).reverse();
  // Timers due at the very same instant as the `limit`-th come along; the slice keeps `limit`.
  return (await index.getAll(IDBKeyRange.bound(cursor.key, range.upper))).reverse().slice(0, limit);
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
