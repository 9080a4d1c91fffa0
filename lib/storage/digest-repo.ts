import { localDay } from '../domain/cases/lifecycle';
import type { Case } from '../domain/cases/model';
import { buildDigest, patchDigest, rowIndex, type CaseDigest } from '../domain/stats/digest';
import type { KefuDb } from './db';
import { getSettings } from './remedies-repo';

/** Where the dashboard keeps its case digest (a cache of the cases store: a backup restore deletes it). */
export const DIGEST_KEY = 'dashboard-digest';

const PAGE = 5_000;
const DAY = 86_400_000;

/** Typed arrays cut to the digest's length, so the stored record carries no spare capacity. */
function trimmed(digest: CaseDigest): CaseDigest {
  const out = { ...digest };
  for (const [name, value] of Object.entries(digest)) if (ArrayBuffer.isView(value)) (out as Record<string, unknown>)[name] = (value as Uint8Array).slice(0, digest.length);
  return out;
}

function isDigest(value: unknown): value is CaseDigest {
  return typeof value === 'object' && value !== null && (value as CaseDigest).version === 1 && Array.isArray((value as CaseDigest).ids);
}

/** Every case, page by page with progress (Chromium reads 100,000 case records in seconds, not milliseconds). */
export async function readAllCases(db: KefuDb, onProgress: (done: number, total: number) => void): Promise<Case[]> {
  const total = await db.count('cases');
  const cases: Case[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await db.getAll('cases', after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), PAGE);
    cases.push(...page);
    onProgress(cases.length, total);
    if (page.length < PAGE) return cases;
    after = page[page.length - 1]!.id;
  }
}

export interface DigestLoad {
  digest: CaseDigest;
  rows: Map<string, number>;
  /** Cases read to bring the stored digest up to date (all of them on the first build). */
  changed: number;
  rebuilt: boolean;
}

/**
 * The stored digest brought up to date with the cases changed since it was saved (the `by-updated`
 * index), or built from every case when there is none yet. The caller saves it back when `changed`.
 */
export async function loadDigest(db: KefuDb, onProgress: (done: number, total: number) => void): Promise<DigestLoad> {
  const stored = await db.get('meta', DIGEST_KEY);
  if (!isDigest(stored)) {
    const digest = buildDigest(await readAllCases(db, onProgress));
    return { digest, rows: rowIndex(digest), changed: digest.length, rebuilt: true };
  }
  // The watermark's own millisecond is read again (inclusive bound): a case written in it after the save is not missed.
  const changed = await db.getAllFromIndex('cases', 'by-updated', IDBKeyRange.lowerBound(stored.watermark));
  const rows = rowIndex(stored);
  patchDigest(stored, changed, rows);
  return { digest: stored, rows, changed: changed.length, rebuilt: false };
}

export function saveDigest(db: KefuDb, digest: CaseDigest): Promise<unknown> {
  return db.put('meta', trimmed(digest), DIGEST_KEY);
}

/** Ids of the cases with a follow-up past due (open timers are exactly those in the `by-next` index). */
export async function overdueCaseIds(db: KefuDb, now: number): Promise<{ caseIds: Set<string>; timers: number }> {
  const timers = await db.getAllFromIndex('timers', 'by-next', IDBKeyRange.upperBound(now, true));
  return { caseIds: new Set(timers.flatMap((timer) => (timer.caseId ? [timer.caseId] : []))), timers: timers.length };
}

/** The remedy ledger of the last `days` days, by local day, and the daily budget. */
export async function ledgerDays(db: KefuDb, now: number, days: number): Promise<{ records: Array<{ day: string; cost: number }>; dailyBudget: number }> {
  const [records, settings] = await Promise.all([db.getAllFromIndex('remedies', 'by-at', IDBKeyRange.lowerBound(now - days * DAY)), getSettings(db)]);
  return { records: records.map((record) => ({ day: localDay(record.at), cost: record.cost })), dailyBudget: settings.dailyBudget };
}
