import { localDay } from '../cases/lifecycle';
import { chosenCost } from '../cases/lifecycle';
import { CASE_LEVELS, CASE_OUTCOMES, CASE_STAGES, type Case } from '../cases/model';
import { PLATFORM_IDS } from '../platforms';
import { CAUSE_CODES } from '../taxonomy';

/**
 * Every case reduced to what the dashboard counts and filters on, column by column: typed arrays
 * for the numbers and dictionary codes, plain arrays for the few strings. Chromium reads one record
 * of typed arrays from IndexedDB in milliseconds where 100,000 case records take seconds, and one
 * pass over columns is what makes a filter change cheap. Pure: built and patched from `Case`s.
 */
export interface CaseDigest {
  version: 1;
  /** Cases updated since this instant may be missing: a refresh reads them (set by the storage, not here). */
  watermark: number;
  length: number;
  ids: string[];
  buyerNames: string[];
  /** Lower-cased buyer, order, product and review text, for the search box. */
  search: string[];
  platform: Uint8Array;
  shop: Uint16Array;
  /** 0: no product; else 1 + index into `products`. */
  product: Uint32Array;
  handler: Uint16Array;
  level: Uint8Array;
  stage: Uint8Array;
  /** 0: open; else 1 + index into CASE_OUTCOMES. */
  outcome: Uint8Array;
  primaryCause: Uint8Array;
  /** Bit n set: the case has cause CAUSE_CODES[n]. */
  causeMask: Uint16Array;
  /** Index into `days` (local day of detection). */
  day: Uint16Array;
  /** 0: not closed; else 1 + index into `days`. */
  closedDay: Uint16Array;
  detectedAt: Float64Array;
  /** NaN until the case left 待联系. */
  firstContactAt: Float64Array;
  /** Yuan of the chosen remedies. */
  cost: Float64Array;
  shops: string[];
  products: Array<{ key: string; name: string }>;
  handlers: string[];
  /** `YYYY-MM-DD`, in first-seen order. */
  days: string[];
}

export const NO_OUTCOME = 0;

/** When the case first left 待联系: the first contact with the buyer. */
export function firstContactOf(c: Pick<Case, 'history'>): number {
  for (const event of c.history) if (event.type === 'stage' && event.from === 'to_contact') return event.at;
  return Number.NaN;
}

function causeMaskOf(c: Case): number {
  let mask = 0;
  for (const cause of c.causes) mask |= 1 << CAUSE_CODES.indexOf(cause);
  return mask;
}

function searchTextOf(c: Case): string {
  return [c.buyerName, c.orderId ?? '', c.productName ?? '', c.productId ?? '', c.reviewText ?? ''].join('\n').toLowerCase();
}

export function emptyDigest(): CaseDigest {
  return {
    version: 1,
    watermark: 0,
    length: 0,
    ids: [],
    buyerNames: [],
    search: [],
    platform: new Uint8Array(0),
    shop: new Uint16Array(0),
    product: new Uint32Array(0),
    handler: new Uint16Array(0),
    level: new Uint8Array(0),
    stage: new Uint8Array(0),
    outcome: new Uint8Array(0),
    primaryCause: new Uint8Array(0),
    causeMask: new Uint16Array(0),
    day: new Uint16Array(0),
    closedDay: new Uint16Array(0),
    detectedAt: new Float64Array(0),
    firstContactAt: new Float64Array(0),
    cost: new Float64Array(0),
    shops: [],
    products: [],
    handlers: [],
    days: [],
  };
}

type Column = 'platform' | 'shop' | 'product' | 'handler' | 'level' | 'stage' | 'outcome' | 'primaryCause' | 'causeMask' | 'day' | 'closedDay' | 'detectedAt' | 'firstContactAt' | 'cost';
const COLUMNS: Column[] = ['platform', 'shop', 'product', 'handler', 'level', 'stage', 'outcome', 'primaryCause', 'causeMask', 'day', 'closedDay', 'detectedAt', 'firstContactAt', 'cost'];

function grow<T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(column: T, length: number): T {
  if (column.length >= length) return column;
  const bigger = new (column.constructor as new (n: number) => T)(length);
  bigger.set(column);
  return bigger;
}

