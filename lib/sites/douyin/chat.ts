import type { ChatMessage, ConversationCard, Sender } from '../../domain/chat';
import { closestAny, leafElements, queryAll, queryFirst, textOf } from '../../dom/query';
import { card, cardText, chatMessage, firstText } from '../chat-parts';
import type { ChatReader } from '../types';
import { DOUYIN_CHAT as S } from './selectors';

function senderOf(row: Element): { sender: Sender; bubble: Element | null } {
  const agent = queryFirst(row, S.agentBubble);
  if (agent) return { sender: S.robotNote.test(textOf(row)) ? 'robot' : 'agent', bubble: agent };
  const buyer = queryFirst(row, S.buyerBubble);
  // [I] A row with neither bubble is a notice of the workbench (转接, 会话结束 …).
  return buyer ? { sender: 'buyer', bubble: buyer } : { sender: 'system', bubble: null };
}

/** [I] The row's time label: a leaf outside the bubble that reads as a time. */
function timeOf(row: Element, bubble: Element | null): string | undefined {
  const label = leafElements(row).find((leaf) => !bubble?.contains(leaf) && S.timeLabel.test(textOf(leaf)));
  return label ? textOf(label) : undefined;
}

function readCards(doc: Document): ConversationCard[] {
  const cards: ConversationCard[] = [];
  for (const row of queryAll(doc, S.message)) {
    if (queryFirst(row, S.messageText)) continue;
    const text = textOf(row);
    const orderId = S.orderId.exec(text)?.[1];
    const productId = S.productId.exec(text)?.[1];
    if (orderId) cards.push(card('order', orderId, firstText(row, [...S.cardNoise, S.timeLabel]) || undefined));
    else if (productId) cards.push(card('product', productId, firstText(row, [...S.cardNoise, S.timeLabel]) || undefined));
  }
  return cards;
}

function buyerName(doc: Document): string {
  const header = queryFirst(doc, S.header);
  const shown = header ? firstText(header, S.headerNoise) : '';
  if (shown) return shown;
  const placeholder = queryFirst(doc, S.input)?.getAttribute('placeholder') ?? '';
  return S.placeholderName.exec(placeholder)?.[1] ?? '';
}

export const douyinChat: ChatReader = {
  // domain.md: Douyin counts a 60-second first-reply target in the shop score.
  replyTargetSeconds: 60,
  findItems: (scope) => queryAll(scope, S.message),
  itemOf: (node) => closestAny(node, S.message),
  readMessage(row): ChatMessage | null {
    const { sender, bubble } = senderOf(row);
    const time = timeOf(row, bubble);
    if (sender === 'system') {
      const text = leafElements(row).filter((leaf) => !S.timeLabel.test(textOf(leaf))).map((leaf) => textOf(leaf)).join(' ');
      return chatMessage(sender, text || textOf(row), time);
    }
    // [I] A bubble without `pre` is a goods or order card: a message of its sender all the same.
    const textEl = queryFirst(bubble!, S.messageText);
    const text = textEl ? textOf(textEl) : cardText(bubble!);
    return chatMessage(sender, text.replace(S.robotNote, ''), time);
  },
  readConversation(doc) {
    if (!queryFirst(doc, S.header) && !queryFirst(doc, S.message)) return null;
    return { platform: 'douyin', buyerName: buyerName(doc), cards: readCards(doc) };
  },
};
