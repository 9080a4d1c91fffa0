import type { ChatMessage, ConversationCard, Sender } from '../../domain/chat';
import { closestAny, matchesAny, queryAll, queryFirst, textOf } from '../../dom/query';
import { card, cardText, chatMessage, firstText } from '../chat-parts';
import type { ChatReader } from '../types';
import { KUAISHOU_CHAT as S } from './selectors';

function activeBuyerName(doc: Document): string {
  const active = queryFirst(doc, S.activeSession);
  return active ? firstText(active, S.sessionNoise) : '';
}

/** The sender line split into the name shown and the time. */
function senderLine(row: Element): { name: string; time?: string } {
  const line = textOf(queryFirst(row, S.beforeBody));
  const time = S.trailingTime.exec(line)?.[1];
  return { name: time ? line.slice(0, line.length - time.length).trim() : line, time };
}

/**
 * [I] The sender line names who wrote: the buyer's nickname (as on the open session card), the
 * robot, or the shop's agent account.
 */
function senderOf(name: string, buyer: string): Sender {
  if (S.robotName.test(name)) return 'robot';
  return name === buyer ? 'buyer' : 'agent';
}

function readCards(doc: Document): ConversationCard[] {
  const cards: ConversationCard[] = [];
  for (const body of queryAll(doc, S.body)) {
    const text = textOf(body);
    const orderId = S.orderId.exec(text)?.[1];
    const productId = S.productId.exec(text)?.[1];
    if (orderId) cards.push(card('order', orderId, firstText(body, S.cardNoise) || undefined));
    else if (productId) cards.push(card('product', productId, firstText(body, S.cardNoise) || undefined));
  }
  return cards;
}

export const kuaishouChat: ChatReader = {
  // domain.md: Kuaishou groups chats as 请在3分钟内回复 / 已超时.
  replyTargetSeconds: 180,
  findItems: (scope) => queryAll(scope, S.message),
  itemOf: (node) => closestAny(node, S.message),
  readMessage(row): ChatMessage | null {
    if (matchesAny(row, S.systemMessage)) return chatMessage('system', textOf(row));
    const body = queryFirst(row, S.body);
    if (!body) return null;
    const { name, time } = senderLine(row);
    const buyer = activeBuyerName(row.ownerDocument);
    // Without the open session's nickname the buyer cannot be told from the agent: not read.
    if (!buyer || !name) return null;
    // A goods card renders its fields as blocks: joined by spaces.
    const text = body.childElementCount > 0 && S.productId.test(textOf(body)) ? cardText(body) : textOf(body);
    return chatMessage(senderOf(name, buyer), text, time);
  },
  readConversation(doc) {
    if (!queryFirst(doc, S.activeSession)) return null;
    return { platform: 'kuaishou', buyerName: activeBuyerName(doc), cards: readCards(doc) };
  },
};
