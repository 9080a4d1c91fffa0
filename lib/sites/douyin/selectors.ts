/**
 * The only Douyin (抖店 / 飞鸽) chat selectors and text anchors of the project. Alternatives are tried
 * in order; [C] = documented in shared/platforms.md, [I] = inferred. Hashed classes never appear.
 * Fixture: tests/fixtures/douyin/chat.html.
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
