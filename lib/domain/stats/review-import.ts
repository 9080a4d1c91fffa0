/**
 * Exported reviews (the CSV a back-end's 评价管理 exports) read for analysis: months of history by
 * product and cause without opening a page. All or nothing: any bad row is reported with its line,
 * and nothing is analysed. Pure; the classifier runs in the background on the rows read here.
 */
import { caseFromReview, type ReviewCaseInput } from '../cases/lifecycle';
import { DEFAULT_CASE_SETTINGS, type Case } from '../cases/model';
import { fnv1a } from '../hash';
import { mapHeader, parseCsvRows } from '../csv';
import type { PlatformId } from '../platforms';
import { MAX_BUYER_NAME, MAX_REVIEW_TEXT } from '../review';
import { levelFromStars, type CauseCode, type ReviewLevel } from '../taxonomy';

export const REVIEW_EXPORT_COLUMNS = {
  text: ['评价内容', '评论内容', '内容', '评价', '评论', 'review', 'text', 'content', 'comment'],
  followUp: ['追评内容', '追评', '追加评价', 'followUpText', 'follow-up'],
  stars: ['评分', '星级', '评价星级', '商品评分', '描述相符', 'stars', 'rating', 'score'],
  level: ['评价等级', '评价类型', '等级', 'level'],
  date: ['评价时间', '评论时间', '时间', '创建时间', '日期', 'date', 'time', 'created'],
  product: ['商品名称', '宝贝名称', '商品标题', '商品', '宝贝', 'product', 'product name', 'item'],
  productId: ['商品ID', '商品id', '商品编号', '宝贝ID', 'product id', 'item id', 'asin'],
  orderId: ['订单号', '订单编号', '子订单编号', 'order', 'order id'],
  buyer: ['买家昵称', '买家', '用户名', '昵称', 'buyer', 'user'],
} as const;

/** Most rows one import reads (about a year of a big shop's negative and neutral reviews). */
export const MAX_IMPORT_ROWS = 100_000;
const MAX_ERRORS = 20;

const LEVEL_WORDS: Record<string, ReviewLevel> = { 好评: 'positive', 中评: 'neutral', 差评: 'negative', 正面: 'positive', 中性: 'neutral', 负面: 'negative' };

export interface ExportedReview {
  line: number;
  /** Stable per review: platform + order id, or a hash of what the row says. */
  key: string;
  text: string;
  followUpText?: string;
  stars?: number;
  level?: ReviewLevel;
  /** `YYYY-MM-DD`, as exported (the shop's local day). */
  day: string;
  productId?: string;
  productName?: string;
  orderId?: string;
  buyer: string;
}

export type ReviewImport = { ok: true; reviews: ExportedReview[] } | { ok: false; errors: Array<{ line: number | null; message: string }> };

