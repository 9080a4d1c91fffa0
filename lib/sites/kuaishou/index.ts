import { queryFirst } from '../../dom/query';
import type { SiteAdapter } from '../types';
import { kuaishouChat } from './chat';
import { KUAISHOU_CHAT, KUAISHOU_CHAT_HOSTS, KUAISHOU_CHAT_PATH } from './selectors';

export const kuaishou: SiteAdapter = {
  platform: 'kuaishou',
  hosts: [...KUAISHOU_CHAT_HOSTS],
  detect: (url) => ((KUAISHOU_CHAT_HOSTS as readonly string[]).includes(url.hostname) && KUAISHOU_CHAT_PATH.test(url.pathname) ? 'chat' : null),
  chat: kuaishouChat,
  findInput(scope) {
    const input = queryFirst(scope, KUAISHOU_CHAT.input);
    return input instanceof HTMLElement ? input : null;
  },
};
