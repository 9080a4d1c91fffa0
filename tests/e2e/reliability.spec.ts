import { expect, test } from '@playwright/test';
import { callBackground, fixtureUrl, perTestBrowser, readStore } from './harness';

const REVIEWS = fixtureUrl('pinduoduo-reviews');
const buyer = { platform: 'pinduoduo', buyerId: '8839201746', buyerName: 'jd_王小明' };

// A fresh browser and profile for every test.
const browser = perTestBrowser();

test('a service worker stopped in the middle of writes loses nothing it acknowledged, and leaves no half-written record', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const { case: opened } = (await callBackground(page, 'openChatCase', buyer)) as { case: { id: string } };

  // 200 case notes and 200 promises in flight; once some are acknowledged, the worker is stopped
  // under the rest (CDP, as Chrome does when it idles).
  const writes = page.evaluate(async (caseId) => {
    const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
    const progress = Object.assign(globalThis, { acknowledged: 0 });
    const call = (type: string, data: unknown) =>
      chrome.runtime.sendMessage({ id: Math.random(), type, data, timestamp: Date.now() }).then(
        (reply: { res?: unknown } | undefined) => reply !== undefined && 'res' in reply && ++progress.acknowledged > 0,
        () => false,
      );
    const notes = Array.from({ length: 200 }, (_, i) => call('addCaseNote', { id: caseId, text: `备注 ${i}` }));
    const timers = Array.from({ length: 200 }, (_, i) =>
      call('addTimer', { kind: 'promise', buyer: { platform: 'pinduoduo', buyerId: '8839201746', buyerName: 'jd_王小明' }, note: `承诺 ${i}`, dueAt: Date.now() + 86_400_000 }),
    );
    return { notes: await Promise.all(notes), timers: await Promise.all(timers) };
  }, opened.id);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await page.waitForFunction(() => (globalThis as unknown as { acknowledged: number }).acknowledged >= 20);
  await cdp.send('ServiceWorker.stopAllWorkers');
  const acknowledged = await writes;

  // Read everything back from a fresh worker.
  await page.reload();
  await expect.poll(() => browser.context.serviceWorkers()[0]!.evaluate(() => 1).catch(() => 0)).toBe(1);
  const worker = browser.context.serviceWorkers()[0]!;
  const [stored] = await readStore<{ id: string; history: Array<{ type: string; text?: string; at: number; by: string }> }>(worker, 'cases');
  const notes = stored!.history.filter((event) => event.type === 'note').map((event) => event.text);
  const timers = (await readStore<{ kind: string; note: string; nextAt?: number; alertAt?: number; done: boolean }>(worker, 'timers')).filter((t) => t.kind === 'promise');
  acknowledged.notes.forEach((ok, i) => ok && expect(notes).toContain(`备注 ${i}`));
  acknowledged.timers.forEach((ok, i) => ok && expect(timers.map((t) => t.note)).toContain(`承诺 ${i}`));
  // Nothing twice, nothing half-written: every note once, every promise open with its index fields.
  expect(new Set(notes).size).toBe(notes.length);
  for (const timer of timers) expect(timer).toMatchObject({ done: false, nextAt: expect.any(Number), alertAt: expect.any(Number) });
  for (const event of stored!.history) expect(typeof event.at).toBe('number');
  // The stop really cut through the writes: some were acknowledged, some were not.
  const acked = [...acknowledged.notes, ...acknowledged.timers].filter(Boolean).length;
  expect(acked).toBeGreaterThanOrEqual(20);
  expect(acked).toBeLessThan(400);
});

test('two tabs editing the same buyer note and case at once: both versions kept, every note kept', async () => {
  const [a, b] = [await browser.context.newPage(), await browser.context.newPage()];
  for (const page of [a, b]) await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const { case: opened } = (await callBackground(a, 'openChatCase', buyer)) as { case: { id: string } };
  const [first, second] = (await Promise.all([
    callBackground(a, 'saveBuyerNote', { buyer, field: 'avoid', text: '别打电话', baseRev: 0 }),
    callBackground(b, 'saveBuyerNote', { buyer, field: 'avoid', text: '别催评价', baseRev: 0 }),
    callBackground(a, 'addCaseNote', { id: opened.id, text: '甲：已道歉' }),
    callBackground(b, 'addCaseNote', { id: opened.id, text: '乙：已发券' }),
    callBackground(a, 'changeCaseStage', { id: opened.id, stage: 'contacted' }),
  ])) as Array<{ conflict: boolean }>;
  expect([first!.conflict, second!.conflict].sort()).toEqual([false, true]);
  const [memory] = await readStore<{ notes: { avoid: { text: string } } }>(browser.worker, 'buyers');
  expect(memory!.notes.avoid.text).toContain('别打电话');
  expect(memory!.notes.avoid.text).toContain('别催评价');
  const [stored] = await readStore<{ stage: string; history: Array<{ type: string; text?: string }> }>(browser.worker, 'cases');
  expect(stored!.stage).toBe('contacted');
  expect(stored!.history.filter((e) => e.type === 'note').map((e) => e.text).sort()).toEqual(['乙：已发券', '甲：已道歉'].sort());
});

test('storage full or IndexedDB failing: the agent sees it in the popup and on the page, nothing is dropped silently', async () => {
  const page = await browser.context.newPage();
  await page.goto(REVIEWS);
  const badge = page.locator('[data-kefu-key="pinduoduo:260410-662259689903207"] kefu-badge button');
  await expect(badge).toContainText('待联系');
  // The disk fills up: every IndexedDB write now fails as Chromium reports it.
  await browser.worker.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await badge.click();
  await page.locator('kefu-panel').getByRole('button', { name: '已联系' }).click();
  await expect(page.locator('kefu-panel').getByRole('alert')).toContainText('工单未能保存');

  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(popup.getByTestId('storage-problem')).toContainText('本机存储空间已满');
  // The stage change was refused as a whole: the case still reads 待联系.
  const cases = await readStore<{ reviewKey?: string; stage: string }>(browser.worker, 'cases');
  expect(cases.find((c) => c.reviewKey === 'pinduoduo:260410-662259689903207')?.stage).toBe('to_contact');

  // IndexedDB stops answering reads (in the worker and in the popup, which reads it too): the due list
  // says it cannot be read, instead of showing nothing.
  const failReads = () => {
    const closing = () => {
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    };
    Object.assign(IDBIndex.prototype, { openCursor: closing, openKeyCursor: closing, getAll: closing, getAllKeys: closing });
  };
  await browser.worker.evaluate(failReads);
  await popup.addInitScript(failReads);
  await popup.reload();
  await expect(popup.getByTestId('due-error')).toContainText('跟进列表暂时无法读取');
  await expect(popup.getByTestId('storage-problem')).toContainText('无法使用本地数据库');
});
