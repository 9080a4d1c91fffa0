import type { Case, CaseSettings, Timer, TimerKind } from './model';

const HOUR = 3_600_000;

/**
 * Overdue follow-ups are counted up to this many (shown as "99+" beyond): counting a long index
 * range costs Chromium far more than reading a hundred keys, and nobody acts on the exact number.
 */
export const OVERDUE_COUNT_CAP = 100;

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

/**
 * The popup's list: overdue first, the most recently overdue at the top (the newest risk), then
 * upcoming ones, soonest first.
 */
export function orderDueList<T extends Pick<Timer, 'nextAt'>>(timers: readonly T[], now: number): T[] {
  const at = (t: T) => t.nextAt ?? Infinity;
  const overdue = timers.filter((t) => at(t) <= now).sort((a, b) => at(b) - at(a));
  const upcoming = timers.filter((t) => at(t) > now).sort((a, b) => at(a) - at(b));
  return [...overdue, ...upcoming];
}
