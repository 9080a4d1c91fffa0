import { describe, expect, it } from 'vitest';
import { addCaseNote, caseFromChat, caseFromReview, changeStage, setCauses, setRemedies, type ReviewCaseInput } from '../../lib/domain/cases/lifecycle';
import { DEFAULT_CASE_SETTINGS, type Case } from '../../lib/domain/cases/model';
import { excelCell, parseCsv, toExcelCsv } from '../../lib/domain/csv';
import { aggregate, budgetUse } from '../../lib/domain/stats/aggregate';
import { dayNumber, weekNumber, weekStart } from '../../lib/domain/stats/days';
import { buildDigest, newestFirst, patchDigest, rowIndex } from '../../lib/domain/stats/digest';
import { compileFilter, type CaseFilter } from '../../lib/domain/stats/filter';

const HOUR = 3_600_000;
/** Local time on a day of September 2026 (the 7th and the 14th are Mondays). */
const at = (day: number, hour: number) => new Date(2026, 8, day, hour).getTime();
const NOW = at(16, 12);

const fan = { productId: 'p1', productName: 'A 便携风扇' };
const lamp = { productId: 'p2', productName: 'B 护眼台灯' };
function review(id: string, input: Partial<ReviewCaseInput>, handler: string, day: number, hour: number): Case {
  const full: ReviewCaseInput = { platform: 'pinduoduo', reviewKey: `k-${id}`, orderId: `o-${id}`, buyerName: `买家${id}`, reviewText: '不好用', level: 'negative', causes: ['quality_defect'], ...input };
  return caseFromReview(full, { ...DEFAULT_CASE_SETTINGS, agentName: handler, shop: '居家好物旗舰店' }, at(day, hour), id);
}

// Five cases over two weeks, two agents, two products (and one case without a product).
const A = changeStage(
  changeStage(setRemedies(changeStage(review('A', fan, '小美', 7, 10), 'contacted', '小美', at(7, 12)), [{ kind: 'coupon', cost: 10, chosen: true }, { kind: 'points', cost: 0, chosen: false }], '小美', at(7, 13)), 'resolved', '小美', at(8, 9)),
  'closed',
  '小美',
  at(8, 12),
  'buyer_satisfied',
);
const B = changeStage(
  setRemedies(changeStage(review('B', { ...fan, level: 'neutral', causes: ['not_as_described', 'quality_defect'] }, '小美', 7, 15), 'contacted', '小美', at(8, 21)), [{ kind: 'partial_refund', cost: 20, chosen: true }], '小美', at(8, 22)),
  'closed',
  '小美',
  at(9, 9),
  'buyer_refused',
);
const C = review('C', { ...lamp, level: 'hidden-complaint', causes: ['slow_logistics'], buyerName: '张***', reviewText: '物流太慢了' }, '阿强', 14, 11);
const D = setRemedies(
  changeStage(changeStage(caseFromChat({ platform: 'pinduoduo', buyerName: '李***', ...lamp }, { ...DEFAULT_CASE_SETTINGS, agentName: '阿强', shop: '居家好物旗舰店' }, at(15, 9), 'D'), 'contacted', '阿强', at(15, 10)), 'in_progress', '阿强', at(15, 11)),
  [{ kind: 'resend', cost: 15, chosen: true }],
  '阿强',
  at(15, 11),
);
const E = changeStage(changeStage(review('E', { platform: 'taobao' }, '小美', 15, 20), 'contacted', '小美', at(15, 21)), 'closed', '小美', at(16, 8), 'review_updated');
const CASES = [A, B, C, D, E];

function statsOf(cases: Case[], filter: CaseFilter = {}, overdueIds: string[] = [], boardLimit = 50) {
  const digest = buildDigest(cases);
  const rows = rowIndex(digest);
  const overdueRows = new Uint8Array(digest.length);
  for (const id of overdueIds) overdueRows[rows.get(id)!] = 1;
  return { digest, stats: aggregate(digest, compileFilter(digest, filter, overdueRows), { now: NOW, order: newestFirst(digest), overdueRows, boardLimit }) };
}

