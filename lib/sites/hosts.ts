import type { PlatformId } from '../domain/platforms';

/** Shopee Seller Centre: one host per country, and a match pattern cannot wildcard the TLD. */
export const SHOPEE_SELLER_HOSTS = ['cn', 'tw', 'co.id', 'com.my', 'co.th', 'vn', 'ph', 'sg', 'com.br', 'com.mx', 'cl', 'com.co'].map(
  (tld) => `seller.shopee.${tld}`,
);

/**
 * The back-end hosts of every platform: each platform's content script runs on its own hosts only
 * (so a seller page loads one platform's code), and the manifest's host permissions are their union.
 */
export const PLATFORM_HOSTS = {
  pinduoduo: ['mms.pinduoduo.com'],
  taobao: ['myseller.taobao.com', 'qn.taobao.com'],
  douyin: ['fxg.jinritemai.com', 'im.jinritemai.com', 'pigeon.jinritemai.com'],
  jd: ['dongdong.jd.com', 'shop.jd.com'],
  kuaishou: ['im.kwaixiaodian.com'],
  amazon: ['sellercentral.amazon.com'],
  shopee: SHOPEE_SELLER_HOSTS,
} as const satisfies Partial<Record<PlatformId, readonly string[]>>;

export type SellerPlatform = keyof typeof PLATFORM_HOSTS;

export const hostPatterns = (hosts: readonly string[]) => hosts.map((host) => `*://${host}/*`);

/** Every seller back-end Kefu Lens runs on: the manifest's host permissions. */
export const SELLER_HOST_PATTERNS = hostPatterns(Object.values(PLATFORM_HOSTS).flat());
