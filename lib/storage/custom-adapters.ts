import { browser } from 'wxt/browser';
import { CUSTOM_ADAPTERS_KEY, type CustomAdapterDefinition, type CustomAdapterFile } from '../sites/custom/definition';

/**
 * The agent's own adapter definitions, in storage.local so every content script reads them at start
 * without waking the background. They are written only through `saveCustomAdapters`, after the
 * options page validated them with the zod schema.
 */
export async function loadCustomAdapters(): Promise<CustomAdapterDefinition[]> {
  const stored = (await browser.storage.local.get(CUSTOM_ADAPTERS_KEY))[CUSTOM_ADAPTERS_KEY] as Partial<CustomAdapterFile> | undefined;
  return stored?.kind === 'kefu-lens/custom-adapters' && Array.isArray(stored.adapters) ? stored.adapters : [];
}

export async function saveCustomAdapters(adapters: CustomAdapterDefinition[]): Promise<void> {
  const file: CustomAdapterFile = { kind: 'kefu-lens/custom-adapters', version: 1, adapters };
  await browser.storage.local.set({ [CUSTOM_ADAPTERS_KEY]: file });
}

export function exportCustomAdapters(adapters: CustomAdapterDefinition[]): string {
  const file: CustomAdapterFile = { kind: 'kefu-lens/custom-adapters', version: 1, adapters };
  return `${JSON.stringify(file, null, 2)}\n`;
}
