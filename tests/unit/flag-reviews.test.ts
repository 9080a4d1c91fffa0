// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyStatus } from '../../lib/content/run';
import { flagReviews } from '../../lib/features/flag-reviews';
import { createTranslator } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging/protocol';
import { classifyReview } from '../../lib/domain/classifier';
import type { Review } from '../../lib/domain/review';
import { pinduoduo } from '../../lib/sites/pinduoduo';
import { taobao } from '../../lib/sites/taobao';
import { EverythingVisible } from './bad-input-harness';
import { fixtureMarkup } from './fixture-markup';
import { NO_INPUT } from '../../lib/dom/track-input';
import { mountReviewPanel } from '../../lib/features/flag-reviews/panel';
import { mountQuickReplies } from '../../lib/features/quick-replies/palette';

vi.mock('../../lib/messaging/protocol', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);

const flush = () => new Promise((resolve) => setTimeout(resolve, 5));

const started: AbortController[] = [];

function start(adapter = pinduoduo) {
  const controller = new AbortController();
  started.push(controller);
  const status = emptyStatus(adapter.platform, 'reviews');
  flagReviews.init({ signal: controller.signal, adapter, input: NO_INPUT, status, t: createTranslator('zh-CN') });
  return { controller, status };
}

const badgeText = (key: string) =>
  document.querySelector(`[data-kefu-key="${key}"] kefu-badge`)?.shadowRoot?.textContent ?? null;

/** Answers `syncReviewCases` with a new case per review, and records what was sent. */
function captureCases() {
  const cases = vi.fn((data: { reviews: Array<{ reviewKey: string; level: string; causes: string[]; orderId?: string }> }) =>
    Object.fromEntries(
      data.reviews.map(({ reviewKey }) => [
        reviewKey,
        { case: { id: `case-${reviewKey}`, stage: 'to_contact', causes: [], history: [] }, timers: [], next: { step: 'contact', remedies: [] } },
      ]),
    ),
  );
  const base = send.getMockImplementation()!;
  send.mockImplementation(((type: string, data: never) => (type === 'syncReviewCases' ? Promise.resolve(cases(data)) : base(type as never, data))) as never);
  return cases;
}

