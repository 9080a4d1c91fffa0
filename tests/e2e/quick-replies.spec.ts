import { expect, test, type Locator, type Page } from '@playwright/test';
import { fixtureUrl, perTestBrowser } from './harness';

/**
 * Quick replies on harness pages built with the real editor libraries, each served under its
 * platform's real URL so the real adapter recognises the input. The agent's keyboard drives
 * everything; assertions read the editor's own model (React state, Vue data, Quill getText()).
 */
interface Editor {
  name: string;
  route: string;
  /** The element the agent clicks and types into. */
  input: string;
}

const EDITORS: Editor[] = [
  { name: 'React textarea (PDD review reply)', route: 'harness-pdd-review-react', input: 'textarea[data-testid="beast-core-textArea-htmlInput"]' },
  { name: 'Vue 3 v-model textarea (PDD chat)', route: 'harness-pdd-chat-vue', input: 'textarea#replyTextarea' },
  { name: 'Quill 2 (Kuaishou)', route: 'harness-kuaishou-quill', input: 'div.ql-editor' },
  { name: 'plain contenteditable (JD 咚咚)', route: 'harness-jd-contenteditable', input: '.EditorContent' },
  { name: 'kat-textarea in an open shadow root (Amazon)', route: 'harness-amazon-kat-textarea', input: 'kat-textarea textarea' },
];

/** 退换货流程: no variables, four line breaks. */
const RETURN_STEPS =
  '亲，退换货可以这样操作：\n1. 在订单详情里点「申请售后」，选择退货或换货；\n2. 填写原因并上传照片；\n3. 审核通过后按页面上的地址寄回，记得保留快递单号。\n有问题随时找我哦。';

const browser = perTestBrowser();

const model = (page: Page) => page.evaluate(() => window.harness.model());
const palette = (page: Page) => page.locator('kefu-quick-replies [data-testid="quick-replies"]');
const options = (page: Page) => page.locator('kefu-quick-replies [role="option"]');

async function openEditor(editor: Editor): Promise<{ page: Page; input: Locator }> {
  const page = await browser.context.newPage();
  await page.goto(fixtureUrl(editor.route));
  const input = page.locator(editor.input);
  await expect(input).toHaveAttribute('data-kefu-input', /.+/);
  await input.click();
  return { page, input };
}

for (const editor of EDITORS) {
  test(`${editor.name}: / + short code + Enter inserts a multi-line reply the framework keeps`, async () => {
    const { page, input } = await openEditor(editor);
    await page.keyboard.type('/return');
    await expect(palette(page)).toBeVisible();
    await expect(options(page).first()).toContainText('退换货流程');
    await page.keyboard.press('Enter');
    await expect(palette(page)).toBeHidden();
    await expect.poll(() => model(page)).toBe(RETURN_STEPS);
    const strategy = await input.getAttribute('data-kefu-inserted');
    console.log(`${editor.name}: ${strategy}`);
    expect(strategy).toMatch(/^(value-setter|exec-command|paste|before-input)$/);
    // Nothing was sent: the text waits in the input for the agent.
    await page.keyboard.type('。');
    await expect.poll(() => model(page)).toBe(`${RETURN_STEPS}。`);
  });
}

const VUE_CHAT = EDITORS[1]!;
const REACT_REVIEW = EDITORS[0]!;
const QUILL = EDITORS[2]!;

test('pinyin initials find 退款…; a variable the page does not show opens the form; no placeholder reaches the input', async () => {
  const { page } = await openEditor(VUE_CHAT);
  await page.keyboard.type('/tk');
  await expect(options(page).first()).toContainText('退款进度');
  await page.keyboard.press('Enter');
  const form = page.locator('kefu-quick-replies [data-testid="quick-replies-form"]');
  await expect(form).toBeVisible();
  await expect(form.locator('input')).toHaveCount(1);
  await expect(form.locator('input[name="amount"]')).toBeFocused();
  // Back from the form: nothing was inserted, the agent's `/tk` is still there.
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  expect(await model(page)).toBe('/tk');
  await page.keyboard.press('Enter');
  await expect(form.locator('input[name="amount"]')).toBeFocused();
  await page.keyboard.type('12.50');
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();
  await expect.poll(() => model(page)).toBe('亲，您的退款已经处理好了，12.50元会原路退回，一般1～3个工作日到账，请留意查收。');
});

