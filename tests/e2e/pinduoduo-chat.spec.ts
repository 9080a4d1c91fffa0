import { expect, test, type Page } from '@playwright/test';
import { fixtureUrl, openPopupFor, perTestBrowser, readFixture } from './harness';

const CHAT = fixtureUrl('pinduoduo-chat');

const browser = perTestBrowser();

const senders = (page: Page) => page.$$eval('[data-kefu-sender]', (rows) => rows.map((row) => row.getAttribute('data-kefu-sender')));

test('marks every message with its sender, the input, and the buyer waiting time', async () => {
  const page = await browser.context.newPage();
  await page.goto(CHAT);
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(6);
  expect(await senders(page)).toEqual(['buyer', 'robot', 'system', 'agent', 'buyer', 'buyer']);
  await expect(page.locator('#replyTextarea')).toHaveAttribute('data-kefu-input', 'pinduoduo');
  // The buyer's last two messages (17:40:45) were never answered: long past the 3-minute target.
  await expect(page.getByTestId('waiting-chip')).toContainText('jd_王小明 已等待');
  await expect(page.getByTestId('waiting-chip')).toContainText('已超时');

  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('popup-page-kind')).toHaveText('聊天工作台');
  await expect(popup.getByTestId('popup-buyer')).toHaveText('jd_王小明');
  await expect(popup.getByTestId('popup-messages')).toHaveText('6');
  await expect(popup.getByTestId('popup-input')).toHaveText('已找到');
});

test('survives Vue replacing the whole message list, and an answer clears the waiting time', async () => {
  const page = await browser.context.newPage();
  await page.goto(CHAT);
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(6);

  // Switching conversation: the app throws the list away and mounts a new one.
  await page.evaluate(() => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const now = new Date(Date.now() - 20_000);
    const shown = `${now.getFullYear()}年${pad(now.getMonth() + 1)}月${pad(now.getDate())}日 ${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
    const list = document.createElement('ul');
    list.className = 'msg-list';
    list.innerHTML = `<li class="onemsg"><p class="message-time">${shown}</p></li>
      <li class="onemsg"><div class="merchantMessage"><div class="buyer-item"><div currentuid="1002003004"><p class="msg-content-box">在吗？什么时候发货</p></div></div></div></li>`;
    document.querySelector('.msg-list')!.replaceWith(list);
    document.querySelector('.chat-item.active')!.classList.remove('active');
    document.querySelectorAll('.chat-item')[1]!.classList.add('active');
  });
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(1);
  await expect(page.getByTestId('waiting-chip')).toContainText(/阿花花 已等待 \d+秒/);
  await expect(page.getByTestId('waiting-chip')).not.toContainText('已超时');

  await page.evaluate(() => {
    const answer = document.createElement('li');
    answer.className = 'onemsg';
    answer.innerHTML = '<div class="merchantMessage"><div class="cs-item"><p class="msg-content-box">亲，今天下午5点前发出哦</p></div></div>';
    document.querySelector('.msg-list')!.append(answer);
  });
  await expect(page.locator('[data-kefu-sender="agent"]')).toHaveCount(1);
  await expect(page.getByTestId('waiting-chip')).toBeHidden();
});

test('the input is followed: an editor mounted anew is marked, and the popup knows when none is left', async () => {
  const page = await browser.context.newPage();
  await page.goto(CHAT);
  await expect(page.locator('#replyTextarea')).toHaveAttribute('data-kefu-input', 'pinduoduo');
  // The app swaps its editor: the old one leaves, a new one is mounted beside the list.
  await page.evaluate(() => {
    const old = document.getElementById('replyTextarea')!;
    const fresh = document.createElement('textarea');
    fresh.id = 'replyTextarea';
    fresh.className = 'remounted';
    old.replaceWith(fresh);
  });
  await expect(page.locator('textarea.remounted')).toHaveAttribute('data-kefu-input', 'pinduoduo');
  await expect(page.getByTestId('quick-reply-button')).toBeVisible();
  await page.evaluate(() => document.getElementById('replyTextarea')!.remove());
  await expect(page.getByTestId('quick-reply-button')).toBeHidden();
  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('popup-input')).not.toHaveText('已找到');
});

test('late mounting: a workbench that boots after load is read when its list appears', async () => {
  const page = await browser.context.newPage();
  await page.route(CHAT.replace(/#.*$/, ''), async (route) => {
    // The real workbench renders its list after the app boots: hold the list back for a second.
    const body = readFixture('pinduoduo/chat.html').replace('<div id="msgListContainer">', '<div id="msgListContainer-pending">');
    const boot = `<script>setTimeout(() => {
      document.getElementById('msgListContainer-pending').id = 'msgListContainer';
      const list = document.querySelector('.msg-list');
      list.replaceWith(list.cloneNode(true));
    }, 1000)</script>`;
    await route.fulfill({ contentType: 'text/html; charset=utf-8', body: body.replace('</body>', `${boot}</body>`) });
  });
  await page.goto(CHAT);
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(6);
});
