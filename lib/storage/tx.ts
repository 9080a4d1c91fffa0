/**
 * Runs `work` inside an open transaction, all or nothing: if it throws, the transaction is aborted
 * (writes already made are rolled back) and the error goes to the caller, never half-applied.
 */
export async function inTransaction<T>(tx: { done: Promise<void>; abort(): void }, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the failing request.
    }
    throw error;
  }
}
