/**
 * The only JD (京东 咚咚) selectors and text anchors of the project. Alternatives are tried in order;
 * [C] = documented in shared/platforms.md, [I] = inferred. Fixture: tests/fixtures/jd/chat.html.
 */

/** [C] 咚咚 web workbench: `https://dongdong.jd.com/` (the app lives at the root). */
export const JD_CHAT_HOSTS = ['dongdong.jd.com'] as const;
export const JD_CHAT_PATH = /^\/(index\.html?)?$/;

export const JD_CHAT = {
  /** [C] Contact list (virtualised: rows are recycled while scrolling). */
  contact: ['#t-alluser-wrap .alluser-item'],
  /** [I] The open contact, and its nickname: fallback for the buyer's name. */
  activeContact: ['#t-alluser-wrap .alluser-item.active', '#t-alluser-wrap .alluser-item.selected'],
  contactNoise: [/^\d{1,2}:\d{2}$/, /^\d+$/, /^\[.*]$/],
  /** [C] The buyer of the open chat: `.chat-head-name > span`. */
  buyerName: ['.chat-head-name > span'],
  /** [C] One message; `.message_left` is the buyer, `.message_right` the shop. */
  message: ['#t-chat-scroll .message'],
  buyerSide: [':scope > .message_left'],
  agentSide: [':scope > .message_right'],
  /** [C] Text and shown time of a message. */
  content: ['.message__content'],
  time: ['.message__time_str'],
  /** [I] 京小智 (JD's service robot) and auto-replies are labelled beside the shop's bubble. */
  robotLabel: /京小智|机器人|自动回复/,
  /** [I] Goods links point at item.jd.com/<sku>.html; orders are labelled `订单号：`. */
  productLink: ['a[href*="item.jd.com/"]'],
  sku: /item\.jd\.com\/(\d+)\.html/,
  orderId: /订单(?:编)?号[:：]\s*(\d{9,})/,
  cardNoise: [/订单(?:编)?号[:：]/, /^[¥￥]/, /^(查看|咨询)/],
  /** [C] Input: a contenteditable editor, not a textarea. */
  input: ['.EditorContent[contenteditable="true"]'],
} as const;
