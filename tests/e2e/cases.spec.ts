import { expect, test } from '@playwright/test';
import { callBackground, fixtureUrl, openPopupFor, perTestBrowser, putRecords, readStore, restartServiceWorker } from './harness';

// The extension API inside `worker.evaluate` callbacks, which run in the service worker.
declare const chrome: typeof import('wxt/browser').browser;

const REVIEWS = fixtureUrl('pinduoduo-reviews');
const FAN_REVIEW = 'pinduoduo:260410-662259689903207';
const badgeOf = (key: string) => `[data-kefu-key="${key}"] kefu-badge button`;

// A fresh browser and profile for every test.
const browser = perTestBrowser();

test('a 差评 becomes a case, moved in one click with its history; re-reading never duplicates it', async () => {
  const page = await browser.context.newPage();
  await page.goto(REVIEWS);
  await expect(page.locator(badgeOf(FAN_REVIEW))).toContainText('待联系');
  await page.locator(badgeOf(FAN_REVIEW)).click();
  const panel = page.locator('kefu-panel');
  await expect(panel.getByTestId('case-stage')).toHaveText('待联系');
  await expect(panel.getByTestId('case-timers')).toContainText('首次联系买家');
  await expect(panel.getByTestId('case-timers')).toContainText(/23小时5\d分后到期|1天0小时后到期|24小时0分后到期/);
  await expect(panel.getByTestId('case-next')).toContainText('24 小时内');

  await panel.getByRole('button', { name: '已联系' }).click();
  await expect(panel.getByTestId('case-stage')).toHaveText('已联系');
  // First contact done: its timer closes, and the next step offers the cause's remedies.
  await expect(panel.getByTestId('case-timers')).toContainText('暂无待办跟进');
  await expect(panel.getByTestId('case-next')).toContainText('退换货');
  await expect(panel.getByTestId('case-history')).toContainText('已改为已联系');

  // 3 差评 + 1 中评 + the good rating whose 追评 complains: five cases, once, whatever the re-reads.
  await expect.poll(async () => (await readStore(browser.worker, 'cases')).length).toBe(5);
  await page.reload();
  await expect(page.locator(badgeOf(FAN_REVIEW))).toContainText('已联系');
  await expect(page.locator('[data-kefu-recovery="hidden-complaint"] kefu-badge button')).toContainText('待联系');
  const cases = await readStore<{ dedupeKey: string; stage: string; history: unknown[] }>(browser.worker, 'cases');
  expect(cases).toHaveLength(5);
  const fan = cases.find((c) => c.dedupeKey === `pinduoduo|260410-662259689903207|${FAN_REVIEW}`)!;
  expect(fan.stage).toBe('contacted');
  expect(fan.history).toHaveLength(2);

  // The popup lists the four open first-contact follow-ups.
  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('due-item')).toHaveCount(4);
  await expect(popup.getByTestId('due-item').first()).toContainText('首次联系买家');
});

test('a near follow-up fires an alarm into a notification whose buttons open the page and snooze it', async () => {
  const page = await browser.context.newPage();
  await page.goto(REVIEWS);
  await expect(page.locator(badgeOf(FAN_REVIEW))).toContainText('待联系');
  // A promise due in two seconds, written straight into IndexedDB: only a worker start re-arms it.
  const dueAt = Date.now() + 2_000;
  const timer = {
    id: 'promise-1', kind: 'promise', buyerKey: 'pinduoduo:name:阿***', platform: 'pinduoduo', buyerName: '阿***',
    productName: '便携USB小风扇', note: '退货到了退10元', url: REVIEWS, dueAt, nextAt: dueAt, alertAt: dueAt, done: false, createdAt: Date.now(),
  };
  await putRecords(browser.worker, 'timers', [timer]);
  const worker = await restartServiceWorker(browser, async () => (await browser.context.newPage()).goto(`chrome-extension://${browser.extensionId}/popup.html`));

  await expect.poll(() => worker.evaluate(() => chrome.notifications.getAll()), { timeout: 15_000 }).toHaveProperty(['kefu-timer:promise-1']);
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
  const [stored] = (await readStore<{ id: string; alertAt?: number }>(worker, 'timers')).filter((t) => t.id === 'promise-1');
  expect(stored!.alertAt).toBeUndefined();

  // "打开页面": the review page is no longer open, so the button opens it in a new tab.
  await page.goto('about:blank');
  const opened = browser.context.waitForEvent('page');
  await worker.evaluate(() => (chrome.notifications.onButtonClicked as unknown as { dispatch(id: string, index: number): void }).dispatch('kefu-timer:promise-1', 0));
  expect((await opened).url()).toBe(REVIEWS);

  // "1小时后再提醒": the timer moves an hour on and stops counting as overdue.
  await worker.evaluate(() => (chrome.notifications.onButtonClicked as unknown as { dispatch(id: string, index: number): void }).dispatch('kefu-timer:promise-1', 1));
  await expect.poll(async () => (await readStore<{ id: string; nextAt?: number }>(worker, 'timers')).find((t) => t.id === 'promise-1')?.nextAt ?? 0).toBeGreaterThan(dueAt + 3_500_000);
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
});

