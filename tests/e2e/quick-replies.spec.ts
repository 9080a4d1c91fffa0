import { expect, test, type Locator, type Page } from '@playwright/test';
import { fixtureUrl, launchWithExtension, removeProfile, type ExtensionBrowser } from './harness';

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

let browser: ExtensionBrowser;
test.beforeEach(async () => {
  browser = await launchWithExtension();
});
test.afterEach(async () => {
  await browser.close();
  removeProfile(browser.profileDir);
});

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
