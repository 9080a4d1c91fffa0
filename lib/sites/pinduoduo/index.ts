import { queryAll } from '../../dom/query';
import type { SiteAdapter } from '../types';
import { pinduoduoChat } from './chat';
import { pinduoduoReviews } from './reviews';
import { PDD, PDD_CHAT_PATH, PDD_REVIEW_PATH } from './selectors';

export const pinduoduo: SiteAdapter = {
  platform: 'pinduoduo',
  hosts: ['mms.pinduoduo.com'],
  detect(url) {
    if (!this.hosts.includes(url.hostname)) return null;
    if (PDD_REVIEW_PATH.test(url.pathname)) return 'reviews';
    if (PDD_CHAT_PATH.test(url.pathname)) return 'chat';
    return null;
  },
  reviews: pinduoduoReviews,
  chat: pinduoduoChat,
  findInput(scope) {
    const [input] = queryAll(scope, [...PDD.chatInput, ...PDD.reviewReplyInput]);
    return input instanceof HTMLElement ? input : null;
  },
};
