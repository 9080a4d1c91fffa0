import type { ChatMessage, ConversationCard, Sender } from '../../domain/chat';
import { MAX_MESSAGE_TEXT } from '../../domain/chat';
import { closestAny, matchesAny, queryAll, textOf } from '../../dom/query';
import type { ChatReader } from '../types';
import { PDD } from './selectors';

const first = (scope: ParentNode, alternatives: readonly string[]) => queryAll(scope, alternatives)[0] ?? null;

function senderOf(row: Element): Sender | null {
  if (first(row, PDD.systemRow)) return 'system';
  const agent = first(row, PDD.agentBubble);
  if (agent) return matchesAny(agent, PDD.robotMark) || first(agent, PDD.robotMark) ? 'robot' : 'agent';
  if (first(row, PDD.buyerBubble)) return 'buyer';
  return null;
}

/** The time row above a message (PDD shows one per group of messages). */
function timeAbove(row: Element): string | undefined {
  let steps = 0;
  for (let el = row.previousElementSibling; el && steps < 200; el = el.previousElementSibling, steps++) {
    const time = first(el, PDD.timeRow);
    if (time) return textOf(time);
  }
  return undefined;
}

function readCards(scope: ParentNode): ConversationCard[] {
  const cards: ConversationCard[] = [];
  for (const card of queryAll(scope, PDD.goodsCard)) {
    cards.push({ kind: 'product', title: textOf(card.querySelector('[class*="title"], [class*="name"]')) || undefined, id: card.getAttribute('data-goods-id') ?? undefined });
  }
  for (const card of queryAll(scope, PDD.orderCard)) {
    cards.push({ kind: 'order', id: /\d{6}-\d{15}/.exec(textOf(card))?.[0] });
  }
  return cards.map((card) => Object.fromEntries(Object.entries(card).filter(([, v]) => v !== undefined)) as ConversationCard);
}

export const pinduoduoChat: ChatReader = {
  replyTargetSeconds: 180,
  findItems: (scope) => queryAll(scope, PDD.chatRow),
  itemOf: (node) => closestAny(node, PDD.chatRow),
  readMessage(row): ChatMessage | null {
    const sender = senderOf(row);
    if (!sender) return null;
    const textEl = sender === 'system' ? first(row, PDD.systemRow) : first(row, PDD.messageText);
    const text = textOf(textEl).slice(0, MAX_MESSAGE_TEXT);
    if (!text) return null;
    const time = timeAbove(row);
    return time ? { sender, text, time } : { sender, text };
  },
  readConversation(doc) {
    const active = first(doc, PDD.activeConversation);
    const list = doc.querySelector('#msgListContainer');
    if (!active && !list) return null;
    const buyerId = first(doc, PDD.buyerUid)?.getAttribute('currentuid') ?? undefined;
    const buyerName = active ? textOf(first(active, PDD.conversationName)) : '';
    const conversation = { platform: 'pinduoduo' as const, buyerName, cards: list ? readCards(list) : [] };
    return buyerId ? { ...conversation, buyerId } : conversation;
  },
};
