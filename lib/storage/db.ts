import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { seedLibrary } from '../domain/library/seed';
import type { ReplyUse } from '../domain/quick-replies/rank';
import type { BuyerMemory } from '../domain/cases/buyer';
import type { Case, Timer } from '../domain/cases/model';
import type { PlaybookRecord } from './library-repo';
import type { RemedyRecord } from './remedies-repo';
import type { Note } from './notes';

export const DB_NAME = 'kefu-lens';

export interface KefuSchema extends DBSchema {
  notes: { key: string; value: Note; indexes: { 'by-updated': number } };
  /** How often and how lately the agent inserted each quick reply, by reply id. */
  replyUses: { key: string; value: ReplyUse };
  // Cases, follow-up timers, buyer memory, settings (issue 7).
  cases: {
    key: string;
    value: Case;
    indexes: {
      'by-dedupe': string;
      'by-buyer': string;
      'by-order': string;
      'by-stage': string;
      'by-updated': number;
      'by-day': string;
      'by-product': string;
      'by-handler': string;
      'by-cause': string;
    };
  };
  timers: { key: string; value: Timer; indexes: { 'by-next': number; 'by-alert': number; 'by-case': string; 'by-buyer': string } };
  buyers: { key: string; value: BuyerMemory };
  /** Small singletons by name: settings, watched tabs. */
  meta: { key: string; value: unknown };
  /** Playbook (issue 6): the reply library (`library`) and the shop's remedy settings (`settings`). */
  playbook: { key: string; value: PlaybookRecord };
  /** Playbook (issue 6): every remedy given, with its cost, by review key. */
  remedies: { key: string; value: RemedyRecord; indexes: { 'by-at': number; 'by-key': string } };
}

export type KefuDb = IDBPDatabase<KefuSchema>;
type UpgradeTx = IDBPTransaction<KefuSchema, StoreNames<KefuSchema>[], 'versionchange'>;

/**
 * One step per schema version: MIGRATIONS[n] upgrades version n to n + 1. Steps run inside the
 * versionchange transaction, so a failing step aborts it and the old data and version stay.
 */
export type Migration = (db: KefuDb, tx: UpgradeTx) => void;

export const MIGRATIONS: readonly Migration[] = [
  // v0 → v1: notes on reviews, keyed by the review's stable key.
  (db) => {
    const notes = db.createObjectStore('notes', { keyPath: 'key' });
    notes.createIndex('by-updated', 'updatedAt');
  },
  // v1 → v2: quick-reply use counts, for ranking the palette by the agent's own habits.
  (db) => {
    db.createObjectStore('replyUses', { keyPath: 'id' });
  },
  // v2 → v3: cases, follow-up timers, buyer memory and settings.
  (db) => {
    const cases = db.createObjectStore('cases', { keyPath: 'id' });
    cases.createIndex('by-dedupe', 'dedupeKey', { unique: true });
    cases.createIndex('by-buyer', 'buyerKey');
    cases.createIndex('by-order', 'orderId');
    cases.createIndex('by-stage', 'stage');
    cases.createIndex('by-updated', 'updatedAt');
    cases.createIndex('by-day', 'detectedDay');
    cases.createIndex('by-product', 'productKey');
    cases.createIndex('by-handler', 'handler');
    cases.createIndex('by-cause', 'causes', { multiEntry: true });
    // `nextAt` / `alertAt` exist only on open / not yet notified timers: these indexes hold only those.
    const timers = db.createObjectStore('timers', { keyPath: 'id' });
    timers.createIndex('by-next', 'nextAt');
    timers.createIndex('by-alert', 'alertAt');
    timers.createIndex('by-case', 'caseId');
    timers.createIndex('by-buyer', 'buyerKey');
    db.createObjectStore('buyers', { keyPath: 'key' });
    db.createObjectStore('meta');
  },
  // --- playbook (issue 6) ---
  // v3 → v4: the reply library, seeded with the everyday quick replies and the playbook's replies.
  (db) => {
    const playbook = db.createObjectStore('playbook', { keyPath: 'key' });
    void playbook.put({ key: 'library', ...seedLibrary() });
  },
  // v4 → v5: the remedy ledger (what was given, its cost, when), for the daily budget and the case history.
  (db) => {
    const remedies = db.createObjectStore('remedies', { keyPath: 'id' });
    remedies.createIndex('by-at', 'at');
    remedies.createIndex('by-key', 'key');
  },
];

export function openKefuDb(name = DB_NAME, migrations: readonly Migration[] = MIGRATIONS): Promise<KefuDb> {
  return openDB<KefuSchema>(name, migrations.length, {
    upgrade(db, oldVersion, _newVersion, tx) {
      // A failing step aborts the upgrade and openDB rejects with it; the aborted transaction's own
      // `done` must not surface a second time as an unhandled rejection.
      tx.done.catch(() => {});
      for (let version = oldVersion; version < migrations.length; version++) migrations[version]!(db, tx);
    },
  });
}
