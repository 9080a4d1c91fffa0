import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { NO_INPUT, trackInput } from '../dom/track-input';
import { FEATURES } from '../features/registry';
import type { Feature } from '../features/types';
import { loadPageTranslator, type PageMessageKey, type Translate } from '../i18n';
import { onMessage, removeAllListeners, sendMessage, type PageStatus } from '../messaging/protocol';
import { createCustomAdapter } from '../sites/custom/adapter';
import { generic } from '../sites/generic';
import { detectPage } from '../sites/detect';
import type { PageMatch, SiteAdapter } from '../sites/types';
import { loadCustomAdapters } from '../storage/custom-adapters';

/** How long a platform's review reader may read nothing before the generic reader takes over. */
const FALLBACK_AFTER_MS = 2_500;

export function emptyStatus(platform: PageStatus['platform'], pageKind: PageStatus['pageKind']): PageStatus {
  return {
    platform,
    pageKind,
    reviews: { read: 0, negative: 0, neutral: 0, positive: 0, hiddenComplaints: 0, noText: 0, unreadable: 0 },
    chat: { messages: 0, conversation: false, buyerName: '' },
    inputFound: false,
    genericFallback: false,
    failedFeatures: [],
  };
}

const nothingRead = ({ reviews }: PageStatus) => reviews.read + reviews.noText + reviews.unreadable === 0;

/**
 * Which adapter reads this page: the agent's own definitions first, then the platform's adapter;
 * on a page no adapter claims, outside the hosts the platform's adapter knows (a site the agent
 * enabled, a console page nobody documented), the generic reader.
 */
async function matchPage(url: URL, platformAdapter: SiteAdapter | null): Promise<PageMatch | null> {
  const custom = (await loadCustomAdapters()).map(createCustomAdapter);
  const match = detectPage(url, platformAdapter ? [...custom, platformAdapter] : custom);
  if (match) return match;
  return platformAdapter?.hosts.includes(url.hostname) ? null : { adapter: generic, kind: 'reviews' };
}

/**
 * Runs the features that fit the current page and restarts them whenever the single-page app
 * changes route. A failing feature is switched off on this page alone; the page keeps working.
 * `platformAdapter` is the adapter of the platform whose hosts this script runs on (null on sites
 * the agent enabled).
 */
export function runOnSellerPage(ctx: ContentScriptContext, platformAdapter: SiteAdapter | null, features: readonly Feature[] = FEATURES): void {
  let t: Translate<PageMessageKey> | null = null;
  let status = emptyStatus(null, null);
  let current: { href: string; controller: AbortController } | null = null;

  onMessage('getPageStatus', () => status);
  onMessage('countSelectors', ({ data }) => countSelectors(data.selectors));
  ctx.onInvalidated(removeAllListeners);

  const launch = (match: PageMatch, signal: AbortSignal) => {
    const translate = t;
    if (!translate) return;
    const { adapter } = match;
    const findInput = adapter.findInput?.bind(adapter);
    const input = findInput ? trackInput(findInput, signal, { searchWhileNone: match.kind === 'chat' }) : NO_INPUT;
    for (const feature of features) {
      if (!feature.pageKinds.includes(match.kind)) continue;
      const failed = (error: unknown) => {
        status.failedFeatures.push(feature.id);
        console.warn(`[kefu-lens] feature ${feature.id} failed on ${match.adapter.platform}`, error);
      };
      try {
        void Promise.resolve(feature.init({ signal, adapter, input, status, t: translate })).catch(failed);
      } catch (error) {
        failed(error);
      }
    }
  };

  const start = async () => {
    if (current?.href === location.href) return;
    current?.controller.abort();
    const controller = new AbortController();
    ctx.signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
    current = { href: location.href, controller };

    t ??= await loadPageTranslator(() => sendMessage('getPageMessages', { language: navigator.language }));
    const match = await matchPage(new URL(location.href), platformAdapter);
    if (controller.signal.aborted) return;
    status = emptyStatus(platformAdapter?.platform ?? match?.adapter.platform ?? null, match?.kind ?? null);
    if (!match) return;
    const platformRun = new AbortController();
    controller.signal.addEventListener('abort', () => platformRun.abort(), { once: true });
    launch(match, platformRun.signal);

    // A redesign that breaks a platform's review reader: the generic reader backs it up, and the
    // popup still says the platform's adapter needs updating.
    if (match.kind !== 'reviews' || match.adapter === generic) return;
    ctx.setTimeout(() => {
      if (controller.signal.aborted || !nothingRead(status)) return;
      platformRun.abort();
      const failedFeatures = status.failedFeatures;
      status = { ...emptyStatus(status.platform, 'reviews'), genericFallback: true, failedFeatures };
      launch({ adapter: generic, kind: 'reviews' }, controller.signal);
    }, FALLBACK_AFTER_MS);
  };

  void start();
  // SPAs change route without a load: history (WXT's watcher), hash routes and back/forward.
  // The watcher reports a navigation before the URL is committed, so start once it is.
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => void start(), 0));
  ctx.addEventListener(window, 'hashchange', () => void start());
  ctx.addEventListener(window, 'popstate', () => void start());
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
