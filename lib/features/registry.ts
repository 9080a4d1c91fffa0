import { buyerCard } from './buyer-card';
import { flagReviews } from './flag-reviews';
import { markInput } from './mark-input';
import { quickReplies } from './quick-replies';
import { readChat } from './read-chat';
import { watchRefresh } from './watch-refresh';
import type { Feature } from './types';

/** Every feature of the content script, listed explicitly. */
export const FEATURES: readonly Feature[] = [flagReviews, readChat, markInput, quickReplies, buyerCard, watchRefresh];