describe('flag-reviews on the Pinduoduo review list', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', EverythingVisible);
    // The script loaded on first use (entrypoints/quick-replies.ts), as it sets itself up.
    vi.stubGlobal('kefuMountQuickReplies', mountQuickReplies);
    vi.stubGlobal('kefuMountReviewPanel', mountReviewPanel);
    document.documentElement.innerHTML = fixtureMarkup('pinduoduo/review-list.html');
    send.mockImplementation((async (type: string, data: { keys?: string[]; reviews?: Array<{ key: string }> }) => {
      if (type === 'getNotes') return { 'pinduoduo:260411-103948572615023': { text: '已电话联系' } };
      if (type === 'suggestReplies') return [];
      if (type === 'analyseReviews') {
        // The 5★ review whose 追评 says it leaks is a complaint hidden in a good rating.
        return data.reviews!.map(({ key }) => ({
          key,
          needsRecovery: key !== 'pinduoduo:260412-730019284756310',
          score: 0.9,
          causes: key === 'pinduoduo:260412-730019284756310' ? [] : [{ code: 'quality_defect', confidence: 0.9, spans: [] }],
        }));
      }
      return null;
    }) as never);
  });
  afterEach(() => {
    for (const controller of started.splice(0)) controller.abort();
    send.mockReset();
    vi.unstubAllGlobals();
  });

  it('marks every review read with its level and badges only 中评/差评', async () => {
    const { status } = start();
    const levels = [...document.querySelectorAll('[data-kefu-level]')].map((el) => el.getAttribute('data-kefu-level'));
    expect(levels).toEqual(['negative', 'negative', 'neutral', 'positive', 'positive', 'negative']);
    expect(document.querySelectorAll('kefu-badge')).toHaveLength(4);
    expect(status.reviews).toEqual({ read: 6, negative: 3, neutral: 1, positive: 2, hiddenComplaints: 0, noText: 2, unreadable: 1 });
    // A flagged review's rows are tinted (its content row is not counted as a second review); a good
    // one is not, so marking it restyles nothing.
    expect([...document.querySelectorAll('[data-kefu-tint]')].map((el) => el.getAttribute('data-kefu-tint'))).toEqual(
      ['negative', 'negative', 'negative', 'negative', 'neutral', 'neutral', 'negative', 'negative'],
    );
    expect(document.querySelectorAll('[data-kefu-level="positive"] [data-kefu-tint], [data-kefu-level="positive"][data-kefu-tint]')).toHaveLength(0);

    await flush();
    expect(badgeText('pinduoduo:260410-662259689903207')).toContain('质量问题');
    expect(badgeText('pinduoduo:260411-103948572615023')).toContain('✎');
    expect(badgeText('pinduoduo:260410-662259689903207')).not.toContain('✎');
    // One batch for notes and one for the analysis, for all rows read together, then one for cases.
    expect(send.mock.calls.map(([type]) => type).sort()).toEqual(['analyseReviews', 'getNotes', 'syncReviewCases']);
  });

  it('opens a case for every 中评/差评 and hidden complaint, and shows its stage on the badge', async () => {
    const cases = captureCases();
    start();
    await flush();
    const sent = cases.mock.calls[0]![0].reviews;
    expect(sent.map((r) => [r.reviewKey, r.level])).toEqual([
      ['pinduoduo:260410-662259689903207', 'negative'],
      ['pinduoduo:260411-103948572615023', 'negative'],
      ['pinduoduo:260411-558102937461182', 'neutral'],
      ['pinduoduo:260412-190384756201938', 'hidden-complaint'],
      [expect.stringMatching(/^pinduoduo:/), 'negative'],
    ]);
    expect(sent[0]!.causes).toEqual(['quality_defect']);
    expect(badgeText('pinduoduo:260410-662259689903207')).toContain('待联系');
    expect(badgeText('pinduoduo:260412-730019284756310')).toBeNull();
  });

  it('reads the buyer, order and product of the rows that become cases only, and sends them with the case', async () => {
    const cases = captureCases();
    const reader = pinduoduo.reviews!;
    const read = reader.read.bind(reader);
    const detailsRead: string[] = [];
    const spy = vi.spyOn(reader, 'read').mockImplementation((root) => {
      const reading = read(root);
      return reading.ok ? { ...reading, details: () => (detailsRead.push(reading.review.key), reading.details()) } : reading;
    });
    start();
    // The pass marks every row without them.
    expect(detailsRead).toEqual([]);
    await flush();
    spy.mockRestore();
    const sent = cases.mock.calls[0]![0].reviews;
    expect(detailsRead.sort()).toEqual(sent.map((r) => r.reviewKey).sort());
    expect(detailsRead).not.toContain('pinduoduo:260412-730019284756310');
    expect(sent[0]).toMatchObject({ buyerName: '阿***', orderId: '260410-662259689903207', productName: '便携USB小风扇 三档风力 桌面静音', productId: '512837462' });
  });

  it('cuts a hostile product name to length and leaves out an id too long to be one, so the case still opens', async () => {
    const cases = captureCases();
    const content = document.querySelector('[class*="TB_bodyGroupHeader"]')!.nextElementSibling!;
    content.querySelector('p')!.textContent = '风扇'.repeat(400);
    content.querySelectorAll('p')[1]!.textContent = `商品ID：${'9'.repeat(150)}`;
    start();
    await flush();
    const [first] = cases.mock.calls[0]![0].reviews as Array<{ reviewKey: string; productName?: string; productId?: string }>;
    expect(first!.reviewKey).toBe('pinduoduo:260410-662259689903207');
    expect(first!.productName).toHaveLength(500);
    expect(first!.productId).toBeUndefined();
  });

  it('opens no case for a row that shows another review by then: a reused row never lends its buyer', async () => {
    const cases = captureCases();
    start();
    // Before the analysis is back, a virtualised list reuses the first row for another order.
    document.querySelector('[data-kefu-key="pinduoduo:260410-662259689903207"] span')!.textContent = '订单编号：260499-999999999999999';
    await flush();
    const sent = cases.mock.calls[0]![0].reviews;
    expect(sent.map((r) => r.reviewKey)).not.toContain('pinduoduo:260410-662259689903207');
    expect(sent.map((r) => r.orderId)).not.toContain('260499-999999999999999');
    expect(sent).toHaveLength(4);
  });

  it('reads a row again when the list patches it in place for another review: marks, badge and counts follow', async () => {
    // The classifier finds nothing to recover in the new review's praise.
    const base = send.getMockImplementation()!;
    send.mockImplementation((async (type: string, data: never) => {
      const answer = await base(type as never, data);
      return type === 'analyseReviews' ? (answer as Array<{ key: string }>).map((a) => (a.key.includes('260430') ? { ...a, needsRecovery: false, causes: [] } : a)) : answer;
    }) as never);
    const { status } = start();
    await flush();
    const header = document.querySelector('[data-kefu-key="pinduoduo:260410-662259689903207"]')!;
    expect(header.querySelector('kefu-badge')).not.toBeNull();
    // The next page, rendered into the same rows (as a framework reusing its row elements does).
    header.querySelector('span')!.textContent = '订单编号：260430-222222222222222';
    for (const star of header.querySelectorAll('svg')) star.setAttribute('data-testid', 'beast-core-icon-star_filled');
    header.nextElementSibling!.querySelectorAll('td')[1]!.querySelector('div')!.textContent = '很好用，推荐购买。';
    await flush();
    expect(header.getAttribute('data-kefu-key')).toBe('pinduoduo:260430-222222222222222');
    expect(header.getAttribute('data-kefu-level')).toBe('positive');
    expect(header.hasAttribute('data-kefu-recovery')).toBe(false);
    expect([header, header.nextElementSibling!].filter((row) => row.hasAttribute('data-kefu-tint'))).toEqual([]);
    expect(header.querySelector('kefu-badge')).toBeNull();
    expect(status.reviews).toMatchObject({ read: 6, negative: 2, neutral: 1, positive: 3 });
    const analysed = send.mock.calls.filter(([type]) => type === 'analyseReviews').flatMap(([, data]) => (data as { reviews: Array<{ key: string }> }).reviews.map((r) => r.key));
    expect(analysed).toContain('pinduoduo:260430-222222222222222');
  });

  it('lets no late analysis of the review a row showed before flag the review it shows now', async () => {
    // The analysis is slow to come back; the new review's praise has nothing to recover.
    const base = send.getMockImplementation()!;
    send.mockImplementation((async (type: string, data: never) => {
      const answer = await base(type as never, data);
      if (type !== 'analyseReviews') return answer;
      await new Promise((resolve) => setTimeout(resolve, 2));
      return (answer as Array<{ key: string }>).map((a) => (a.key.includes('260431') ? { ...a, needsRecovery: false, causes: [] } : a));
    }) as never);
    const { status } = start();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Asked about, the 5★ review whose 追评 complains is replaced in its row by another 5★ review.
    const header = document.querySelector('[data-kefu-key="pinduoduo:260412-190384756201938"]')!;
    header.querySelector('span')!.textContent = '订单编号：260431-333333333333333';
    header.nextElementSibling!.querySelectorAll('td')[1]!.replaceChildren('很好用，推荐购买。');
    await flush();
    expect(header.getAttribute('data-kefu-key')).toBe('pinduoduo:260431-333333333333333');
    expect(header.hasAttribute('data-kefu-recovery')).toBe(false);
    expect(header.querySelector('kefu-badge')).toBeNull();
    expect(status.reviews.hiddenComplaints).toBe(0);
  });

  it('counts the rows the page shows: rows the page takes out give back their counts and badges', async () => {
    const { status } = start();
    await flush();
    expect(status.reviews).toMatchObject({ read: 6, negative: 3, noText: 2, unreadable: 1, hiddenComplaints: 1 });
    // The next page replaces the list: here, the first review alone stays.
    const tbody = document.querySelector('tbody')!;
    const [header, content] = [...tbody.querySelectorAll('tr')].slice(0, 2);
    tbody.replaceChildren(header!, content!);
    await flush();
    expect(status.reviews).toEqual({ read: 1, negative: 1, neutral: 0, positive: 0, hiddenComplaints: 0, noText: 0, unreadable: 0 });
    expect(document.querySelectorAll('kefu-badge')).toHaveLength(1);
  });

  it('keeps the review, note and case of a row when a change inside it leaves the review as it was', async () => {
    captureCases();
    const { status } = start();
    await flush();
    const header = document.querySelector('[data-kefu-key="pinduoduo:260411-103948572615023"]')!;
    const badge = header.querySelector('kefu-badge');
    expect(badgeText('pinduoduo:260411-103948572615023')).toContain('待联系');
    const before = send.mock.calls.length;
    // The shop's reply appears in its column.
    header.nextElementSibling!.querySelectorAll('td')[2]!.textContent = '商家回复：已为您补发新的风扇。';
    await flush();
    expect(header.querySelector('kefu-badge')).toBe(badge);
    expect(badgeText('pinduoduo:260411-103948572615023')).toContain('待联系');
    expect(badgeText('pinduoduo:260411-103948572615023')).toContain('✎');
    expect(send.mock.calls.length).toBe(before);
    expect(status.reviews).toMatchObject({ read: 6, negative: 3, neutral: 1, positive: 2 });
  });

  it('flags a good rating whose 追评 complains, and only that one', async () => {
    const { status } = start();
    await flush();
    const hidden = document.querySelector('[data-kefu-key="pinduoduo:260412-190384756201938"]')!;
    expect(hidden.getAttribute('data-kefu-level')).toBe('positive');
    expect(hidden.getAttribute('data-kefu-recovery')).toBe('hidden-complaint');
    expect(badgeText('pinduoduo:260412-190384756201938')).toContain('好评中有投诉');
    expect(document.querySelector('[data-kefu-key="pinduoduo:260412-730019284756310"]')!.hasAttribute('data-kefu-recovery')).toBe(false);
    expect(document.querySelectorAll('[data-kefu-recovery="rating"]')).toHaveLength(4);
    expect(document.querySelectorAll('kefu-badge')).toHaveLength(5);
    expect(status.reviews.hiddenComplaints).toBe(1);
  });

  it('shows a failed analysis as unavailable rather than a wrong cause', async () => {
    send.mockImplementation((async (type: string) => {
      if (type === 'analyseReviews') throw new Error('background asleep');
      return {};
    }) as never);
    start();
    await flush();
    expect(badgeText('pinduoduo:260410-662259689903207')).not.toContain('质量问题');
    document.querySelector<HTMLElement>('[data-kefu-key="pinduoduo:260410-662259689903207"] kefu-badge')!
      .shadowRoot!.querySelector('button')!.click();
    await flush();
    expect(document.querySelector('kefu-panel')!.shadowRoot!.textContent).toContain('暂时无法分析');
  });

  it('reads rows added later once, and ignores its own badges', async () => {
    const { status } = start();
    // Rows the pass read, whatever they yielded (cases read their rows' details again, on purpose).
    const rowsRead = () => status.reviews.read + status.reviews.noText + status.reviews.unreadable;
    expect(rowsRead()).toBe(9);
    const tbody = document.querySelector('tbody')!;
    const [header, content] = [...tbody.querySelectorAll('tr')].slice(0, 2).map((row) => row.cloneNode(true) as Element);
    header!.removeAttribute('data-kefu-level');
    header!.removeAttribute('data-kefu-key');
    header!.querySelector('kefu-badge')?.remove();
    header!.innerHTML = header!.innerHTML.replace('260410-662259689903207', '260420-111111111111111');
    tbody.append(header!, content!);
    await flush();
    expect(rowsRead()).toBe(10);
    expect(status.reviews.negative).toBe(4);
    expect(document.querySelector('[data-kefu-key="pinduoduo:260420-111111111111111"]')?.getAttribute('data-kefu-level')).toBe('negative');
  });

  it('keeps hostile review text as text and cuts a 12,000-character review to 10,000', async () => {
    const cell = document.querySelectorAll('tbody tr')[1]!.querySelectorAll('td')[1]!;
    cell.querySelector('div')!.textContent = `差${'很'.repeat(11_999)}`;
    start();
    await flush();
    const analysed = send.mock.calls.find(([type]) => type === 'analyseReviews')![1] as unknown as { reviews: Array<{ key: string; text: string }> };
    expect(analysed.reviews.find((r) => r.key === 'pinduoduo:260410-662259689903207')!.text).toHaveLength(10_000);
    document.querySelector<HTMLElement>('[data-kefu-key="pinduoduo:260414-667382910475638"] kefu-badge')!
      .shadowRoot!.querySelector('button')!.click();
    await flush();
    const panel = document.querySelector('kefu-panel')!.shadowRoot!;
    expect(panel.textContent).toContain('<b>黑***');
    expect(panel.querySelector('b, img, script')).toBeNull();
  });

  it('builds badges only for rows near the viewport', () => {
    const observed: Element[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe = (target: Element) => observed.push(target);
        unobserve() {}
        disconnect() {}
      },
    );
    start();
    expect(observed).toHaveLength(4);
    expect(document.querySelectorAll('[data-kefu-level]')).toHaveLength(6);
    expect(document.querySelectorAll('kefu-badge')).toHaveLength(0);
  });

  it('removes every mark, badge and style when the page is left', () => {
    const { controller } = start();
    controller.abort();
    expect(document.querySelectorAll('[data-kefu-level], [data-kefu-key], [data-kefu-tint], kefu-badge, kefu-panel, style[data-kefu-style]')).toHaveLength(0);
  });
});

