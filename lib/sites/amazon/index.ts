import type { PageKind } from '../../domain/platforms';
import type { SiteAdapter } from '../types';
import { amazonMessaging } from './messaging';
import { detectMessagingPage, findMessagingInput } from './messaging-page';
import { amazonReviews } from './reviews';
import { AMAZON_FEEDBACK_PATH, AMAZON_HOSTS } from './selectors';

/** Feedback Manager, the seller-feedback list of Seller Central. */
function detectReviews(url: URL): PageKind | null {
  return AMAZON_HOSTS.some((host) => host === url.hostname) && AMAZON_FEEDBACK_PATH.test(url.pathname) ? 'reviews' : null;
}

export const amazon: SiteAdapter = {
  platform: 'amazon',
  hosts: [...AMAZON_HOSTS],
  detect: (url) => detectReviews(url) ?? detectMessagingPage(url),
  reviews: amazonReviews,
  chat: amazonMessaging,
  findInput: findMessagingInput,
};
