import type { PageKind } from '../../domain/platforms';
import type { SiteAdapter } from '../types';
import { amazonReviews } from './reviews';
import { AMAZON_FEEDBACK_PATH } from './selectors';

/** Feedback Manager, the seller-feedback list of Seller Central. */
function detectReviews(url: URL): PageKind | null {
  return url.hostname === 'sellercentral.amazon.com' && AMAZON_FEEDBACK_PATH.test(url.pathname) ? 'reviews' : null;
}

export const amazon: SiteAdapter = {
  platform: 'amazon',
  hosts: ['sellercentral.amazon.com'],
  detect: (url) => detectReviews(url),
  reviews: amazonReviews,
};
