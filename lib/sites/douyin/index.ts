import type { PageKind } from '../../domain/platforms';
import type { SiteAdapter } from '../types';
import { douyinReviews } from './reviews';
import { DOUYIN_REVIEW_PATH } from './selectors';

/** 抖店 评价管理 on the shop console. */
function detectReviews(url: URL): PageKind | null {
  return url.hostname === 'fxg.jinritemai.com' && DOUYIN_REVIEW_PATH.test(url.pathname) ? 'reviews' : null;
}

export const douyin: SiteAdapter = {
  platform: 'douyin',
  hosts: ['fxg.jinritemai.com'],
  detect: (url) => detectReviews(url),
  reviews: douyinReviews,
};
