import { sendMessage } from '../../messaging/protocol';

/** Asks the background for the popup's due list (the first `limit` follow-ups). */
export function requestDueList(limit?: number) {
  return sendMessage('getDueList', limit ? { limit } : undefined);
}

export type DueAnswer = Awaited<ReturnType<typeof requestDueList>>;

declare global {
  /** The popup's first due-list request, sent by `popup-early.js` before the popup's modules load. */
  var kefuFirstDue: Promise<DueAnswer> | undefined;
}
