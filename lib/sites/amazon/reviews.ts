import { fnv1a } from '../../domain/hash';
import { closestAny, leafElements, matchesAny, queryAll, queryByText, textOf } from '../../dom/query';
import { checkedReading } from '../checked-review';
import type { ReviewListReader, RowReading } from '../types';
import { AMAZON } from './selectors';

interface Columns {
  date?: number;
  rating?: number;
  comment?: number;
  response?: number;
  order?: number;
}

/** Column positions by their visible titles, once per table. */
const columnsByTable = new WeakMap<Element, Columns>();

function columnsOf(table: Element): Columns {
  let columns = columnsByTable.get(table);
  if (columns) return columns;
  columns = {};
  queryAll(table, AMAZON.headCell).forEach((cell, index) => {
    const title = textOf(cell);
    for (const name of ['date', 'rating', 'comment', 'response', 'order'] as const) {
      if (AMAZON.columnTitle[name].test(title)) columns[name] ??= index;
    }
  });
  columnsByTable.set(table, columns);
  return columns;
}

/** 1–5 from the star component's value or the cell's bare number; null when neither is there. */
function starsOf(cell: Element | undefined): number | null {
  if (!cell) return null;
  const [rating] = queryAll(cell, AMAZON.starRating);
  const shown = rating ? (rating.getAttribute('value') ?? '') : textOf(cell);
  const match = AMAZON.ratingText.exec(shown.trim());
  if (match) return Number(match[1]);
  // A value that is there but not 1–5 is passed on, so the row counts as unreadable, not as no rating.
  return rating ? Number(shown) : null;
}

function read(row: Element): RowReading {
  const table = closestAny(row, AMAZON.table);
  const columns = table ? columnsOf(table) : {};
  const cells = [...row.children].filter((child) => matchesAny(child, AMAZON.cell));
  const cell = (index: number | undefined) => (index === undefined ? undefined : cells[index]);
  const commentCell = cell(columns.comment);
  const ratingCell = cell(columns.rating);
  if (!commentCell || !ratingCell) return { ok: false, reason: 'unreadable', detail: 'Comments or Rating column not found' };

  const text = textOf(commentCell);
  const orderId = AMAZON.orderId.exec(textOf(cell(columns.order)))?.[1];
  const time = textOf(cell(columns.date)) || undefined;
  const responseCell = cell(columns.response);
  const replied = responseCell ? leafElements(responseCell).some((leaf) => AMAZON.shopReply.test(textOf(leaf))) : false;

  return checkedReading(
    {
      platform: 'amazon',
      key: `amazon:${orderId ?? fnv1a(`${time ?? ''}|${text}`)}`,
      stars: starsOf(ratingCell),
      text,
    },
    // Feedback Manager shows no buyer name.
    () => ({ buyer: '', orderId, time, replied }),
    [row],
    () => ratingCell,
  );
}

export const amazonReviews: ReviewListReader = {
  findItems: (scope) => queryAll(scope, AMAZON.row),
  itemOf: (node) => closestAny(node, AMAZON.row),
  read,
  openReplyBox(row) {
    const action = queryByText(row, AMAZON.rowAction, AMAZON.replyAction);
    action?.click();
    return action !== null;
  },
};
