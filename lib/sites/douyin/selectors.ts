/**
 * The only Douyin (抖店 / 飞鸽) selectors and text anchors of the project. Alternatives are tried in
 * order; [C] = documented in shared/platforms.md, [I] = inferred. Hashed classes never appear. The
 * review page is documented by its URL only: it follows Ant Design's own class names (stable across
 * releases, unlike the page's hashed ones) and is [I] until checked on the live page.
 * Fixtures: tests/fixtures/douyin/chat.html, tests/fixtures/douyin/review-list.html.
 */
/** [C] 飞鸽 workbench: `https://im.jinritemai.com/pc_seller_v2/main/workspace`, same on pigeon. */
export const DOUYIN_CHAT_HOSTS = ['im.jinritemai.com', 'pigeon.jinritemai.com'] as const;
export const DOUYIN_CHAT_PATH = /^\/pc_seller_v2\/main\/workspace(\/|$)/;

export const DOUYIN_CHAT = {
  /** [C] One message row (the `warpper` typo is the page's own). */
  message: ['[data-qa-id="qa-message-warpper"]'],
  /** [C] The buyer's bubble / the shop's bubble. */
  buyerBubble: ['.messageNotMe'],
  agentBubble: ['.messageIsMe'],
  /** [C] Message text sits in a `pre` inside the bubble. */
  messageText: ['pre'],
  /** [C] Robot replies carry `此消息由机器人自动回复`. */
  robotNote: /此消息由机器人自动回复/,
  /** [I] The time label of a row (`2026-09-08 17:30:17`, `17:30`, `昨天 09:12`): a leaf outside the bubble. */
  timeLabel: /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*|\d{1,2}[-/月]\d{1,2}日?\s*|昨天\s*|前天\s*)?\d{1,2}:\d{2}(?::\d{2})?$/,
  /** [C] Conversation header: the nickname, then the `添加备注` link. */
  header: ['#topbar-left-info'],
  headerNoise: [/^添加备注$/, /^备注[:：]/],
  /** [C] Input; its placeholder `发送给 <昵称>，使用Enter 发送消息` names the buyer too. */
  input: ['textarea[data-qa-id="qa-send-message-textarea"]'],
  placeholderName: /^发送给\s*(.+?)\s*[，,]\s*使用/,
  /** [I] Goods and order cards are rows without a `pre`, recognised by their labels. */
  productId: /商品\s*ID[:：]\s*(\d+)/i,
  orderId: /订单(?:编)?号[:：]\s*(\d{10,20})/,
  cardNoise: [/商品\s*ID[:：]/i, /订单(?:编)?号[:：]/, /^[¥￥]/, /^(商品|订单)(卡片|信息)$/],
} as const;

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
  /** [I] The row's `回复` action (an Ant link button beside `申诉`), and the Ant modal or drawer it opens. */
  rowAction: ['button.ant-btn', 'a'],
  replyAction: /^\s*回\s*复\s*$/,
  reviewReplyInput: ['.ant-modal textarea', '.ant-drawer textarea'],
  /** [I] The filter form's `查询` (Ant puts a space between two Chinese characters: `查 询`). */
  queryButton: ['button.ant-btn-primary'],
  queryLabel: /^\s*查\s*询\s*$/,
} as const;
