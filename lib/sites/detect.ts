import type { PageMatch, SiteAdapter } from './types';

/** The first adapter that claims the page at `url`, with the kind of page it sees. */
export function detectPage(url: URL, adapters: readonly SiteAdapter[]): PageMatch | null {
  for (const adapter of adapters) {
    const kind = adapter.detect(url);
    if (kind) return { adapter, kind };
  }
  return null;
}
