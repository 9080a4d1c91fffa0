import type { ChatMessage, ConversationCard, Sender } from '../../domain/chat';
import { closestAny, queryAll, queryFirst, textOf } from '../../dom/query';
import { card, chatMessage, firstText } from '../chat-parts';
import type { ChatReader } from '../types';
import { AMAZON_MESSAGING as S } from './selectors';

function senderOf(label: string): Sender {
  if (S.automatedLabel.test(label)) return 'robot';
  if (S.selfLabel.test(label)) return 'agent';
  if (S.amazonLabel.test(label)) return 'system';
  return 'buyer';
}

function readCards(doc: Document): ConversationCard[] {
  const cards: ConversationCard[] = [];
  for (const details of queryAll(doc, S.orderCard)) {
    const text = textOf(details);
    const orderId = S.orderId.exec(text)?.[1] ?? new URL(doc.URL).searchParams.get('orderID') ?? undefined;
    const asin = S.asin.exec(text)?.[1];
    const title = firstText(details, S.cardNoise) || undefined;
    if (orderId) cards.push(card('order', orderId));
    if (asin) cards.push(card('product', asin, title));
  }
  return cards;
}

export const amazonMessaging: ChatReader = {
  // [I] Amazon measures replies within 24 hours (Contact Response Time); agents aim far lower.
  // domain.md gives no Amazon figure: one hour keeps the chip meaningful for e-mail-like threads.
  replyTargetSeconds: 3_600,
  findItems: (scope) => queryAll(scope, S.message),
  itemOf: (node) => closestAny(node, S.message),
  readMessage(row): ChatMessage | null {
    const label = textOf(queryFirst(row, S.sender));
    const body = queryFirst(row, S.body);
    if (!label || !body) return null;
    return chatMessage(senderOf(label), textOf(body), textOf(queryFirst(row, S.time)) || undefined);
  },
  readConversation(doc) {
    if (!queryFirst(doc, S.thread)) return null;
    return { platform: 'amazon', buyerName: textOf(queryFirst(doc, S.buyerName)), cards: readCards(doc) };
  },
};
