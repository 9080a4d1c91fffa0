import { expect, test, type Page } from '@playwright/test';
import { fixtureUrl, openPopupFor, perTestBrowser } from './harness';

const CHAT = fixtureUrl('shopee-chat');

const browser = perTestBrowser();

const senders = (page: Page) => page.$$eval('[data-kefu-sender]', (rows) => rows.map((row) => row.getAttribute('data-kefu-sender')));

test('marks every message row with its sender, the hashed-class textarea, and the buyer waiting time', async () => {
  const page = await browser.context.newPage();
  await page.goto(CHAT);
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(8);
  expect(await senders(page)).toEqual(['buyer', 'buyer', 'robot', 'system', 'agent', 'buyer', 'buyer', 'buyer']);
  await expect(page.locator('.chat_footer_0d1f2 textarea')).toHaveAttribute('data-kefu-input', 'shopee');
  await expect(page.getByTestId('waiting-chip')).toContainText('xiaoyu_2088 已等待');
  await expect(page.getByTestId('waiting-chip')).toContainText('已超时');

  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('popup-platform')).toHaveText('Shopee 虾皮');
  await expect(popup.getByTestId('popup-buyer')).toHaveText('xiaoyu_2088');
  await expect(popup.getByTestId('popup-messages')).toHaveText('8');
  await expect(popup.getByTestId('popup-input')).toHaveText('已找到');
});

test('virtualised rows recycled while scrolling are read again, and lose their mark when they stop holding a message', async () => {
  const page = await browser.context.newPage();
  await page.goto(CHAT);
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(8);

  // Scrolling to the newest messages: react-window reuses the row elements for other messages.
  await page.evaluate(() => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const at = new Date(Date.now() - 15_000);
    const rows = [...document.querySelectorAll('#message-virtualized-list > div > div')];
    // The date row becomes today's date line; the first buyer row becomes the shop's answer …
    rows[0]!.querySelector('div')!.textContent = '今天';
    const send = rows[1]!.querySelector('[data-cy]')!;
    send.setAttribute('data-cy', 'webchat-message-send');
    send.querySelector('.text_7i8o9')!.textContent = '亲，已为您改成L码';
    // … the product row becomes a date line, and the last buyer row the buyer's new question.
    rows[2]!.replaceChildren(Object.assign(document.createElement('div'), { className: 'date_8w9e0', textContent: '今天' }));
    rows[8]!.querySelector('.text_7i8o9')!.textContent = '谢谢，那什么时候发货？';
    rows[8]!.querySelector('.time_0p1a2')!.textContent = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  });
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(7);
  expect(await senders(page)).toEqual(['agent', 'robot', 'system', 'agent', 'buyer', 'buyer', 'buyer']);
  await expect(page.locator('#message-virtualized-list > div > div').nth(2)).not.toHaveAttribute('data-kefu-sender');
  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('popup-messages')).toHaveText('7');
});
