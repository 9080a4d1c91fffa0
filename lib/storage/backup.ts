import * as z from 'zod/mini';
import { LibrarySchema } from '../domain/library/schema';
import { seedLibrary } from '../domain/library/seed';
import { PlaybookSettingsSchema } from '../domain/playbook/settings-schema';
import { BuyerMemorySchema, CaseSchema, TimerSchema } from '../domain/cases/schema';
import { MIGRATIONS, type KefuDb } from './db';
import { NoteInputSchema } from './notes';
import { upgradeSettings } from './settings';
import { DIGEST_KEY } from './digest-repo';
import { inTransaction } from './tx';

export const BACKUP_KIND = 'kefu-lens/backup';

/**
 * Every store a backup carries, with the schema of its records. A test checks that every object
 * store of the database is here (or is `meta`, whose settings travel on their own).
 */
const STORE_SCHEMAS = {
  notes: z.object({ ...NoteInputSchema.shape, updatedAt: z.number() }),
  cases: CaseSchema,
  timers: TimerSchema,
  buyers: BuyerMemorySchema,
  playbook: z.union([
    z.intersection(z.object({ key: z.literal('library') }), LibrarySchema),
    z.object({ key: z.literal('settings'), settings: PlaybookSettingsSchema }),
  ]),
  remedies: z.looseObject({ id: z.string().check(z.minLength(1)), key: z.string(), cost: z.number(), at: z.number() }),
  replyUses: z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)), count: z.number().check(z.int(), z.gte(0)), lastUsedAt: z.number() }),
};
export type BackupStore = keyof typeof STORE_SCHEMAS;
export const BACKUP_STORES = Object.keys(STORE_SCHEMAS) as BackupStore[];

/**
 * A backup names the database version it was written at. Restoring into a newer schema: stores the
 * old version did not have restore empty, and a record change between versions adds a step here
 * (`RECORD_UPGRADES[v]` turns a version-v backup's stores into version v + 1's).
 */
const RECORD_UPGRADES: Record<number, (stores: Record<string, unknown[]>) => Record<string, unknown[]>> = {
  // v3 → v4 brought the reply library: a backup from before it restores with the library a new install gets.
  3: (stores) => ({ ...stores, playbook: [{ key: 'library', ...seedLibrary() }] }),
};

const BackupFileSchema = z.object({
  kind: z.literal(BACKUP_KIND),
  schemaVersion: z.number().check(z.int(), z.gte(1)),
  exportedAt: z.number(),
  stores: z.record(z.string(), z.array(z.unknown())),
  settings: z.optional(z.unknown()),
});

export async function exportBackup(db: KefuDb, now: number): Promise<string> {
  const tx = db.transaction([...BACKUP_STORES, 'meta' as const]);
  const stores: Record<string, unknown[]> = {};
  for (const name of BACKUP_STORES) stores[name] = await tx.objectStore(name).getAll();
  const settings = await tx.objectStore('meta').get('settings');
  await tx.done;
  return JSON.stringify({ kind: BACKUP_KIND, schemaVersion: db.version, exportedAt: now, stores, ...(settings === undefined ? {} : { settings }) });
}

export class BackupError extends Error {}

/** Checks a backup text completely; returns what to write, or throws naming the first problem. */
export function parseBackup(json: string, currentVersion = MIGRATIONS.length) {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new BackupError('not a JSON file');
  }
  const file = BackupFileSchema.safeParse(raw);
  if (!file.success) throw new BackupError(`not a Kefu Lens backup: ${z.prettifyError(file.error)}`);
  const { schemaVersion, settings } = file.data;
  if (schemaVersion > currentVersion) throw new BackupError(`backup from a newer version (${schemaVersion} > ${currentVersion}): update Kefu Lens first`);
  let stores = file.data.stores;
  for (let version = schemaVersion; version < currentVersion; version++) stores = RECORD_UPGRADES[version]?.(stores) ?? stores;
  const checked = {} as { [K in BackupStore]: z.infer<(typeof STORE_SCHEMAS)[K]>[] };
  for (const name of BACKUP_STORES) {
    const result = z.array(STORE_SCHEMAS[name] as z.ZodMiniType).safeParse(stores[name] ?? []);
    if (!result.success) throw new BackupError(`${name}: ${z.prettifyError(result.error)}`);
    (checked as Record<string, unknown>)[name] = result.data;
  }
  let upgradedSettings;
  try {
    upgradedSettings = settings === undefined ? undefined : upgradeSettings(settings);
  } catch (error) {
    throw new BackupError(`settings: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { stores: checked, settings: upgradedSettings };
}

/**
 * Replaces all data with the backup's, all or nothing: everything is checked before the first
 * write, and the writes share one transaction, so a failure leaves the data as it was.
 */
export async function importBackup(db: KefuDb, json: string): Promise<Record<string, number>> {
  const { stores, settings } = parseBackup(json, db.version);
  const tx = db.transaction([...BACKUP_STORES, 'meta' as const], 'readwrite');
  return inTransaction(tx, async () => {
    const counts: Record<string, number> = {};
    for (const name of BACKUP_STORES) {
      const store = tx.objectStore(name);
      await store.clear();
      for (const record of stores[name]) await store.put(record as never);
      counts[name] = stores[name].length;
    }
    if (settings) await tx.objectStore('meta').put(settings, 'settings');
    // The dashboard's digest describes the cases just replaced: it is rebuilt on the next open.
    await tx.objectStore('meta').delete(IDBKeyRange.bound(DIGEST_KEY, `${DIGEST_KEY}\uffff`));
    return counts;
  });
}
