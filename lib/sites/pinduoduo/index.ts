import type { SiteAdapter } from '../types';
import { pinduoduoReviews } from './reviews';
import { PDD_REVIEW_PATH } from './selectors';

export const pinduoduo: SiteAdapter = {
  platform: 'pinduoduo',
  hosts: ['mms.pinduoduo.com'],
  detect(url) {
    if (!this.hosts.includes(url.hostname)) return null;
    return PDD_REVIEW_PATH.test(url.pathname) ? 'reviews' : null;
  },
  reviews: pinduoduoReviews,
};
