import { expect, test } from '@playwright/test';
import { callBackground, type ExtensionBrowser, fixtureUrl, openPopupFor, perTestBrowser, readFixture, readStore } from './harness';

// The extension API inside `worker.evaluate` callbacks, which run in the service worker.
declare const chrome: typeof import('wxt/browser').browser;

const REVIEWS = fixtureUrl('pinduoduo-reviews');

// A fresh browser and profile for every test.
const browser = perTestBrowser();

/** Makes the watched tab due now and fires the watch alarm, as Chrome would after the interval. */
async function checkWatchedTabsNow(worker: ExtensionBrowser['worker']) {
  await worker.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kefu-lens');
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          const store = tx.objectStore('meta');
          const request = store.get('watched');
          request.onsuccess = () => store.put((request.result as Array<{ nextCheckAt: number }>).map((tab) => ({ ...tab, nextCheckAt: Date.now() - 1 })), 'watched');
          tx.oncomplete = () => {
            open.result.close();
            (chrome.alarms.onAlarm as unknown as { dispatch(alarm: { name: string; scheduledTime: number }): void }).dispatch({ name: 'kefu-watch', scheduledTime: Date.now() });
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Working hours all day (the test may run at any hour), then the tab watched from the popup. */
async function watch(page: import('@playwright/test').Page) {
  const settingsPage = await browser.context.newPage();
  await settingsPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const settings = (await callBackground(settingsPage, 'getSettings', undefined)) as Record<string, unknown>;
  await callBackground(settingsPage, 'saveSettings', { ...settings, workingHours: { start: '00:00', end: '23:59' } });
  await settingsPage.close();
  const popup = await openPopupFor(browser, page);
  await popup.getByRole('button', { name: '监控此页的新差评' }).click();
  await expect(popup.getByTestId('watched-tab')).toHaveCount(1);
  await expect(popup.getByTestId('watched-last-checked')).toHaveText('尚未检查');
  await popup.close();
}

/** Records the titles of the notifications the background shows from now on. */
async function recordNotifications() {
  await browser.worker.evaluate(() => {
    const shown: string[] = [];
    const create = chrome.notifications.create.bind(chrome.notifications) as unknown as (id: string, options: { title: string }) => Promise<string>;
    Object.assign(self, { shownNotifications: shown });
    (chrome.notifications as unknown as { create: typeof create }).create = (id, options) => {
      shown.push(`${id.split(':')[0]}|${options.title}`);
      return create(id, options);
    };
  });
  return () => browser.worker.evaluate(() => (self as unknown as { shownNotifications: string[] }).shownNotifications);
}

const NEW_REVIEW = (html: string) => html.replace('260410-662259689903207', '260420-111111111111111').replace('阿***', '新***');

test('a watched review tab is refreshed by the page’s own 查询 button when it has one: no page load, the new 差评 gets its case', async () => {
  const page = await browser.context.newPage();
  await page.goto(REVIEWS);
  await expect.poll(async () => (await readStore(browser.worker, 'cases')).length).toBe(5);
  await watch(page);
  // The console's own query re-renders the list from its server: here, the rows with a new 1★ review first.
  const rows = NEW_REVIEW(readFixture('pinduoduo/review-list.html')).match(/<tbody[^>]*>([\s\S]*)<\/tbody>/)![1]!;
  await page.evaluate((html) => {
    Object.assign(window, { sameDocument: true, queries: 0 });
    const button = [...document.querySelectorAll('button')].find((el) => el.textContent?.trim() === '查询')!;
    button.addEventListener('click', () => {
      (window as unknown as { queries: number }).queries++;
      document.querySelector('tbody')!.innerHTML = html;
    });
  }, rows);
  const notifications = await recordNotifications();
  let loads = 0;
  page.on('load', () => loads++);

  await checkWatchedTabsNow(browser.worker);
  await expect(page.locator('[data-kefu-key="pinduoduo:260420-111111111111111"] kefu-badge button')).toContainText('待联系');
  expect(await page.evaluate(() => {
    const { sameDocument, queries } = window as unknown as { sameDocument?: boolean; queries: number };
    return { sameDocument, queries };
  })).toEqual({ sameDocument: true, queries: 1 });
  expect(loads).toBe(0);
  await expect.poll(async () => (await readStore(browser.worker, 'cases')).length).toBe(6);
  await expect.poll(notifications).toEqual(['kefu-new-review|新差评：新***']);
});

test('a watched review tab without a query button is reloaded when idle; a new 差评 raises a notification and gets its case', async () => {
  // A list page without its own query button (some consoles, some layouts).
  const withoutQueryButton = readFixture('pinduoduo/review-list.html').replace(/<button[^>]*>查询<\/button>/, '');
  const page = await browser.context.newPage();
  await page.route(REVIEWS, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: withoutQueryButton }));
  await page.goto(REVIEWS);
  await page.unroute(REVIEWS);
  await expect(page.locator('kefu-badge button').first()).toContainText('待联系');
  await expect.poll(async () => (await readStore(browser.worker, 'cases')).length).toBe(5);

  await watch(page);
  await expect.poll(() => browser.worker.evaluate(() => chrome.alarms.get('kefu-watch').then((alarm) => alarm?.scheduledTime ?? 0))).toBeGreaterThan(Date.now() + 11 * 60_000);

  // Meanwhile a buyer leaves a new 1★ review: the next load of the list shows it first.
  await page.route(REVIEWS, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: NEW_REVIEW(withoutQueryButton) }));
  const notifications = await recordNotifications();

  // The agent has not touched the tab since it loaded: the page reloads itself.
  const reloaded = page.waitForEvent('load');
  await checkWatchedTabsNow(browser.worker);
  await reloaded;
  await expect(page.locator('[data-kefu-key="pinduoduo:260420-111111111111111"] kefu-badge button')).toContainText('待联系');
  await expect.poll(async () => (await readStore(browser.worker, 'cases')).length).toBe(6);
  await expect.poll(notifications).toEqual(['kefu-new-review|新差评：新***']);
  let popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('watched-last-checked')).toContainText('上次检查');
  await popup.close();

  // Now the agent works in the tab: the next check leaves it alone and says why.
  await page.mouse.click(5, 5);
  let loads = 0;
  page.on('load', () => loads++);
  await checkWatchedTabsNow(browser.worker);
  popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('watched-last-checked')).toContainText('你正在此页操作');
  expect(loads).toBe(0);
});
