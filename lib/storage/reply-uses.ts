import type { ReplyUse } from '../domain/quick-replies/rank';
import type { KefuDb } from './db';

export async function getReplyUses(db: KefuDb): Promise<Map<string, ReplyUse>> {
  const uses = await db.getAll('replyUses');
  return new Map(uses.map((use) => [use.id, use]));
}

/** Counts one insertion of a reply, in one transaction so concurrent tabs do not lose counts. */
export async function recordReplyUse(db: KefuDb, id: string, now = Date.now()): Promise<ReplyUse> {
  const tx = db.transaction('replyUses', 'readwrite');
  const previous = await tx.store.get(id);
  const use: ReplyUse = { id, count: (previous?.count ?? 0) + 1, lastUsedAt: now };
  await tx.store.put(use);
  await tx.done;
  return use;
}