test('follow-ups survive a browser restart: the alarm is re-armed from IndexedDB and the popup lists them', async () => {
  const page = await browser.context.newPage();
  await page.goto(REVIEWS);
  await expect(page.locator(badgeOf(FAN_REVIEW))).toContainText('待联系');
  await expect.poll(async () => (await readStore(browser.worker, 'timers')).length).toBe(5);
  const firstDue = Math.min(...(await readStore<{ dueAt: number }>(browser.worker, 'timers')).map((t) => t.dueAt));

  await browser.restart();
  await expect.poll(() => browser.worker.evaluate(() => chrome.alarms.get('kefu-follow-up').then((alarm) => alarm?.scheduledTime))).toBe(firstDue);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(popup.getByTestId('due-item')).toHaveCount(5);
  await expect(popup.getByTestId('due-when').first()).toContainText('后到期');
});

test('a follow-up without a page opens its case in the dashboard, from the popup and from the notification', async () => {
  const now = Date.now();
  const timer = {
    id: 'manual-1', kind: 'manual', caseId: 'case-7', buyerKey: 'pinduoduo:name:阿***', platform: 'pinduoduo', buyerName: '阿***',
    note: '回访一下', dueAt: now - 60_000, nextAt: now - 60_000, done: false, createdAt: now - 120_000,
  };
  await putRecords(browser.worker, 'timers', [timer]);
  const tabUrls = () => browser.worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.pendingUrl || tab.url));
  const caseUrl = `chrome-extension://${browser.extensionId}/dashboard.html#/case/case-7`;

  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByTestId('due-item').getByRole('button', { name: /阿\*\*\*/ }).click();
  await expect.poll(tabUrls).toContain(caseUrl);

  // The notification's "打开页面" finds that tab again rather than opening a second one.
  await browser.worker.evaluate(() => (chrome.notifications.onButtonClicked as unknown as { dispatch(id: string, index: number): void }).dispatch('kefu-timer:manual-1', 0));
  await expect.poll(async () => (await tabUrls()).filter((url) => url === caseUrl).length).toBe(1);
});

test('the overlay adds case notes from two tabs without losing one, and hands the case to another agent', async () => {
  const [a, b] = [await browser.context.newPage(), await browser.context.newPage()];
  for (const page of [a, b]) {
    await page.goto(REVIEWS);
    await expect(page.locator(badgeOf(FAN_REVIEW))).toContainText('待联系');
    await page.locator(badgeOf(FAN_REVIEW)).click();
  }
  const [panelA, panelB] = [a.locator('kefu-panel'), b.locator('kefu-panel')];
  await panelA.getByTestId('case-note-input').fill('买家下午三点后方便联系');
  await panelB.getByTestId('case-note-input').fill('买家要求换新，不要退款');
  await panelA.getByTestId('case-note-save').click();
  await expect(panelA.getByTestId('case-notes')).toContainText('买家下午三点后方便联系');
  // Tab B still shows the case from before A's note: its save appends, and it then shows both.
  await panelB.getByTestId('case-note-save').click();
  await expect(panelB.getByTestId('case-notes')).toContainText('买家下午三点后方便联系');
  await expect(panelB.getByTestId('case-notes')).toContainText('买家要求换新，不要退款');

  await panelB.getByTestId('case-handler-input').fill('阿强');
  await panelB.getByRole('button', { name: '转交', exact: true }).click();
  await expect(panelB.getByTestId('case-handler-name')).toHaveText('阿强');
  await expect(panelB.getByTestId('case-history')).toContainText('转交：');
  const [stored] = (await readStore<{ reviewKey: string; handler: string; history: Array<{ type: string; text?: string }> }>(browser.worker, 'cases')).filter((c) => c.reviewKey === FAN_REVIEW);
  expect(stored!.handler).toBe('阿强');
  expect(stored!.history.filter((event) => event.type === 'note').map((event) => event.text).sort()).toEqual(['买家下午三点后方便联系', '买家要求换新，不要退款'].sort());
});

