import { DEFAULT_PLAYBOOK_SETTINGS, spentToday, type PlaybookSettings } from '../domain/playbook/budget';
import { chooseRemedy } from '../domain/cases/lifecycle';
import type { CaseSettings, CaseView } from '../domain/cases/model';
import { remedy, REMEDIES_BY_CAUSE, type RemedyKind } from '../domain/playbook/remedies';
import { applyCaseChange, type CaseTx } from './cases-repo';
import { inTransaction } from './tx';
import type { RemedyChoice, RemedyOptions, RemedyQuery } from '../domain/playbook/settings-schema';
import type { KefuDb } from './db';

/** One remedy given, with its cost: the remedy ledger, keyed for the case model by review key and order id. */
export interface RemedyRecord extends Omit<RemedyChoice, 'orderAmount'> {
  id: string;
  cost: number;
  /** Epoch ms. */
  at: number;
}

export async function getSettings(db: KefuDb): Promise<PlaybookSettings> {
  const record = await db.get('playbook', 'settings');
  return record?.key === 'settings' ? { ...DEFAULT_PLAYBOOK_SETTINGS, ...record.settings } : DEFAULT_PLAYBOOK_SETTINGS;
}

export async function saveSettings(db: KefuDb, settings: PlaybookSettings): Promise<void> {
  await db.put('playbook', { key: 'settings', settings });
}

async function todaysRecords(db: KefuDb, now: number): Promise<RemedyRecord[]> {
  // Two days back covers any local midnight; spentToday picks the day.
  return db.getAllFromIndex('remedies', 'by-at', IDBKeyRange.lowerBound(now - 2 * 24 * 60 * 60 * 1000));
}

/** The cause's 2–3 remedies priced with the shop's settings, with today's budget. */
export async function getRemedyOptions(db: KefuDb, query: RemedyQuery, now = Date.now()): Promise<RemedyOptions> {
  const [settings, records] = await Promise.all([getSettings(db), todaysRecords(db, now)]);
  const options = REMEDIES_BY_CAUSE[query.cause].map((kind) => {
    const price = (amount: number) => remedy(kind).cost(amount, settings, { level: query.level });
    // Without the order amount, a remedy priced by it shows its least cost, marked as an estimate.
    const estimate = query.orderAmount === undefined && price(100) !== price(1000);
    return { kind, cost: price(query.orderAmount ?? 0), estimate };
  });
  return { options, dailyBudget: settings.dailyBudget, spentToday: spentToday(records, now) };
}

/**
 * Prices the choice with the shop's settings and records it in the ledger; with a case, also on the case (the
 * choice with its cost, the cause's other options as offered, 已提方案 if the case was earlier), in the same
 * transaction: the ledger and the case never disagree.
 */
export async function recordRemedy(
  db: KefuDb,
  choice: RemedyChoice,
  caseSettings: CaseSettings,
  now = Date.now(),
): Promise<{ record: RemedyRecord; spentToday: number; case: CaseView | null }> {
  const settings = await getSettings(db);
  const { orderAmount, caseId, cost, ...rest } = choice;
  const price = (kind: RemedyKind) => remedy(kind).cost(orderAmount ?? 0, settings, { level: choice.level });
  const record: RemedyRecord = { ...rest, ...(caseId ? { caseId } : {}), id: `${now}-${Math.random().toString(36).slice(2, 8)}`, cost: cost ?? price(choice.kind), at: now };
  const tx = db.transaction(['remedies', 'cases', 'timers'], 'readwrite');
  const view = await inTransaction(tx, async () => {
    await tx.objectStore('remedies').put(record);
    if (!caseId) return null;
    const offered = REMEDIES_BY_CAUSE[choice.cause].map((kind) => ({ kind, cost: price(kind) }));
    // idb types a transaction by its exact store list; this one holds cases and timers too.
    return applyCaseChange(tx as unknown as CaseTx, caseId, (c) => chooseRemedy(c, { kind: choice.kind, cost: record.cost }, offered, caseSettings.agentName, now), caseSettings, now);
  });
  return { record, spentToday: spentToday(await todaysRecords(db, now), now), case: view };
}

export function remediesOf(db: KefuDb, key: string): Promise<RemedyRecord[]> {
  return db.getAllFromIndex('remedies', 'by-key', key);
}
