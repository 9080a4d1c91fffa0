import type { ChatMessage } from '../../domain/chat';
import { MAX_MESSAGE_TEXT } from '../../domain/chat';
import { readShownRating } from '../../dom/rating';
import { textOf } from '../../dom/query';
import { genericReading } from '../checked-review';
import type { ChatReader, ReviewListReader, SiteAdapter } from '../types';
import { matchPatternCovers, type CustomAdapterDefinition } from './definition';

/** Selectors come from the agent: a bad one matches nothing rather than breaking the page. */
function all(scope: ParentNode, selector: string | undefined): Element[] {
  if (!selector) return [];
  try {
    const below = Array.from(scope.querySelectorAll(selector));
    return scope instanceof Element && scope.matches(selector) ? [scope, ...below] : below;
  } catch {
    return [];
  }
}

function one(scope: Element, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    return scope.querySelector(selector);
  } catch {
    return null;
  }
}

function closest(node: Element, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    return node.closest(selector);
  } catch {
    return null;
  }
}

/** The element itself or one inside it matches: how a message says who sent it. */
function marks(el: Element, selector: string | undefined): boolean {
  return closest(el, selector) === el || one(el, selector) !== null;
}

function reviewReader(definition: CustomAdapterDefinition): ReviewListReader {
  const { selectors } = definition;
  return {
    findItems: (scope) => all(scope, selectors.reviewItem),
    itemOf: (node) => closest(node, selectors.reviewItem),
    read(item) {
      const text = textOf(one(item, selectors.reviewText) ?? item);
      const rating = readShownRating(one(item, selectors.rating));
      const buyer = textOf(one(item, selectors.buyer));
      const orderId = /[A-Za-z0-9][\w-]{4,}/.exec(textOf(one(item, selectors.orderId)))?.[0];
      return genericReading(definition.id, item, { rating, text, buyer, orderId });
    },
  };
}

function chatReader(definition: CustomAdapterDefinition): ChatReader {
  const { selectors } = definition;
  const inList = (el: Element) => !selectors.messageList || closest(el, selectors.messageList) !== null;
  return {
    replyTargetSeconds: 180,
    findItems: (scope) => all(scope, selectors.message).filter(inList),
    itemOf: (node) => {
      const message = closest(node, selectors.message);
      return message && inList(message) ? message : null;
    },
    readMessage(item): ChatMessage | null {
      const sender = marks(item, selectors.buyerMessage) ? 'buyer' : marks(item, selectors.agentMessage) ? 'agent' : null;
      const text = textOf(one(item, selectors.messageText) ?? item).slice(0, MAX_MESSAGE_TEXT);
      return sender && text ? { sender, text } : null;
    },
    readConversation: () => ({ platform: 'generic', buyerName: '', cards: [] }),
  };
}

/** An adapter made from the selectors an agent named in the options page. */
export function createCustomAdapter(definition: CustomAdapterDefinition): SiteAdapter {
  const { selectors } = definition;
  return {
    platform: 'generic',
    hosts: [],
    detect: (url) => (definition.matches.some((pattern) => matchPatternCovers(pattern, url)) ? definition.pageKind : null),
    reviews: definition.pageKind === 'reviews' ? reviewReader(definition) : undefined,
    chat: definition.pageKind === 'chat' ? chatReader(definition) : undefined,
    findInput(scope) {
      const input = all(scope, selectors.input)[0] ?? all(scope, selectors.replyBox)[0];
      return input instanceof HTMLElement ? input : null;
    },
  };
}
