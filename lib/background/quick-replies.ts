import { classifyMessage, classifyReview } from '../domain/classifier';
import type { Case } from '../domain/cases/model';
import { playbookStageOf } from '../domain/cases/lifecycle';
import { rankLibrary, TO_REPLY_STAGE } from '../domain/library/rank';
import { mentionsRemedy } from '../domain/playbook/remedies';
import type { SuggestionQuery } from '../domain/library/schema';
import type { Library, LibraryReply } from '../domain/library/types';
import type { PaletteReply } from '../domain/quick-replies/filter';
import { initialsOf } from '../domain/quick-replies/initials';
import type { RankContext } from '../domain/quick-replies/rank';
import type { QuickReplyQuery } from '../domain/quick-replies/schema';
import { conversationStage, pendingBuyerText } from '../domain/quick-replies/stage';
import { variablesOf } from '../domain/quick-replies/template';
import type { ChatSuggestions } from '../messaging/protocol';
import { getBuyerCard } from '../storage/buyers-repo';
import type { KefuDb } from '../storage/db';
import { getLibrary } from '../storage/library-repo';
import { getRemedyOptions } from '../storage/remedies-repo';
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

/**
 * The few best replies for a cause: public replies on a review page; with a stage, the chat replies for that step
 * of the case (those offering the chosen remedy first); otherwise chat replies of any step.
 */
export async function suggestForCause(db: KefuDb, query: SuggestionQuery, now = Date.now()): Promise<PaletteReply[]> {
  const [uses, library] = await Promise.all([getReplyUses(db), getLibrary(db)]);
  const stage = query.stage ?? (query.pageKind === 'reviews' ? 'public_reply' : undefined);
  const fitsStage = (reply: LibraryReply) => (stage ? reply.stages.includes(stage) : !reply.stages.includes('public_reply'));
  const fits = library.replies.filter((reply) => fitsStage(reply) && (!query.cause || reply.causes.length === 0 || reply.causes.includes(query.cause)));
  const ranked = rankLibrary(fits, { cause: query.cause, intents: [], stage: stage ? TO_REPLY_STAGE[stage] : 'opening', uses, now, product: query.product });
  // Replies written for this one step come before general ones tagged with several, those offering the chosen
  // remedy before the rest; a stable sort keeps the ranking within each.
  const score = (reply: LibraryReply) => (query.remedy && mentionsRemedy(reply.text, query.remedy) ? 2 : 0) + (query.stage && reply.stages.length === 1 ? 1 : 0);
  return [...ranked].sort((a, b) => score(b) - score(a)).slice(0, query.limit).map(toPalette);
}

/** The case the buyer of a chat is in now: the newest open one, else one closed as 买家满意 in the last days. */
async function currentCase(db: KefuDb, query: QuickReplyQuery): Promise<Case | null> {
  if (!query.buyer) return null;
  const card = await getBuyerCard(db, { platform: query.platform, ...query.buyer }, query.orderIds ?? []);
  const satisfied = card.pastCases.find((c) => c.outcome === 'buyer_satisfied' && (c.closedAt ?? 0) > Date.now() - SATISFIED_CASE_DAYS * 86_400_000);
  return card.openCases[0]?.case ?? satisfied ?? null;
}

/** How long after a close as 买家满意 the chat still offers the neutral review note. */
const SATISFIED_CASE_DAYS = 3;

/**
 * Chat: the buyer's current case decides the step (its stage, see `playbookStageOf`) and, unless the case only
 * knows 其他, the cause; without a case, a complaint in what the buyer said since the last answer is a new one:
 * first contact for its cause. Returns the best replies for that step and the cause's remedies priced with the
 * shop's settings (nothing when there is neither a case nor a complaint).
 */
export async function suggestForChat(db: KefuDb, query: QuickReplyQuery, limit = 3, now = Date.now()): Promise<ChatSuggestions> {
  const text = pendingBuyerText(query.messages);
  const complaint = text ? (classifyMessage(text).cause?.code ?? null) : null;
  const found = await currentCase(db, query);
  const stage = found ? playbookStageOf(found) : null;
  const open = found && stage ? found : null;
  const caseCause = open?.causes.find((code) => code !== 'other');
  const cause = caseCause ?? complaint ?? (open ? 'other' : null);
  if (!cause) return { cause: null, stage: null, caseId: null, replies: [], remedies: null };
  const step = stage ?? 'first_contact';
  const [replies, remedies] = await Promise.all([
    suggestForCause(db, { pageKind: 'chat', cause, stage: step, limit, ...(query.product ? { product: query.product } : {}) }, now),
    getRemedyOptions(db, { cause }, now),
  ]);
  return { cause, stage: step, caseId: open?.id ?? null, replies, remedies };
}
