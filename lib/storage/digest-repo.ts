import { localDay } from '../domain/cases/lifecycle';
import type { Case } from '../domain/cases/model';
import { buildDigest, newestFirst, patchDigest, type CaseDigest } from '../domain/stats/digest';
import type { KefuDb } from './db';
import { getSettings } from './remedies-repo';

/** Where the dashboard keeps its case digest (a cache of the cases store: a backup restore deletes it). */
export const DIGEST_KEY = 'dashboard-digest';

const PAGE = 5_000;
const DAY = 86_400_000;
/**
 * A refresh re-reads the cases updated in the minute before the last read began: a write that took
 * its time stamp before that read and committed after it is still folded in.
 */
const WRITE_MARGIN_MS = 60_000;

/** The search texts, most of the digest's bytes, are kept apart (under a key the restore also deletes): the board is drawn without them. */
const SEARCH_KEY = `${DIGEST_KEY}-search`;

/** String columns are stored joined: one string clones far faster than 100,000. */
const SEPARATOR = '\u0001';
type StringColumn = 'ids' | 'buyerNames';
const STRING_COLUMNS: StringColumn[] = ['ids', 'buyerNames'];
type StoredDigest = Omit<CaseDigest, StringColumn | 'search'> & Record<StringColumn, string> & { order: Uint32Array };
interface StoredSearch {
  length: number;
  search: string;
}

// Text from seller pages could hold the separator; it must never split a row in two.
const joined = (values: string[]) => values.map((value) => (value.includes(SEPARATOR) ? value.replaceAll(SEPARATOR, ' ') : value)).join(SEPARATOR);
const split = (value: string, length: number) => (length === 0 ? [] : value.split(SEPARATOR));

function pack(digest: CaseDigest, order: Uint32Array): StoredDigest {
  const { search: _search, ...rest } = digest;
  const stored = { ...rest, order } as unknown as StoredDigest;
  for (const [name, value] of Object.entries(rest)) if (ArrayBuffer.isView(value)) (stored as unknown as Record<string, unknown>)[name] = (value as Uint8Array).slice(0, digest.length);
  for (const name of STRING_COLUMNS) stored[name] = joined(digest[name]);
  return stored;
}

/** The digest (its search texts not yet read) and its order, or null when nothing usable is stored. */
function unpack(value: unknown): { digest: CaseDigest; order: Uint32Array } | null {
  const stored = value as StoredDigest | undefined;
  if (stored?.version !== 1 || typeof stored.ids !== 'string' || !(stored.order instanceof Uint32Array)) return null;
  const { order, ...rest } = stored;
  const digest = { ...rest, search: [] } as unknown as CaseDigest;
  for (const name of STRING_COLUMNS) digest[name] = split(stored[name], stored.length);
  return STRING_COLUMNS.every((name) => digest[name].length === stored.length) && order.length === stored.length ? { digest, order } : null;
}

/**
 * Reads the stored search texts into a digest loaded without them. Rows patched since the load
 * keep their own (newer) text. False when the stored texts do not fit (the caller rebuilds).
 */
export async function loadSearch(db: KefuDb, digest: CaseDigest): Promise<boolean> {
  const stored = (await db.get('meta', SEARCH_KEY)) as StoredSearch | undefined;
  if (typeof stored?.search !== 'string') return false;
  const texts = split(stored.search, stored.length);
  if (texts.length !== stored.length || stored.length > digest.length) return false;
  texts.forEach((text, row) => (digest.search[row] ??= text));
  return true;
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
  /** Rows newest first. */
  order: Uint32Array;
  /** Cases read to bring the stored digest up to date (all of them on the first build). */
  changed: number;
  /** Whether `digest.search` holds every row's text (else `loadSearch` reads it). */
  searchLoaded: boolean;
}

async function rebuildDigest(db: KefuDb, onProgress: (done: number, total: number) => void, startedAt: number): Promise<DigestLoad> {
  const digest = buildDigest(await readAllCases(db, onProgress));
  digest.watermark = startedAt - WRITE_MARGIN_MS;
  return { digest, order: newestFirst(digest), changed: digest.length, searchLoaded: true };
}

/**
 * The stored digest brought up to date with the cases changed since it was saved (the `by-updated`
 * index), or built from every case when there is none yet. The caller saves it back when `changed`.
 */
export async function loadDigest(db: KefuDb, onProgress: (done: number, total: number) => void): Promise<DigestLoad> {
  const startedAt = Date.now();
  const stored = unpack(await db.get('meta', DIGEST_KEY));
  if (!stored) return rebuildDigest(db, onProgress, startedAt);
  const { digest } = stored;
  const changed = await db.getAllFromIndex('cases', 'by-updated', IDBKeyRange.lowerBound(digest.watermark));
  if (changed.length === 0) return { digest, order: stored.order, changed: 0, searchLoaded: false };
  // Patching writes the search texts of changed rows: the stored ones must be in first.
  if (!(await loadSearch(db, digest))) return rebuildDigest(db, onProgress, startedAt);
  // Rows of the changed cases only: a map of every row would cost more than the refresh itself.
  const wanted = new Set(changed.map((c) => c.id));
  const rows = new Map<string, number>();
  digest.ids.forEach((id, row) => wanted.has(id) && rows.set(id, row));
  patchDigest(digest, changed, rows);
  digest.watermark = startedAt - WRITE_MARGIN_MS;
  return { digest, order: newestFirst(digest, stored.order), changed: changed.length, searchLoaded: true };
}

/** Saves the digest as loaded (its watermark is the load's: cases changed since are read again next time). */
export async function saveDigest(db: KefuDb, digest: CaseDigest, order: Uint32Array): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  const search: StoredSearch = { length: digest.length, search: joined(digest.search) };
  await Promise.all([tx.store.put(pack(digest, order), DIGEST_KEY), tx.store.put(search, SEARCH_KEY), tx.done]);
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