/** `2026-09-08 17:30:17`, `2026/9/8`, `2026年9月8日` → `2026-09-08`; null for anything else. */
export function exportedDay(value: string): string | null {
  const match = /^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function readReviewExport(text: string, platform: PlatformId): ReviewImport {
  const rows = parseCsvRows(text);
  const head = rows.shift();
  if (!head) return { ok: false, errors: [{ line: null, message: 'empty file' }] };
  const columns = mapHeader(head.fields, REVIEW_EXPORT_COLUMNS);
  const missing: string[] = [];
  if (columns.text < 0) missing.push(REVIEW_EXPORT_COLUMNS.text[0]);
  if (columns.date < 0) missing.push(REVIEW_EXPORT_COLUMNS.date[0]);
  if (columns.stars < 0 && columns.level < 0) missing.push(`${REVIEW_EXPORT_COLUMNS.stars[0]}/${REVIEW_EXPORT_COLUMNS.level[0]}`);
  if (missing.length > 0) return { ok: false, errors: [{ line: head.line, message: `missing column: ${missing.join(', ')} (header: ${head.fields.join(', ')})` }] };
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, errors: [{ line: null, message: `too many rows: ${rows.length} (at most ${MAX_IMPORT_ROWS})` }] };

  const errors: Array<{ line: number; message: string }> = [];
  const reviews: ExportedReview[] = [];
  const cell = (fields: string[], index: number) => (index < 0 ? '' : (fields[index] ?? '').trim());
  for (const { line, fields } of rows) {
    const fail = (message: string) => errors.length < MAX_ERRORS && errors.push({ line, message });
    if (fields.length < head.fields.length) {
      fail(`${fields.length} fields, the header has ${head.fields.length}`);
      continue;
    }
    const reviewText = cell(fields, columns.text);
    if (reviewText.length > MAX_REVIEW_TEXT) fail(`review text longer than ${MAX_REVIEW_TEXT} characters`);
    const day = exportedDay(cell(fields, columns.date));
    if (!day) fail(`date not understood: "${cell(fields, columns.date)}"`);
    const starsText = cell(fields, columns.stars);
    const stars = starsText === '' ? undefined : Number(starsText.replace(/[星分★]/g, ''));
    if (stars !== undefined && !(Number.isInteger(stars) && stars >= 1 && stars <= 5)) fail(`stars must be 1–5: "${starsText}"`);
    const levelText = cell(fields, columns.level);
    const level = levelText === '' ? undefined : LEVEL_WORDS[levelText];
    if (levelText !== '' && !level) fail(`level must be 好评/中评/差评: "${levelText}"`);
    if (stars === undefined && levelText === '') fail('neither stars nor level');
    const buyer = cell(fields, columns.buyer).slice(0, MAX_BUYER_NAME);
    const orderId = cell(fields, columns.orderId) || undefined;
    if (errors.length > 0 || !day) continue;
    const productName = cell(fields, columns.product) || undefined;
    const productId = cell(fields, columns.productId) || undefined;
    const followUpText = cell(fields, columns.followUp) || undefined;
    reviews.push({
      line,
      key: `${platform}:${orderId ?? `import-${fnv1a(`${day}|${buyer}|${productId ?? productName ?? ''}|${reviewText}`)}`}`,
      text: reviewText,
      day,
      buyer,
      ...(followUpText ? { followUpText } : {}),
      ...(stars !== undefined ? { stars } : {}),
      ...(level ? { level } : {}),
      ...(productId ? { productId } : {}),
      ...(productName ? { productName } : {}),
      ...(orderId ? { orderId } : {}),
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, reviews };
}

/** The level the shop is scored on: the exported level when given, else the stars. */
export function exportedLevel(review: Pick<ExportedReview, 'level' | 'stars'>): ReviewLevel {
  return review.level ?? levelFromStars(review.stars!);
}

/** What the classifier said of one exported review. */
export interface ExportVerdict {
  needsRecovery: boolean;
  causes: CauseCode[];
}

/** The case an exported review needing recovery stands for (its causes from the classifier); null for the others. */
export function caseInputOf(review: ExportedReview, verdict: ExportVerdict, platform: PlatformId): ReviewCaseInput | null {
  if (!verdict.needsRecovery) return null;
  const level = exportedLevel(review);
  return {
    platform,
    reviewKey: review.key,
    buyerName: review.buyer,
    reviewText: review.text,
    level: level === 'positive' ? 'hidden-complaint' : level,
    causes: verdict.causes,
    ...(review.orderId ? { orderId: review.orderId } : {}),
    ...(review.productId ? { productId: review.productId } : {}),
    ...(review.productName ? { productName: review.productName } : {}),
    ...(review.stars !== undefined ? { stars: review.stars } : {}),
  };
}

/**
 * An exported review as a case dated on its review day, for analysis only (never stored): the
 * dashboard's statistics then read history exactly as they read the shop's cases.
 */
export function analysisCase(input: ReviewCaseInput, day: string, line: number): Case {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return caseFromReview(input, DEFAULT_CASE_SETTINGS, new Date(year, month - 1, date, 12).getTime(), `import-${line}`);
}
