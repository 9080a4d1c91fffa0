import { expect, test, type Page } from '@playwright/test';
import { fillsPublicReply, fixtureUrl, levelsOnPage, openPopupFor, perTestBrowser } from './harness';

const REVIEWS = fixtureUrl('douyin-reviews');

/** Level of every review read, by key: the tag when shown, else the stars. */
const EXPECTED_LEVELS = {
  'douyin:7356201938475610293': 'negative',
  'douyin:7356201938475610294': 'neutral',
  'douyin:7356201938475610295': 'positive',
  'douyin:7356201938475610297': 'negative',
  'douyin:7356201938475610298': 'neutral',
  'douyin:6938475610293847567': 'negative',
};

const badgeOf = (page: Page, key: string) => page.locator(`[data-kefu-key="douyin:${key}"] kefu-badge button`);

const browser = perTestBrowser();

test('抖店: levels from tags and stars, badges, popup counts; hostile text stays text', async () => {
  const page = await browser.context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto(REVIEWS);

  await expect(page.locator('[data-kefu-level]')).toHaveCount(6);
  expect(await levelsOnPage(page)).toEqual(EXPECTED_LEVELS);
  await expect(page.locator('kefu-badge')).toHaveCount(5);
  await expect(badgeOf(page, '7356201938475610293')).toContainText('差评');
  await expect(badgeOf(page, '7356201938475610293')).toContainText('质量问题');
  await expect(badgeOf(page, '7356201938475610294')).toContainText('中评');

  await badgeOf(page, '7356201938475610297').click();
  const panel = page.locator('kefu-panel');
  await expect(panel.getByText('<b>抖***')).toBeVisible();
  await expect(panel.locator('dd').first()).toHaveText('差评 2星');
  await expect(page).toHaveTitle('评价管理 - 抖店');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(pageErrors).toEqual([]);

  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('popup-platform')).toHaveText('抖店/飞鸽');
  await expect(popup.getByTestId('popup-page-kind')).toHaveText('评价列表');
  await expect(popup.getByTestId('popup-read')).toHaveText('6');
  await expect(popup.getByTestId('popup-negative')).toHaveText('3');
  await expect(popup.getByTestId('popup-neutral')).toHaveText('2');
  await expect(popup.getByTestId('popup-no-text')).toHaveText('1');
  await expect(popup.getByTestId('popup-unreadable')).toHaveText('1');
});

test('抖店: rows appended later (next page loaded below) are read once', async () => {
  const page = await browser.context.newPage();
  await page.goto(REVIEWS);
  await expect(page.locator('kefu-badge')).toHaveCount(5);

  await page.evaluate(() => {
    const template = document.querySelector('tr[data-row-key="7356201938475610294"]')!;
    const row = template.cloneNode(true) as Element;
    for (const name of ['data-kefu-level', 'data-kefu-key', 'data-kefu-tint']) row.removeAttribute(name);
    row.querySelectorAll('kefu-badge').forEach((badge) => badge.remove());
    row.setAttribute('data-row-key', '7356201938475610400');
    row.querySelector('.ant-tag')!.textContent = '差评';
    document.querySelector('.ant-table-tbody')!.append(row);
  });
  await expect(page.locator('[data-kefu-key="douyin:7356201938475610400"]')).toHaveAttribute('data-kefu-level', 'negative');
  await expect(page.locator('kefu-badge')).toHaveCount(6);
  await expect(page.locator('[data-kefu-level]')).toHaveCount(7);
});

test('抖店: a suggested public reply opens the row’s 回复 dialog and fills it', async () => {
  const page = await browser.context.newPage();
  await page.goto(REVIEWS);
  await fillsPublicReply(page, badgeOf(page, '7356201938475610293'), page.locator('.ant-modal textarea'), 'douyin');
});
