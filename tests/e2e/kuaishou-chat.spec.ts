import { expect, test, type Page } from '@playwright/test';
import { fixtureUrl, openPopupFor, perTestBrowser, readFixture } from './harness';

const CHAT = fixtureUrl('kuaishou-chat');

const browser = perTestBrowser();

const senders = (page: Page) => page.$$eval('[data-kefu-sender]', (rows) => rows.map((row) => row.getAttribute('data-kefu-sender')));

test('marks every message with its sender, the Quill input, and the buyer waiting time', async () => {
  const page = await browser.context.newPage();
  await page.goto(CHAT);
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(7);
  expect(await senders(page)).toEqual(['buyer', 'buyer', 'robot', 'system', 'agent', 'buyer', 'buyer']);
  await expect(page.locator('div.ql-editor')).toHaveAttribute('data-kefu-input', 'kuaishou');
  await expect(page.getByTestId('waiting-chip')).toContainText('快手用户1688203 已等待');
  await expect(page.getByTestId('waiting-chip')).toContainText('已超时');
  await expect(page.getByTestId('waiting-chip')).toContainText('目标 3分0秒 内回复');

  const popup = await openPopupFor(browser, page);
  await expect(popup.getByTestId('popup-platform')).toHaveText('快手小店');
  await expect(popup.getByTestId('popup-buyer')).toHaveText('快手用户1688203');
  await expect(popup.getByTestId('popup-messages')).toHaveText('7');
  await expect(popup.getByTestId('popup-input')).toHaveText('已找到');
});

test('session groups replaced wholesale: new messages are still told apart by the open session', async () => {
  const page = await browser.context.newPage();
  await page.goto(CHAT);
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(7);

  // The session moves from 请在3分钟内回复 to 已超时: the app re-renders the whole session list.
  await page.evaluate(() => {
    const list = document.querySelector('.kwaishop-cs-SessionList_wrap__1a2b3')!;
    const fresh = list.cloneNode(false) as Element;
    fresh.innerHTML = `<div class="SessionListGroupItem"><div class="SessionListGroupItem-title">请在3分钟内回复</div>
        <div class="SessionBaseCard"><span class="SessionBaseCard-name">甜甜圈不甜</span></div></div>
      <div class="SessionListGroupItem"><div class="SessionListGroupItem-title">已超时</div>
        <div class="SessionBaseCard SessionBaseCard-active"><span class="SessionBaseCard-name">快手用户1688203</span></div>
        <div class="SessionBaseCard"><span class="SessionBaseCard-name">老铁666</span></div></div>`;
    list.replaceWith(fresh);
    const message = (who: string, text: string) => {
      const main = document.createElement('div');
      main.className = 'kwaishop-cs-LayoutDefaultWrapper_msgMain__3kd9f';
      main.innerHTML = `<div class="kwaishop-cs-LayoutDefaultWrapper_beforeMsgBody__8fj2k"></div><div class="kwaishop-cs-LayoutDefaultWrapper_msgBody__2ke81"></div>`;
      main.firstElementChild!.textContent = `${who} 2026-09-08 17:45:00`;
      main.lastElementChild!.textContent = text;
      return main;
    };
    document.querySelector('.kwaishop-cs-MessageList_scroll__0g1h2')!.append(message('快手用户1688203', '还在吗'), message('山货小铺-阿强', '在的，马上给您补发'));
  });
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(9);
  expect((await senders(page)).slice(-2)).toEqual(['buyer', 'agent']);
  await expect(page.getByTestId('waiting-chip')).toBeHidden();
});

test('late mounting: the message list rendered after boot is read when it appears', async () => {
  const page = await browser.context.newPage();
  await page.route(CHAT, async (route) => {
    const body = readFixture('kuaishou/chat.html').replace('class="kwaishop-cs-MessageList_scroll__0g1h2"', 'class="kwaishop-cs-MessageList_scroll__0g1h2" hidden');
    const boot = `<script>
      const list = document.querySelector('.kwaishop-cs-MessageList_scroll__0g1h2');
      const parent = list.parentNode, next = list.nextSibling;
      list.remove();
      setTimeout(() => { list.hidden = false; parent.insertBefore(list, next); }, 1000);
    </script>`;
    await route.fulfill({ contentType: 'text/html; charset=utf-8', body: body.replace('</body>', `${boot}</body>`) });
  });
  await page.goto(CHAT);
  await expect(page.locator('[data-kefu-sender]')).toHaveCount(7);
  await expect(page.getByTestId('waiting-chip')).toContainText('已超时');
});
