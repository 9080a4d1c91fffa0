import { browser } from 'wxt/browser';
import { OPEN_QUICK_REPLIES_COMMAND } from '../commands';
import { sendMessage } from '../messaging/protocol';

/** Keyboard commands of the manifest → the content script of the tab they were pressed in. */
export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_QUICK_REPLIES_COMMAND) return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      // A tab without our content script (not a seller page) has nobody to answer: nothing to do.
      if (tabId !== undefined) await sendMessage('openQuickReplies', undefined, tabId).catch(() => false);
    })();
  });
}
