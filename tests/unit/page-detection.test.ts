import { describe, expect, it } from 'vitest';
import { adapterForHost, detectPage, SITE_ADAPTERS } from '../../lib/sites/registry';
import { SELLER_HOST_PATTERNS } from '../../lib/sites/hosts';

/** URL matrix: every detector accepts its own URLs and rejects all others. */
const OWN_URLS: Record<string, Array<[string, 'reviews' | 'chat']>> = {
  pinduoduo: [
    ['https://mms.pinduoduo.com/goods/evaluation/index?msfrom=mms_sidenav', 'reviews'],
    ['https://mms.pinduoduo.com/goods/evaluation/index', 'reviews'],
    ['http://mms.pinduoduo.com/goods/evaluation/v2', 'reviews'],
  ],
};

const FOREIGN_URLS = [
  'https://mms.pinduoduo.com/home',
  'https://mms.pinduoduo.com/goods/goods_list',
  'https://mms.pinduoduo.com/goods/evaluationx',
  'https://evil.example/goods/evaluation/index',
  'https://mms.pinduoduo.com.evil.example/goods/evaluation/index',
  'https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC',
  'https://www.baidu.com/',
  'http://localhost:3000/goods/evaluation/index',
];

describe('page detection', () => {
  for (const adapter of SITE_ADAPTERS) {
    it(`${adapter.platform} accepts its own URLs`, () => {
      for (const [url, kind] of OWN_URLS[adapter.platform] ?? []) {
        expect(adapter.detect(new URL(url)), url).toBe(kind);
        expect(detectPage(new URL(url))?.adapter).toBe(adapter);
      }
    });

    it(`${adapter.platform} rejects every other URL`, () => {
      const others = [...FOREIGN_URLS, ...Object.entries(OWN_URLS).filter(([p]) => p !== adapter.platform).flatMap(([, urls]) => urls.map(([u]) => u))];
      for (const url of others) expect(adapter.detect(new URL(url)), url).toBeNull();
    });
  }

  it('knows the platform of a seller host even on pages it does not read', () => {
    expect(adapterForHost('mms.pinduoduo.com')?.platform).toBe('pinduoduo');
    expect(adapterForHost('www.baidu.com')).toBeNull();
  });

  it('every adapter host is covered by the manifest host permissions', () => {
    for (const adapter of SITE_ADAPTERS) {
      for (const host of adapter.hosts) {
        expect(SELLER_HOST_PATTERNS.some((pattern) => pattern === `*://${host}/*`), host).toBe(true);
      }
    }
  });
});
