import { expect, test } from '@playwright/test';
import { callBackground, fixtureUrl, perTestBrowser, readStore } from './harness';

// A fresh browser and profile for every test.
const browser = perTestBrowser();

/** The built-in public reply for 质量问题: no variables, nothing private. */
const QUALITY_PUBLIC_REPLY = '非常抱歉商品给您带来了不好的体验！您反馈的问题我们已经转给品控同事核查改进。麻烦您联系在线客服，我们为您安排退换货，来回运费由我们承担。';

test('a flagged review’s panel suggests public replies for its cause; one click opens the React reply dialog and fills it', async () => {
  const page = await browser.context.newPage();
  await page.goto(fixtureUrl('harness-pdd-review-list-react'));
  const textarea = page.locator('textarea[data-testid="beast-core-textArea-htmlInput"]');
  await expect(textarea).toHaveCount(0);

  await page.locator('[data-kefu-key="pinduoduo:260410-662259689903207"] kefu-badge button').click();
  const panel = page.locator('kefu-panel');
  await expect(panel.getByTestId('panel-cause')).toContainText('质量问题');
  const suggestions = panel.getByTestId('suggestion');
  await expect(suggestions).toHaveCount(3);
  await expect(suggestions.first()).toContainText('评价回复·质量问题');
  // Suggestions for the 质量问题 public reply only: none of another cause.
  for (const text of await suggestions.allTextContents()) expect(text).toMatch(/质量|品质|问题/);

  await suggestions.first().getByRole('button', { name: '填入回复框' }).click();
  await expect(textarea).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.harness.model())).toBe(QUALITY_PUBLIC_REPLY);
  await expect(textarea).toHaveAttribute('data-kefu-inserted', /.+/);
  await expect(panel.getByTestId('suggest-status')).toHaveText('已填入回复框，请检查后再点“回复”。');
});

test('remedies show their cost; choosing one records it and the budget left today drops; going over warns first', async () => {
  const page = await browser.context.newPage();
  await page.goto(fixtureUrl('harness-pdd-review-list-react'));
  await page.locator('[data-kefu-key="pinduoduo:260410-662259689903207"] kefu-badge button').click();
  const panel = page.locator('kefu-panel');
  const remedies = panel.getByTestId('remedy');
  const budget = panel.getByTestId('budget-left');
  // 质量问题: exchange (shipping both ways 2 × 10 yuan + the goods), partial refund (20% of the order), a 15-yuan coupon.
  await expect(remedies).toHaveCount(3);
  await expect(remedies.nth(0)).toContainText('退换货（来回运费店铺出） · 成本至少 20 元（填订单金额后算准）');
  await expect(remedies.nth(1)).toContainText('部分退款（商品保留） · 成本至少 0 元');
  await expect(remedies.nth(2)).toContainText('优惠券 · 成本 15 元');
  await expect(budget).toHaveText('今日补偿预算剩余 100 元（共 100 元）');

  await remedies.nth(2).getByRole('button', { name: '选择' }).click();
  await expect(panel.getByTestId('suggest-status')).toContainText('已记录「优惠券」，成本 15 元');
  await expect(budget).toHaveText('今日补偿预算剩余 85 元（共 100 元）');

  await panel.getByLabel('订单金额（元，可选）').fill('200');
  await expect(remedies.nth(0)).toContainText('成本 120 元');
  await expect(remedies.nth(1)).toContainText('部分退款（商品保留） · 成本 40 元');
  await remedies.nth(0).getByRole('button', { name: '选择' }).click();
  await expect(panel.getByTestId('budget-warning')).toHaveText('选择后将超出今日预算 35 元。确实要给，请再点一次“仍然选择”。');
  await expect(budget).toHaveText('今日补偿预算剩余 85 元（共 100 元）');
  await remedies.nth(0).getByRole('button', { name: '仍然选择' }).click();
  await expect(panel.getByTestId('suggest-status')).toContainText('已记录「退换货（来回运费店铺出）」，成本 120 元');
  await expect(budget).toHaveText('今日补偿预算剩余 0 元（共 100 元）');
  await expect(panel.getByTestId('budget-warning')).toHaveCount(0);

  // The ledger survives a reload: another review of the same day sees what is left.
  await page.reload();
  await page.locator('[data-kefu-key="pinduoduo:260411-103948572615023"] kefu-badge button').click();
  await expect(page.locator('kefu-panel').getByTestId('budget-left')).toHaveText('今日补偿预算剩余 0 元（共 100 元）');
});

