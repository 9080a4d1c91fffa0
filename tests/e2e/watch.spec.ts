import { expect, test } from '@playwright/test';
import { callBackground, fixtureUrl, launchWithExtension, openPopupFor, readFixture, readStore, removeProfile, type ExtensionBrowser } from './harness';

// The extension API inside `worker.evaluate` callbacks, which run in the service worker.
declare const chrome: typeof import('wxt/browser').browser;

const REVIEWS = fixtureUrl('pinduoduo-reviews');

let browser: ExtensionBrowser;
test.beforeEach(async () => {
  browser = await launchWithExtension();
});
test.afterEach(async () => {
  await browser.close();
  removeProfile(browser.profileDir);
});

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

test('a watched review tab is refreshed when idle; a new 差评 raises a notification and gets its case', async () => {
  const settingsPage = await browser.context.newPage();
  await settingsPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const settings = (await callBackground(settingsPage, 'getSettings', undefined)) as Record<string, unknown>;
  await callBackground(settingsPage, 'saveSettings', { ...settings, workingHours: { start: '00:00', end: '23:59' } });
  await settingsPage.close();

  const page = await browser.context.newPage();
  await page.goto(REVIEWS);
  await expect(page.locator('kefu-badge button').first()).toContainText('待联系');
  await expect.poll(async () => (await readStore(browser.worker, 'cases')).length).toBe(5);

  let popup = await openPopupFor(browser, page);
  await popup.getByRole('button', { name: '监控此页的新差评' }).click();
  await expect(popup.getByTestId('watched-tab')).toHaveCount(1);
  await expect(popup.getByTestId('watched-last-checked')).toHaveText('尚未检查');
  await expect.poll(() => browser.worker.evaluate(() => chrome.alarms.get('kefu-watch').then((alarm) => alarm?.scheduledTime ?? 0))).toBeGreaterThan(Date.now() + 11 * 60_000);
  await popup.close();

  // Meanwhile a buyer leaves a new 1★ review: the next load of the list shows it first.
  await page.route(REVIEWS, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFixture('pinduoduo/review-list.html').replace('260410-662259689903207', '260420-111111111111111').replace('阿***', '新***') }),
  );
  await browser.worker.evaluate(() => {
    const shown: string[] = [];
    const create = chrome.notifications.create.bind(chrome.notifications) as unknown as (id: string, options: { title: string }) => Promise<string>;
    Object.assign(self, { shownNotifications: shown });
    (chrome.notifications as unknown as { create: typeof create }).create = (id, options) => {
      shown.push(`${id.split(':')[0]}|${options.title}`);
      return create(id, options);
    };
  });

  // The agent has not touched the tab since it loaded: the page reloads itself.
  const reloaded = page.waitForEvent('load');
  await checkWatchedTabsNow(browser.worker);
  await reloaded;
  await expect(page.locator('[data-kefu-key="pinduoduo:260420-111111111111111"] kefu-badge button')).toContainText('待联系');
  await expect.poll(async () => (await readStore(browser.worker, 'cases')).length).toBe(6);
  await expect.poll(() => browser.worker.evaluate(() => (self as unknown as { shownNotifications: string[] }).shownNotifications)).toEqual(['kefu-new-review|新差评：新***']);
  popup = await openPopupFor(browser, page);
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
