import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ReviewCaseInput } from '../../lib/domain/cases/lifecycle';
import { DEFAULT_CASE_SETTINGS } from '../../lib/domain/cases/model';
import { aggregate } from '../../lib/domain/stats/aggregate';
import { compileFilter } from '../../lib/domain/stats/filter';
import { analysisCase, caseInputOf, exportedDay, readReviewExport } from '../../lib/domain/stats/review-import';
import { buildDigest, newestFirst } from '../../lib/domain/stats/digest';
import { exportBackup, importBackup } from '../../lib/storage/backup';
import { changeCaseStage, reassignCase, syncReviewCases } from '../../lib/storage/cases-repo';
import { openKefuDb } from '../../lib/storage/db';
import { DIGEST_KEY, loadDigest, loadSearch, saveDigest } from '../../lib/storage/digest-repo';

const MINUTE = 60_000;
const settings = { ...DEFAULT_CASE_SETTINGS, agentName: '小美', shop: '居家好物旗舰店' };
let seq = 0;
const ids = () => `id-${++seq}`;
const review = (n: number, fields: Partial<ReviewCaseInput> = {}): ReviewCaseInput => ({
  platform: 'pinduoduo',
  reviewKey: `pinduoduo:o-${n}`,
  orderId: `o-${n}`,
  buyerName: `买家${n}`,
  productId: `p${n % 2}`,
  productName: n % 2 ? '便携风扇' : '护眼台灯',
  reviewText: '收到就是坏的',
  stars: 1,
  level: 'negative',
  causes: ['quality_defect'],
  ...fields,
});
const noProgress = () => {};

describe('dashboard digest in IndexedDB', () => {
  it('builds once, then folds in only the cases changed since, and search texts come separately', async () => {
    const db = await openKefuDb(`kefu-dash-${Math.random()}`);
    const t0 = Date.now() - 10 * MINUTE;
    await syncReviewCases(db, [review(1), review(2), review(3)], settings, t0, ids);
    const first = await loadDigest(db, noProgress);
    expect(first).toMatchObject({ changed: 3, searchLoaded: true });
    await saveDigest(db, first.digest, first.order);

    // Nothing changed since: the stored digest is used as is, its search texts not read yet.
    const again = await loadDigest(db, noProgress);
    expect(again.changed).toBe(0);
    expect(again.searchLoaded).toBe(false);
    expect(again.digest.ids).toEqual(first.digest.ids);
    expect(again.digest.search).toEqual([]);
    expect(await loadSearch(db, again.digest)).toBe(true);
    expect(again.digest.search[0]).toContain('收到就是坏的');

    // A stage change and a new case are folded in; the rest is not read again.
    const [someId] = first.digest.ids;
    await changeCaseStage(db, someId!, 'closed', 'buyer_satisfied', settings, Date.now(), ids);
    await reassignCase(db, someId!, '阿强', settings, Date.now(), ids);
    await syncReviewCases(db, [review(4, { buyerName: '新买家' })], settings, Date.now(), ids);
    const refreshed = await loadDigest(db, noProgress);
    expect(refreshed.digest.length).toBe(4);
    const stats = aggregate(refreshed.digest, compileFilter(refreshed.digest, {}), { now: Date.now(), order: refreshed.order });
    expect(stats.byStage[6]).toBe(1);
    expect(stats.agents.map((a) => [a.handler, a.cases])).toEqual([['小美', 3], ['阿强', 1]]);
    expect(refreshed.digest.ids[refreshed.order[0]!]).toBe(refreshed.digest.ids[3]);
    expect(aggregate(refreshed.digest, compileFilter(refreshed.digest, { text: '新买家' }), { now: Date.now(), order: refreshed.order }).matched).toBe(1);
    db.close();
  });

  it('a separator character in seller text never shifts rows', async () => {
    const db = await openKefuDb(`kefu-dash-${Math.random()}`);
    await syncReviewCases(db, [review(1, { buyerName: 'a\u0001b' }), review(2)], settings, Date.now() - 5 * MINUTE, ids);
    const built = await loadDigest(db, noProgress);
    await saveDigest(db, built.digest, built.order);
    const loaded = await loadDigest(db, noProgress);
    expect(loaded.digest.buyerNames).toHaveLength(2);
    expect(loaded.digest.buyerNames).toContain('a b');
    db.close();
  });

  it('a restored backup deletes the digest, so the next open rebuilds it from the restored cases', async () => {
    const db = await openKefuDb(`kefu-dash-${Math.random()}`);
    await syncReviewCases(db, [review(1)], settings, Date.now() - 5 * MINUTE, ids);
    const backup = await exportBackup(db, Date.now());
    await syncReviewCases(db, [review(2), review(3)], settings, Date.now() - 5 * MINUTE, ids);
    const built = await loadDigest(db, noProgress);
    await saveDigest(db, built.digest, built.order);
    await importBackup(db, backup);
    expect(await db.get('meta', DIGEST_KEY)).toBeUndefined();
    expect(await db.get('meta', `${DIGEST_KEY}-search`)).toBeUndefined();
    expect((await loadDigest(db, noProgress)).digest.length).toBe(1);
    db.close();
  });
});

