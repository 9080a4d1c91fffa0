import type { PageKind } from '../../domain/platforms';
import type { QuickReplyQuery } from '../../domain/quick-replies/schema';
import type { ReplyValues } from '../../domain/quick-replies/template';
import type { Review } from '../../domain/review';
import type { SiteAdapter } from '../../sites/types';

/** What the ranking is told about the case, and the variable values the page shows. */
export interface CaseReading {
  query: QuickReplyQuery;
  values: ReplyValues;
}

/** Masked nicknames (`阿***`) are no way to address a buyer: the agent is asked instead. */
const usableName = (name: string | undefined) => (name && !name.includes('*') ? name : undefined);

const defined = (values: ReplyValues): ReplyValues =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== '')) as ReplyValues;

/** The last messages kept for the ranking: enough for the stage and the pending question. */
const MESSAGES_FOR_RANKING = 30;

/** The variables a review shows. */
export function reviewValues(review: Review): ReplyValues {
  return defined({ buyerName: usableName(review.buyer), product: review.productName, orderId: review.orderId });
}

export function readCase(adapter: SiteAdapter, pageKind: PageKind, review: Review | null, doc: Document): CaseReading {
  if (pageKind === 'reviews') {
    const query: QuickReplyQuery = { platform: adapter.platform, pageKind, messages: [] };
    if (!review) return { query, values: {} };
    if (review.productName) query.product = review.productName;
    query.review = { text: review.text, ...(review.followUpText ? { followUpText: review.followUpText } : {}), ...(review.stars ? { stars: review.stars } : {}) };
    return { query, values: reviewValues(review) };
  }
  const chat = adapter.chat;
  const messages = chat
    ? chat
        .findItems(doc)
        .map((row) => chat.readMessage(row))
        .filter((message) => message !== null)
        .slice(-MESSAGES_FOR_RANKING)
        .map(({ sender, text }) => ({ sender, text }))
    : [];
  const conversation = chat?.readConversation(doc) ?? null;
  const cards = conversation?.cards ?? [];
  const product = [...cards].reverse().find((card) => card.kind === 'product' && card.title)?.title;
  const orderId = [...cards].reverse().find((card) => card.kind === 'order' && card.id)?.id;
  const buyerName = conversation?.buyerName.trim();
  const orderIds = cards.flatMap((card) => (card.kind === 'order' && card.id ? [card.id] : []));
  const buyer = buyerName ? { buyerName, ...(conversation?.buyerId ? { buyerId: conversation.buyerId } : {}) } : undefined;
  return {
    query: { platform: adapter.platform, pageKind, messages, ...(product ? { product } : {}), ...(buyer ? { buyer, orderIds } : {}) },
    values: defined({ buyerName: usableName(conversation?.buyerName), product, orderId }),
  };
}
