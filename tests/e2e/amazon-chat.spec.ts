import { expect, test, type Page } from '@playwright/test';
import { fixtureUrl, openPopupFor, perTestBrowser } from './harness';

const INBOX = fixtureUrl('amazon-chat');

const browser = perTestBrowser();

const senders = (page: Page) => page.$$eval('[data-kefu-sender]', (rows) => rows.map((row) => row.getAttribute('data-kefu-sender')));

test('marks every message, the textarea inside kat-textarea\'s shadow root, and the buyer waiting time', async () => {
  const page = await browser.context.newPage();
  await page.goto(INBOX);
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(6);
  expect(await senders(page)).toEqual(['buyer', 'robot', 'system', 'agent', 'buyer', 'buyer']);
  // Playwright's CSS pierces open shadow roots: the mark is on the real textarea, not on the host.
  await expect(page.locator('kat-textarea textarea')).toHaveAttribute('data-kefu-input', 'amazon');
  await expect(page.locator('kat-textarea')).not.toHaveAttribute('data-kefu-input');
  await expect(page.getByTestId('waiting-chip')).toContainText('Emily R. 已等待');
  await expect(page.getByTestId('waiting-chip')).toContainText('已超时');

  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('popup-platform')).toHaveText('亚马逊');
  await expect(popup.getByTestId('popup-buyer')).toHaveText('Emily R.');
  await expect(popup.getByTestId('popup-messages')).toHaveText('6');
  await expect(popup.getByTestId('popup-input')).toHaveText('已找到');
});

test('route change from the inbox to a contact page restarts the reading on the new thread', async () => {
  const page = await browser.context.newPage();
  await page.goto(INBOX);
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(6);

  // The single-page app opens "Contact buyer" for another order: new URL, new thread, new editor.
  await page.evaluate(() => {
    history.pushState({}, '', '/messaging/contact?orderID=114-2038475-1029384&marketplaceID=ATVPDKIKX0DER');
    const thread = document.querySelector('[data-test-id="message-thread"]')!;
    const fresh = thread.cloneNode(true) as Element;
    fresh.querySelector('[data-test-id="buyer-name"]')!.textContent = 'Jordan K.';
    const messages = fresh.querySelector('.bsm-messages-9r0s1')!;
    const [first] = messages.querySelectorAll('[data-test-id="thread-message"]');
    messages.replaceChildren(first!);
    first!.querySelector('[data-test-id="message-sender"]')!.textContent = 'Jordan K.';
    first!.querySelector('[data-test-id="message-time"]')!.textContent = new Date(Date.now() - 30_000).toLocaleString('en-US', { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' }).replace(' at ', ' ');
    first!.querySelector('[data-test-id="message-body"]')!.textContent = 'Where is my package?';
    // A new kat-textarea renders its own shadow root when connected.
    fresh.querySelector('kat-textarea')!.replaceWith(document.createElement('kat-textarea'));
    thread.replaceWith(fresh);
  });
  await expect(page).toHaveURL(/messaging\/contact\?orderID=114-2038475-1029384/);
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(1);
  await expect(page.locator('kat-textarea textarea')).toHaveAttribute('data-kefu-input', 'amazon');
  await expect(page.getByTestId('waiting-chip')).toContainText(/Jordan K\. 已等待 (\d+分)?\d+秒/);
  await expect(page.getByTestId('waiting-chip')).not.toContainText('已超时');
  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('popup-page-kind')).toHaveText('聊天工作台');
  await expect(popup.getByTestId('popup-buyer')).toHaveText('Jordan K.');
});
