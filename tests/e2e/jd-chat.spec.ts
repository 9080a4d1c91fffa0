import { expect, test, type Page } from '@playwright/test';
import { fixtureUrl, openPopupFor, perTestBrowser } from './harness';

const CHAT = fixtureUrl('jd-chat');

const browser = perTestBrowser();

const senders = (page: Page) => page.$$eval('[data-kefu-sender]', (rows) => rows.map((row) => row.getAttribute('data-kefu-sender')));

test('marks every message with its sender, the contenteditable input, and the buyer waiting time', async () => {
  const page = await browser.context.newPage();
  await page.goto(CHAT);
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(7);
  expect(await senders(page)).toEqual(['buyer', 'buyer', 'robot', 'system', 'agent', 'buyer', 'buyer']);
  await expect(page.locator('.EditorContent')).toHaveAttribute('data-kefu-input', 'jd');
  await expect(page.getByTestId('waiting-chip')).toContainText('jd_8a7c63b2e1f0 已等待');
  await expect(page.getByTestId('waiting-chip')).toContainText('已超时');
  await expect(page.getByTestId('waiting-chip')).toContainText('目标 30秒 内回复');

  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('popup-platform')).toHaveText('京东');
  await expect(popup.getByTestId('popup-buyer')).toHaveText('jd_8a7c63b2e1f0');
  await expect(popup.getByTestId('popup-messages')).toHaveText('7');
  await expect(popup.getByTestId('popup-input')).toHaveText('已找到');
});

test('recycled rows: contacts and messages keep their elements while their content changes', async () => {
  const page = await browser.context.newPage();
  await page.goto(CHAT);
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(7);

  // Another contact opens: the virtualised list rewrites its rows in place, and the chat reuses the
  // message elements of the previous buyer for the new one (same elements, new content).
  await page.evaluate(() => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const at = new Date(Date.now() - 10_000);
    const shown = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
    const contacts = document.querySelectorAll('.alluser-item');
    contacts[0]!.classList.remove('active');
    contacts[0]!.querySelector('.alluser-item-name')!.textContent = '李女士';
    contacts[1]!.classList.add('active');
    contacts[1]!.querySelector('.alluser-item-name')!.textContent = 'jd_新客户001';
    document.querySelector('.chat-head-name > span')!.textContent = 'jd_新客户001';
    const rows = [...document.querySelectorAll('#t-chat-scroll .message')];
    rows[0]!.innerHTML = `<div class="message_right"><div class="message__time_str">${shown}</div><div class="message__content">您好，欢迎光临</div></div>`;
    rows[1]!.innerHTML = `<div class="message_left"><div class="message__time_str">${shown}</div><div class="message__content">请问有现货吗？</div></div>`;
    for (const row of rows.slice(2)) row.remove();
  });
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(2);
  expect(await senders(page)).toEqual(['agent', 'buyer']);
  await expect(page.getByTestId('waiting-chip')).toContainText(/jd_新客户001 已等待 \d+秒/);

  // Only the text of the second row changes: the shop answered in the same element.
  await page.evaluate(() => {
    const row = document.querySelectorAll('#t-chat-scroll .message')[1]!;
    row.firstElementChild!.className = 'message_right';
    row.querySelector('.message__content')!.firstChild!.textContent = '有的亲，今天下单今天发';
  });
  await expect(page.locator('[data-kefu-sender="agent"]')).toHaveCount(2);
  await expect(page.getByTestId('waiting-chip')).toBeHidden();
  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('popup-buyer')).toHaveText('jd_新客户001');
});
