import { readShownRating } from '../../dom/rating';
import { findTextFragment, textOf } from '../../dom/query';
import { genericReading } from '../checked-review';
import type { ReviewListReader, SiteAdapter } from '../types';

/**
 * The adapter of last resort, for a console nobody described: on a page the agent enabled, review
 * items are found as repeated blocks that each carry a rating (star widgets, `4星`, 差评/中评/好评
 * labels), and the input is the box the agent is typing in. No platform's selectors live here.
 */
const RATING_HINTS = [
  '[class*="star" i]',
  '[class*="rating" i]',
  '[class*="rate" i]',
  '[class*="score" i]',
  '[aria-label*="星"]',
  '[aria-label*="star" i]',
].join(', ');
const LEVEL_LABEL = /^(差评|中评|好评|负面|中性|正面)$/;
const MASKED_BUYER = /^\S{0,12}\*{2,}\S{0,4}$/;
const ORDER_ID = /订单(?:号|编号)?\s*[:：]\s*([A-Za-z0-9][\w-]{5,})/;
const METADATA = /订单|时间|\d{4}[-/.年]\d{1,2}|^\S{0,12}\*{2,}/;

/** A rating widget or a level label below `scope`, outermost only. */
function ratingMarks(scope: ParentNode): Element[] {
  const widgets = Array.from(scope.querySelectorAll(RATING_HINTS)).filter((el) => !el.parentElement?.closest(RATING_HINTS));
  const labels: Element[] = [];
  const root = scope instanceof Document ? scope.body : scope;
  if (root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (LEVEL_LABEL.test((node.nodeValue ?? '').trim()) && node.parentElement) labels.push(node.parentElement);
    }
  }
  return [...widgets, ...labels];
}

const hasRating = (el: Element) => el.querySelector(RATING_HINTS) !== null || LEVEL_LABEL.test(findTextFragment(el, (text) => LEVEL_LABEL.test(text))?.text ?? '');

/** The lists found so far: their items are the children that look alike and carry ratings. */
const lists = new WeakSet<Element>();

/** Climbs from a rating to the repeated block holding it: a child of a parent with look-alike rated siblings. */
function itemAround(mark: Element): Element | null {
  for (let el: Element | null = mark, depth = 0; el?.parentElement && depth < 8; el = el.parentElement, depth++) {
    const parent = el.parentElement;
    if (lists.has(parent)) return el;
    const tag = el.tagName;
    const rivals = Array.from(parent.children).filter((child) => child !== el && child.tagName === tag);
    if (rivals.length > 0 && rivals.some(hasRating)) {
      lists.add(parent);
      return el;
    }
  }
  return null;
}

const genericReviews: ReviewListReader = {
  findItems(scope) {
    const items = new Set<Element>();
    for (const mark of ratingMarks(scope)) {
      const item = itemAround(mark);
      if (item) items.add(item);
    }
    return [...items];
  },
  itemOf(node) {
    for (let el: Element | null = node; el?.parentElement; el = el.parentElement) if (lists.has(el.parentElement)) return el;
    return null;
  },
  read(item) {
    const mark = item.querySelector(RATING_HINTS);
    const label = findTextFragment(item, (text) => LEVEL_LABEL.test(text));
    const rating = readShownRating(mark) ?? readShownRating(label?.node.parentElement ?? null);
    // The buyer's words: the longest text in the block that is not a label or metadata.
    let text = '';
    const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const fragment = (node.nodeValue ?? '').trim();
      if (fragment.length > text.length && !LEVEL_LABEL.test(fragment) && !METADATA.test(fragment)) text = fragment;
    }
    const buyer = findTextFragment(item, (fragment) => MASKED_BUYER.test(fragment))?.text ?? '';
    const orderId = ORDER_ID.exec(textOf(item))?.[1];
    return genericReading(location.host, item, { rating, text, buyer, orderId });
  },
};

function isEditable(el: Element | null): el is HTMLElement {
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLElement && el.isContentEditable) || (el instanceof HTMLInputElement && el.type === 'text');
}

export const generic: SiteAdapter = {
  platform: 'generic',
  hosts: [],
  // Chosen by the content script for enabled pages no other adapter claims, never by URL.
  detect: () => null,
  reviews: genericReviews,
  // Follows focus: the editable field the agent is in (left alone when focus moves to a button).
  findInput(scope) {
    const focused = document.activeElement;
    return isEditable(focused) && scope instanceof Node && scope.contains(focused) ? focused : null;
  },
};
