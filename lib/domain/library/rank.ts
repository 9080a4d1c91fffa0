import type { Stage } from '../playbook/types';
import type { QuickReply } from '../quick-replies/library';
import { rankReplies, type RankContext } from '../quick-replies/rank';
import type { ReplyStage } from '../quick-replies/stage';
import type { LibraryReply } from './types';

/** Where in a conversation each playbook stage fits. */
export const TO_REPLY_STAGE: Record<Stage, ReplyStage> = {
  first_contact: 'opening',
  remedy_offer: 'handling',
  progress: 'handling',
  satisfaction_check: 'closing',
  review_update_invite: 'closing',
  public_reply: 'review',
};

/** Whether a reply tied to a product is about the product the page shows (name or id, either way round). */
export function aboutProduct(tag: string, product: string | undefined): boolean {
  if (!product) return false;
  const a = tag.trim().toLowerCase();
  const b = product.trim().toLowerCase();
  return a !== '' && (b.includes(a) || a.includes(b));
}

/**
 * The library ranked for a case: replies about the page's product first, then by the quick-reply ranking
 * (cause, intents, stage, the agent's habits); replies tied to another product last (when the page names one).
 */
export function rankLibrary(replies: readonly LibraryReply[], context: RankContext & { product?: string }): LibraryReply[] {
  const byId = new Map(replies.map((reply) => [reply.id, reply]));
  const asQuick = replies.map(
    (reply): QuickReply => ({ ...reply, stages: [...new Set(reply.stages.map((stage) => TO_REPLY_STAGE[stage]))] }),
  );
  const ranked = rankReplies(asQuick, context).map((reply) => byId.get(reply.id)!);
  const tier = (reply: LibraryReply) => (!reply.product || !context.product ? 1 : aboutProduct(reply.product, context.product) ? 0 : 2);
  return ranked.map((reply, order) => ({ reply, order })).sort((a, b) => tier(a.reply) - tier(b.reply) || a.order - b.order).map((x) => x.reply);
}
