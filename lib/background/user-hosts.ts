import { browser } from 'wxt/browser';
import { SELLER_HOST_PATTERNS } from '../sites/hosts';

const SCRIPT_ID = 'kefu-user-hosts';
const CONTENT_SCRIPT = '/content-scripts/user-sites.js';

/** Origins the agent granted at runtime, beyond the seller back-ends of the manifest. */
async function userOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => !SELLER_HOST_PATTERNS.includes(origin));
}

/**
 * Keeps the content script registered on every site the agent enabled (generic and custom
 * adapters run there), in step with the granted permissions.
 */
export async function syncUserHostScripts(): Promise<void> {
  const origins = await userOrigins();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: origins, js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Starts the content script in a tab the agent just enabled, without a reload. */
export async function injectIntoTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}

export function watchUserHosts(): void {
  browser.permissions.onAdded.addListener(() => void syncUserHostScripts());
  browser.permissions.onRemoved.addListener(() => void syncUserHostScripts());
  void syncUserHostScripts();
}
