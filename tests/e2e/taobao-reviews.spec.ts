import { expect, test, type Page } from '@playwright/test';
import { fillsPublicReply, fixtureUrl, levelsOnPage, openPopupFor, perTestBrowser } from './harness';

const REVIEWS = fixtureUrl('taobao-reviews');

/** Level of every review read, by key (the data-kefu-level contract). 千牛 shows levels, not stars. */
const EXPECTED_LEVELS = {
  'taobao:3928475610293847561:612345678901': 'negative',
  'taobao:3928475610293847562:598273645120': 'neutral',
  'taobao:3928475610293847563:612345678901': 'positive',
  'taobao:3928475610293847565:598273645120': 'positive',
  'taobao:3928475610293847566:612345678901': 'negative',
  'taobao:3928475610293847567:598273645120': 'neutral',
  'taobao:3928475610293847568:598273645120': 'neutral',
};

const badgeOf = (page: Page, key: string) => page.locator(`[data-kefu-key="taobao:${key}"] kefu-badge button`);

const browser = perTestBrowser();

test('千牛: levels from 好评/中评/差评, the 追评 row belongs to its review, hostile text stays text', async () => {
  const page = await browser.context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto(REVIEWS);

  await expect(page.locator('[data-kefu-level]')).toHaveCount(7);
  expect(await levelsOnPage(page)).toEqual(EXPECTED_LEVELS);
  // Five 中评/差评, and the 系统默认好评 whose 追评 complains.
  await expect(page.locator('kefu-badge')).toHaveCount(6);
  await expect(page.locator('[data-kefu-key="taobao:3928475610293847565:598273645120"]')).toHaveAttribute('data-kefu-recovery', 'hidden-complaint');
  await expect(badgeOf(page, '3928475610293847565:598273645120')).toContainText('好评中有投诉');
  // The 追评 is tinted with its review's level, never counted as a review of its own.
  await expect(page.locator('tr.next-table-expanded-row').first()).toHaveAttribute('data-kefu-tint', 'negative');
  await expect(page.locator('tr.next-table-expanded-row[data-kefu-level]')).toHaveCount(0);
  await expect(badgeOf(page, '3928475610293847561:612345678901')).toContainText('差评');
  await expect(badgeOf(page, '3928475610293847561:612345678901')).toContainText('质量问题');
  await expect(badgeOf(page, '3928475610293847562:598273645120')).toContainText('中评');

  // A level without stars: the panel shows the level and no star count.
  await badgeOf(page, '3928475610293847561:612345678901').click();
  const panel = page.locator('kefu-panel');
  await expect(panel.getByTestId('panel-level')).toHaveText('差评');
  await expect(panel.locator('dd').first()).toHaveText('差评');
  // The agent closes the panel (it may cover the next row) before opening another.
  await page.keyboard.press('Escape');

  await badgeOf(page, '3928475610293847566:612345678901').click();
  await expect(panel.getByText('<b>j**')).toBeVisible();
  await expect(page).toHaveTitle('评价管理 - 千牛卖家工作台');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(pageErrors).toEqual([]);

  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('popup-platform')).toHaveText('淘宝/天猫 千牛');
  await expect(popup.getByTestId('popup-page-kind')).toHaveText('评价列表');
  await expect(popup.getByTestId('popup-read')).toHaveText('7');
  await expect(popup.getByTestId('popup-negative')).toHaveText('2');
  await expect(popup.getByTestId('popup-neutral')).toHaveText('3');
  await expect(popup.getByTestId('popup-no-text')).toHaveText('1');
  await expect(popup.getByTestId('popup-unreadable')).toHaveText('1');
});

test('千牛: the table body replaced by the next page is read, emotion labels included', async () => {
  const page = await browser.context.newPage();
  await page.goto(REVIEWS);
  await expect(page.locator('[data-kefu-level]')).toHaveCount(7);

  // Fusion re-renders the rows when the agent turns the page: the old rows go, new ones come.
  await page.evaluate(() => {
    const body = document.querySelector<HTMLTableSectionElement>('tbody.next-table-body')!;
    const [row, expanded] = [body.rows[0]!, body.rows[1]!].map((el) => el.cloneNode(true) as HTMLTableRowElement);
    for (const el of [row!, expanded!]) {
      for (const name of ['data-kefu-level', 'data-kefu-key', 'data-kefu-tint']) el.removeAttribute(name);
      el.querySelectorAll('kefu-badge').forEach((badge) => badge.remove());
    }
    row!.innerHTML = row!.innerHTML.replace('3928475610293847561', '3928475610293847570').replace('>差评<', '>负面<');
    body.replaceChildren(row!, expanded!);
  });
  await expect(page.locator('[data-kefu-level]')).toHaveCount(1);
  await expect(page.locator('[data-kefu-key="taobao:3928475610293847570:612345678901"]')).toHaveAttribute('data-kefu-level', 'negative');
  await expect(page.locator('tr.next-table-expanded-row')).toHaveAttribute('data-kefu-tint', 'negative');
  await expect(page.locator('kefu-badge')).toHaveCount(1);
  // The popup counts the rows the page shows now, not every row read since it opened.
  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('popup-read')).toHaveText('1');
  await expect(popup.getByTestId('popup-negative')).toHaveText('1');
  await expect(popup.getByTestId('popup-no-text')).toHaveText('0');
});

test('千牛: a suggested public reply opens the row’s 评价回复 dialog and fills it', async () => {
  const page = await browser.context.newPage();
  await page.goto(REVIEWS);
  await fillsPublicReply(page, badgeOf(page, '3928475610293847561:612345678901'), page.locator('.next-dialog textarea'), 'taobao');
});
