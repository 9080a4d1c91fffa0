/** Every platform Kefu Lens knows, in the order the UI lists them. */
export const PLATFORM_IDS = [
  'pinduoduo',
  'taobao',
  'douyin',
  'jd',
  'kuaishou',
  'amazon',
  'shopee',
  'generic',
] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

/** The kinds of page an adapter can recognise. */
export const PAGE_KINDS = ['reviews', 'chat'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
