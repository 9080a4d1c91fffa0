import { expect, test, type Page } from '@playwright/test';
import { fixturePort, fixtureUrl, levelsOnPage, openPopupFor, perTestBrowser } from './harness';

const REVIEWS = fixtureUrl('pinduoduo-reviews');

/** Level of every review the extension read, by order-based key (the data-kefu-level contract). */
const EXPECTED_LEVELS = {
  'pinduoduo:260410-662259689903207': 'negative',
  'pinduoduo:260411-103948572615023': 'negative',
  'pinduoduo:260411-558102937461182': 'neutral',
  'pinduoduo:260412-730019284756310': 'positive',
  'pinduoduo:260412-190384756201938': 'positive',
  'pinduoduo:260414-667382910475638': 'negative',
};

function badgeOf(page: Page, orderId: string) {
  return page.locator(`[data-kefu-key="pinduoduo:${orderId}"] kefu-badge button`);
}

const browser = perTestBrowser();

test('flags 差评 and 中评 rows with levels, badges and causes; hostile text stays text', async () => {
  const page = await browser.context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto(REVIEWS);

  await expect(page.locator('[data-kefu-level]')).toHaveCount(6);
  expect(await levelsOnPage(page)).toEqual(EXPECTED_LEVELS);
  // 3 差评 + 1 中评 by rating, and the 5★ review whose 追评 says the cup leaks.
  await expect(page.locator('kefu-badge')).toHaveCount(5);
  await expect(page.locator('[data-kefu-key="pinduoduo:260412-190384756201938"]')).toHaveAttribute('data-kefu-recovery', 'hidden-complaint');
  await expect(badgeOf(page, '260412-190384756201938')).toContainText('好评中有投诉');
  await expect(page.locator('[data-kefu-key="pinduoduo:260412-730019284756310"]')).not.toHaveAttribute('data-kefu-recovery', /.*/);
  await expect(badgeOf(page, '260410-662259689903207')).toContainText('差评');
  await expect(badgeOf(page, '260410-662259689903207')).toContainText('质量问题');
  await expect(badgeOf(page, '260411-558102937461182')).toContainText('中评');
  await expect(badgeOf(page, '260411-558102937461182')).toContainText('与描述不符');

  // The review carrying <img onerror> and <script> text: shown as text, never run.
  await expect(page).toHaveTitle('评价管理 - 拼多多商家后台');
  await badgeOf(page, '260414-667382910475638').click();
  await expect(page.locator('kefu-panel').getByText('<b>黑***')).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(pageErrors).toEqual([]);

  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('popup-platform')).toHaveText('拼多多');
  await expect(popup.getByTestId('popup-page-kind')).toHaveText('评价列表');
  await expect(popup.getByTestId('popup-read')).toHaveText('6');
  await expect(popup.getByTestId('popup-negative')).toHaveText('3');
  await expect(popup.getByTestId('popup-neutral')).toHaveText('1');
  await expect(popup.getByTestId('popup-hidden-complaints')).toHaveText('1');
  await expect(popup.getByTestId('popup-no-text')).toHaveText('2');
  await expect(popup.getByTestId('popup-unreadable')).toHaveText('1');
});

test('a note survives a reload and a browser restart', async () => {
  const note = '买家脾气急，晚上8点后联系；已承诺补发一个新风扇。';
  let page = await browser.context.newPage();
  await page.goto(REVIEWS);
  await badgeOf(page, '260410-662259689903207').click();
  const panel = page.locator('kefu-panel');
  await expect(panel.getByTestId('panel-level')).toHaveText('差评');
  await expect(panel.getByTestId('panel-cause')).toContainText('质量问题');
  // The words behind the cause are underlined in the review text.
  await expect(panel.getByTestId('panel-text').locator('mark').first()).toBeVisible();
  await panel.locator('#kefu-note').fill(note);
  await panel.getByRole('button', { name: '保存备注' }).click();
  await expect(panel.getByRole('status')).toContainText('已保存');
  await expect(badgeOf(page, '260410-662259689903207').getByLabel('有备注')).toBeVisible();

  await page.reload();
  await badgeOf(page, '260410-662259689903207').click();
  await expect(page.locator('kefu-panel #kefu-note')).toHaveValue(note);
  // Another review's note is its own.
  await page.keyboard.press('Escape');
  await expect(page.locator('kefu-panel')).toHaveCount(0);
  await badgeOf(page, '260411-103948572615023').click();
  await expect(page.locator('kefu-panel #kefu-note')).toHaveValue('');

  await browser.restart();
  page = await browser.context.newPage();
  await page.goto(REVIEWS);
  await expect(badgeOf(page, '260410-662259689903207').getByLabel('有备注')).toBeVisible();
  await badgeOf(page, '260410-662259689903207').click();
  await expect(page.locator('kefu-panel #kefu-note')).toHaveValue(note);
});

