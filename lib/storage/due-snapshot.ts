import { browser } from 'wxt/browser';
import type { DueParts } from '../domain/cases/timers';

/**
 * The popup's first due list, as the background last read it, kept in session storage (held in memory,
 * readable by extension pages only, cleared when the browser or the extension restarts). The background
 * writes it each time it re-arms the follow-ups, which it does after every change to a timer; the popup
 * shows it at once, without waiting for a background that may be stopped, and the background's answer
 * replaces it a moment later.
 */
const KEY = 'kefu-due-snapshot';
/** Raised when `DueParts` changes shape: a snapshot of another shape is not read. */
const VERSION = 1;

interface Snapshot {
  version: number;
  parts: DueParts;
}

/** Session storage came with Chrome 102: an older browser has no snapshot, and the popup asks as before. */
function sessionArea(): typeof browser.storage.session | undefined {
  return browser.storage.session;
}

export async function writeDueSnapshot(parts: DueParts): Promise<void> {
  const snapshot: Snapshot = { version: VERSION, parts };
  await sessionArea()?.set({ [KEY]: snapshot });
}

export async function readDueSnapshot(): Promise<DueParts | null> {
  const stored = (await sessionArea()?.get(KEY))?.[KEY] as Partial<Snapshot> | undefined;
  // Written by our own background only (no page or content script can reach session storage), and cleared when the
  // extension updates: the version and the shape are checked as a second guard, not against hostile data.
  return stored?.version === VERSION && isDueParts(stored.parts) ? stored.parts : null;
}

function isDueParts(parts: unknown): parts is DueParts {
  const p = parts as Partial<DueParts> | undefined;
  return (
    typeof p === 'object' &&
    p !== null &&
    [p.at, p.overdueCount, p.limit].every((n) => typeof n === 'number') &&
    Array.isArray(p.overdue) &&
    Array.isArray(p.upcoming)
  );
}
