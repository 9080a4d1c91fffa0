/**
 * The only Shopee Seller Centre chat selectors and text anchors of the project. Alternatives are
 * tried in order; [C] = documented in shared/platforms.md, [I] = inferred. Classes are hashed and
 * never used. Fixture: tests/fixtures/shopee/chat.html.
 */

/** [C] `https://seller.shopee.<tld>/webchat/conversations`, one host per country. */
export const SHOPEE_CHAT_PATH = /^\/webchat\/conversations(\/|$)/;

export const SHOPEE_CHAT = {
  /** [C] The virtualised message list. */
  list: ['#message-virtualized-list'],
  /**
   * [I] Its rows: the list's inner sizer holds one absolutely positioned row per visible message or
   * date line (react-window's layout). Rows are recycled: read again when their content changes.
   */
  row: ['#message-virtualized-list > div > div'],
  /** [C] The shop's messages. [I] The buyer's, and notices, by the same data-cy family. */
  agentMessage: ['[data-cy="webchat-message-send"]'],
  buyerMessage: ['[data-cy="webchat-message-receive"]'],
  systemMessage: ['[data-cy="webchat-message-system"]', '[data-cy="webchat-message-notification"]'],
  /** [I] Shopee's auto-reply (自动回复 / Auto-reply) is labelled under the shop's bubble. */
  robotLabel: /^(自动回复|自動回覆|Auto-?reply)$/i,
  /** [I] The clock under a bubble (`17:30`), and a date line between messages (`2026/09/08`, `今天`). */
  clock: /^\d{1,2}:\d{2}$/,
  dateLine: /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2}|今天|昨天|前天)$/,
  /** [I] The chat header above the list: the buyer's username first. */
  headerNoise: [/^(查看订单|View Orders?|订单|商品|Products?)$/i],
  /** [I] Product links use Shopee's `<name>-i.<shopid>.<itemid>` form; order cards show `订单编号`. */
  productLink: ['a[href*="-i."]'],
  itemId: /-i\.\d+\.(\d+)/,
  orderId: /(?:订单编号|訂單編號|Order\s*(?:ID|SN))[:：]?\s*([0-9A-Z]{12,20})/i,
  cardNoise: [/(?:订单编号|訂單編號|Order\s*(?:ID|SN))/i, /^[¥￥$₱฿₫RM]/, /^(自动回复|自動回覆|Auto-?reply)$/i],
} as const;
