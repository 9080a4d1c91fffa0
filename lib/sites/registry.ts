import { amazon } from './amazon';
import { douyin } from './douyin';
import { jd } from './jd';
import { kuaishou } from './kuaishou';
import { pinduoduo } from './pinduoduo';
import { shopee } from './shopee';
import { taobao } from './taobao';
import { detectPage as detectAmong } from './detect';
import type { PageMatch, SiteAdapter } from './types';

/** Every site adapter, listed explicitly (no self-registration by import). */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [pinduoduo, taobao, douyin, jd, kuaishou, amazon, shopee];

/** The platform adapter that claims the page at `url` (the content scripts ask only their own). */
export function detectPage(url: URL, adapters: readonly SiteAdapter[] = SITE_ADAPTERS): PageMatch | null {
  return detectAmong(url, adapters);
}

/** The adapter whose platform owns this host, whatever the page. */
export function adapterForHost(hostname: string, adapters: readonly SiteAdapter[] = SITE_ADAPTERS): SiteAdapter | null {
  return adapters.find((adapter) => adapter.hosts.includes(hostname)) ?? null;
}