test('a chosen remedy lands on the review’s case with its cost (已提方案) and its remedy-offer reply is shown filled, to copy into the chat', async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await browser.context.newPage();
  await page.goto(fixtureUrl('harness-pdd-review-list-react'));
  await page.locator('[data-kefu-key="pinduoduo:260410-662259689903207"] kefu-badge button').click();
  const panel = page.locator('kefu-panel');
  await expect(panel.getByTestId('case-stage')).toHaveText('待联系');
  // The case's step: first-contact replies for the chat, beside the public replies.
  const chat = panel.getByTestId('chat-replies');
  await expect(chat.getByTestId('copy-reply')).toHaveCount(2);
  await expect(chat.getByTestId('copy-reply').first()).toContainText('下一步（首次联系）');

  await panel.getByLabel('订单金额（元，可选）').fill('200');
  await expect(panel.getByTestId('remedy').nth(1)).toContainText('成本 40 元');
  await panel.getByTestId('remedy').nth(1).getByRole('button', { name: '选择' }).click();
  await expect(panel.getByTestId('suggest-status')).toHaveText('已记录「部分退款（商品保留）」，成本 40 元，并记入工单。');
  await expect(panel.getByTestId('case-stage')).toHaveText('已提方案');
  await expect(panel.getByTestId('case-history')).toContainText('方案：部分退款（商品保留）（已选，40 元）、退换货（来回运费店铺出）、优惠券');

  // The offer, said in the chat (the review reply is public): the partial refund's 40 yuan filled in.
  const offer = chat.getByTestId('copy-reply').first();
  await expect(offer).toContainText('提出方案');
  await expect(chat).toContainText('评价回复是公开的');
  for (const input of await offer.locator('input').all()) await input.fill('阿姨');
  const text = (await offer.getByTestId('copy-reply-text').textContent())!;
  expect(text).toContain('40元');
  expect(text).not.toMatch(/[{}]/);
  await offer.getByRole('button', { name: '复制' }).click();
  await expect(offer).toContainText('已复制，可粘贴到聊天。');
  const reader = await browser.context.newPage();
  await reader.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(text);
  await reader.close();
  // The case moved on: the next step's replies are progress updates.
  await expect(chat).toContainText('下一步（进度告知）');

  const [stored] = (await readStore<{ reviewKey: string; stage: string; remedies: Array<{ kind: string; cost: number; chosen: boolean }> }>(browser.worker, 'cases')).filter(
    (c) => c.reviewKey === 'pinduoduo:260410-662259689903207',
  );
  expect(stored).toMatchObject({ stage: 'proposed' });
  expect(stored!.remedies).toContainEqual({ kind: 'partial_refund', cost: 40, chosen: true });
});

test('the shop settings on the options page price the remedies and set the daily budget', async () => {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const settings = options.getByTestId('shop-settings');
  await expect(settings.getByLabel('每日补偿预算（元）')).toHaveValue('100');
  await settings.getByLabel('每日补偿预算（元）').fill('-3');
  await settings.getByRole('button', { name: '保存设置' }).click();
  await expect(options.getByTestId('settings-message')).toContainText('每日补偿预算（元）：不能小于 0');
  await settings.getByLabel('每日补偿预算（元）').fill('60');
  await settings.getByLabel('优惠券面额（元）').fill('8');
  await settings.getByRole('button', { name: '保存设置' }).click();
  await expect(options.getByTestId('settings-message')).toHaveText('设置已保存。');

  const page = await browser.context.newPage();
  await page.goto(fixtureUrl('harness-pdd-review-list-react'));
  await page.locator('[data-kefu-key="pinduoduo:260410-662259689903207"] kefu-badge button').click();
  const panel = page.locator('kefu-panel');
  await expect(panel.getByTestId('remedy').nth(2)).toContainText('优惠券 · 成本 8 元');
  await expect(panel.getByTestId('budget-left')).toHaveText('今日补偿预算剩余 60 元（共 60 元）');
});

test('replies tied to the product of the page rank first: in the review panel and in the chat strip; one tied to another product never shows', async () => {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const library = (await callBackground(options, 'getLibrary', undefined)) as { groups: Array<{ id: string }>; replies: Array<Record<string, unknown>> };
  const reply = (id: string, title: string, text: string, fields: Record<string, unknown>) => ({ id, groupId: library.groups[0]!.id, code: '', title, text, intents: [], ...fields });
  // Added last: only the product tie can bring them first.
  library.replies.push(
    reply('fan-public', '风扇评价回复', '这款小风扇的开关在底座背面，长按三秒开机。收到有问题的商品请直接联系客服，我们负责退换。', { causes: ['quality_defect'], stages: ['public_reply'], product: '便携USB小风扇' }),
    reply('kettle-public', '水壶评价回复', '这款水壶第一次使用前请先烧两壶清水倒掉。', { causes: ['quality_defect'], stages: ['public_reply'], product: '电热水壶' }),
    reply('socks-first', '羊毛袜少件', '您好，羊毛袜是5双一包真空压缩的，有时两双会粘在一起，麻烦您再拆开看看；真的少了我马上补发。', { causes: ['wrong_or_missing_item'], stages: ['first_contact'], product: '加厚羊毛袜' }),
  );
  await callBackground(options, 'saveLibrary', { groups: library.groups, replies: library.replies });

  const page = await browser.context.newPage();
  await page.goto(fixtureUrl('harness-pdd-review-list-react'));
  await page.locator('[data-kefu-key="pinduoduo:260410-662259689903207"] kefu-badge button').click();
  const suggestions = page.locator('kefu-panel').getByTestId('suggestion');
  await expect(suggestions).toHaveCount(3);
  await expect(suggestions.first()).toContainText('风扇评价回复');
  await expect(page.locator('kefu-panel')).not.toContainText('水壶评价回复');

  const chat = await browser.context.newPage();
  await chat.goto(fixtureUrl('harness-pdd-chat-vue'));
  await chat.locator('textarea#replyTextarea').click();
  await expect(chat.locator('kefu-assist').getByTestId('chat-suggestion').first()).toHaveText('羊毛袜少件');
});