describe('dashboard statistics', () => {
  it('counts the board by stage and lists the newest case of a column first', () => {
    const { digest, stats } = statsOf(CASES, {}, [], 1);
    expect(stats.matched).toBe(5);
    expect(stats.byStage).toEqual([1, 0, 0, 1, 0, 0, 3]);
    expect(stats.board[6]!.map((row) => digest.ids[row])).toEqual(['E']);
    expect(stats.open).toBe(2);
  });

  it('per product: 中差评, complaints, cause breakdown by primary cause, weekly trend, recovery and cost', () => {
    const { stats } = statsOf(CASES);
    expect(stats.weeks).toEqual(['2026-09-07', '2026-09-14']);
    expect(stats.products).toHaveLength(2);
    const [first, second] = stats.products;
    expect(first).toMatchObject({ key: 'pinduoduo|p1', name: 'A 便携风扇', cases: 2, negatives: 2, complaints: 0, closed: 2, recovered: 1, recoveryRate: 0.5, cost: 30, weekly: [2, 0] });
    expect(first!.causes[0]).toBe(1); // quality_defect (A)
    expect(first!.causes[1]).toBe(1); // not_as_described (B's primary)
    expect(second).toMatchObject({ key: 'pinduoduo|p2', negatives: 0, complaints: 2, closed: 0, recoveryRate: null, cost: 15, weekly: [0, 2] });
  });

  it('per cause: distribution, weekly trend, recovery rate (评价已更新 or 买家满意 ÷ closed) and cost', () => {
    const { stats } = statsOf(CASES);
    expect(stats.causes.map((c) => c.cause)).toEqual(['quality_defect', 'not_as_described', 'slow_logistics', 'other']);
    expect(stats.causes[0]).toMatchObject({ cases: 2, closed: 2, recovered: 2, recoveryRate: 1, cost: 10, costPerCase: 5, weekly: [1, 1] });
    expect(stats.causes[1]).toMatchObject({ cases: 1, closed: 1, recovered: 0, recoveryRate: 0, cost: 20 });
    expect(stats.causes[2]).toMatchObject({ cases: 1, closed: 0, recoveryRate: null, cost: 0, weekly: [0, 1] });
    expect(stats.causes[3]).toMatchObject({ cases: 1, cost: 15 });
  });

  it('per agent and per agent and day: handled, first contact against 24 h, recovery, spend', () => {
    const { stats } = statsOf(CASES);
    const may = stats.agents.find((a) => a.handler === '小美');
    const qiang = stats.agents.find((a) => a.handler === '阿强');
    // A contacted after 2 h, B after 30 h (late), E after 1 h.
    expect(may).toMatchObject({ cases: 3, closed: 3, recovered: 2, cost: 30, onTime: 2, late: 1, medianHours: 2 });
    expect(may!.recoveryRate).toBeCloseTo(2 / 3);
    // C never contacted, 49 h old at NOW: late; D contacted after 1 h.
    expect(qiang).toMatchObject({ cases: 2, closed: 0, recoveryRate: null, cost: 15, onTime: 1, late: 1, medianHours: 1 });
    expect(stats.agentDays.map((d) => d.day)).toEqual(['2026-09-15', '2026-09-15', '2026-09-14', '2026-09-07']);
    expect(stats.agentDays.find((d) => d.day === '2026-09-07')).toMatchObject({ handler: '小美', cases: 2, onTime: 1, late: 1, medianHours: 16, recovered: 1, cost: 30 });
  });

  it('shop risk: new cases and closed cases per day over every day between, open and overdue', () => {
    const { stats } = statsOf(CASES, {}, ['D']);
    expect(stats.risk.map((d) => d.day)).toEqual(['2026-09-07', '2026-09-08', '2026-09-09', '2026-09-10', '2026-09-11', '2026-09-12', '2026-09-13', '2026-09-14', '2026-09-15', '2026-09-16']);
    expect(stats.risk.map((d) => d.opened)).toEqual([2, 0, 0, 0, 0, 0, 0, 1, 2, 0]);
    expect(stats.risk.map((d) => d.closed)).toEqual([0, 1, 1, 0, 0, 0, 0, 0, 0, 1]);
    expect(stats.overdue).toBe(1);
  });

  it('budget use: the ledger spend per day against the daily budget', () => {
    const use = budgetUse([{ day: '2026-09-15', cost: 30 }, { day: '2026-09-15', cost: 25.5 }, { day: '2026-09-16', cost: 10 }], 100, ['2026-09-14', '2026-09-15', '2026-09-16']);
    expect(use).toEqual([
      { day: '2026-09-14', spent: 0, budget: 100, share: 0 },
      { day: '2026-09-15', spent: 55.5, budget: 100, share: 0.555 },
      { day: '2026-09-16', spent: 10, budget: 100, share: 0.1 },
    ]);
    expect(budgetUse([], 0, ['2026-09-14'])[0]!.share).toBeNull();
  });

  it('filters by every field, alone and together', () => {
    const ids = (filter: CaseFilter, overdue: string[] = []) => {
      const { digest, stats } = statsOf(CASES, filter, overdue);
      return stats.board.flat().map((row) => digest.ids[row]).sort();
    };
    expect(ids({ platform: 'taobao' })).toEqual(['E']);
    expect(ids({ shop: '居家好物旗舰店' })).toHaveLength(5);
    expect(ids({ shop: '别的店' })).toEqual([]);
    expect(ids({ productKey: 'pinduoduo|p2' })).toEqual(['C', 'D']);
    // Any cause of the case, not only the primary one.
    expect(ids({ cause: 'quality_defect' })).toEqual(['A', 'B', 'E']);
    expect(ids({ handler: '阿强' })).toEqual(['C', 'D']);
    expect(ids({ level: 'negative' })).toEqual(['A', 'E']);
    expect(ids({ from: '2026-09-14' })).toEqual(['C', 'D', 'E']);
    expect(ids({ from: '2026-09-08', to: '2026-09-14' })).toEqual(['C']);
    expect(ids({ overdueOnly: true }, ['C'])).toEqual(['C']);
    expect(ids({ text: '风扇' })).toEqual(['A', 'B']);
    expect(ids({ text: '张***' })).toEqual(['C']);
    expect(ids({ text: 'O-E' })).toEqual(['E']);
    expect(ids({ handler: '小美', level: 'neutral' })).toEqual(['B']);
    const { stats } = statsOf(CASES, { handler: '阿强' });
    expect(stats.agents).toHaveLength(1);
    expect(stats.products.map((p) => p.cases)).toEqual([2]);
  });

  it('patching the digest overwrites a changed case and appends a new one', () => {
    const digest = buildDigest([A, C]);
    const rows = rowIndex(digest);
    const contacted = changeStage(addCaseNote(C, '已电话联系', '阿强', at(16, 9)), 'contacted', '阿强', at(16, 10));
    patchDigest(digest, [contacted, setCauses(E, ['price'], '小美', at(16, 11))], rows);
    expect(digest.length).toBe(3);
    expect(digest.ids).toEqual(['A', 'C', 'E']);
    const stats = aggregate(digest, compileFilter(digest, {}), { now: NOW, order: newestFirst(digest) });
    expect(stats.byStage).toEqual([0, 1, 0, 0, 0, 0, 2]);
    expect(stats.causes.map((c) => c.cause)).toEqual(['quality_defect', 'slow_logistics', 'price']);
  });

  it('weeks start on Monday', () => {
    expect(weekStart(weekNumber(dayNumber('2026-09-13')))).toBe('2026-09-07'); // a Sunday
    expect(weekStart(weekNumber(dayNumber('2026-09-14')))).toBe('2026-09-14');
    expect(weekStart(weekNumber(dayNumber('1970-01-01')))).toBe('1969-12-29');
  });
});

