import type { DueParts } from '../../domain/cases/timers';
import { sendMessage, type DueAnswer } from '../../messaging/protocol';
import { readDueSnapshot } from '../../storage/due-snapshot';

/** What the popup's first script starts, for the popup to take once its modules have loaded. */
export interface FirstDue {
  /** The list as the background last left it (null when it kept none). */
  snapshot: Promise<DueParts | null>;
  /** The background's answer. */
  answer: Promise<DueAnswer>;
}

declare global {
  /** Started by the popup page's first script (entrypoints/popup-request.ts). */
  var kefuFirstDue: FirstDue | undefined;
}

/** For the benchmark: when the due list was asked for. */
const ASKED_MARK = 'kefu-lens:due-list-asked';

function firstDueNow(): FirstDue {
  performance.mark(ASKED_MARK);
  // The kept list first: it is what the popup shows first.
  const snapshot = readDueSnapshot().catch(() => null);
  const answer = sendMessage('getDueList', undefined);
  // Handled by whoever takes it; one nobody took must not report an unhandled rejection.
  answer.catch(() => undefined);
  return { snapshot, answer };
}

/** Run by the popup page's first script. */
export function startFirstDue(): void {
  globalThis.kefuFirstDue = firstDueNow();
}

/** What the first script started, taken once; started now when that script did not run. */
export function takeFirstDue(): FirstDue {
  const first = globalThis.kefuFirstDue ?? firstDueNow();
  globalThis.kefuFirstDue = undefined;
  return first;
}