/** Index of `value` in a dictionary, added when new; `index` maps values to positions. */
function code(dictionary: string[], index: Map<string, number>, value: string): number {
  let position = index.get(value);
  if (position === undefined) {
    position = dictionary.push(value) - 1;
    index.set(value, position);
  }
  return position;
}

/**
 * Folds changed or new cases into the digest (in place; returns it): a case already there is
 * overwritten in its row, a new one appended. `rowOf` is the id → row map of the digest, kept up to date.
 */
export function patchDigest(digest: CaseDigest, cases: readonly Case[], rowOf: Map<string, number> = rowIndex(digest)): CaseDigest {
  const added = cases.filter((c) => !rowOf.has(c.id)).length;
  const capacity = digest.length + added;
  for (const column of COLUMNS) (digest[column] as unknown) = grow(digest[column], capacity);
  const shops = new Map(digest.shops.map((v, i) => [v, i]));
  const handlers = new Map(digest.handlers.map((v, i) => [v, i]));
  const days = new Map(digest.days.map((v, i) => [v, i]));
  const productKeys = digest.products.map((p) => p.key);
  const products = new Map(productKeys.map((v, i) => [v, i]));
  for (const c of cases) {
    let row = rowOf.get(c.id);
    if (row === undefined) {
      row = digest.length++;
      rowOf.set(c.id, row);
      digest.ids[row] = c.id;
    }
    digest.buyerNames[row] = c.buyerName;
    digest.search[row] = searchTextOf(c);
    digest.platform[row] = PLATFORM_IDS.indexOf(c.platform);
    digest.shop[row] = code(digest.shops, shops, c.shop);
    if (c.productKey) {
      const position = code(productKeys, products, c.productKey);
      // The latest name shown for a product wins (listings get renamed).
      digest.products[position] = { key: c.productKey, name: c.productName ?? c.productId ?? c.productKey };
      digest.product[row] = position + 1;
    } else digest.product[row] = 0;
    digest.handler[row] = code(digest.handlers, handlers, c.handler);
    digest.level[row] = CASE_LEVELS.indexOf(c.level);
    digest.stage[row] = CASE_STAGES.indexOf(c.stage);
    digest.outcome[row] = c.outcome ? CASE_OUTCOMES.indexOf(c.outcome) + 1 : NO_OUTCOME;
    digest.primaryCause[row] = CAUSE_CODES.indexOf(c.causes[0] ?? 'other');
    digest.causeMask[row] = causeMaskOf(c);
    digest.day[row] = code(digest.days, days, c.detectedDay);
    digest.closedDay[row] = c.closedAt === undefined ? 0 : code(digest.days, days, localDay(c.closedAt)) + 1;
    digest.detectedAt[row] = c.detectedAt;
    digest.firstContactAt[row] = firstContactOf(c);
    digest.cost[row] = chosenCost(c);
  }
  return digest;
}

export function buildDigest(cases: readonly Case[]): CaseDigest {
  return patchDigest(emptyDigest(), cases, new Map());
}

export function rowIndex(digest: CaseDigest): Map<string, number> {
  const index = new Map<string, number>();
  for (let row = 0; row < digest.length; row++) index.set(digest.ids[row]!, row);
  return index;
}

/**
 * Rows newest first (by detection time), the order the board lists cases in. Given the order of
 * an earlier state of the digest, only the rows appended since are sorted and merged in.
 */
export function newestFirst(digest: CaseDigest, previous?: Uint32Array): Uint32Array {
  const at = digest.detectedAt;
  const known = previous && previous.length <= digest.length ? previous : new Uint32Array(0);
  const added = new Uint32Array(digest.length - known.length);
  for (let i = 0; i < added.length; i++) added[i] = known.length + i;
  added.sort((a, b) => at[b]! - at[a]!);
  const order = new Uint32Array(digest.length);
  let k = 0;
  let a = 0;
  for (let i = 0; i < order.length; i++) order[i] = a < added.length && (k >= known.length || at[added[a]!]! > at[known[k]!]!) ? added[a++]! : known[k++]!;
  return order;
}
