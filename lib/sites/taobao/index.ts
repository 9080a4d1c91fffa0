import type { SiteAdapter } from '../types';
import { findReviewReplyInput, taobaoReviews } from './reviews';
import { TAOBAO_REVIEW_PATH } from './selectors';

export const taobao: SiteAdapter = {
  platform: 'taobao',
  hosts: ['myseller.taobao.com', 'qn.taobao.com'],
  detect(url) {
    if (!this.hosts.includes(url.hostname)) return null;
    return TAOBAO_REVIEW_PATH.test(url.pathname) ? 'reviews' : null;
  },
  reviews: taobaoReviews,
  findInput: findReviewReplyInput,
};
