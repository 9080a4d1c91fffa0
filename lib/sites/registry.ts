import { amazon } from './amazon';
import { douyin } from './douyin';
import { jd } from './jd';
import { kuaishou } from './kuaishou';
import { pinduoduo } from './pinduoduo';
import { shopee } from './shopee';
import type { PageMatch, SiteAdapter } from './types';

/** Every site adapter, listed explicitly (no self-registration by import). */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [pinduoduo, douyin, jd, kuaishou, amazon, shopee];

export function detectPage(url: URL, adapters: readonly SiteAdapter[] = SITE_ADAPTERS): PageMatch | null {
  for (const adapter of adapters) {
    const kind = adapter.detect(url);
    if (kind) return { adapter, kind };
  }
  return null;
}

/** The adapter whose platform owns this host, whatever the page. */
export function adapterForHost(hostname: string, adapters: readonly SiteAdapter[] = SITE_ADAPTERS): SiteAdapter | null {
  return adapters.find((adapter) => adapter.hosts.includes(hostname)) ?? null;
}
