import type { PageKind } from '../../domain/platforms';

/**
 * The selectors an agent names for a console Kefu Lens does not know. Review fields are read inside
 * each review item; message fields inside each message.
 */
export interface CustomSelectors {
  reviewItem?: string;
  reviewText?: string;
  rating?: string;
  buyer?: string;
  orderId?: string;
  replyBox?: string;
  messageList?: string;
  message?: string;
  messageText?: string;
  /** A message matching this is the buyer's; one matching `agentMessage` is the shop's. */
  buyerMessage?: string;
  agentMessage?: string;
  input?: string;
}

export const SELECTOR_FIELDS = [
  'reviewItem',
  'reviewText',
  'rating',
  'buyer',
  'orderId',
  'replyBox',
  'messageList',
  'message',
  'messageText',
  'buyerMessage',
  'agentMessage',
  'input',
] as const satisfies ReadonlyArray<keyof CustomSelectors>;

export interface CustomAdapterDefinition {
  id: string;
  name: string;
  /** Match patterns of the pages it reads, e.g. `https://seller.example.com/reviews/*`. */
  matches: string[];
  pageKind: PageKind;
  selectors: CustomSelectors;
}

/** The file users export and import (and what storage.local keeps). */
export interface CustomAdapterFile {
  kind: 'kefu-lens/custom-adapters';
  version: 1;
  adapters: CustomAdapterDefinition[];
}

export const CUSTOM_ADAPTERS_KEY = 'customAdapters';

/** Does a match pattern (`*://*.example.com/path/*`) cover this URL? */
export function matchPatternCovers(pattern: string, url: URL): boolean {
  const parsed = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!parsed) return false;
  const [, scheme, host, path] = parsed as unknown as [string, string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
    } else if (url.hostname !== host) return false;
  }
  const pathRegex = new RegExp(`^${path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return pathRegex.test(url.pathname + url.search);
}
