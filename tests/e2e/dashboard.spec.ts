import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { demoCases, demoLedger, demoTimers, HOSTILE_PRODUCT } from '../../scripts/lib/dashboard-seed.mjs';
import { callBackground, perTestBrowser, putRecords, readStore } from './harness';

const browser = perTestBrowser();
const STAGES = ['to_contact', 'contacted', 'proposed', 'in_progress', 'resolved', 'revisited', 'closed'] as const;
type SeedCase = ReturnType<typeof demoCases>[number];

/** Seeds eight weeks of cases, their follow-ups and the remedy ledger, then opens the dashboard at `hash`. */
async function seededDashboard(hash = '#/board'): Promise<{ page: Page; cases: SeedCase[] }> {
  const now = Date.now();
  const cases = demoCases(now, { hostile: true });
  await putRecords(browser.worker, 'cases', cases);
  await putRecords(browser.worker, 'timers', demoTimers(cases));
  await putRecords(browser.worker, 'remedies', demoLedger(now));
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html${hash}`);
  await expect(page.getByTestId('summary')).toBeVisible();
  return { page, cases };
}

const countByStage = (cases: SeedCase[]) => STAGES.map((stage) => cases.filter((c) => c.stage === stage).length);
const boardCounts = (page: Page) => Promise.all(STAGES.map(async (stage) => Number(await page.getByTestId(`board-count-${stage}`).textContent())));

test('the seeded dashboard draws the board and every chart of every view', async () => {
  const { page, cases } = await seededDashboard();
  await expect(page.getByTestId('summary')).toContainText(`筛选出 ${cases.length} 个工单`);
  expect(await boardCounts(page)).toEqual(countByStage(cases));
  await expect(page.getByTestId('board-column-to_contact').getByTestId('board-card').first()).toBeVisible();

  const charts: Record<string, string[]> = {
    products: ['chart-product-causes', 'chart-product-trend'],
    causes: ['chart-cause-share', 'chart-cause-trend', 'chart-cause-recovery'],
    agents: ['chart-agent-contact', 'chart-agent-daily'],
    risk: ['chart-risk-flow', 'chart-risk-budget'],
  };
  for (const [view, ids] of Object.entries(charts)) {
    await page.getByTestId(`tab-${view}`).click();
    await expect(page).toHaveURL(new RegExp(`#/${view}$`));
    for (const id of ids) {
      await expect(page.getByTestId(id)).toHaveAttribute('data-rendered', 'true');
      await expect(page.getByTestId(id).locator('canvas')).toHaveCount(1);
    }
  }
  // Shop risk: the overdue follow-ups of the seed (first contacts past 24 h).
  const overdue = demoTimers(cases).filter((timer: { nextAt: number }) => timer.nextAt < Date.now()).length;
  await expect(page.getByTestId('figure-overdue-timers')).toHaveText(String(overdue));
});

test('a filter changes the figures to what the cases say', async () => {
  const { page, cases } = await seededDashboard();
  await page.getByTestId('filter-handler').selectOption('阿强');
  await page.getByTestId('filter-cause').selectOption('quality_defect');
  const expected = cases.filter((c) => c.handler === '阿强' && c.causes.includes('quality_defect'));
  await expect(page.getByTestId('summary')).toContainText(`筛选出 ${expected.length} 个工单`);
  expect(await boardCounts(page)).toEqual(countByStage(expected));

  // The same filter holds on the agents view: 阿强 alone, with his recovery rate.
  await page.getByTestId('tab-agents').click();
  const closed = expected.filter((c) => c.stage === 'closed');
  const recovered = closed.filter((c) => c.outcome === 'review_updated' || c.outcome === 'buyer_satisfied');
  const row = page.getByTestId('table-agents').locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.locator('td').nth(1)).toHaveText(String(expected.length));
  await expect(row.locator('td').nth(6)).toHaveText(String(recovered.length));
  await expect(row.locator('td').nth(7)).toHaveText(`${Math.round((recovered.length / closed.length) * 100)}%`);

  // 导出工单 CSV writes exactly the matching cases, every field, for Excel.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-cases').click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  await expect(page.getByTestId('dashboard-notice')).toHaveText(`已导出 ${expected.length} 个工单。`);
  const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(lines[0]).toBe('工单编号,平台,店铺,买家,订单号,商品,商品ID,类型,星级,原因,评价内容,客服,阶段,结果,发现时间,首次联系时间,结案时间,补偿（元）,补救方案');
  expect(lines.slice(1).map((line) => line.split(',')[0]).sort()).toEqual(expected.map((c) => c.id).sort());

  // Search narrows further; clearing every filter brings all cases back.
  await page.getByTestId('tab-board').click();
  const buyer = expected[0]!.buyerName;
  await page.getByTestId('filter-text').fill(buyer);
  await expect(page.getByTestId('summary')).toContainText(`筛选出 ${expected.filter((c) => c.buyerName.includes(buyer)).length} 个工单`);
  await page.getByTestId('filter-reset').click();
  await expect(page.getByTestId('summary')).toContainText(`筛选出 ${cases.length} 个工单`);
});

