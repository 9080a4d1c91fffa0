import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncUserHostScripts } from '../../lib/background/user-hosts';

describe('content script on sites the agent enabled', () => {
  const registered: Array<{ id: string; matches?: string[] }> = [];
  beforeEach(() => {
    fakeBrowser.reset();
    registered.length = 0;
    Object.assign(browser, {
      scripting: {
        getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((script) => ids.includes(script.id))),
        unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
          for (const id of ids) registered.splice(registered.findIndex((script) => script.id === id), 1);
        }),
        registerContentScripts: vi.fn(async (scripts: Array<{ id: string; matches?: string[] }>) => void registered.push(...scripts)),
      },
    });
  });

  it('registers the content script for granted sites only, never twice, and drops it when revoked', async () => {
    const granted = vi.spyOn(browser.permissions, 'getAll');
    granted.mockResolvedValue({ origins: ['*://mms.pinduoduo.com/*', 'https://seller.example.com/*'] } as never);
    await syncUserHostScripts();
    await syncUserHostScripts();
    expect(registered).toEqual([expect.objectContaining({ id: 'kefu-user-hosts', matches: ['https://seller.example.com/*'] })]);

    granted.mockResolvedValue({ origins: ['*://mms.pinduoduo.com/*'] } as never);
    await syncUserHostScripts();
    expect(registered).toEqual([]);
  });
});
