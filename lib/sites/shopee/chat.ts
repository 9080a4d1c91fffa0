import type { ChatMessage, ConversationCard, Sender } from '../../domain/chat';
import { closestAny, leafElements, queryAll, queryFirst, textExcept, textOf } from '../../dom/query';
import { card, cardText, chatMessage, firstText } from '../chat-parts';
import type { ChatReader } from '../types';
import { SHOPEE_CHAT as S } from './selectors';

function messageOf(row: Element): { sender: Sender; el: Element } | null {
  for (const [sender, alternatives] of [['agent', S.agentMessage], ['buyer', S.buyerMessage], ['system', S.systemMessage]] as const) {
    const el = queryFirst(row, alternatives);
    if (el) return { sender, el };
  }
  return null;
}

/** [I] The date line of the rows above (virtualised rows keep the list's order in the DOM). */
function dateAbove(row: Element): string | undefined {
  let steps = 0;
  for (let el = row.previousElementSibling; el && steps < 100; el = el.previousElementSibling, steps++) {
    if (messageOf(el)) continue;
    const text = textOf(el);
    if (S.dateLine.test(text)) return text;
  }
  return undefined;
}

/** [I] The chat pane: the nearest ancestor of the message list (at or below `scope`) that also holds the input. */
export function chatPaneOf(scope: ParentNode): { pane: Element; list: Element } | null {
  const list = queryFirst(scope, S.list);
  for (let el = list?.parentElement; list && el && el !== list.ownerDocument.body; el = el.parentElement) {
    if (el.querySelector('textarea')) return { pane: el, list };
  }
  return null;
}

function readCards(list: Element): ConversationCard[] {
  const cards: ConversationCard[] = [];
  for (const row of queryAll(list, S.row)) {
    const link = queryFirst(row, S.productLink);
    const itemId = link ? S.itemId.exec(link.getAttribute('href') ?? '')?.[1] : undefined;
    const orderId = S.orderId.exec(textOf(row))?.[1];
    // An order card shows the order's state beside the id, no title.
    if (orderId) cards.push(card('order', orderId));
    else if (itemId) cards.push(card('product', itemId, firstText(row, [...S.cardNoise, S.clock]) || undefined));
  }
  return cards;
}

export const shopeeChat: ChatReader = {
  // [I] domain.md names no Shopee figure; Shopee's chat response rate counts replies within 12 hours,
  // far looser than an agent's goal: the chip uses the 3 minutes the other marketplaces expect.
  replyTargetSeconds: 180,
  findItems: (scope) => queryAll(scope, S.row),
  itemOf: (node) => closestAny(node, S.row),
  readMessage(row): ChatMessage | null {
    const found = messageOf(row);
    if (!found) return null;
    const leaves = leafElements(found.el);
    const clock = [...leaves].reverse().find((leaf) => S.clock.test(textOf(leaf)));
    const robotLabel = leaves.find((leaf) => S.robotLabel.test(textOf(leaf)));
    const sender = found.sender === 'agent' && robotLabel ? 'robot' : found.sender;
    const labels = [clock, robotLabel].filter((el) => el !== undefined);
    // Product and order cards are messages of their sender too, their fields joined.
    const isCard = queryFirst(found.el, S.productLink) !== null || S.orderId.test(textOf(found.el));
    const text = isCard ? cardText(found.el, labels) : textExcept(found.el, labels);
    const date = clock ? dateAbove(row) : undefined;
    const time = clock ? (date ? `${date} ${textOf(clock)}` : textOf(clock)) : undefined;
    return chatMessage(sender, text, time);
  },
  readConversation(doc) {
    const chat = chatPaneOf(doc);
    if (!chat) return null;
    const header = [...chat.pane.children].find((child) => !child.contains(chat.list) && !child.querySelector('textarea'));
    return { platform: 'shopee', buyerName: header ? firstText(header, S.headerNoise) : '', cards: readCards(chat.list) };
  },
};
