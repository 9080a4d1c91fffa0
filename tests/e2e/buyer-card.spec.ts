import { expect, test } from '@playwright/test';
import { fixtureUrl, perTestBrowser, putRecords, readStore } from './harness';

const CHAT = fixtureUrl('pinduoduo-chat');
const REVIEWS = fixtureUrl('pinduoduo-reviews');

// A fresh browser and profile for every test.
const browser = perTestBrowser();

test('the buyer card in a chat: notes, open cases found by order, promises and past outcomes', async () => {
  // The buyer's 差评 was read on the review list: its case exists before the chat opens.
  const reviews = await browser.context.newPage();
  await reviews.goto(REVIEWS);
  await expect(reviews.locator('[data-kefu-key="pinduoduo:260410-662259689903207"] kefu-badge button')).toContainText('待联系');
  // A past case of this buyer, closed with the buyer satisfied.
  await putRecords(browser.worker, 'cases', [
    {
      id: 'past-1', origin: 'chat', platform: 'pinduoduo', shop: '', buyerKey: 'pinduoduo:id:8839201746', buyerId: '8839201746', buyerName: 'jd_王小明',
      productName: '加厚珊瑚绒四件套', level: 'complaint', causes: ['slow_logistics'], handler: '小美', remedies: [], stage: 'closed', outcome: 'buyer_satisfied',
      detectedAt: 1_780_000_000_000, detectedDay: '2026-05-28', stageSince: 1_780_100_000_000, updatedAt: 1_780_100_000_000, closedAt: 1_780_100_000_000,
      history: [{ at: 1_780_000_000_000, by: '小美', type: 'created', origin: 'chat' }],
    },
  ]);

  const page = await browser.context.newPage();
  await page.goto(CHAT);
  const card = page.getByTestId('buyer-card');
  await expect(card).toContainText('买家档案 · jd_王小明');
  await expect(page.getByTestId('buyer-past')).toContainText('买家满意 · 加厚珊瑚绒四件套');
  await expect(page.getByTestId('buyer-case')).toHaveCount(0);

  // The buyer sends the order: the review's case shows up on the card, movable from here.
  await page.evaluate(() => {
    const row = document.createElement('li');
    row.className = 'onemsg';
    row.innerHTML = '<div class="merchantMessage"><div class="order-card">订单编号：260410-662259689903207</div></div>';
    document.querySelector('.msg-list')!.append(row);
  });
  await expect(page.getByTestId('buyer-case')).toHaveCount(1);
  await expect(page.getByTestId('buyer-case').getByTestId('case-stage')).toHaveText('待联系');
  await expect(page.getByTestId('buyer-case').getByTestId('case-timers')).toContainText('首次联系买家');
  await page.getByTestId('buyer-case').getByRole('button', { name: '已联系' }).click();
  await expect(page.getByTestId('buyer-case').getByTestId('case-stage')).toHaveText('已联系');

  await page.getByTestId('buyer-note-temperament').fill('脾气急，先道歉');
  await page.getByTestId('buyer-note-temperament').press('Enter');
  await expect(card).toContainText('已保存');
  await page.getByTestId('promise-text').fill('退货到了退10元');
  await page.getByTestId('promise-due').fill('2030-01-04T10:00');
  await card.getByRole('button', { name: '添加承诺' }).click();
  await expect(page.getByTestId('buyer-promises')).toContainText('兑现承诺：退货到了退10元');
  await card.getByRole('button', { name: '为该买家建工单' }).click();
  await expect(page.getByTestId('buyer-case')).toHaveCount(2);

  // Everything is in IndexedDB: a reload shows the same card.
  await page.reload();
  await expect(page.getByTestId('buyer-note-temperament')).toHaveValue('脾气急，先道歉');
  await expect(page.getByTestId('buyer-promises')).toContainText('退货到了退10元');
  await expect(page.getByTestId('buyer-past')).toContainText('买家满意');
  const promise = (await readStore<{ kind: string; dueAt: number; buyerKey: string }>(browser.worker, 'timers')).find((t) => t.kind === 'promise');
  expect(promise).toMatchObject({ buyerKey: 'pinduoduo:id:8839201746', dueAt: new Date(2030, 0, 4, 10, 0).getTime() });
});
