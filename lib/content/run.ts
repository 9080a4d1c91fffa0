import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FEATURES } from '../features/registry';
import type { Feature } from '../features/types';
import { createPageTranslator } from '../i18n';
import { onMessage, removeAllListeners, type PageStatus } from '../messaging/protocol';
import { adapterForHost, detectPage } from '../sites/registry';

export function emptyStatus(platform: PageStatus['platform'], pageKind: PageStatus['pageKind']): PageStatus {
  return {
    platform,
    pageKind,
    reviews: { read: 0, negative: 0, neutral: 0, positive: 0, hiddenComplaints: 0, noText: 0, unreadable: 0 },
    chat: { messages: 0, conversation: false, buyerName: '' },
    inputFound: false,
    failedFeatures: [],
  };
}

/**
 * Runs the features that fit the current page and restarts them whenever the single-page app
 * changes route. A failing feature is switched off on this page alone; the page keeps working.
 */
export function runOnSellerPage(ctx: ContentScriptContext, features: readonly Feature[] = FEATURES): void {
  const t = createPageTranslator();
  let status = emptyStatus(null, null);
  let current: { href: string; controller: AbortController } | null = null;

  onMessage('getPageStatus', () => status);
  onMessage('countSelectors', ({ data }) => countSelectors(data.selectors));
  ctx.onInvalidated(removeAllListeners);

  const start = () => {
    if (current?.href === location.href) return;
    current?.controller.abort();
    const controller = new AbortController();
    ctx.signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
    current = { href: location.href, controller };

    const match = detectPage(new URL(location.href));
    status = emptyStatus(match?.adapter.platform ?? adapterForHost(location.hostname)?.platform ?? null, match?.kind ?? null);
    if (!match) return;
    for (const feature of features) {
      if (!feature.pageKinds.includes(match.kind)) continue;
      const failed = (error: unknown) => {
        status.failedFeatures.push(feature.id);
        console.warn(`[kefu-lens] feature ${feature.id} failed on ${match.adapter.platform}`, error);
      };
      try {
        void Promise.resolve(feature.init({ signal: controller.signal, adapter: match.adapter, status, t })).catch(failed);
      } catch (error) {
        failed(error);
      }
    }
  };

  start();
  // SPAs change route without a load: history (WXT's watcher), hash routes and back/forward.
  // The watcher reports a navigation before the URL is committed, so start once it is.
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(start, 0));
  ctx.addEventListener(window, 'hashchange', start);
  ctx.addEventListener(window, 'popstate', start);
}

/** Live match counts for the options page's selector editor; an invalid selector is reported, not thrown. */
export function countSelectors(selectors: Record<string, string>): Record<string, number | 'invalid'> {
  const counts: Record<string, number | 'invalid'> = {};
  for (const [field, selector] of Object.entries(selectors)) {
    try {
      counts[field] = document.querySelectorAll(selector).length;
    } catch {
      counts[field] = 'invalid';
    }
  }
  return counts;
}
