import type { ReviewLevel } from '../../domain/taxonomy';

/**
 * The only Taobao/Tmall 千牛 (web) selectors and text anchors of the project. Alternatives are tried
 * in order. [C] = documented in shared/platforms.md, [I] = inferred. Fusion's `next-table-*` classes
 * are the component library's stable names, not hashed ones.
 * Fixture: tests/fixtures/taobao/review-list.html.
 */

/** 评价管理 list: `/home.htm/comment-manage/list/rateWait4PC` on myseller.taobao.com and qn.taobao.com [C]. */
export const TAOBAO_REVIEW_PATH = /^\/home\.htm\/comment-manage\/list\/rateWait4PC\/?$/;

export const TAOBAO = {
  /** One review per body row of the Fusion table [C]; the fixed-header layout nests the body table [I]. */
  row: ['tbody.next-table-body > tr', 'div.next-table-body > table > tbody > tr'],
  /** The 追评 of the row just above it, not a review of its own [C]. */
  expandedRow: ['tr.next-table-expanded-row'],
  /** Fusion's "没有数据" placeholder row of an empty list [I]. */
  emptyState: ['.next-table-empty'],
  /** Buyer text, and the 追评 text in the expanded row [C]; photos sit apart in `.l-media-gallery` [C]. */
  content: ['.rate-content span'],
  /** Blocks whose text is the buyer's (never read as labels or names) [C]. */
  contentBlock: ['.rate-content'],
  /** [I] Product link of the row: `item.htm?id=…` carries the product id. */
  productLink: ['a[href*="item.htm"]', 'a[href*="detail.tmall.com"]'],
  productIdParam: 'id',
  /** `订单号：3928475610293847561` [C]; Taobao order numbers are 15–20 digits [I]. */
  orderId: /订单号[:：]\s*(\d{15,20})/,
  /** `初次评价：2026-03-31 16:24` [C]. */
  firstReviewTime: /初次评价[:：]\s*(\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)/,
  /** Buyers are shown masked: `w**` [C]. */
  maskedBuyer: /^\S{1,12}\*{2,}\S{0,4}$/,
  /**
   * The level label of the row, as its whole visible text: legacy 好评/中评/差评 (rate 1/0/-1) or the
   * emotion filter's 正面/中性/负面 (codes 11/12/13) [C for the wording, I for it being a label of its own].
   */
  levelLabel: {
    好评: 'positive',
    中评: 'neutral',
    差评: 'negative',
    正面: 'positive',
    中性: 'neutral',
    负面: 'negative',
  } satisfies Record<string, ReviewLevel>,
  /**
   * [I] The shop's reply shown under the review once posted (`掌柜回复：…`), or the action turned
   * into `修改回复` / the state `已回复`. Absent for `评价回复` (not yet replied), `已超过回复期限`
   * and `回复已关闭` (replying no longer possible: not a reply) [C for those three].
   */
  shopReply: /^(?:(?:掌柜|商家|卖家)回复[:：]|已回复$|修改回复$)/,
  /** Row actions `评价回复` / `追评回复` / `投诉评价` [C], Fusion text buttons [I]. */
  rowAction: ['a.next-btn', 'button.next-btn'],
  replyAction: /^\s*评价回复\s*$/,
  followUpReplyAction: /^\s*追评回复\s*$/,
  /** [I] The Fusion dialog the reply action opens: its textarea is the reply box. */
  reviewReplyInput: ['.next-dialog textarea', '.next-overlay-wrapper textarea'],
  /** [I] The filter bar's `搜索` button, which reloads the list with the filters set. */
  queryButton: ['button.next-btn-primary'],
  queryLabel: /^\s*搜\s*索\s*$/,
} as const;
