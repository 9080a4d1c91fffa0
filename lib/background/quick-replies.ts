import { classifyMessage, classifyReview } from '../domain/classifier';
import type { PaletteReply } from '../domain/quick-replies/filter';
import { initialsOf } from '../domain/quick-replies/initials';
import { BUILT_IN_REPLIES, type QuickReply } from '../domain/quick-replies/library';
import { rankReplies, type RankContext } from '../domain/quick-replies/rank';
import type { QuickReplyQuery } from '../domain/quick-replies/schema';
import { conversationStage, pendingBuyerText } from '../domain/quick-replies/stage';
import { variablesOf } from '../domain/quick-replies/template';
import type { KefuDb } from '../storage/db';
import { getReplyUses } from '../storage/reply-uses';

/** The case as the ranking sees it: cause and intents from the classifier, the stage from the messages. */
export function caseContext(query: QuickReplyQuery): Pick<RankContext, 'cause' | 'intents' | 'stage'> {
  if (query.pageKind === 'reviews') {
    const verdict = query.review ? classifyReview(query.review) : null;
    return { cause: verdict?.causes[0]?.code, intents: [], stage: 'review' };
  }
  const text = pendingBuyerText(query.messages);
  const verdict = text ? classifyMessage(text) : null;
  return { cause: verdict?.cause?.code, intents: verdict?.intents.map((intent) => intent.code) ?? [], stage: conversationStage(query.messages) };
}

const paletteCache = new Map<string, PaletteReply>();

function toPalette(reply: QuickReply): PaletteReply {
  let item = paletteCache.get(reply.id);
  if (!item) {
    item = { id: reply.id, code: reply.code, title: reply.title, text: reply.text, initials: initialsOf(reply.title), variables: variablesOf(reply.text) };
    paletteCache.set(reply.id, item);
  }
  return item;
}

/** The replies for this case, best first, with what the palette needs to filter them. */
export async function serveQuickReplies(db: KefuDb, query: QuickReplyQuery, now = Date.now()): Promise<PaletteReply[]> {
  const uses = await getReplyUses(db);
  return rankReplies(BUILT_IN_REPLIES, { ...caseContext(query), uses, now }).map(toPalette);
}
