import { chromium, expect, test, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { readFileSync, rmSync } from 'node:fs';
import { chromiumArgs, findChromium, freshProfile, HOW_TO_INSTALL_CHROMIUM } from '../../scripts/lib/chromium.mjs';
import { FIXTURES_DIR, hostResolverRules, ROUTES } from '../../scripts/lib/fixture-server.mjs';

export function readFixture(path: string): string {
  return readFileSync(`${FIXTURES_DIR}${path}`, 'utf8');
}

export function fixturePort(): number {
  const port = Number(process.env.KEFU_FIXTURE_PORT);
  if (!port) throw new Error('fixture server not started (global setup)');
  return port;
}

/** The real URL of a demo/fixture page by its name in tests/fixtures/routes.json. */
export function fixtureUrl(name: string): string {
  const route = (ROUTES as Array<{ name: string; url: string }>).find((r) => r.name === name);
  if (!route) throw new Error(`no fixture route ${name}`);
  return route.url;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Replaced by `restartServiceWorker`. */
  worker: Worker;
  profileDir: string;
  close(): Promise<void>;
}

/** Chromium with the built extension, on a given (or fresh) profile. */
export async function launchWithExtension(profileDir = freshProfile('e2e')): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(HOW_TO_INSTALL_CHROMIUM);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    locale: 'zh-CN',
    args: chromiumArgs(hostResolverRules(fixturePort())),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, profileDir, close: () => context.close() };
}

export function removeProfile(profileDir: string): void {
  rmSync(profileDir, { recursive: true, force: true });
}

/**
 * A fresh browser with the extension for every test of the calling spec file, closed and its
 * profile removed after the test. `restart()` closes it and starts it again on the same profile.
 */
export function perTestBrowser(): ExtensionBrowser & { restart(): Promise<void> } {
  const session = {} as ExtensionBrowser & { restart(): Promise<void> };
  session.restart = async () => {
    await session.close();
    Object.assign(session, await launchWithExtension(session.profileDir));
  };
  test.beforeEach(async () => {
    Object.assign(session, await launchWithExtension());
  });
  test.afterEach(async () => {
    await session.close();
    removeProfile(session.profileDir);
  });
  return session;
}

/** Level of every review the extension read, by key (the data-kefu-level contract). */
export async function levelsOnPage(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-kefu-level]', (rows) =>
    Object.fromEntries(rows.map((row) => [row.getAttribute('data-kefu-key'), row.getAttribute('data-kefu-level')])),
  );
}

/** Opens the popup as a page describing `target`'s tab. */
export async function openPopupFor(browser: ExtensionBrowser, target: Page): Promise<Page> {
  await target.bringToFront();
  const tabId = await browser.worker.evaluate(async () => {
    // Runs in the service worker, where the extension API is the global `chrome`.
    const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (tabId === undefined) throw new Error(`no active tab for ${target.url()}`);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/**
 * Stops the extension's service worker through CDP (as Chrome does when it idles), then wakes it
 * with `wake` and returns the running worker. Alarms and state must come back from IndexedDB.
 * The CDP session must belong to an extension page: a seller page's session does not see the worker.
 */
export async function restartServiceWorker(browser: ExtensionBrowser, wake: () => Promise<unknown>): Promise<Worker> {
  await browser.worker.evaluate(() => Object.assign(self, { kefuBeforeStop: true }));
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const cdp = await browser.context.newCDPSession(page);
  let stopped!: () => void;
  const isStopped = new Promise<void>((resolve) => (stopped = resolve));
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    if (versions.some((version) => version.runningStatus === 'stopped')) stopped();
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await isStopped;
  await cdp.detach();
  await page.close();
  await wake();
  // Playwright re-attaches to the restarted worker; a fresh global scope proves it is a new start.
  for (let attempt = 0; attempt < 100; attempt++) {
    const worker = browser.context.serviceWorkers()[0];
    const fresh = await worker?.evaluate(() => !('kefuBeforeStop' in self)).catch(() => false);
    if (worker && fresh) return (browser.worker = worker);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the service worker did not restart');
}

/** Runs in the service worker: every record of one IndexedDB store of the extension. */
export function readStore<T = Record<string, unknown>>(worker: Worker, store: string): Promise<T[]> {
  return worker.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('kefu-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Runs in the service worker: puts records into one store of the extension's IndexedDB. */
export function putRecords(worker: Worker, store: string, records: unknown[]): Promise<void> {
  return worker.evaluate(
    ([name, values]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kefu-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const value of values) tx.objectStore(name).put(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, records] as const,
  );
}

/**
 * From an extension page, one call of the extension's message protocol as @webext-core/messaging
 * sends it; resolves with the handler's result, rejects with its error (or a closed port).
 */
export function callBackground(page: Page, type: string, data: unknown): Promise<unknown> {
  return page.evaluate(
    async ([messageType, payload]) => {
      const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
      const reply = (await chrome.runtime.sendMessage({ id: Math.random(), type: messageType, data: payload, timestamp: Date.now() })) as { res?: unknown; err?: { message: string } } | undefined;
      if (!reply || reply.err) throw new Error(reply?.err?.message ?? 'no response');
      return reply.res;
    },
    [type, data] as const,
  );
}

/**
 * From a flagged review's badge: the panel's first public-reply suggestion opens the page's own reply dialog
 * from that row and fills its box (`textarea`, absent until then), never leaving a variable unfilled.
 */
export async function fillsPublicReply(page: Page, badge: Locator, textarea: Locator, platform: string): Promise<void> {
  await expect(textarea).toHaveCount(0);
  await badge.click();
  const panel = page.locator('kefu-panel');
  await expect(panel.getByTestId('panel-cause')).toContainText('质量问题');
  await panel.getByTestId('suggestion').first().getByRole('button', { name: '填入回复框' }).click();
  await expect(textarea).toBeVisible();
  await expect(textarea).toHaveAttribute('data-kefu-inserted', /.+/);
  await expect(textarea).toHaveAttribute('data-kefu-input', platform);
  expect(await textarea.inputValue()).toMatch(/^[^{}]{20,}$/);
  await expect(panel.getByTestId('suggest-status')).toHaveText('已填入回复框，请检查后再点“回复”。');
}
