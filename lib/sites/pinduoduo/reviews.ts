import { fnv1a } from '../../domain/hash';
import { cellAt, cleanText, closestAny, countAll, findTextFragment, matchesAny, queryAll, queryByText, textOf } from '../../dom/query';
import { checkedReading, NO_TEXT } from '../checked-review';
import { buyerWrote, type ReviewDetails } from '../../domain/review';
import type { ReviewListReader, RowReading } from '../types';
import { PDD } from './selectors';

interface Columns {
  product?: number;
  text?: number;
  reply?: number;
}

/**
 * Column positions by their visible titles, once per table (the layout does not change under us), kept by
 * the rows' group: its parent is one step away, the table a `closest` search from every row.
 */
const columnsByRowGroup = new WeakMap<Element, Columns>();

function columnsOf(header: Element): Columns {
  const group = header.parentElement;
  const known = group && columnsByRowGroup.get(group);
  if (known) return known;
  const columns: Columns = {};
  // From the table's head: a search of the whole table would walk its thousands of rows for a handful of titles.
  const head = header.closest('table')?.tHead;
  if (!head) return columns;
  queryAll(head, PDD.tableHeadCell).forEach((cell, index) => {
    const title = textOf(cell);
    if (PDD.columnTitle.product.test(title)) columns.product ??= index;
    else if (PDD.columnTitle.text.test(title)) columns.text ??= index;
    else if (PDD.columnTitle.reply.test(title)) columns.reply ??= index;
  });
  if (group) columnsByRowGroup.set(group, columns);
  return columns;
}

function isHeaderRow(el: Element | null): el is Element {
  return el !== null && matchesAny(el, PDD.reviewHeaderRow);
}

function contentRowOf(header: Element): HTMLTableRowElement | null {
  const next = header.nextElementSibling;
  return next instanceof HTMLTableRowElement && !isHeaderRow(next) ? next : null;
}

const isFollowUpLabel = (text: string) => PDD.followUpLabel.test(text);

/** Splits the review cell into the buyer's first text and the 追评 block. */
function readReviewCell(cell: Element): { text: string; followUpText?: string } {
  // Most reviews have no 追评: skip the search unless its label can be there.
  const whole = cell.textContent ?? '';
  const label = whole.includes('追') ? findTextFragment(cell, isFollowUpLabel) : null;
  if (!label) return { text: cleanText(whole) };
  let followUpBlock: Node = label.node;
  while (followUpBlock.parentNode && followUpBlock.parentNode !== cell) followUpBlock = followUpBlock.parentNode;
  const parts: string[] = [];
  for (let node = cell.firstChild; node; node = node.nextSibling) {
    const part = node === followUpBlock ? '' : textOf(node);
    if (part) parts.push(part);
  }
  const text = parts.join('\n');
  const followUpText = textOf(followUpBlock).replace(PDD.followUpLabel, '').trim();
  return followUpText ? { text, followUpText } : { text };
}

function readProductCell(cell: Element | undefined): { productName?: string; productId?: string } {
  if (!cell) return {};
  // The anchors allow any spacing, so the raw text serves (no need to tidy it first).
  const productId = PDD.productId.exec(cell.textContent ?? '')?.[1];
  const productName = findTextFragment(cell, (text) => !PDD.productId.test(text))?.text;
  return { productName, productId };
}

/**
 * The masked buyer name of the header line. Without the order number and the time, the header shows only
 * the buyer: a rest shaped like one masked name is read from the text at hand, without visiting the line's
 * text nodes one by one. Anything else (more texts run together) is searched fragment by fragment.
 */
function buyerOf(header: Element, headerText: string): string {
  if (!headerText.includes('**')) return '';
  // Trimmed is enough: a rest with spaces inside is no single name either way.
  const rest = headerText.replace(PDD.headerOtherTexts, ' ').trim();
  if (PDD.usualMaskedBuyer.test(rest)) return rest;
  return findTextFragment(header, (text) => PDD.maskedBuyer.test(text))?.text ?? '';
}

/** The badge goes at the end of the header line (order number, time, buyer, stars). */
function badgeSlotOf(header: Element): Element {
  const cell = header.firstElementChild;
  return cell?.firstElementChild ?? cell ?? header;
}

function read(header: Element): RowReading {
  const content = contentRowOf(header);
  const columns = columnsOf(header);
  const textCell = content && cellAt(content, columns.text);
  if (!textCell) return { ok: false, reason: 'unreadable', detail: 'review content row, 评价内容 column or review cell not found' };
  const { text, followUpText } = readReviewCell(textCell);
  // Many rows are `此用户没有填写评价`: they are counted without reading the rest of the row.
  if (!buyerWrote(text, followUpText)) return NO_TEXT;
  // The anchors allow any spacing, so the raw text serves (no need to tidy it first).
  const headerText = header.textContent ?? '';
  const key = keyOf(header, headerText, () => text);
  const starCount = countAll(header, PDD.filledStar);
  return checkedReading(
    { platform: 'pinduoduo', key, stars: starCount > 0 ? starCount : null, text, followUpText },
    () => readDetails(header, content, key),
    [header, content],
    () => badgeSlotOf(header),
  );
}

/** `pinduoduo:<order number>`, or, when the row shows none, a hash of its buyer, time and words (`text()`). */
function keyOf(header: Element, headerText: string, text: () => string): string {
  return `pinduoduo:${orderIdOf(headerText) ?? fnv1a(`${buyerOf(header, headerText)}|${timeOf(headerText) ?? ''}|${text()}`)}`;
}

const orderIdOf = (headerText: string) => PDD.orderId.exec(headerText)?.[1];

/** A date needs two separators, which the order number (`260410-662259689903207`) never holds. */
const timeOf = (headerText: string) => PDD.time.exec(headerText)?.[1];

/** The rest of the row, read when asked: null when the row shows another review than the one keyed `key` by now. */
function readDetails(header: Element, content: Element, key: string): ReviewDetails | null {
  const headerText = header.textContent ?? '';
  const columns = columnsOf(header);
  const textCell = cellAt(content, columns.text);
  if (!textCell || keyOf(header, headerText, () => readReviewCell(textCell).text) !== key) return null;
  const replyCell = cellAt(content, columns.reply);
  return {
    buyer: buyerOf(header, headerText),
    orderId: orderIdOf(headerText),
    ...readProductCell(cellAt(content, columns.product)),
    time: timeOf(headerText),
    replied: replyCell ? PDD.shopReplyLabel.test(replyCell.textContent ?? '') : false,
  };
}

export const pinduoduoReviews: ReviewListReader = {
  findItems: (scope) => queryAll(scope, PDD.reviewHeaderRow),
  itemOf(node) {
    const header = closestAny(node, PDD.reviewHeaderRow);
    if (header) return header;
    const row = node.closest('tr');
    const previous = row?.previousElementSibling ?? null;
    return isHeaderRow(previous) ? previous : null;
  },
  read,
  openReplyBox(header) {
    const content = contentRowOf(header);
    const action = content ? queryByText(content, PDD.rowAction, PDD.replyAction) : null;
    action?.click();
    return action !== null;
  },
  refreshButton: (doc) => queryByText(doc, PDD.queryButton, PDD.queryLabel),
};
