import type { PageKind } from '../../domain/platforms';
import { queryAll, queryFirst } from '../../dom/query';
import { AMAZON_HOSTS, AMAZON_MESSAGING, AMAZON_MESSAGING_PATH } from './selectors';

/** Buyer-Seller Messaging, kept apart from the other Seller Central pages so each stays separable. */
export function detectMessagingPage(url: URL): PageKind | null {
  return (AMAZON_HOSTS as readonly string[]).includes(url.hostname) && AMAZON_MESSAGING_PATH.test(url.pathname) ? 'chat' : null;
}

/** The reply box: the `<textarea>` inside the first `kat-textarea` whose shadow root is open and rendered. */
export function findMessagingInput(scope: ParentNode): HTMLElement | null {
  for (const host of queryAll(scope, AMAZON_MESSAGING.inputHost)) {
    const inner = host.shadowRoot ? queryFirst(host.shadowRoot, AMAZON_MESSAGING.innerInput) : null;
    if (inner instanceof HTMLElement) return inner;
  }
  return null;
}
