import { browser } from 'wxt/browser';

/** A storage failure the agent must hear about: nothing is dropped silently. */
export interface StorageProblem {
  kind: 'full' | 'unavailable' | 'failed';
  message: string;
  at: number;
}

// storage.local, not IndexedDB: it must still work when IndexedDB is the thing that failed.
const KEY = 'kefu-storage-problem';

/** Errors raised by IndexedDB itself (not by a refused payload). */
export function storageProblemOf(error: unknown, now = Date.now()): StorageProblem | null {
  if (!(error instanceof DOMException) && !(error instanceof Error && /indexeddb|idb/i.test(error.message))) return null;
  const name = error instanceof DOMException ? error.name : '';
  const kind = name === 'QuotaExceededError' ? 'full' : ['InvalidStateError', 'UnknownError', 'VersionError', 'NotFoundError', 'SecurityError'].includes(name) ? 'unavailable' : 'failed';
  return { kind, message: `${name || 'Error'}: ${error.message}`.slice(0, 300), at: now };
}

export async function recordStorageProblem(error: unknown): Promise<void> {
  const problem = storageProblemOf(error);
  if (problem) await browser.storage.local.set({ [KEY]: problem });
}

export async function readStorageProblem(): Promise<StorageProblem | null> {
  return ((await browser.storage.local.get(KEY))[KEY] as StorageProblem | undefined) ?? null;
}

export async function clearStorageProblem(): Promise<void> {
  await browser.storage.local.remove(KEY);
}

/** Runs a storage operation; a storage failure is recorded for the popup, then passed on to the caller. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    await recordStorageProblem(error).catch(() => undefined);
    throw error;
  }
}
