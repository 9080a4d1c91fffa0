/** Shopee Seller Centre: one host per country, and a match pattern cannot wildcard the TLD. */
export const SHOPEE_SELLER_HOSTS = ['cn', 'tw', 'co.id', 'com.my', 'co.th', 'vn', 'ph', 'sg', 'com.br', 'com.mx', 'cl', 'com.co'].map(
  (tld) => `seller.shopee.${tld}`,
);

/**
 * Every seller back-end Kefu Lens runs on. Used for the manifest's host permissions and the content
 * script's matches, so the two can never drift apart.
 */
export const SELLER_HOST_PATTERNS = [
  '*://mms.pinduoduo.com/*',
  '*://myseller.taobao.com/*',
  '*://qn.taobao.com/*',
  '*://fxg.jinritemai.com/*',
  '*://im.jinritemai.com/*',
  '*://pigeon.jinritemai.com/*',
  '*://dongdong.jd.com/*',
  '*://shop.jd.com/*',
  '*://im.kwaixiaodian.com/*',
  '*://sellercentral.amazon.com/*',
  ...SHOPEE_SELLER_HOSTS.map((host) => `*://${host}/*`),
];
