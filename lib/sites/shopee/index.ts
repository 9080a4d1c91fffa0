import { SHOPEE_SELLER_HOSTS } from '../hosts';
import type { SiteAdapter } from '../types';
import { chatPaneOf, shopeeChat } from './chat';
import { SHOPEE_CHAT_PATH } from './selectors';

export const shopee: SiteAdapter = {
  platform: 'shopee',
  hosts: SHOPEE_SELLER_HOSTS,
  detect(url) {
    return this.hosts.includes(url.hostname) && SHOPEE_CHAT_PATH.test(url.pathname) ? 'chat' : null;
  },
  chat: shopeeChat,
  /** [C] The input's class is hashed: it is the textarea of the pane that holds the message list. */
  findInput(scope) {
    // Told by the message list in `scope` (the pane's textarea may lie outside it, mounted before the list), or,
    // for a textarea added on its own, by the page's list.
    const pane = chatPaneOf(scope)?.pane ?? (scope instanceof HTMLTextAreaElement || scope.querySelector('textarea') ? chatPaneOf(document)?.pane : undefined);
    const input = pane?.querySelector('textarea');
    return input instanceof HTMLElement ? input : null;
  },
};
