import { queryFirst } from '../../dom/query';
import type { SiteAdapter } from '../types';
import { jdChat } from './chat';
import { JD_CHAT, JD_CHAT_HOSTS, JD_CHAT_PATH } from './selectors';

export const jd: SiteAdapter = {
  platform: 'jd',
  hosts: [...JD_CHAT_HOSTS],
  detect: (url) => ((JD_CHAT_HOSTS as readonly string[]).includes(url.hostname) && JD_CHAT_PATH.test(url.pathname) ? 'chat' : null),
  chat: jdChat,
  findInput(scope) {
    const input = queryFirst(scope, JD_CHAT.input);
    return input instanceof HTMLElement ? input : null;
  },
};