describe('CSV for Excel', () => {
  it('writes a BOM, CRLF, quotes where needed and guards formulas', () => {
    const text = toExcelCsv([
      ['商品', '差评', '备注'],
      ['=HYPERLINK("http://evil")', 3, '含,逗号'],
      ['+1', -2, '@SUM(A1)'],
      ['-5', null, '换行\n"引号"'],
    ]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(5);
    expect(excelCell('=1+1')).toBe("'=1+1");
    expect(excelCell('\t=1')).toBe("'\t=1");
    expect(excelCell(-2)).toBe('-2');
    expect(parseCsv(text)).toEqual([
      ['商品', '差评', '备注'],
      ['\'=HYPERLINK("http://evil")', '3', '含,逗号'],
      ["'+1", '-2', "'@SUM(A1)"],
      ["'-5", '', '换行\n"引号"'],
    ]);
  });
});

describe('digest order', () => {
  it('merges rows appended since into an earlier order, newest first', () => {
    const digest = buildDigest([A, C]);
    const before = newestFirst(digest);
    patchDigest(digest, [E, B, D]);
    const merged = newestFirst(digest, before);
    expect(Array.from(merged, (row) => digest.ids[row])).toEqual(['E', 'D', 'C', 'B', 'A']);
    expect(Array.from(merged)).toEqual(Array.from(newestFirst(digest)));
  });
});