test('a reply with every variable: the page fills buyer, product and order, the form the rest; ranking follows the case and recent use', async () => {
  const { page, input } = await openEditor(VUE_CHAT);
  await page.keyboard.type('/');
  // The buyer wrote that a pair is missing: the replies for 错发/漏发 come first.
  await expect(options(page).first()).toContainText(/错发漏发|补发与补偿说明/);
  await page.keyboard.type('bufa');
  await page.keyboard.press('Enter');
  const form = page.locator('kefu-quick-replies [data-testid="quick-replies-form"]');
  expect(await form.locator('input').evaluateAll((inputs) => inputs.map((el) => (el as HTMLInputElement).name))).toEqual(['agentName', 'trackingNumber', 'link', 'amount']);
  await form.locator('input[name="agentName"]').fill('小李');
  await form.locator('input[name="trackingNumber"]').fill('SF1234567890');
  await form.locator('input[name="link"]').fill('https://example.com/t/SF1234567890');
  await form.locator('input[name="amount"]').fill('5');
  await form.locator('input[name="amount"]').press('Enter');
  const expected =
    '小王同学您好，我是客服小李。\n您订单261120-123456789012345里的加厚羊毛袜 5双装已经为您补发，快递单号SF1234567890，物流进度可以在这里查看：https://example.com/t/SF1234567890\n另外已为您退款5元作为补偿，给您添麻烦了，非常抱歉！';
  await expect.poll(() => model(page)).toBe(expected);
  expect(expected).not.toMatch(/[{}]/);

  // Next time: the agent's name is remembered, and the reply just used ranks first.
  await input.press('Control+a');
  await input.press('Backspace');
  await page.keyboard.type('/');
  await expect(options(page).first()).toContainText('补发与补偿说明');
  await page.keyboard.type('hi');
  await page.keyboard.press('Enter');
  await expect.poll(() => model(page)).toBe('小王同学您好，我是客服小李，很高兴为您服务，请问有什么可以帮您？');
});

test('Esc closes and keeps what was typed; / after other text stays a plain /', async () => {
  const { page, input } = await openEditor(REACT_REVIEW);
  await page.keyboard.type('/ret');
  await expect(palette(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await page.keyboard.type('x');
  await expect.poll(() => model(page)).toBe('/retx');
  await expect(palette(page)).toBeHidden();
  await input.press('Control+a');
  await input.press('Backspace');
  await page.keyboard.type('好的/');
  await page.waitForTimeout(300);
  await expect(palette(page)).toBeHidden();
  expect(await model(page)).toBe('好的/');
});

test('IME composition: nothing happens while composing; the committed text filters the list', async () => {
  const { page } = await openEditor(QUILL);
  const cdp = await browser.context.newCDPSession(page);
  // A `/` typed inside a composition (Chinese punctuation mode commits it as 、) opens nothing.
  await cdp.send('Input.imeSetComposition', { text: '/', selectionStart: 1, selectionEnd: 1 });
  await page.waitForTimeout(300);
  await expect(palette(page)).toBeHidden();
  await cdp.send('Input.insertText', { text: '、' });
  await page.waitForTimeout(300);
  await expect(palette(page)).toBeHidden();
  expect(await model(page)).toBe('、');
  await page.keyboard.press('Backspace');

  await page.keyboard.type('/');
  await expect(options(page).first()).toBeVisible();
  const all = await options(page).count();
  expect(all).toBeGreaterThan(20);
  await cdp.send('Input.imeSetComposition', { text: 'tui huan', selectionStart: 8, selectionEnd: 8 });
  await page.waitForTimeout(300);
  // Still composing: the list is not filtered by the pinyin being typed, the input is untouched.
  await expect(options(page)).toHaveCount(all);
  await cdp.send('Input.insertText', { text: '退换' });
  await expect(options(page).first()).toContainText('退换货流程');
  await page.keyboard.press('Enter');
  await expect.poll(() => model(page)).toBe(RETURN_STEPS);
});

for (const editor of [REACT_REVIEW, QUILL, EDITORS[3]!, EDITORS[4]!]) {
  test(`${editor.name}: the button opens the palette; the reply goes at the caret, keeping the text around it`, async () => {
    const { page } = await openEditor(editor);
    await page.keyboard.type('亲，您好。谢谢！');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await page.locator('kefu-quick-reply-button button').click();
    const search = page.locator('kefu-quick-replies input[role="combobox"]');
    await expect(search).toBeFocused();
    await page.keyboard.type('wait');
    await expect(options(page).first()).toContainText('稍等查询');
    await page.keyboard.press('Enter');
    await expect.poll(() => model(page)).toBe('亲，您好。亲，麻烦您稍等一下，我马上帮您查询～谢谢！');
  });
}

test('a selection is replaced by the reply; the manifest declares the keyboard command', async () => {
  const { page } = await openEditor(REACT_REVIEW);
  await page.keyboard.type('亲，您好。谢谢！');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.locator('kefu-quick-reply-button button').click();
  await expect(page.locator('kefu-quick-replies input[role="combobox"]')).toBeFocused();
  await page.keyboard.type('hty');
  await page.keyboard.press('Enter');
  await expect.poll(() => model(page)).toBe('亲，您好。非常抱歉这次购物没有让您满意。您遇到的问题我们很重视，请您联系在线客服告诉我们具体情况，我们一定负责到底。');
  // Chromium's shortcut handling is not reachable from synthetic key events: the command's
  // declaration is checked here, its handling in tests/unit/quick-replies-background.test.ts.
  const commands = await browser.worker.evaluate(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.runtime.getManifest().commands);
  expect(commands?.['open-quick-replies']?.suggested_key).toEqual({ default: 'Ctrl+Shift+K', mac: 'Command+Shift+K' });
});
