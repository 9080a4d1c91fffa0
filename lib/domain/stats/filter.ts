import { CASE_LEVELS, type CaseLevel } from '../cases/model';
import { PLATFORM_IDS, type PlatformId } from '../platforms';
import { CAUSE_CODES, type CauseCode } from '../taxonomy';
import type { CaseDigest } from './digest';

/** The dashboard's case filter; every field absent means "all". Days are `YYYY-MM-DD`, both ends included. */
export interface CaseFilter {
  platform?: PlatformId;
  shop?: string;
  productKey?: string;
  /** Any of the case's causes, not only the primary one. */
  cause?: CauseCode;
  handler?: string;
  level?: CaseLevel;
  from?: string;
  to?: string;
  /** Only cases with a follow-up past due. */
  overdueOnly?: boolean;
  /** Buyer, order id, product or review text containing it (case-insensitive). */
  text?: string;
}

const ANY = -1;
const NONE = -2;

/** A filter compiled against one digest: dictionary codes instead of strings, a day table instead of date compares. */
export type RowTest = (row: number) => boolean;

/** The test of an empty filter: callers may skip calling it. */
export const MATCH_ALL: RowTest = () => true;

function codeIn(values: readonly string[], value: string | undefined): number {
  if (value === undefined) return ANY;
  const index = values.indexOf(value);
  return index < 0 ? NONE : index;
}

/**
 * Compiles the filter into one test per row. `overdueRows` marks the rows with an overdue follow-up
 * (the timers are read apart from the digest: overdue depends on the clock).
 */
export function compileFilter(digest: CaseDigest, filter: CaseFilter, overdueRows?: Uint8Array): RowTest {
  const platform = codeIn(PLATFORM_IDS, filter.platform);
  const shop = codeIn(digest.shops, filter.shop);
  const handler = codeIn(digest.handlers, filter.handler);
  const level = codeIn(CASE_LEVELS, filter.level);
  const product = filter.productKey === undefined ? ANY : digest.products.findIndex((p) => p.key === filter.productKey) + 1 || NONE;
  const causeBit = filter.cause === undefined ? 0 : 1 << CAUSE_CODES.indexOf(filter.cause);
  const text = filter.text?.trim().toLowerCase() ?? '';
  const dated = filter.from !== undefined || filter.to !== undefined;
  const dayIn = new Uint8Array(digest.days.length);
  if (dated) digest.days.forEach((day, i) => (dayIn[i] = Number((filter.from === undefined || day >= filter.from) && (filter.to === undefined || day <= filter.to))));
  if ([platform, shop, handler, level, product].includes(NONE)) return () => false;
  if (!isFiltered(filter)) return MATCH_ALL;
  const { platform: platforms, shop: shops, handler: handlers, level: levels, product: products, causeMask, day, search } = digest;
  return (row) =>
    (platform === ANY || platforms[row] === platform) &&
    (shop === ANY || shops[row] === shop) &&
    (handler === ANY || handlers[row] === handler) &&
    (level === ANY || levels[row] === level) &&
    (product === ANY || products[row] === product) &&
    (causeBit === 0 || (causeMask[row]! & causeBit) !== 0) &&
    (!dated || dayIn[day[row]!] === 1) &&
    (!filter.overdueOnly || overdueRows?.[row] === 1) &&
    (text === '' || search[row]?.includes(text) === true);
}

/** Whether the filter narrows anything (the UI shows a reset button then). */
export function isFiltered(filter: CaseFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined && value !== false && value !== '');
}