test('rows added later are read; leaving the route removes every mark, coming back restores them', async () => {
  const page = await browser.context.newPage();
  await page.goto(REVIEWS);
  await expect(page.locator('[data-kefu-level]')).toHaveCount(6);

  // Infinite scroll / next page: the app appends a copy of a 差评 group with a new order number.
  await page.evaluate(() => {
    const header = document.querySelector('[data-kefu-key="pinduoduo:260411-103948572615023"]')!;
    const content = header.nextElementSibling!;
    const [newHeader, newContent] = [header.cloneNode(true) as Element, content.cloneNode(true) as Element];
    for (const el of [newHeader, newContent]) {
      for (const name of ['data-kefu-level', 'data-kefu-key', 'data-kefu-tint']) el.removeAttribute(name);
      el.querySelectorAll('kefu-badge').forEach((badge) => badge.remove());
    }
    newHeader.innerHTML = newHeader.innerHTML.replace('260411-103948572615023', '260416-999999999999999');
    document.querySelector('tbody')!.append(newHeader, newContent);
  });
  await expect(page.locator('[data-kefu-key="pinduoduo:260416-999999999999999"]')).toHaveAttribute('data-kefu-level', 'negative');
  await expect(page.locator('kefu-badge')).toHaveCount(6);

  await page.evaluate(() => history.pushState(null, '', '/goods/list'));
  await expect(page.locator('[data-kefu-level]')).toHaveCount(0);
  await expect(page.locator('kefu-badge')).toHaveCount(0);
  await page.evaluate(() => history.back());
  await expect(page.locator('[data-kefu-level]')).toHaveCount(7);
  await expect(page.locator('kefu-badge')).toHaveCount(6);
});

test('the next page rendered into the same rows: each patched row is read again, the others keep their badges', async () => {
  const page = await browser.context.newPage();
  await page.goto(REVIEWS);
  await expect(page.locator('kefu-badge')).toHaveCount(5);
  await expect(badgeOf(page, '260410-662259689903207')).toContainText('质量问题');

  // A framework that reuses its row elements patches a 差评 row into a 5★ review of another order.
  await page.evaluate(() => {
    const header = document.querySelector('[data-kefu-key="pinduoduo:260410-662259689903207"]')!;
    header.querySelector('span')!.textContent = '订单编号：260430-222222222222222';
    for (const star of header.querySelectorAll('svg')) star.setAttribute('data-testid', 'beast-core-icon-star_filled');
    header.nextElementSibling!.querySelectorAll('td')[1]!.querySelector('div')!.textContent = '很好用，风力大，声音小，推荐购买。';
  });
  const patched = page.locator('[data-kefu-key="pinduoduo:260430-222222222222222"]');
  await expect(patched).toHaveAttribute('data-kefu-level', 'positive');
  await expect(page.locator('[data-kefu-key="pinduoduo:260410-662259689903207"]')).toHaveCount(0);
  await expect(patched).not.toHaveAttribute('data-kefu-tint', /.*/);
  await expect(patched.locator('kefu-badge')).toHaveCount(0);
  await expect(page.locator('kefu-badge')).toHaveCount(4);
  await expect(badgeOf(page, '260411-103948572615023')).toContainText('差评');

  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('popup-read')).toHaveText('6');
  await expect(popup.getByTestId('popup-negative')).toHaveText('2');
});

test('an unknown redesign: the page keeps working, the generic reader backs up, the popup says the adapter needs updating', async () => {
  const page = await browser.context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto(fixtureUrl('pinduoduo-reviews-redesigned'));
  await page.locator('#page-button').click();
  await expect(page.locator('#page-button')).toHaveText('页面仍可用');
  // The Pinduoduo reader finds none of its rows; the generic reader then marks the two rated cards.
  await expect(page.locator('[data-kefu-level]')).toHaveCount(2);
  expect(await page.$$eval('[data-kefu-level]', (cards) => cards.map((card) => card.getAttribute('data-kefu-level')))).toEqual(['negative', 'neutral']);
  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('popup-generic-fallback')).toContainText('适配需要更新');
  await expect(popup.getByTestId('popup-read')).toHaveText('2');
  expect(pageErrors).toEqual([]);
});

test('the popup says a non-seller page is not supported', async () => {
  const page = await browser.context.newPage();
  await page.goto(`http://localhost:${fixturePort()}/_demo/index.html`);
  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('popup-unsupported')).toContainText('不是受支持的卖家后台页面');
});
