import { expect, test, type Page } from '@playwright/test';
import { fixtureUrl, openPopupFor, perTestBrowser } from './harness';

const CHAT = fixtureUrl('douyin-chat');

const browser = perTestBrowser();

const senders = (page: Page) => page.$$eval('[data-kefu-sender]', (rows) => rows.map((row) => row.getAttribute('data-kefu-sender')));

test('marks every message with its sender, the input, and the buyer waiting time', async () => {
  const page = await browser.context.newPage();
  await page.goto(CHAT);
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(8);
  expect(await senders(page)).toEqual(['buyer', 'buyer', 'robot', 'system', 'agent', 'buyer', 'buyer', 'buyer']);
  await expect(page.locator('textarea[data-qa-id="qa-send-message-textarea"]')).toHaveAttribute('data-kefu-input', 'douyin');
  // The order card (17:40:45) and the two messages after it were never answered: past the 60-second target.
  await expect(page.getByTestId('waiting-chip')).toContainText('抖音用户小星星 已等待');
  await expect(page.getByTestId('waiting-chip')).toContainText('已超时');
  await expect(page.getByTestId('waiting-chip')).toContainText('目标 1分0秒 内回复');

  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('popup-platform')).toHaveText('抖店/飞鸽');
  await expect(popup.getByTestId('popup-page-kind')).toHaveText('聊天工作台');
  await expect(popup.getByTestId('popup-buyer')).toHaveText('抖音用户小星星');
  await expect(popup.getByTestId('popup-messages')).toHaveText('8');
  await expect(popup.getByTestId('popup-input')).toHaveText('已找到');
});

test('React swaps the conversation wholesale; a fresh question is within target until answered', async () => {
  const page = await browser.context.newPage();
  await page.goto(fixtureUrl('douyin-chat-pigeon'));
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(8);

  await page.evaluate(() => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const at = new Date(Date.now() - 20_000);
    const shown = `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
    const list = document.createElement('div');
    list.className = 'messageList_scroll_5g4h3';
    list.innerHTML = `<div data-qa-id="qa-message-warpper" class="msg_wrapper_2j3k4"><div class="msg_time_9l8k7">${shown}</div>
      <div class="messageNotMe msg_bubble_6t5r4"><pre>今天能发货吗？</pre></div></div>`;
    document.querySelector('.messageList_scroll_5g4h3')!.replaceWith(list);
    document.querySelector('#topbar-left-info span')!.textContent = '橙子味的夏天';
    document.querySelector('textarea')!.setAttribute('placeholder', '发送给 橙子味的夏天，使用Enter 发送消息');
  });
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(1);
  await expect(page.getByTestId('waiting-chip')).toContainText(/橙子味的夏天 已等待 \d+秒/);
  await expect(page.getByTestId('waiting-chip')).not.toContainText('已超时');

  await page.evaluate(() => {
    const answer = document.createElement('div');
    answer.setAttribute('data-qa-id', 'qa-message-warpper');
    answer.innerHTML = '<div class="messageIsMe"><pre>亲，今天下午4点前下单当天发哦</pre></div>';
    document.querySelector('.messageList_scroll_5g4h3')!.append(answer);
  });
  await expect(page.locator('[data-kefu-sender="agent"]')).toHaveCount(1);
  await expect(page.getByTestId('waiting-chip')).toBeHidden();
});
