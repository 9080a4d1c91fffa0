import type { ChatMessage, ConversationCard, Sender } from '../../domain/chat';
import { closestAny, leafElements, queryAll, queryFirst, textOf, textWithBreaks } from '../../dom/query';
import { card, cardText, chatMessage, firstText } from '../chat-parts';
import type { ChatReader } from '../types';
import { JD_CHAT as S } from './selectors';

function senderOf(row: Element): Sender {
  const agent = queryFirst(row, S.agentSide);
  if (agent) {
    // The robot label sits beside the bubble, never inside the text the buyer could have typed.
    const content = queryFirst(agent, S.content);
    const labels = leafElements(agent).filter((leaf) => !content?.contains(leaf));
    return labels.some((leaf) => S.robotLabel.test(textOf(leaf))) ? 'robot' : 'agent';
  }
  // [I] Rows with neither side are notices (转接, 会话结束 …).
  return queryFirst(row, S.buyerSide) ? 'buyer' : 'system';
}

function readCards(doc: Document): ConversationCard[] {
  const cards: ConversationCard[] = [];
  for (const row of queryAll(doc, S.message)) {
    const content = queryFirst(row, S.content);
    if (!content) continue;
    const link = queryFirst(content, S.productLink);
    const sku = link ? S.sku.exec(link.getAttribute('href') ?? '')?.[1] : undefined;
    const orderId = S.orderId.exec(textOf(content))?.[1];
    if (orderId) cards.push(card('order', orderId, firstText(content, S.cardNoise) || undefined));
    else if (sku) cards.push(card('product', sku, firstText(content, S.cardNoise) || undefined));
  }
  return cards;
}

export const jdChat: ChatReader = {
  // [I] domain.md asks for the first reply within tens of seconds and names no JD figure; JD's own
  // service metric is the 30-second answer rate (30秒应答率), so the chip turns red after 30 s.
  replyTargetSeconds: 30,
  findItems: (scope) => queryAll(scope, S.message),
  itemOf: (node) => closestAny(node, S.message),
  readMessage(row): ChatMessage | null {
    const sender = senderOf(row);
    const time = textOf(queryFirst(row, S.time)) || undefined;
    const content = queryFirst(row, S.content);
    if (sender !== 'system' && !content) return null;
    if (!content) return chatMessage(sender, cardText(row, queryAll(row, S.time)), time);
    // A goods card is a message of its sender too, its fields joined; the buyer's own lines stay lines.
    return chatMessage(sender, queryFirst(content, S.productLink) ? cardText(content) : textWithBreaks(content), time);
  },
  readConversation(doc) {
    const head = queryFirst(doc, S.buyerName);
    const active = queryFirst(doc, S.activeContact);
    if (!head && !active && !queryFirst(doc, S.message)) return null;
    const buyerName = textOf(head) || (active ? firstText(active, S.contactNoise) : '');
    return { platform: 'jd', buyerName, cards: readCards(doc) };
  },
};
