import { fnv1a } from '../../domain/hash';
import type { ReviewLevel } from '../../domain/taxonomy';
import { closestAny, leafElements, queryAll, queryByText, queryFirst, textOf } from '../../dom/query';
import { checkedReading } from '../checked-review';
import type { ReviewListReader, RowReading } from '../types';
import { DOUYIN } from './selectors';

const LEVELS: Readonly<Record<string, ReviewLevel>> = DOUYIN.levelTag;

interface Columns {
  text?: number;
  buyer?: number;
  product?: number;
}

/** Column positions by their visible titles, once per table. */
const columnsByTable = new WeakMap<Element, Columns>();

function columnsOf(table: Element): Columns {
  let columns = columnsByTable.get(table);
  if (columns) return columns;
  columns = {};
  queryAll(table, DOUYIN.headCell).forEach((cell, index) => {
    const title = textOf(cell);
    if (DOUYIN.columnTitle.text.test(title)) columns.text ??= index;
    else if (DOUYIN.columnTitle.buyer.test(title)) columns.buyer ??= index;
    else if (DOUYIN.columnTitle.product.test(title)) columns.product ??= index;
  });
  columnsByTable.set(table, columns);
  return columns;
}

/** The first leaf of `cell` that is a `label`, and the direct child of `cell` holding it. */
function blockOf(cell: Element, label: RegExp): { label: Element; block: Element } | null {
  const leaf = leafElements(cell).find((el) => label.test(el.textContent ?? ''));
  if (!leaf) return null;
  let block = leaf;
  while (block.parentElement && block.parentElement !== cell) block = block.parentElement;
  return { label: leaf, block };
}

/** Splits the review cell into the buyer's text, the 追评 and whether the shop replied. */
function readReviewCell(cell: Element): { text: string; followUpText?: string; replied: boolean } {
  const followUp = blockOf(cell, DOUYIN.followUpLabel);
  const reply = blockOf(cell, DOUYIN.shopReplyLabel);
  const text = [...cell.childNodes]
    .filter((node) => node !== followUp?.block && node !== reply?.block)
    .map((node) => textOf(node))
    .filter(Boolean)
    .join('\n');
  const followUpText = followUp ? textOf(followUp.block).replace(textOf(followUp.label), '').trim() : '';
  return { text, replied: reply !== null, ...(followUpText ? { followUpText } : {}) };
}

function readProductCell(cell: Element | undefined): { productName?: string; productId?: string } {
  if (!cell) return {};
  const productId = DOUYIN.productId.exec(textOf(cell))?.[1];
  const productName = leafElements(cell)
    .map((leaf) => textOf(leaf))
    .find((text) => text.length > 0 && !DOUYIN.productId.test(text));
  return { productName, productId };
}

function read(row: Element): RowReading {
  const table = closestAny(row, DOUYIN.table);
  const columns = table ? columnsOf(table) : {};
  const cells = row instanceof HTMLTableRowElement ? [...row.cells] : [];
  const textCell = columns.text === undefined ? undefined : cells[columns.text];
  if (!textCell) return { ok: false, reason: 'unreadable', detail: '评价内容 column not found' };

  // Page labels only: the buyer's words live in the review cell and cannot add elements.
  const [levelTag] = queryAll(row, DOUYIN.tag).filter((tag) => textOf(tag) in LEVELS);
  const [rate] = queryAll(row, DOUYIN.rate);
  const outsideText = cells.filter((cell) => cell !== textCell).map((cell) => textOf(cell)).join('\n');
  const orderId = DOUYIN.orderId.exec(outsideText)?.[1];
  const time = DOUYIN.time.exec(outsideText.replace(DOUYIN.orderId, ''))?.[1];
  const buyerCell = columns.buyer === undefined ? undefined : cells[columns.buyer];
  const buyer = textOf(buyerCell);
  const { text, followUpText, replied } = readReviewCell(textCell);
  const rowKey = row.getAttribute('data-row-key') ?? '';
  const identity = DOUYIN.idLikeRowKey.test(rowKey) ? rowKey : (orderId ?? fnv1a(`${buyer}|${time ?? ''}|${text}`));

  // Read now, with the cells at hand: read later, a reused row could lend another review's.
  const details = { buyer, orderId, ...readProductCell(columns.product === undefined ? undefined : cells[columns.product]), time, replied };
  return checkedReading(
    {
      platform: 'douyin',
      key: `douyin:${identity}`,
      stars: rate ? queryAll(rate, DOUYIN.fullStar).length : null,
      platformLevel: levelTag ? LEVELS[textOf(levelTag)] : undefined,
      text,
      followUpText,
    },
    () => details,
    [row],
    () => (levelTag ?? rate)?.parentElement ?? cells[0] ?? row,
  );
}

export const douyinReviews: ReviewListReader = {
  findItems: (scope) => queryAll(scope, DOUYIN.row),
  itemOf: (node) => closestAny(node, DOUYIN.row),
  read,
  openReplyBox(row) {
    const action = queryByText(row, DOUYIN.rowAction, DOUYIN.replyAction);
    action?.click();
    return action !== null;
  },
  refreshButton: (doc) => queryByText(doc, DOUYIN.queryButton, DOUYIN.queryLabel),
};

/** The reply dialog's textarea, once a row's `回复` opened it. */
export function findReviewReplyInput(scope: ParentNode): HTMLElement | null {
  const input = queryFirst(scope, DOUYIN.reviewReplyInput);
  return input instanceof HTMLElement ? input : null;
}
