import type { PageKind } from '../../domain/platforms';
import type { SiteAdapter } from '../types';
import { douyinChat } from './chat';
import { detectChatPage, findChatInput } from './chat-page';
import { douyinReviews, findReviewReplyInput } from './reviews';
import { DOUYIN_CHAT_HOSTS, DOUYIN_REVIEW_PATH } from './selectors';

const DOUYIN_SHOP_HOST = 'fxg.jinritemai.com';

/** 抖店 评价管理 on the shop console. */
function detectReviews(url: URL): PageKind | null {
  return url.hostname === DOUYIN_SHOP_HOST && DOUYIN_REVIEW_PATH.test(url.pathname) ? 'reviews' : null;
}

export const douyin: SiteAdapter = {
  platform: 'douyin',
  hosts: [DOUYIN_SHOP_HOST, ...DOUYIN_CHAT_HOSTS],
  detect: (url) => detectReviews(url) ?? detectChatPage(url),
  reviews: douyinReviews,
  chat: douyinChat,
  findInput: (scope) => findChatInput(scope) ?? findReviewReplyInput(scope),
};
