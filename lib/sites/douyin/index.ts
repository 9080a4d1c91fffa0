import type { SiteAdapter } from '../types';
import { douyinChat } from './chat';
import { detectChatPage, findChatInput } from './chat-page';
import { DOUYIN_CHAT_HOSTS } from './selectors';

export const douyin: SiteAdapter = {
  platform: 'douyin',
  hosts: [...DOUYIN_CHAT_HOSTS],
  detect: (url) => detectChatPage(url),
  chat: douyinChat,
  findInput: (doc) => findChatInput(doc),
};
