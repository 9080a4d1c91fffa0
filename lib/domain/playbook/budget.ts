/** The shop's daily remedy budget: what was spent today (local day) and what is left. Pure. */
import { DEFAULT_SHOP_SETTINGS, type ShopSettings } from './remedies';

export interface PlaybookSettings extends ShopSettings {
  /** What the team may spend on remedies per day (yuan). */
  dailyBudget: number;
}

export const DEFAULT_PLAYBOOK_SETTINGS: PlaybookSettings = { ...DEFAULT_SHOP_SETTINGS, dailyBudget: 100 };

const DAY = 24 * 60 * 60 * 1000;
const fen = (v: number): number => Math.round(v * 100) / 100;

/** Local midnight of the day `now` falls in. */
export function startOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** The sum of the costs recorded on `now`'s local day. */
export function spentToday(records: ReadonlyArray<{ cost: number; at: number }>, now: number): number {
  const from = startOfDay(now);
  return fen(records.filter((r) => r.at >= from && r.at < from + DAY).reduce((sum, r) => sum + r.cost, 0));
}

export interface SpendCheck {
  /** Left today before this spend (never below 0). */
  left: number;
  /** Left today after it (negative when it goes over). */
  leftAfter: number;
  exceeds: boolean;
}

/** Whether spending `cost` now keeps within the daily budget. */
export function checkSpend(cost: number, spent: number, dailyBudget: number): SpendCheck {
  const leftAfter = fen(dailyBudget - spent - cost);
  return { left: Math.max(0, fen(dailyBudget - spent)), leftAfter, exceeds: leftAfter < 0 };
}
