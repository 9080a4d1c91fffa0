// `npm run demo`: builds the extension, serves the demo seller pages under their real hostnames and
// opens Chromium with the extension loaded. With a display it opens a window; headless
// (`-- --headless`, or no DISPLAY) it saves a screenshot of each demo page into `--out <dir>`
// (default demo-output/) and prints the paths: review pages with the overlay open on a flagged
// review, chat pages with their messages marked by sender and the buyer's waiting time shown, and
// the after-sales dashboard's views over eight weeks of seeded cases (dashboard-<view>.png).
import { chromium } from '@playwright/test';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { run } from './lib/build.mjs';
import { chromiumArgs, findChromium, freshProfile, HOW_TO_INSTALL_CHROMIUM } from './lib/chromium.mjs';
import { demoCases, demoLedger, demoTimers } from './lib/dashboard-seed.mjs';
import { hostResolverRules, ROUTES, startFixtureServer } from './lib/fixture-server.mjs';

const { values } = parseArgs({
  options: { headless: { type: 'boolean', default: false }, out: { type: 'string', default: 'demo-output' } },
});
const headless = values.headless || !process.env.DISPLAY;
const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_INSTALL_CHROMIUM);
  process.exit(1);
}

run('npx', ['wxt', 'build']);
const server = await startFixtureServer();
const profile = freshProfile('demo');
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless,
  locale: 'zh-CN',
  viewport: { width: 1280, height: 860 },
  args: chromiumArgs(hostResolverRules(server.port)),
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const demoPages = ROUTES.filter((route) => route.demo !== false);

// The extension marks chat messages without styling them; the screenshot outlines each sender so
// the marks can be seen (demo only, injected by this script).
const DEMO_SENDER_OUTLINES = [
  ['buyer', '#fa8c16'],
  ['agent', '#1677ff'],
  ['robot', '#722ed1'],
  ['system', '#8c8c8c'],
]
  .map(([sender, colour]) => `[data-kefu-sender="${sender}"] { outline: 2px dashed ${colour}; outline-offset: 2px; }
[data-kefu-sender="${sender}"]::before { content: "${sender}"; float: right; margin: 0 4px; font: 11px monospace; color: ${colour}; }`)
  .join('\n') + '\n[data-kefu-input] { outline: 2px solid #52c41a !important; }';

/** Seeds eight weeks of a shop's cases and saves a screenshot of each dashboard view, named after it. */
async function dashboardScreenshots(outDir) {
  const now = Date.now();
  const cases = demoCases(now);
  await worker.evaluate(
    (stores) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('kefu-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(Object.keys(stores), 'readwrite');
          for (const [name, records] of Object.entries(stores)) for (const record of records) tx.objectStore(name).put(record);
          tx.oncomplete = () => resolve(open.result.close());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { cases, timers: demoTimers(cases), remedies: demoLedger(now) },
  );
  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 1000 });
  const paths = [];
  for (const view of ['board', 'products', 'causes', 'agents', 'risk']) {
    await page.goto(`chrome-extension://${extensionId}/dashboard.html#/${view}`);
    await page.getByTestId('summary').waitFor();
    if (view === 'board') await page.getByTestId('board-card').first().waitFor();
    else for (const chart of await page.locator('.chart').all()) await chart.locator('canvas').waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('.chart')].every((chart) => chart.getAttribute('data-rendered') === 'true'));
    const path = `${outDir}/dashboard-${view}.png`;
    await page.screenshot({ path, fullPage: true });
    paths.push(path);
  }
  await page.close();
  return paths;
}

async function shutdown() {
  await context.close().catch(() => {});
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

if (headless) {
  const outDir = resolve(values.out);
  mkdirSync(outDir, { recursive: true });
  const saved = [];
  for (const route of demoPages) {
    const page = await context.newPage();
    await page.goto(route.url);
    // The page kind shows in what the extension marks first: a flagged review or a chat message.
    const badge = page.locator('[data-kefu-level="negative"] kefu-badge button').first();
    const message = page.locator('[data-kefu-sender]').first();
    await badge.or(message).first().waitFor({ timeout: 15_000 });
    if (await message.count()) {
      await page.addStyleTag({ content: DEMO_SENDER_OUTLINES });
      await page.getByTestId('waiting-chip').waitFor();
      // The buyer card loads its memory from the background.
      await page.locator('kefu-buyer-card [data-testid="buyer-note-temperament"]').waitFor({ timeout: 15_000 });
    } else {
      await badge.click();
      await page.locator('kefu-panel [data-testid="panel-cause"]').filter({ hasNotText: '分析中' }).waitFor();
    }
    const pagePath = `${outDir}/${route.name}.png`;
    await page.screenshot({ path: pagePath, fullPage: true });
    saved.push(pagePath);

    // The popup as the agent sees it for this page.
    await page.bringToFront();
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 360, height: 420 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('popup-status').waitFor();
    const popupPath = `${outDir}/${route.name}-popup.png`;
    await popup.screenshot({ path: popupPath });
    saved.push(popupPath);
    await popup.close();
    await page.close();
  }
  saved.push(...(await dashboardScreenshots(outDir)));
  await shutdown();
  console.log(`Saved ${saved.length} screenshots:`);
  for (const path of saved) console.log(`  ${path}`);
} else {
  const index = await context.newPage();
  await index.goto(`http://localhost:${server.port}/_demo/index.html`);
  for (const route of demoPages) await (await context.newPage()).goto(route.url);
  console.log('Kefu Lens demo is running: close the browser window (or press Ctrl+C) to stop.');
  context.on('close', () => void shutdown().then(() => process.exit(0)));
  process.on('SIGINT', () => void shutdown().then(() => process.exit(0)));
}
