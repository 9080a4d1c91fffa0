import { expect, test } from '@playwright/test';
import { fixtureUrl, perTestBrowser, readStore } from './harness';

// A fresh browser and profile for every test.
const browser = perTestBrowser();

async function openChat() {
  const page = await browser.context.newPage();
  await page.goto(fixtureUrl('harness-pdd-chat-vue'));
  const input = page.locator('textarea#replyTextarea');
  await expect(input).toHaveAttribute('data-kefu-input', /.+/);
  await input.click();
  return { page, input, model: () => page.evaluate(() => window.harness.model()) };
}

test('a buyer’s complaint in the open chat gets first-contact suggestions for its cause; one click fills the Vue input', async () => {
  const { page, model } = await openChat();
  // The buyer wrote 收到的袜子少发了一双: 错发/漏发/少件.
  const strip = page.locator('kefu-assist [data-testid="chat-suggestions"]');
  await expect(strip).toContainText('买家投诉（错发/漏发/少件）· 首次联系，推荐：');
  const replies = strip.getByTestId('chat-suggestion');
  await expect(replies).toHaveCount(3);
  await expect(replies.first()).toHaveText('错发漏发·首次联系1');

  await replies.first().click();
  // The page shows the buyer, the product and the order; the form asks for the agent's name only.
  const form = page.locator('kefu-quick-replies [data-testid="quick-replies-form"]');
  expect(await form.locator('input').evaluateAll((inputs) => inputs.map((el) => (el as HTMLInputElement).name))).toEqual(['agentName']);
  await form.locator('input[name="agentName"]').fill('小李');
  await form.locator('input[name="agentName"]').press('Enter');
  await expect
    .poll(model)
    .toBe('小王同学您好，我是售后小李。看到您说收到的加厚羊毛袜 5双装不对（少了东西或者发错了），真的很抱歉，是我们仓库出了错。方便拍一下收到的东西和包装吗？我对照订单261120-123456789012345马上核实。');

  await strip.getByRole('button', { name: '关闭推荐' }).click();
  await expect(strip).toHaveCount(0);
});

test('choosing a remedy in the chat strip opens the buyer’s case, records it with its cost, fills the offer into the input, and the strip moves to the next step', async () => {
  const { page, model } = await openChat();
  const strip = page.locator('kefu-assist [data-testid="chat-suggestions"]');
  const remedies = strip.getByTestId('chat-remedy');
  await expect(remedies).toHaveCount(3);
  await expect(remedies.first()).toContainText('补发');

  await remedies.first().click();
  // A resend costs the goods: the chat shows no order amount, so the strip asks for it before recording.
  const amount = strip.getByTestId('chat-remedy-amount');
  await amount.locator('input').fill('60');
  await amount.getByRole('button', { name: '选择' }).click();
  const form = page.locator('kefu-quick-replies [data-testid="quick-replies-form"]');
  if (await form.isVisible().catch(() => false)) {
    for (const input of await form.locator('input').all()) await input.fill('小李');
    await form.locator('input').last().press('Enter');
  }
  await expect.poll(model).toMatch(/补发/);
  expect(await model()).not.toMatch(/[{}]/);
  // 10 yuan shipping + half of the 60-yuan order for the goods.
  await expect(strip.getByTestId('chat-remedy-status')).toHaveText('已记录「补发」，成本 40 元，并记入工单。');
  await expect(strip).toHaveAttribute('data-stage', 'progress');
  await expect(strip).toContainText('工单（错发/漏发/少件）· 进度告知，推荐：');

  const cases = await readStore<{ origin: string; stage: string; causes: string[]; remedies: Array<{ kind: string; chosen: boolean; cost: number }> }>(browser.worker, 'cases');
  expect(cases).toHaveLength(1);
  expect(cases[0]).toMatchObject({ origin: 'chat', stage: 'proposed', causes: ['wrong_or_missing_item'] });
  expect(cases[0]!.remedies.filter((remedy) => remedy.chosen)).toEqual([{ kind: 'resend', cost: 40, chosen: true }]);
  const [ledger] = await readStore<{ caseId?: string; kind: string }>(browser.worker, 'remedies');
  expect(ledger).toMatchObject({ kind: 'resend', caseId: expect.any(String) });
});

test('typing 好评返现 in the chat input shows a compliance warning with the reason; typing is never blocked', async () => {
  const { page, input, model } = await openChat();
  const warning = page.locator('kefu-assist [data-testid="compliance-warning"]');
  await page.keyboard.type('亲，收到后给个');
  await expect.poll(model).toBe('亲，收到后给个');
  await expect(warning).toHaveCount(0);
  await page.keyboard.type('好评返现哦，谢谢');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('合规提醒：');
  await expect(warning).toContainText('用返现、红包、优惠券、礼品等利益换取好评');
  await expect(warning).toContainText('好评返现');
  // The agent keeps typing; nothing was blocked or changed.
  await expect.poll(model).toBe('亲，收到后给个好评返现哦，谢谢');
  await expect(input).toBeFocused();

  await input.press('Control+a');
  await page.keyboard.type('亲，问题我们负责到底，您怎么评价都可以。');
  await expect(warning).toHaveCount(0);
  await expect.poll(model).toBe('亲，问题我们负责到底，您怎么评价都可以。');
});
