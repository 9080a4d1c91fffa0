import * as z from 'zod/mini';
import { DEFAULT_CASE_SETTINGS } from '../domain/cases/model';
import type { KefuDb } from './db';

const Clock = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/** Settings, version 1. A later version adds a schema and a step in `upgradeSettings`. */
export const SettingsSchema = z.object({
  version: z.literal(1),
  agentName: z.string().check(z.maxLength(50)),
  shop: z.string().check(z.maxLength(100)),
  firstContactHours: z.number().check(z.gte(1), z.lte(72)),
  progressIntervalHours: z.number().check(z.gte(1), z.lte(168)),
  /** 已解决 → satisfaction check: 1–2 days by default, configurable. */
  satisfactionDelayHours: z.number().check(z.gte(1), z.lte(168)),
  /** Watched review tabs are refreshed only inside these hours (local time); start > end spans midnight. */
  workingHours: z.object({ start: Clock, end: Clock }),
  /** Never below 5 minutes: the platform must not see us hammering its pages. */
  watchIntervalMinutes: z.number().check(z.int(), z.gte(5), z.lte(240)),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  ...DEFAULT_CASE_SETTINGS,
  workingHours: { start: '08:30', end: '22:00' },
  watchIntervalMinutes: 15,
};

const SETTINGS_KEY = 'settings';

/**
 * Any stored or imported settings → the current version. Nothing stored gives the defaults; data
 * that fails the check is refused (an error), never silently replaced by defaults.
 */
export function upgradeSettings(raw: unknown): Settings {
  if (raw === undefined || raw === null) return DEFAULT_SETTINGS;
  return SettingsSchema.parse(raw);
}

export async function loadSettings(db: KefuDb): Promise<Settings> {
  return upgradeSettings(await db.get('meta', SETTINGS_KEY));
}

export async function saveSettings(db: KefuDb, settings: Settings): Promise<Settings> {
  const checked = SettingsSchema.parse(settings);
  await db.put('meta', checked, SETTINGS_KEY);
  return checked;
}
