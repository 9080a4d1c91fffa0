import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { FIXTURES_DIR } from '../../scripts/lib/fixture-server.mjs';
import { fixtureUrl, perTestBrowser } from './harness';

// A fresh browser and profile for every test.
const browser = perTestBrowser();

const SIZE_CHART = '亲，纯棉T恤的尺码表：S 160/84A，M 165/88A，L 170/92A。';

async function openLibrary(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await expect(page.getByTestId('library-reply').first()).toBeVisible();
  return page;
}

const library = (page: Page) => page.getByTestId('library');
const rows = (page: Page) => page.getByTestId('library-reply');
const message = (page: Page) => page.getByTestId('library-message');
const search = (page: Page, query: string) => page.getByRole('searchbox', { name: '搜索文字、短码或拼音首字母' }).fill(query);

test('the agent builds the reply library: create, edit, search by pinyin initials, a 好评返现 template refused with the reason', async () => {
  const page = await openLibrary();
  const seeded = await rows(page).count();
  expect(seeded).toBeGreaterThan(200);

  await search(page, 'tkjd');
  await expect(rows(page).filter({ hasText: '退款进度' })).toHaveCount(1);

  await search(page, '');
  await library(page).getByRole('button', { name: '新建回复' }).click();
  const editor = page.getByTestId('library-editor');
  await editor.getByLabel('分组').selectOption({ label: '我的短语' });
  await editor.getByLabel('标题').fill('尺码表');
  await editor.getByLabel('短码').fill('CCB');
  await editor.getByLabel('回复内容').fill('亲，尺码表稍后发您。');
  await editor.getByLabel('绑定商品（商品名称或 ID，留空表示通用）').fill('纯棉T恤');
  await editor.getByLabel('尺码咨询').check();
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(message(page)).toHaveText('已保存。');
  await expect(rows(page)).toHaveCount(seeded + 1);

  await search(page, 'ccb');
  const created = rows(page).filter({ has: page.locator('td.code', { hasText: /^\/ccb$/ }) });
  await expect(created).toHaveCount(1);
  await expect(created).toContainText('尺码表');
  await created.getByRole('button', { name: '编辑' }).click();
  await editor.getByLabel('回复内容').fill(SIZE_CHART);
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(created).toContainText(SIZE_CHART);

  // Pinyin initials of a seeded title: 物流慢安抚 (w-l-m-a-f).
  await search(page, 'wlmaf');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText('物流慢安抚');

  await search(page, '');
  await library(page).getByRole('button', { name: '新建回复' }).click();
  await editor.getByLabel('标题').fill('改评');
  await editor.getByLabel('回复内容').fill('亲，改好评返5元，谢谢');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(message(page)).toHaveAttribute('role', 'alert');
  await expect(message(page)).toContainText('不能保存：把补偿（钱、红包、券、礼品、退款等）和修改/删除评价挂钩');
  await expect(message(page)).toContainText('「改好评返5元」');

  await page.reload();
  await expect(rows(page)).toHaveCount(seeded + 1);
  await expect(rows(page).filter({ hasText: '改好评返5元' })).toHaveCount(0);

  // The / palette draws on the library: the agent's new reply, by its short code, in a chat.
  const chat = await browser.context.newPage();
  await chat.goto(fixtureUrl('harness-pdd-chat-vue'));
  const input = chat.locator('textarea#replyTextarea');
  await expect(input).toHaveAttribute('data-kefu-input', /.+/);
  await input.click();
  await chat.keyboard.type('/ccb');
  await expect(chat.locator('kefu-quick-replies [role="option"]').first()).toContainText('尺码表');
  await chat.keyboard.press('Enter');
  await expect.poll(() => chat.evaluate(() => window.harness.model())).toBe(SIZE_CHART);
});

test('library export → import round-trips exactly; a GBK 千牛 CSV imports; a bad CSV is refused with row and column and changes nothing', async () => {
  const page = await openLibrary();
  const seeded = await rows(page).count();

  const [download] = await Promise.all([page.waitForEvent('download'), library(page).getByRole('button', { name: '导出 JSON' }).click()]);
  const exported = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(exported)).toMatchObject({ kind: 'kefu-lens/reply-library', version: 1 });

  page.on('dialog', (dialog) => void dialog.accept());
  await rows(page).filter({ hasText: '退款进度' }).getByRole('button', { name: '删除' }).click();
  await expect(rows(page)).toHaveCount(seeded - 1);

  await page.getByTestId('library-import-json').setInputFiles({ name: 'kefu-lens-replies.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(message(page)).toHaveText(`已导入回复库，共 ${seeded} 条回复。`);
  await expect(rows(page).filter({ hasText: '退款进度' })).toHaveCount(1);
  const [again] = await Promise.all([page.waitForEvent('download'), library(page).getByRole('button', { name: '导出 JSON' }).click()]);
  expect(readFileSync((await again.path())!, 'utf8')).toBe(exported);

  await page.getByTestId('library-import-csv').setInputFiles(`${FIXTURES_DIR}/library/qianniu-phrases-gbk.csv`);
  await expect(message(page)).toHaveText('已导入 4 条快捷短语。');
  await expect(rows(page)).toHaveCount(seeded + 4);
  const imported = page.locator('[data-testid="library-group"][data-group="售后"]');
  await expect(imported.getByTestId('library-reply')).toHaveCount(2);
  await expect(imported).toContainText('亲，退款已经在处理中，一般1-3个工作日到账，"请留意查收"。');

  await page.getByTestId('library-import-csv').setInputFiles(`${FIXTURES_DIR}/library/qianniu-phrases-bad.csv`);
  await expect(message(page)).toContainText('导入失败，回复库没有任何改动：第 4 行「快捷编码」：');
  await expect(rows(page)).toHaveCount(seeded + 4);
  await page.reload();
  await expect(rows(page)).toHaveCount(seeded + 4);
});
