import { classifyMessage, classifyReview } from '../domain/classifier';
import { rankLibrary } from '../domain/library/rank';
import type { SuggestionQuery } from '../domain/library/schema';
import type { CauseCode } from '../domain/taxonomy';
import type { Library } from '../domain/library/types';
import type { PaletteReply } from '../domain/quick-replies/filter';
import { initialsOf } from '../domain/quick-replies/initials';
import type { RankContext } from '../domain/quick-replies/rank';
import type { QuickReplyQuery } from '../domain/quick-replies/schema';
import { conversationStage, pendingBuyerText } from '../domain/quick-replies/stage';
import { variablesOf } from '../domain/quick-replies/template';
import type { KefuDb } from '../storage/db';
import { getLibrary } from '../storage/library-repo';
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

/** Pinyin initials by title: the dictionary lookup is the costly part of serving a library. */
const initialsCache = new Map<string, string>();

function initials(title: string): string {
  let found = initialsCache.get(title);
  if (found === undefined) {
    found = initialsOf(title);
    initialsCache.set(title, found);
  }
  return found;
}

export function toPalette(reply: Library['replies'][number]): PaletteReply {
  return { id: reply.id, code: reply.code, title: reply.title, text: reply.text, initials: initials(reply.title), variables: variablesOf(reply.text) };
}

/** The library's replies for this case, best first, with what the palette needs to filter them. */
export async function serveQuickReplies(db: KefuDb, query: QuickReplyQuery, now = Date.now()): Promise<PaletteReply[]> {
  const [uses, library] = await Promise.all([getReplyUses(db), getLibrary(db)]);
  return rankLibrary(library.replies, { ...caseContext(query), uses, now, product: query.product }).map(toPalette);
}

/** The few best replies for a cause: public replies on a review page, chat replies otherwise. */
export async function suggestForCause(db: KefuDb, query: SuggestionQuery, now = Date.now()): Promise<PaletteReply[]> {
  const [uses, library] = await Promise.all([getReplyUses(db), getLibrary(db)]);
  const publicReply = query.pageKind === 'reviews';
  const fits = library.replies.filter((reply) => reply.stages.includes('public_reply') === publicReply && (!query.cause || reply.causes.length === 0 || reply.causes.includes(query.cause)));
  const stage = publicReply ? 'review' : 'opening';
  return rankLibrary(fits, { cause: query.cause, intents: [], stage, uses, now, product: query.product }).slice(0, query.limit).map(toPalette);
}

/**
 * Chat: classifies what the buyer said since the last answer; for a complaint, the best replies for its cause at
 * the first-contact stage (the case stage, once cases exist, will replace that default).
 */
export async function suggestForChat(db: KefuDb, query: QuickReplyQuery, limit = 3, now = Date.now()): Promise<{ cause: CauseCode | null; replies: PaletteReply[] }> {
  const text = pendingBuyerText(query.messages);
  const cause = text ? (classifyMessage(text).cause?.code ?? null) : null;
  if (!cause) return { cause: null, replies: [] };
  const [uses, library] = await Promise.all([getReplyUses(db), getLibrary(db)]);
  const fits = library.replies.filter((reply) => reply.stages.includes('first_contact') && reply.causes.includes(cause));
  const replies = rankLibrary(fits, { cause, intents: [], stage: 'opening', uses, now, product: query.product }).slice(0, limit).map(toPalette);
  return { cause, replies };
}
