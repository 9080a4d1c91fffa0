/** A review-list tab the agent asked Kefu Lens to watch for new 差评. */
export interface WatchedTab {
  tabId: number;
  url: string;
  title: string;
  addedAt: number;
  lastCheckedAt?: number;
  nextCheckAt: number;
  /** What happened at the last check. */
  lastResult?: 'refreshed' | 'busy' | 'outside-hours' | 'no-answer';
}

export const MIN_WATCH_MINUTES = 5;
const MINUTE = 60_000;
/** ± this share of the interval, so checks never fall on a fixed beat the platform could notice. */
const JITTER = 0.2;

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** Inside the working hours (local time)? A start after the end spans midnight (e.g. 20:00–02:00). */
export function withinWorkingHours(at: Date, hours: { start: string; end: string }): boolean {
  const now = at.getHours() * 60 + at.getMinutes();
  const start = minutesOf(hours.start);
  const end = minutesOf(hours.end);
  return start <= end ? now >= start && now < end : now >= start || now < end;
}

/** When to look again: the interval (never under 5 minutes) with jitter; `random` in [0, 1). */
export function nextWatchCheck(from: number, intervalMinutes: number, random: number): number {
  const interval = Math.max(MIN_WATCH_MINUTES, intervalMinutes) * MINUTE;
  const jittered = interval * (1 + JITTER * (2 * random - 1));
  return from + Math.max(MIN_WATCH_MINUTES * MINUTE, Math.round(jittered));
}

/** The agent counts as working in a tab for this long after their last input there. */
export const BUSY_FOR_MS = 2 * MINUTE;
