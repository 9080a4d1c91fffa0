import { fnv1a } from '../../domain/hash';
import type { ReviewLevel } from '../../domain/taxonomy';
import { closestAny, leafElements, matchesAny, queryAll, queryByText, queryFirst, textOf } from '../../dom/query';
import { checkedReading } from '../checked-review';
import type { ReviewListReader, RowReading } from '../types';
import { TAOBAO } from './selectors';

const LEVELS: Readonly<Record<string, ReviewLevel>> = TAOBAO.levelLabel;

function isReviewRow(el: Element | null): el is HTMLTableRowElement {
  return (
    el instanceof HTMLTableRowElement &&
    matchesAny(el, TAOBAO.row) &&
    !matchesAny(el, TAOBAO.expandedRow) &&
    queryAll(el, TAOBAO.emptyState).length === 0
  );
}

function expandedRowOf(row: Element): Element | null {
  const next = row.nextElementSibling;
  return next && matchesAny(next, TAOBAO.expandedRow) ? next : null;
}

/** The buyer's words in `scope`: every outermost `.rate-content span`, one per line. */
function contentText(scope: Element): string {
  const spans = queryAll(scope, TAOBAO.content);
  return spans
    .filter((span) => !spans.some((other) => other !== span && other.contains(span)))
    .map((span) => textOf(span))
    .filter(Boolean)
    .join('\n');
}

/** Leaves that are the page's own labels, never the buyer's words (a buyer may write just `差评`). */
function labelLeaves(row: Element): Element[] {
  return leafElements(row).filter((leaf) => !closestAny(leaf, TAOBAO.contentBlock));
}

function productOf(row: Element): { productName?: string; productId?: string } {
  const [link] = queryAll(row, TAOBAO.productLink);
  if (!link) return {};
  const productName = textOf(link) || undefined;
  let productId: string | undefined;
  try {
    const id = new URL(link.getAttribute('href') ?? '', 'https://item.taobao.com/').searchParams.get(TAOBAO.productIdParam);
    productId = id && /^\d{1,30}$/.test(id) ? id : undefined;
  } catch {
    productId = undefined;
  }
  return { productName, productId };
}

function read(row: Element): RowReading {
  if (!isReviewRow(row)) return { ok: false, reason: 'unreadable', detail: 'not a review row of the 评价管理 table' };
  if (queryAll(row, TAOBAO.contentBlock).length === 0) return { ok: false, reason: 'unreadable', detail: '.rate-content not found' };
  const labels = labelLeaves(row);
  const labelTexts = labels.map((leaf) => textOf(leaf));
  const levelIndex = labelTexts.findIndex((text) => text in LEVELS);
  const levelLeaf = labels[levelIndex];
  const platformLevel = levelLeaf ? LEVELS[labelTexts[levelIndex]!] : undefined;

  // Anchors are read from the page's labels only, so a buyer writing `订单号：…` cannot change the key.
  const labelText = labelTexts.join('\n');
  const orderId = TAOBAO.orderId.exec(labelText)?.[1];
  const time = TAOBAO.firstReviewTime.exec(labelText)?.[1];
  const buyer = labelTexts.find((text) => TAOBAO.maskedBuyer.test(text)) ?? '';
  const text = contentText(row);
  const expanded = expandedRowOf(row);
  const followUpText = expanded ? contentText(expanded) || undefined : undefined;
  const product = productOf(row);
  const identity = orderId ? `${orderId}${product.productId ? `:${product.productId}` : ''}` : fnv1a(`${buyer}|${time ?? ''}|${text}`);

  const details = { buyer, orderId, ...product, time, replied: labelTexts.some((label) => TAOBAO.shopReply.test(label)) };
  return checkedReading(
    {
      platform: 'taobao',
      key: `taobao:${identity}`,
      // 千牛 shows no stars, only the level.
      stars: null,
      platformLevel,
      text,
      followUpText,
    },
    // The level is one of the row's labels, read with the rest of them: the details are at hand already.
    () => details,
    expanded ? [row, expanded] : [row],
    () => levelLeaf?.parentElement ?? row.cells[0] ?? row,
  );
}

export const taobaoReviews: ReviewListReader = {
  findItems: (scope) => queryAll(scope, TAOBAO.row).filter(isReviewRow),
  itemOf(node) {
    const row = closestAny(node, TAOBAO.row);
    if (!row) return null;
    if (matchesAny(row, TAOBAO.expandedRow)) return isReviewRow(row.previousElementSibling) ? row.previousElementSibling : null;
    return isReviewRow(row) ? row : null;
  },
  read,
  /** `评价回复` on the row; a review already answered may still take a reply to its 追评 (`追评回复`, in the row below). */
  openReplyBox(row) {
    const below = row.nextElementSibling && matchesAny(row.nextElementSibling, TAOBAO.expandedRow) ? row.nextElementSibling : null;
    const action = queryByText(row, TAOBAO.rowAction, TAOBAO.replyAction) ?? (below ? queryByText(below, TAOBAO.rowAction, TAOBAO.followUpReplyAction) : null);
    action?.click();
    return action !== null;
  },
  refreshButton: (doc) => queryByText(doc, TAOBAO.queryButton, TAOBAO.queryLabel),
};

/** The reply dialog's textarea, once a row's reply action opened it. */
export function findReviewReplyInput(scope: ParentNode): HTMLElement | null {
  const input = queryFirst(scope, TAOBAO.reviewReplyInput);
  return input instanceof HTMLElement ? input : null;
}