describe('import of exported reviews', () => {
  const header = '评价时间,商品名称,商品ID,订单号,买家昵称,评分,评价内容\r\n';

  it('reads dates as the back-ends write them', () => {
    expect(exportedDay('2026-09-08 17:30:17')).toBe('2026-09-08');
    expect(exportedDay('2026/9/8')).toBe('2026-09-08');
    expect(exportedDay('2026年9月8日')).toBe('2026-09-08');
    expect(exportedDay('2026-02-30')).toBeNull();
    expect(exportedDay('昨天')).toBeNull();
  });

  it('reads every row, keyed by order id or by what the row says', () => {
    const read = readReviewExport(`${header}2026-09-08 10:00:00,便携风扇,p1,o-1,阿***,1,收到就是坏的\r\n2026-09-09,"护眼台灯, 白色",p2,,张***,5星,很好用\r\n`, 'taobao');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.reviews).toHaveLength(2);
    expect(read.reviews[0]).toMatchObject({ line: 2, key: 'taobao:o-1', day: '2026-09-08', stars: 1, productName: '便携风扇', productId: 'p1', buyer: '阿***' });
    expect(read.reviews[1]).toMatchObject({ line: 3, stars: 5, productName: '护眼台灯, 白色' });
    expect(read.reviews[1]!.key).toMatch(/^taobao:import-/);
  });

  it('is all or nothing: bad rows are reported by line and nothing is read', () => {
    const read = readReviewExport(`${header}2026-09-08,风扇,p1,o-1,阿***,1,坏的\r\n昨天,风扇,p1,o-2,阿***,1,坏的\r\n2026-09-08,风扇,p1,o-3,阿***,7,坏的\r\n2026-09-08,风扇\r\n`, 'pinduoduo');
    expect(read).toEqual({
      ok: false,
      errors: [
        { line: 3, message: 'date not understood: "昨天"' },
        { line: 4, message: 'stars must be 1–5: "7"' },
        { line: 5, message: '2 fields, the header has 7' },
      ],
    });
  });

  it('refuses a file without the columns it needs, naming them', () => {
    const read = readReviewExport('商品名称,评价内容\r\n风扇,坏的\r\n', 'pinduoduo');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors[0]!.message).toContain('missing column: 评价时间, 评分/评价等级');
  });

  it('turns the reviews needing recovery into analysis cases dated on their review day', () => {
    const read = readReviewExport(`评价时间,商品名称,评价等级,评价内容\r\n2026-09-08,风扇,差评,坏的\r\n2026-09-15,风扇,好评,挺好\r\n2026-09-15,台灯,好评,挺好但是物流太慢\r\n`, 'taobao');
    if (!read.ok) throw new Error('not read');
    const verdicts = [
      { needsRecovery: true, causes: ['quality_defect' as const] },
      { needsRecovery: false, causes: [] },
      { needsRecovery: true, causes: ['slow_logistics' as const] },
    ];
    const inputs = read.reviews.map((r, i) => caseInputOf(r, verdicts[i]!, 'taobao'));
    expect(inputs[1]).toBeNull();
    expect(inputs[2]).toMatchObject({ level: 'hidden-complaint', causes: ['slow_logistics'] });
    const cases = read.reviews.flatMap((r, i) => (inputs[i] ? [analysisCase(inputs[i]!, r.day, r.line)] : []));
    expect(cases.map((c) => c.detectedDay)).toEqual(['2026-09-08', '2026-09-15']);
    const digest = buildDigest(cases);
    const stats = aggregate(digest, compileFilter(digest, {}), { now: Date.now(), order: newestFirst(digest) });
    expect(stats.weeks).toEqual(['2026-09-07', '2026-09-14']);
    expect(new Map(stats.products.map((p) => [p.name, [p.negatives, p.complaints]]))).toEqual(
      new Map([
        ['风扇', [1, 0]],
        ['台灯', [0, 1]],
      ]),
    );
  });
});
