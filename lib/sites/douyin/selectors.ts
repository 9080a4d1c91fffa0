import type { ReviewLevel } from '../../domain/taxonomy';

/**
 * The only 抖店 (Douyin shop) selectors and text anchors of the project. Alternatives are tried in
 * order. [C] = documented in shared/platforms.md, [I] = inferred. The review page is documented by
 * its URL only: everything below follows Ant Design's own class names (stable across releases,
 * unlike the page's hashed ones) and is [I] until checked on the live page.
 * Fixture: tests/fixtures/douyin/review-list.html.
 */

/** 评价管理: `https://fxg.jinritemai.com/ffa/g/comment` [C]. */
export const DOUYIN_REVIEW_PATH = /^\/ffa\/g\/comment\/?$/;

export const DOUYIN = {
  /** [I] One review per Ant table row; `ant-table-measure-row` and expanded rows are not `.ant-table-row`. */
  row: ['.ant-table-tbody > tr.ant-table-row[data-row-key]'],
  /** [I] Column titles, matched by their visible text; the fixed-header layout has them in another table. */
  headCell: ['.ant-table-thead > tr > th'],
  table: ['.ant-table'],
  columnTitle: {
    text: /^评价(内容|详情)?$/,
    buyer: /^(买家|用户)(昵称|信息)?$/,
    product: /^商品(信息)?$/,
  },
  /** [I] Stars of `<Rate disabled>`: each full star is an `li.ant-rate-star-full`. */
  rate: ['.ant-rate'],
  fullStar: ['li.ant-rate-star-full'],
  /** [I] 好评/中评/差评 as an Ant `<Tag>`; Douyin labels reviews this way [I in platforms.md]. */
  tag: ['.ant-tag'],
  levelTag: { 好评: 'positive', 中评: 'neutral', 差评: 'negative' } satisfies Record<string, ReviewLevel>,
  /** [I] `订单编号：6938475610293847561` (Douyin order numbers are 19 digits). */
  orderId: /订单(?:编号|号)[:：]\s*(\d{16,20})/,
  /** [I] `评价时间：2026-04-02 10:12:33`. */
  time: /(\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)/,
  /** [I] `商品ID：3601234567890123456`. */
  productId: /商品\s*ID[:：]\s*(\d+)/i,
  /**
   * [I] Labels in the review cell, each an element of its own (so a buyer's text that merely starts
   * with the same words is not taken for one): the follow-up `追评（收货后5天）：` / `追加评价：` and the
   * shop's reply `商家回复：`.
   */
  followUpLabel: /^\s*(?:追加评价|追评)[^：:]{0,16}[:：]\s*$/,
  shopReplyLabel: /^\s*商家回复[:：]\s*$/,
  /** [I] Ant row keys that are ids (comment ids), not the index Ant falls back to. */
  idLikeRowKey: /^[\w-]{6,64}$/,
} as const;
