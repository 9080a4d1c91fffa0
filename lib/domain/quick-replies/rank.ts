import type { CauseCode, IntentCode } from '../taxonomy';
import type { QuickReply } from './library';
import type { ReplyStage } from './stage';

export interface ReplyUse {
  id: string;
  count: number;
  /** Epoch ms. */
  lastUsedAt: number;
}

/** What is known of the case the agent is answering. Any classifier giving a cause and intents fits. */
export interface RankContext {
  cause?: CauseCode;
  intents: readonly IntentCode[];
  stage: ReplyStage;
  uses: ReadonlyMap<string, ReplyUse>;
  now: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** Context fit first (cause, then intents, then stage), the agent's own habits as a tiebreaker. */
export function replyScore(reply: QuickReply, context: RankContext): number {
  let score = 0;
  if (context.cause && context.cause !== 'other' && reply.causes.includes(context.cause)) score += 4;
  score += 2 * context.intents.filter((intent) => reply.intents.includes(intent)).length;
  // Public review replies and chat replies are different genres: the page decides strongly.
  if (reply.stages.includes(context.stage)) score += context.stage === 'review' ? 5 : 1.5;
  const use = context.uses.get(reply.id);
  if (use) {
    score += Math.min(1.5, Math.log2(1 + use.count) * 0.5);
    score += Math.pow(0.5, Math.max(0, context.now - use.lastUsedAt) / DAY);
  }
  return score;
}

export function rankReplies(replies: readonly QuickReply[], context: RankContext): QuickReply[] {
  return replies
    .map((reply, order) => ({ reply, order, score: replyScore(reply, context) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((entry) => entry.reply);
}
