import { localDay } from '../../domain/cases/lifecycle';
import type { Case, CaseView, Remedy } from '../../domain/cases/model';
import { budgetUse } from '../../domain/stats/aggregate';
import { dayNumber, daySpan } from '../../domain/stats/days';
import type { CaseDigest } from '../../domain/stats/digest';
import { sendMessage } from '../../messaging/protocol';
import { openKefuDb, type KefuDb } from '../../storage/db';
import { ledgerDays, loadDigest, loadSearch, overdueCaseIds, readAllCases, saveDigest, type DigestLoad } from '../../storage/digest-repo';
import type { BudgetDay } from './views';

/** Days of remedy spend the risk view shows. */
const BUDGET_DAYS = 30;

export type DashboardData = DigestLoad;

/** What the board can be drawn without: overdue follow-ups and the remedy spend, read right after. */
export interface DashboardExtras {
  overdueRows: Uint8Array;
  overdueTimers: number;
  budget: BudgetDay[];
  /** The digest's search texts are in (the text filter works). */
  searchReady: boolean;
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

/** The digest being read, and its progress (a first build reads every case) for whoever listens. */
export interface DashboardLoad {
  data: Promise<DashboardData>;
  onProgress(listener: (done: number, total: number) => void): void;
}

/** Starts reading before the page renders, so the page's own start-up and the database read overlap. */
export function startDashboardLoad(): DashboardLoad {
  let listener: ((done: number, total: number) => void) | undefined;
  const data = withDb((db) => loadDigest(db, (done, total) => listener?.(done, total)));
  return { data, onProgress: (next) => (listener = next) };
}

export function loadExtras({ digest, searchLoaded }: DigestLoad, now = Date.now()): Promise<DashboardExtras> {
  return withDb(async (db) => {
    const [overdue, ledger, searchReady] = await Promise.all([overdueCaseIds(db, now), ledgerDays(db, now, BUDGET_DAYS), searchLoaded || loadSearch(db, digest)]);
    const overdueRows = new Uint8Array(digest.length);
    digest.ids.forEach((id, row) => overdue.caseIds.has(id) && (overdueRows[row] = 1));
    const today = dayNumber(localDay(now));
    return { overdueRows, overdueTimers: overdue.timers, searchReady, budget: budgetUse(ledger.records, ledger.dailyBudget, daySpan(today - BUDGET_DAYS + 1, today)) };
  });
}

export function persistDigest(digest: CaseDigest, order: Uint32Array): Promise<unknown> {
  return withDb((db) => saveDigest(db, digest, order));
}

/** The full records of some cases (for the CSV export), read page by page. */
export function readCases(ids: ReadonlySet<string>, onProgress: (done: number, total: number) => void): Promise<Case[]> {
  return withDb(async (db) => (await readAllCases(db, onProgress)).filter((c) => ids.has(c.id)));
}

/**
 * A remedy the lead marks as chosen is money spent: it goes through the remedy ledger (so the daily
 * budget counts it, exactly once) and onto the case, in the background's one transaction.
 */
export async function chooseRemedyOnCase(c: Case, remedy: Omit<Remedy, 'chosen'>): Promise<CaseView> {
  const answer = await sendMessage('recordRemedy', {
    key: c.reviewKey ?? `case:${c.id}`,
    platform: c.platform,
    ...(c.orderId ? { orderId: c.orderId } : {}),
    cause: c.causes[0] ?? 'other',
    ...(c.level === 'negative' || c.level === 'neutral' ? { level: c.level } : {}),
    kind: remedy.kind,
    cost: remedy.cost,
    caseId: c.id,
  });
  if (!answer.case) throw new Error(`case ${c.id} not found`);
  return answer.case;
}
