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
    // A textarea added on its own (the list already shown) is told by the page's pane.
    const pane = chatPaneOf(scope)?.pane ?? (scope.querySelector('textarea') || (scope instanceof HTMLTextAreaElement) ? chatPaneOf(document)?.pane : undefined);
    const input = pane?.querySelector('textarea');
    return input instanceof HTMLElement && scope instanceof Node && scope.contains(input) ? input : null;
  },
};