test('the popup shows the first follow-ups, newest overdue first, and the next ones on 显示更多', async () => {
  const now = Date.now();
  const timers = Array.from({ length: 26 }, (_, i) => ({
    id: `t-${i}`, kind: 'manual', buyerKey: `pinduoduo:name:买${i}***`, platform: 'pinduoduo', buyerName: `买${i}***`, note: `提醒${i}`,
    url: REVIEWS, dueAt: now - (i + 1) * 60_000, nextAt: now - (i + 1) * 60_000, done: false, createdAt: now - 3_600_000,
  }));
  await putRecords(browser.worker, 'timers', timers);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(popup.getByTestId('due-item')).toHaveCount(20);
  await expect(popup.getByTestId('due-item').first()).toContainText('买0***');
  await expect(popup.getByTestId('due-overdue-count')).toHaveText('26 条已超时');
  await popup.getByTestId('due-more').click();
  await expect(popup.getByTestId('due-item')).toHaveCount(26);
  await expect(popup.getByTestId('due-item').last()).toContainText('买25***');
  await expect(popup.getByTestId('due-more')).toHaveCount(0);
});

test('the popup reads its due list itself when the background cannot answer it', async () => {
  const now = Date.now();
  await putRecords(browser.worker, 'timers', [
    { id: 't-own', kind: 'manual', buyerKey: 'pinduoduo:name:阿***', platform: 'pinduoduo', buyerName: '阿***', note: '退货到了退10元', url: REVIEWS, dueAt: now - 60_000, nextAt: now - 60_000, done: false, createdAt: now - 3_600_000 },
  ]);
  // The background's reads fail (its answer says so); the popup's own read of the same database does not.
  await browser.worker.evaluate(() => {
    IDBIndex.prototype.getAllKeys = () => {
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    };
  });
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(popup.getByTestId('due-item')).toHaveCount(1);
  await expect(popup.getByTestId('due-item')).toContainText('阿***');
  await expect(popup.getByTestId('due-error')).toHaveCount(0);
});

test('the popup shows the follow-ups as the background last left them, without waiting for its answer', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const buyer = { platform: 'pinduoduo', buyerName: '阿***' };
  const soon = (await callBackground(page, 'addTimer', { kind: 'promise', buyer, note: '周五补发', dueAt: Date.now() + 3_600_000 })) as { id: string };
  await callBackground(page, 'addTimer', { kind: 'manual', buyer, note: '回访满意度', dueAt: Date.now() + 7_200_000 });
  /** The background stops answering (its storage read never returns) and the popup cannot read IndexedDB itself. */
  const openWithoutAnswers = async () => {
    await browser.worker.evaluate(() => {
      const worker = globalThis as { answering?: typeof chrome.storage.local.get };
      worker.answering ??= chrome.storage.local.get;
      chrome.storage.local.get = () => new Promise(() => undefined);
    });
    const popup = await browser.context.newPage();
    await popup.addInitScript(() => {
      indexedDB.open = () => {
        throw new DOMException('blocked by the test', 'UnknownError');
      };
    });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    return popup;
  };
  const keptOnly = await openWithoutAnswers();
  await expect(keptOnly.getByTestId('due-item')).toHaveCount(2);
  await expect(keptOnly.getByTestId('due-item').first()).toContainText('周五补发');
  await keptOnly.close();

  // Each change to the timers keeps the list anew (the worker answers again meanwhile): the one done is gone from it.
  await browser.worker.evaluate(() => {
    const worker = globalThis as { answering?: typeof chrome.storage.local.get };
    chrome.storage.local.get = worker.answering!;
  });
  await callBackground(page, 'setTimerDone', { id: soon.id, done: true });
  const afterChange = await openWithoutAnswers();
  await expect(afterChange.getByTestId('due-item')).toHaveCount(1);
  await expect(afterChange.getByTestId('due-item')).toContainText('回访满意度');
});
