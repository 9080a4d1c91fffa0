import { readStorageProblem, type StorageProblem } from '../../background/storage-health';
import type { DueList } from '../../domain/cases/model';
import { openKefuDb } from '../../storage/db';
import { listDue } from '../../storage/timers-repo';

/** The background's `getDueList` answer. */
export interface DueAnswer {
  due: DueList | null;
  error: string | null;
  storageProblem: StorageProblem | null;
}

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
