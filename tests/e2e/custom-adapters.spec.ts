import { expect, test } from '@playwright/test';
import { fixtureUrl, perTestBrowser } from './harness';

const browser = perTestBrowser();

test('an agent teaches Kefu Lens an unknown console in the options page, with live match counts', async () => {
  const page = await browser.context.newPage();
  await page.goto(fixtureUrl('jd-shop-comments'));
  // Before: only the generic reader's guess.
  await expect(page.locator('[data-kefu-key^="generic:shop.jd.com:"]')).toHaveCount(3);

  await page.bringToFront();
  const tabId = await browser.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  });
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html?tabId=${tabId}`);
  await options.getByRole('button', { name: '新建适配' }).click();
  const editor = options.getByTestId('custom-editor');
  await editor.getByLabel('名称').fill('京东商品评价');
  await editor.getByLabel('标识').fill('jd-comments');
  await editor.getByLabel('适用网址').fill('*://shop.jd.com/jdm/comment/*');
  await editor.locator('input[name="reviewItem"]').fill('.jdm-comment');
  await expect(editor.locator('label', { has: options.locator('input[name="reviewItem"]') }).locator('output')).toHaveText('匹配 3 个');
  await editor.locator('input[name="rating"]').fill('.jdm-score[');
  await expect(editor.locator('label', { has: options.locator('input[name="rating"]') }).locator('output')).toHaveText('选择器无效');
  await editor.locator('input[name="rating"]').fill('.jdm-score');
  await editor.locator('input[name="reviewText"]').fill('.jdm-content');
  await editor.locator('input[name="buyer"]').fill('.jdm-user');
  await editor.locator('input[name="orderId"]').fill('.jdm-order');
  await editor.locator('input[name="replyBox"]').fill('textarea.jdm-reply');
  await expect(editor.locator('label', { has: options.locator('input[name="replyBox"]') }).locator('output')).toHaveText('匹配 1 个');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(options.getByTestId('custom-message')).toHaveText('已保存。');
  await expect(options.getByTestId('custom-list')).toContainText('京东商品评价');

  await page.reload();
  await expect(page.locator('[data-kefu-key^="generic:jd-comments:"]')).toHaveCount(3);
  expect(await page.$$eval('[data-kefu-level]', (rows) => rows.map((row) => row.getAttribute('data-kefu-level')))).toEqual(['negative', 'neutral', 'positive']);
  await expect(page.locator('textarea.jdm-reply')).toHaveAttribute('data-kefu-input', 'generic');
});

test('a bad adapter file is refused with the field that is wrong, and nothing is imported', async () => {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const bad = { kind: 'kefu-lens/custom-adapters', version: 1, adapters: [{ id: 'ok', name: 'A', matches: ['https://a.example/*'], pageKind: 'reviews', selectors: { reviewItem: '.a' } }, { id: 'b', name: 'B', matches: ['https://b.example/*'], pageKind: 'reviews', selectors: { reviewItem: 'div[' } }] };
  await options.getByTestId('custom-import').setInputFiles({ name: 'adapters.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(options.getByTestId('custom-message')).toContainText('adapters[1].selectors.reviewItem');
  await expect(options.getByText('还没有自定义适配。')).toBeVisible();

  const good = { ...bad, adapters: [bad.adapters[0]] };
  await options.getByTestId('custom-import').setInputFiles({ name: 'adapters.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(options.getByTestId('custom-message')).toHaveText('已导入 1 个适配。');
  await expect(options.getByTestId('custom-list')).toContainText('https://a.example/*');
});
