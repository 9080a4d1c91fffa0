import { chromium, test, type BrowserContext, type Page, type Worker } from '@playwright/test';
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
