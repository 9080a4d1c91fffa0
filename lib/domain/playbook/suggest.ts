import type { CauseCode, IntentCode } from '../taxonomy';
import type { Reply, Stage } from './types';

export interface SuggestQuery {
  cause?: CauseCode;
  stage?: Stage;
  intent?: IntentCode;
  /** The product on the page: replies tied to it come first, replies tied to another product are left out. */
  productId?: string;
  recentUse?: {
    /** Reply ids the agent used recently, most recent first (their favourites rank higher). */
    agent?: readonly string[];
    /** Reply ids already sent to this buyer: never offered first again (variant rotation). */
    buyer?: readonly string[];
  };
  limit?: number;
}

/**
 * Rank replies for the case at hand. Match first (intent, then stage, then cause), then the product, then the
 * agent's recent use; a reply already sent to this buyer drops below every fresh variant of the same slot.
 */
export function suggestReplies(query: SuggestQuery, library: readonly Reply[]): Reply[] {
  const agentRecent = query.recentUse?.agent ?? [];
  const sent = new Set(query.recentUse?.buyer ?? []);
  const scored: Array<{ r: Reply; score: number; i: number }> = [];
  library.forEach((r, i) => {
    if (r.productId && r.productId !== query.productId) return;
    let score = 0;
    if (query.intent) {
      if (r.intent === query.intent) score += 1000;
      else if (!query.cause && !query.stage) return;
    }
    if (query.stage) {
      if (r.stage === query.stage) score += 400;
      else if (r.stage) return; // another step of the workflow is never the right text
      else if (!query.intent || r.intent !== query.intent) return;
    }
    if (query.cause) {
      if (r.cause === query.cause) score += 200;
      else if (r.cause === 'other' && r.stage) score += 20; // generic fallback for the same stage
      else if (r.cause) return;
    }
    if (score === 0) return;
    if (query.productId && r.productId === query.productId) score += 100;
    const used = agentRecent.indexOf(r.id);
    if (used >= 0) score += Math.max(1, 30 - used);
    if (sent.has(r.id)) score -= 5000;
    scored.push({ r, score, i });
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  const list = scored.map((x) => x.r);
  return query.limit ? list.slice(0, query.limit) : list;
}
