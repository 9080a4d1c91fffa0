import { DEFAULT_PLAYBOOK_SETTINGS, spentToday, type PlaybookSettings } from '../domain/playbook/budget';
import { remedy, REMEDIES_BY_CAUSE } from '../domain/playbook/remedies';
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

/** Prices the choice with the shop's settings and records it. */
export async function recordRemedy(db: KefuDb, choice: RemedyChoice, now = Date.now()): Promise<{ record: RemedyRecord; spentToday: number }> {
  const settings = await getSettings(db);
  const { orderAmount, ...rest } = choice;
  const cost = remedy(choice.kind).cost(orderAmount ?? 0, settings, { level: choice.level });
  const record: RemedyRecord = { ...rest, id: `${now}-${Math.random().toString(36).slice(2, 8)}`, cost, at: now };
  await db.put('remedies', record);
  return { record, spentToday: spentToday(await todaysRecords(db, now), now) };
}

export function remediesOf(db: KefuDb, key: string): Promise<RemedyRecord[]> {
  return db.getAllFromIndex('remedies', 'by-key', key);
}
