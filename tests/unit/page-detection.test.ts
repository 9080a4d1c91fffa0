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
  taobao: [
    ['https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC', 'reviews'],
    ['https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC?current=2&pageSize=20&dateRange=30&content=hasAppend&explain=notExplain&rate=-1', 'reviews'],
    ['https://qn.taobao.com/home.htm/comment-manage/list/rateWait4PC?rate=0', 'reviews'],
    ['http://qn.taobao.com/home.htm/comment-manage/list/rateWait4PC/', 'reviews'],
  ],
  douyin: [
    ['https://fxg.jinritemai.com/ffa/g/comment', 'reviews'],
    ['https://fxg.jinritemai.com/ffa/g/comment?btm_ppre=a0.b0.c0.d0&page=2', 'reviews'],
    ['http://fxg.jinritemai.com/ffa/g/comment/', 'reviews'],
  ],
  amazon: [
    ['https://sellercentral.amazon.com/feedback-manager/index.html', 'reviews'],
    ['https://sellercentral.amazon.com/feedback-manager/index.html?ref=xx_fbm_dnav_home', 'reviews'],
    ['https://sellercentral.amazon.com/feedback-manager/', 'reviews'],
  ],
};

const FOREIGN_URLS = [
  'https://mms.pinduoduo.com/home',
  'https://mms.pinduoduo.com/goods/goods_list',
  'https://mms.pinduoduo.com/goods/evaluationx',
  'https://evil.example/goods/evaluation/index',
  'https://mms.pinduoduo.com.evil.example/goods/evaluation/index',
  'https://myseller.taobao.com/home.htm',
  'https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PCx',
  'https://myseller.taobao.com/comment-manage/list/rateWait4PC',
  'https://qn.taobao.com/home.htm/trade-platform/tp/sold',
  'https://myseller.taobao.com.evil.example/home.htm/comment-manage/list/rateWait4PC',
  'https://evilqn.taobao.com/home.htm/comment-manage/list/rateWait4PC',
  'https://www.taobao.com/home.htm/comment-manage/list/rateWait4PC',
  'https://fxg.jinritemai.com/ffa/mshop/homepage/index',
  'https://fxg.jinritemai.com/ffa/g/commentx',
  'https://fxg.jinritemai.com/ffa/g/comment-analysis',
  'https://fxg.jinritemai.com.evil.example/ffa/g/comment',
  'https://im.jinritemai.com/ffa/g/comment',
  'https://im.jinritemai.com/pc_seller_v2/main/workspace',
  'https://sellercentral.amazon.com/home',
  'https://sellercentral.amazon.com/messaging/inbox',
  'https://sellercentral.amazon.com/feedback-manager/index.htmlx',
  'https://sellercentral.amazon.com/feedback-managerx/index.html',
  'https://sellercentral.amazon.com.evil.example/feedback-manager/index.html',
  'https://sellercentral-europe.amazon.com/feedback-manager/index.html',
  'https://www.amazon.com/feedback-manager/index.html',
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
    expect(adapterForHost('qn.taobao.com')?.platform).toBe('taobao');
    expect(adapterForHost('fxg.jinritemai.com')?.platform).toBe('douyin');
    expect(adapterForHost('sellercentral.amazon.com')?.platform).toBe('amazon');
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
