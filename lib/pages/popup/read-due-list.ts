import { readStorageProblem } from '../../background/storage-health';
import type { DueAnswer } from '../../messaging/protocol';
import { openKefuDb } from '../../storage/db';
import { listDue } from '../../storage/timers-repo';

/** The due list read by the popup itself, as the background reads it; a failure rejects (the background's answer tells it). */
export async function readDueListHere(limit?: number): Promise<DueAnswer> {
  const db = await openKefuDb();
  try {
    const [due, storageProblem] = await Promise.all([listDue(db, Date.now(), limit), readStorageProblem()]);
    return { due, error: null, storageProblem };
  } finally {
    // Never hold the connection: a newer background must be able to upgrade the schema.
    db.close();
  }
}