test('opening a case and changing its stage, note and handler persists', async () => {
  const { page, cases } = await seededDashboard();
  const before = countByStage(cases);
  const card = page.getByTestId('board-column-to_contact').getByTestId('board-card').first();
  const id = (await card.getAttribute('data-case-id'))!;
  await card.click();
  await expect(page).toHaveURL(new RegExp(`#/case/${id}$`));
  const detail = page.getByTestId('case-detail');
  await expect(detail.getByTestId('case-stage')).toHaveText('待联系');
  await expect(detail.getByTestId('case-timers')).toContainText('首次联系买家');

  await detail.getByTestId('case-stage-select').selectOption('contacted');
  await detail.getByTestId('case-stage-apply').click();
  await expect(detail.getByTestId('case-stage')).toHaveText('已联系');
  await detail.getByTestId('case-note').fill('买家下午在线，已发退货地址');
  await detail.getByTestId('case-note-save').click();
  await expect(detail.getByTestId('case-history')).toContainText('买家下午在线');
  await detail.getByTestId('case-handler-input').fill('晓琳');
  await detail.getByTestId('case-reassign').click();
  await expect(detail.getByTestId('case-handler')).toHaveText('晓琳');
  await detail.getByTestId('remedy-kind').selectOption('coupon');
  await detail.getByTestId('remedy-cost').fill('15');
  await detail.getByTestId('remedy-add').click();
  await expect(detail.getByTestId('case-remedies')).toContainText('15 元');
  // A chosen remedy is an offer made: the case reaches 已提方案.
  await expect(detail.getByTestId('case-stage')).toHaveText('已提方案');
  // The board moved the case at once.
  await detail.getByTestId('case-close').click();
  const after = before.map((n, i) => n + (i === 0 ? -1 : i === 2 ? 1 : 0));
  expect(await boardCounts(page)).toEqual(after);

  const stored = (await readStore<SeedCase & { history: Array<{ type: string }> }>(browser.worker, 'cases')).find((c) => c.id === id)!;
  expect(stored).toMatchObject({ stage: 'proposed', handler: '晓琳' });
  expect(stored.remedies).toContainEqual({ kind: 'coupon', cost: 15, chosen: true });
  expect(stored.remedies.filter((remedy) => remedy.chosen)).toHaveLength(1);
  expect(stored.history.map((event) => event.type)).toEqual(['created', 'stage', 'note', 'handler', 'remedies', 'stage']);
  // The money spent is in the remedy ledger too, so today's budget counts it, once.
  const ledger = (await readStore<{ caseId?: string; kind: string; cost: number }>(browser.worker, 'remedies')).filter((record) => record.caseId === id);
  expect(ledger).toEqual([expect.objectContaining({ kind: 'coupon', cost: 15 })]);
  // A fresh page reads the change back (the digest refreshed from the changed case).
  await page.reload();
  expect(await boardCounts(page)).toEqual(after);
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#/case/${id}`);
  await expect(page.getByTestId('case-detail').getByTestId('case-stage')).toHaveText('已提方案');
});

test('hostile product names stay text: in tooltips, tables and the CSV export', async () => {
  const { page } = await seededDashboard('#/products');
  const chart = page.getByTestId('chart-product-causes');
  await expect(chart).toHaveAttribute('data-rendered', 'true');
  const box = (await chart.boundingBox())!;
  // Sweep the bars so the tooltip shows for every product, the hostile one included.
  for (let y = box.y + 50; y < box.y + box.height - 10; y += 12) await page.mouse.move(box.x + box.width / 2, y);
  expect(await page.evaluate(() => ({ images: document.querySelectorAll('img').length, xss: (window as { __kefuXss?: number }).__kefuXss }))).toEqual({ images: 0, xss: undefined });
  await expect(page.getByTestId('table-products')).toContainText(HOSTILE_PRODUCT);

  const download = page.waitForEvent('download');
  await page.getByTestId('table-products-export').click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv.startsWith('\uFEFF商品,')).toBe(true);
  expect(csv).toContain('\r\n');
  // The formula is guarded with a leading ' and quoted (it holds quotes and a comma).
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")`);
  expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
});

test('exported reviews are analysed by product and cause without opening cases, until the agent asks', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#/import`);
  const file = (text: string) => ({ name: 'reviews.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`, 'utf8') });

  await page.getByTestId('import-file').setInputFiles(file('评价时间,商品名称,评分,评价内容\n2026-09-08,便携风扇,1,收到就是坏的\n昨天,便携风扇,1,坏的\n2026-09-08,便携风扇,9,坏的\n'));
  await expect(page.getByTestId('import-errors')).toContainText('第 3 行：date not understood');
  await expect(page.getByTestId('import-errors')).toContainText('第 4 行：stars must be 1–5');

  await page.getByTestId('import-file').setInputFiles(
    file('评价时间,商品名称,订单号,评分,评价内容\n2026-09-08 10:00:00,便携风扇,o-1,1,收到就是坏的，开机两分钟就自动关机\n2026-09-15,便携风扇,o-2,2,颜色和图片差太多了\n2026-09-15,保温杯,o-3,5,很好用，推荐购买\n'),
  );
  await expect(page.getByTestId('import-result')).toContainText('3 条评价，其中 2 条需要挽回');
  await expect(page.getByTestId('table-products').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('table-products')).toContainText('便携风扇');
  await expect(page.getByTestId('chart-cause-share')).toHaveAttribute('data-rendered', 'true');
  expect(await readStore(browser.worker, 'cases')).toHaveLength(0);

  await page.getByTestId('import-create-cases').click();
  await expect(page.getByTestId('import-created')).toContainText('2 条');
  expect(await readStore(browser.worker, 'cases')).toHaveLength(2);
});

test('the popup and the options page open the dashboard', async () => {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const opened = browser.context.waitForEvent('page');
  await popup.getByTestId('open-dashboard').click();
  const dashboard = await opened;
  await expect(dashboard).toHaveURL(/dashboard\.html#\/board$/);
  await expect(dashboard.getByTestId('board')).toBeVisible();
  expect(await callBackground(dashboard, 'getSettings', undefined)).toMatchObject({ version: 1 });

  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await expect(options.getByTestId('open-dashboard')).toHaveAttribute('href', '/dashboard.html#/board');
});
