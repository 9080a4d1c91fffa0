import { flagReviews } from './flag-reviews';
import type { Feature } from './types';

/** Every feature of the content script, listed explicitly. */
export const FEATURES: readonly Feature[] = [flagReviews];