describe('flag-reviews on the 千牛 review list, with the real classifier', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', EverythingVisible);
    document.documentElement.innerHTML = fixtureMarkup('taobao/review-list.html');
    send.mockImplementation((async (type: string, data: { reviews?: Review[] }) => {
      if (type === 'analyseReviews') return data.reviews!.map((review) => ({ key: review.key, ...classifyReview(review) }));
      return type === 'getNotes' ? {} : null;
    }) as never);
  });
  afterEach(() => {
    for (const controller of started.splice(0)) controller.abort();
    send.mockReset();
    vi.unstubAllGlobals();
  });

  it('reads the 追评 of a 系统默认好评 row and flags its complaint; an unwritten review stays unread', async () => {
    const { status } = start(taobao);
    const defaultGood = document.querySelector('[data-kefu-key="taobao:3928475610293847565:598273645120"]')!;
    expect(defaultGood.getAttribute('data-kefu-level')).toBe('positive');
    expect(status.reviews.noText).toBe(1);
    await flush();
    expect(defaultGood.getAttribute('data-kefu-recovery')).toBe('hidden-complaint');
    expect(badgeText('taobao:3928475610293847565:598273645120')).toContain('好评中有投诉');
    expect(badgeText('taobao:3928475610293847565:598273645120')).toContain('质量问题');
    // `此用户没有填写评价` without a 追评: nothing to read, nothing flagged.
    expect(document.querySelector('[data-kefu-key="taobao:3928475610293847564:598273645120"]')).toBeNull();
    expect(status.reviews.hiddenComplaints).toBe(1);
  });
});
