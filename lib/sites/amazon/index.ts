import type { SiteAdapter } from '../types';
import { amazonMessaging } from './messaging';
import { detectMessagingPage, findMessagingInput } from './messaging-page';
import { AMAZON_HOSTS } from './selectors';

export const amazon: SiteAdapter = {
  platform: 'amazon',
  hosts: [...AMAZON_HOSTS],
  detect: (url) => detectMessagingPage(url),
  chat: amazonMessaging,
  findInput: (doc) => findMessagingInput(doc),
};
