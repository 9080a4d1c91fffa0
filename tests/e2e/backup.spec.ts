import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { callBackground, launchWithExtension, readStore, removeProfile, type ExtensionBrowser } from './harness';

const buyer = { platform: 'pinduoduo', buyerId: '8839201746', buyerName: 'jd_王小明' };
const browsers: ExtensionBrowser[] = [];
async function launch(): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension();
  browsers.push(browser);
  return browser;
}
test.afterEach(async () => {
  for (const browser of browsers.splice(0)) {
    await browser.close();
    removeProfile(browser.profileDir);
  }
});

async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  // Restoring replaces everything: the page asks first; the agent says yes.
  page.on('dialog', (dialog) => void dialog.accept());
  return page;
}

type StoredCase = { id: string; history: Array<{ type: string; text?: string }> };

test('the full backup is downloaded from the options page and restored into a fresh browser; a damaged file changes nothing', async ({}, testInfo) => {
  const source = await launch();
  const options = await openOptions(source);
  const { case: opened } = (await callBackground(options, 'openChatCase', buyer)) as { case: { id: string } };
  await callBackground(options, 'addCaseNote', { id: opened.id, text: '买家晚上八点后方便联系' });
  await callBackground(options, 'addTimer', { kind: 'promise', buyer, caseId: opened.id, note: '周五补发', dueAt: Date.now() + 86_400_000 });
  const cases = await readStore<StoredCase>(source.worker, 'cases');
  const timers = await readStore(source.worker, 'timers');

  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: '导出备份' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^kefu-lens-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('backup.json');
  await download.saveAs(file);

  // A damaged copy (one case's stage is not a stage) is refused as a whole.
  const damaged = JSON.parse(readFileSync(file, 'utf8')) as { stores: { cases: Array<{ stage: string }> } };
  damaged.stores.cases[0]!.stage = '已删除';
  const damagedFile = join(testInfo.outputDir, 'damaged.json');
  writeFileSync(damagedFile, JSON.stringify(damaged));

  const target = await launch();
  const restore = await openOptions(target);
  await callBackground(restore, 'openChatCase', { platform: 'jd', buyerName: '别的买家' });
  const before = await readStore<StoredCase>(target.worker, 'cases');
  await restore.getByTestId('backup-file').setInputFiles(damagedFile);
  await expect(restore.getByTestId('backup-message')).toContainText('恢复失败，现有数据没有改动');
  expect(await readStore(target.worker, 'cases')).toEqual(before);

  await restore.getByTestId('backup-file').setInputFiles(file);
  await expect(restore.getByTestId('backup-message')).toContainText('已恢复');
  expect(await readStore(target.worker, 'cases')).toEqual(cases);
  expect(await readStore(target.worker, 'timers')).toEqual(timers);
  expect((await readStore<StoredCase>(target.worker, 'cases'))[0]!.history.some((event) => event.text === '买家晚上八点后方便联系')).toBe(true);
});
