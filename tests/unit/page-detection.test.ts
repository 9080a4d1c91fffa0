import { describe, expect, it } from 'vitest';
import { adapterForHost, detectPage, SITE_ADAPTERS } from '../../lib/sites/registry';
import { SELLER_HOST_PATTERNS } from '../../lib/sites/hosts';

/** URL matrix: every detector accepts its own URLs and rejects all others. */
const OWN_URLS: Record<string, Array<[string, 'reviews' | 'chat']>> = {
  pinduoduo: [
    ['https://mms.pinduoduo.com/goods/evaluation/index?msfrom=mms_sidenav', 'reviews'],
    ['https://mms.pinduoduo.com/goods/evaluation/index', 'reviews'],
    ['http://mms.pinduoduo.com/goods/evaluation/v2', 'reviews'],
    ['https://mms.pinduoduo.com/chat-merchant/index.html#/', 'chat'],
  ],
  douyin: [
    ['https://im.jinritemai.com/pc_seller_v2/main/workspace', 'chat'],
    ['https://im.jinritemai.com/pc_seller_v2/main/workspace?selfId=123#/chat', 'chat'],
    ['https://pigeon.jinritemai.com/pc_seller_v2/main/workspace', 'chat'],
  ],
  jd: [
    ['https://dongdong.jd.com/', 'chat'],
    ['https://dongdong.jd.com/index.html?source=shop', 'chat'],
  ],
  kuaishou: [
    ['https://im.kwaixiaodian.com/workbench', 'chat'],
    ['https://im.kwaixiaodian.com/workbench/zone/chat?sessionId=9', 'chat'],
  ],
  amazon: [
    ['https://sellercentral.amazon.com/messaging/inbox', 'chat'],
    ['https://sellercentral.amazon.com/messaging/inbox?fi=UNANSWERED', 'chat'],
    ['https://sellercentral.amazon.com/messaging/contact?orderID=113-4829301-5521746&marketplaceID=ATVPDKIKX0DER', 'chat'],
  ],
  shopee: [
    ['https://seller.shopee.cn/webchat/conversations', 'chat'],
    ['https://seller.shopee.tw/webchat/conversations', 'chat'],
    ['https://seller.shopee.co.id/webchat/conversations/123456', 'chat'],
    ['https://seller.shopee.com.br/webchat/conversations?lang=pt-BR', 'chat'],
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
  // Other pages of the chat platforms, and look-alike hosts.
  'https://im.jinritemai.com/pc_seller_v2/main/setting',
  'https://fxg.jinritemai.com/ffa/g/comment',
  'https://im.jinritemai.com.evil.example/pc_seller_v2/main/workspace',
  'https://evil-im.jinritemai.com/pc_seller_v2/main/workspace',
  'https://dongdong.jd.com/login',
  'https://shop.jd.com/jdm/home',
  'https://dongdong.jd.com.cn/',
  'https://im.kwaixiaodian.com/',
  'https://im.kwaixiaodian.com/workbenchx',
  'https://s.kwaixiaodian.com/workbench',
  'https://sellercentral.amazon.com/feedback-manager/index.html',
  'https://sellercentral.amazon.com/home',
  'https://sellercentral.amazon.co.uk/messaging/inbox',
  'https://sellercentral.amazon.com.evil.example/messaging/inbox',
  'https://seller.shopee.tw/portal/settings/shop/rating',
  'https://seller.shopee.com/webchat/conversations',
  'https://seller.shopee.tw.evil.example/webchat/conversations',
  'https://shopee.tw/webchat/conversations',
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
    expect(adapterForHost('pigeon.jinritemai.com')?.platform).toBe('douyin');
    expect(adapterForHost('seller.shopee.com.mx')?.platform).toBe('shopee');
    expect(adapterForHost('www.baidu.com')).toBeNull();
  });

  it('the Shopee adapter covers every Shopee host of the manifest', () => {
    const shopee = SITE_ADAPTERS.find((adapter) => adapter.platform === 'shopee')!;
    const manifestHosts = SELLER_HOST_PATTERNS.map((pattern) => pattern.slice(4, -2)).filter((host) => host.startsWith('seller.shopee.'));
    expect([...shopee.hosts].sort()).toEqual(manifestHosts.sort());
  });

  it('every adapter host is covered by the manifest host permissions', () => {
    for (const adapter of SITE_ADAPTERS) {
      for (const host of adapter.hosts) {
        expect(SELLER_HOST_PATTERNS.some((pattern) => pattern === `*://${host}/*`), host).toBe(true);
      }
    }
  });
});
