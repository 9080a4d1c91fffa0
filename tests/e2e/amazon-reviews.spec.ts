import { expect, test, type Page } from '@playwright/test';
import { fixtureUrl, levelsOnPage, openPopupFor, perTestBrowser } from './harness';

const FEEDBACK = fixtureUrl('amazon-feedback');

/** Level of every feedback read, by order id: 1–2★ negative, 3★ neutral. */
const EXPECTED_LEVELS = {
  'amazon:112-1234567-1234567': 'negative',
  'amazon:113-2345678-2345678': 'neutral',
  'amazon:114-3456789-3456789': 'positive',
  'amazon:112-5678901-5678901': 'negative',
  'amazon:113-6789012-6789012': 'negative',
};

const badgeOf = (page: Page, orderId: string) => page.locator(`[data-kefu-key="amazon:${orderId}"] kefu-badge button`);

const browser = perTestBrowser();

test('Feedback Manager: levels by stars, badges, popup counts; hostile text stays text', async () => {
  const page = await browser.context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto(FEEDBACK);

  await expect(page.locator('[data-kefu-level]')).toHaveCount(5);
  expect(await levelsOnPage(page)).toEqual(EXPECTED_LEVELS);
  await expect(page.locator('kefu-badge')).toHaveCount(4);
  await expect(badgeOf(page, '112-1234567-1234567')).toContainText('差评');
  await expect(badgeOf(page, '113-2345678-2345678')).toContainText('中评');

  await badgeOf(page, '112-5678901-5678901').click();
  const panel = page.locator('kefu-panel');
  await expect(panel.locator('dd').first()).toHaveText('差评 2星');
  await expect(panel.getByText('112-5678901-5678901')).toBeVisible();
  await expect(page).toHaveTitle('Feedback Manager - Amazon Seller Central');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(pageErrors).toEqual([]);

  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('popup-platform')).toHaveText('亚马逊');
  await expect(popup.getByTestId('popup-page-kind')).toHaveText('评价列表');
  await expect(popup.getByTestId('popup-read')).toHaveText('5');
  await expect(popup.getByTestId('popup-negative')).toHaveText('3');
  await expect(popup.getByTestId('popup-neutral')).toHaveText('1');
  await expect(popup.getByTestId('popup-no-text')).toHaveText('1');
  await expect(popup.getByTestId('popup-unreadable')).toHaveText('1');
});

test('Feedback Manager: leaving for another Seller Central route removes every mark, coming back restores them', async () => {
  const page = await browser.context.newPage();
  await page.goto(FEEDBACK);
  await expect(page.locator('kefu-badge')).toHaveCount(4);

  await page.evaluate(() => history.pushState(null, '', '/home'));
  await expect(page.locator('[data-kefu-level]')).toHaveCount(0);
  await expect(page.locator('kefu-badge')).toHaveCount(0);
  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('popup-kind-unsupported')).toContainText('亚马逊');
  await popup.close();

  await page.evaluate(() => history.back());
  await expect(page.locator('[data-kefu-level]')).toHaveCount(5);
  await expect(page.locator('kefu-badge')).toHaveCount(4);
});
