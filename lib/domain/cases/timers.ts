import type { Case, CaseSettings, DueList, Timer, TimerKind } from './model';

const HOUR = 3_600_000;

/**
 * Overdue follow-ups are counted up to this many (shown as "99+" beyond): counting a long index
 * range costs Chromium far more than reading a hundred keys, and nobody acts on the exact number.
 */
export const OVERDUE_COUNT_CAP = 100;

/** What the popup's due list is made of, as read at `at`: enough to tell the list at any later time. */
export interface DueParts {
  at: number;
  /** Open timers due by `at`, counted up to the cap. */
  overdueCount: number;
  /** The newest `limit` of them, newest first. */
  overdue: Timer[];
  /** The first `limit + 1` open timers due after `at`, soonest first (one more than shown says there are more). */
  upcoming: Timer[];
  limit: number;
}

/**
 * The due list at `now`: overdue first, newest first, then upcoming, soonest first. Upcoming timers that fell due
 * since `at` are the newest overdue ones. As long as no timer changed, the list is exact, or null when the parts
 * cannot tell it: every upcoming timer they hold fell due and there were more, or the clock went back before `at`.
 */
export function dueListAt(parts: DueParts, now: number): DueList | null {
  const { limit } = parts;
  if (now < parts.at) return null;
  const stillUpcoming = parts.upcoming.filter((timer) => (timer.nextAt ?? 0) > now);
  if (stillUpcoming.length === 0 && parts.upcoming.length > limit) return null;
  const fellDue = parts.upcoming.slice(0, parts.upcoming.length - stillUpcoming.length).reverse();
  const overdueCount = Math.min(OVERDUE_COUNT_CAP, parts.overdueCount + fellDue.length);
  const overdue = [...fellDue, ...parts.overdue].slice(0, limit);
  const room = limit - overdue.length;
  const more = overdueCount > overdue.length || stillUpcoming.length > room;
  return { now, overdueCount, timers: [...overdue, ...stillUpcoming.slice(0, room)], more };
}

/** The automatic follow-up a stage asks for, with its due time; null for stages without one. */
export function autoTimerFor(c: Pick<Case, 'stage' | 'stageSince' | 'detectedAt'>, settings: CaseSettings): { kind: TimerKind; dueAt: number } | null {
  switch (c.stage) {
    case 'to_contact':
      return { kind: 'first_contact', dueAt: c.detectedAt + settings.firstContactHours * HOUR };
    case 'in_progress':
      return { kind: 'progress', dueAt: c.stageSince + settings.progressIntervalHours * HOUR };
    case 'resolved':
      return { kind: 'satisfaction', dueAt: c.stageSince + settings.satisfactionDelayHours * HOUR };
    default:
      return null;
  }
}

const AUTO_KINDS: readonly TimerKind[] = ['first_contact', 'progress', 'satisfaction'];

export function isAutoKind(kind: TimerKind): boolean {
  return AUTO_KINDS.includes(kind);
}

export interface TimerPlan {
  /** Open automatic timers the new stage no longer needs. */
  close: string[];
  /** The automatic timer to create, when the stage needs one and none was made since entering it. */
  create: { kind: TimerKind; dueAt: number } | null;
}

/**
 * Which automatic timers a case needs after it was created or changed stage. Promises and manual
 * timers are the agent's: never touched. Only the case's stage drives this, never a buyer reply.
 */
export function planTimers(c: Case, timersOfCase: readonly Timer[], settings: CaseSettings): TimerPlan {
  const wanted = autoTimerFor(c, settings);
  const close = timersOfCase.filter((t) => !t.done && isAutoKind(t.kind) && t.kind !== wanted?.kind).map((t) => t.id);
  const exists = wanted && timersOfCase.some((t) => t.kind === wanted.kind && (!t.done || t.createdAt >= c.stageSince));
  return { close, create: wanted && !exists ? wanted : null };
}

/** A new open timer. */
export function openTimer(fields: Omit<Timer, 'nextAt' | 'alertAt' | 'done'>): Timer {
  const at = fields.snoozedUntil ?? fields.dueAt;
  return { ...fields, nextAt: at, alertAt: at, done: false };
}

export function completeTimer(timer: Timer, now: number): Timer {
  const { nextAt: _nextAt, alertAt: _alertAt, ...rest } = timer;
  return { ...rest, done: true, doneAt: now };
}

export function reopenTimer(timer: Timer): Timer {
  const { doneAt: _doneAt, ...rest } = timer;
  const at = timer.snoozedUntil ?? timer.dueAt;
  return { ...rest, done: false, nextAt: at, alertAt: at };
}

export function snoozeTimer(timer: Timer, until: number): Timer {
  if (timer.done) return timer;
  return { ...timer, snoozedUntil: until, nextAt: until, alertAt: until };
}

/** After its notification was shown: still open and due, but not to be announced again. */
export function markAlerted(timer: Timer): Timer {
  const { alertAt: _alertAt, ...rest } = timer;
  return rest;
}

