import { localDay } from '../../domain/cases/lifecycle';
import type { Case } from '../../domain/cases/model';
import { budgetUse } from '../../domain/stats/aggregate';
import { dayNumber, daySpan } from '../../domain/stats/days';
import { newestFirst, type CaseDigest } from '../../domain/stats/digest';
import { openKefuDb, type KefuDb } from '../../storage/db';
import { ledgerDays, loadDigest, overdueCaseIds, readAllCases, saveDigest } from '../../storage/digest-repo';
import type { BudgetDay } from './views';

/** Days of remedy spend the risk view shows. */
const BUDGET_DAYS = 30;

export interface DashboardData {
  digest: CaseDigest;
  rows: Map<string, number>;
  /** Rows newest first. */
  order: Uint32Array;
  overdueRows: Uint8Array;
  overdueTimers: number;
  budget: BudgetDay[];
  /** Cases folded into the stored digest now (0: it was up to date). */
  changed: number;
}

/**
 * The dashboard reads IndexedDB itself: it is an extension page of the background's origin, and
 * passing 100,000 cases through runtime messaging would copy them all twice. Writes still go
 * through the background (its handlers check them and re-arm the follow-up alarms).
 */
async function withDb<T>(work: (db: KefuDb) => Promise<T>): Promise<T> {
  const db = await openKefuDb();
  try {
    return await work(db);
  } finally {
    // Never hold the connection: a newer background must be able to upgrade the schema.
    db.close();
  }
}

export function loadDashboard(onProgress: (done: number, total: number) => void, now = Date.now()): Promise<DashboardData> {
  return withDb(async (db) => {
    const [load, overdue, ledger] = await Promise.all([loadDigest(db, onProgress), overdueCaseIds(db, now), ledgerDays(db, now, BUDGET_DAYS)]);
    const overdueRows = new Uint8Array(load.digest.length);
    for (const id of overdue.caseIds) {
      const row = load.rows.get(id);
      if (row !== undefined) overdueRows[row] = 1;
    }
    const today = dayNumber(localDay(now));
    return {
      digest: load.digest,
      rows: load.rows,
      order: newestFirst(load.digest),
      overdueRows,
      overdueTimers: overdue.timers,
      budget: budgetUse(ledger.records, ledger.dailyBudget, daySpan(today - BUDGET_DAYS + 1, today)),
      changed: load.changed,
    };
  });
}

export function persistDigest(digest: CaseDigest): Promise<unknown> {
  return withDb((db) => saveDigest(db, digest));
}

/** The full records of some cases (for the CSV export), read page by page. */
export function readCases(ids: ReadonlySet<string>, onProgress: (done: number, total: number) => void): Promise<Case[]> {
  return withDb(async (db) => (await readAllCases(db, onProgress)).filter((c) => ids.has(c.id)));
}
