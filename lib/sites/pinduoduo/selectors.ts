/**
 * The only Pinduoduo selectors and text anchors of the project. Alternatives are tried in order.
 * Hashed class names (`TB_bodyGroupHeader_5-188-0`) change with every release: matched by prefix only.
 * Fixtures: tests/fixtures/pinduoduo/review-list.html, tests/fixtures/pinduoduo/chat.html.
 */
export const PDD_REVIEW_PATH = /^\/goods\/evaluation(\/|$)/;
export const PDD_CHAT_PATH = /^\/chat-merchant(\/|$)/;

export const PDD = {
  /** 评价管理 table: each review starts with a group-header row, then one content row. */
  reviewHeaderRow: ['tr[class*="TB_bodyGroupHeader"]'],
  /** Filled stars in the header row; outlined ones are the empty stars. */
  filledStar: ['svg[data-testid="beast-core-icon-star_filled"]'],
  /** Column titles of the table head, matched by their visible text. */
  columnTitle: {
    product: /^商品(信息)?$/,
    text: /^评价(内容)?$/,
    reply: /^(商家回复|回复内容)$/,
  },
  /** Inside the table's `<thead>`. */
  tableHeadCell: ['th'],
  /** `订单编号：260410-662259689903207` */
  orderId: /订单编号[:：]\s*(\d{6}-\d{15})/,
  /** `评价时间：2026-09-08 17:30:17` */
  time: /(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)/,
  /** Buyers are shown masked: `阿***`. */
  maskedBuyer: /^\S{0,12}\*{2,}\S{0,4}$/,
  /** The usual mask keeps a name's first and last character (`阿***`, `t***8`): text of this shape is one name. */
  usualMaskedBuyer: /^[^\s*]{1,2}\*{2,}[^\s*]{0,2}$/u,
  /** The header line's texts beside the buyer: the order number and the review time, labels included. */
  headerOtherTexts: /订单编号[:：]\s*\d{6}-\d{15}|(?:评价时间[:：]\s*)?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/g,
  /** `商品ID：123456789` */
  productId: /商品\s*ID[:：]\s*(\d+)/i,
  /** 追评 block inside the review cell: `追加评价（收货后7天）：…` */
  followUpLabel: /^\s*(?:追加评价|追评)[^：:]{0,16}[:：]\s*/,
  /** The shop's reply inside the reply column: `商家回复：…` */
  shopReplyLabel: /^\s*商家回复[:：]/,
  /** [C] Row actions `回复/互动` and `举报` (评价管理); the reply one is told apart by its text. */
  rowAction: ['a[data-testid="beast-core-button-link"]'],
  replyAction: /^\s*回复\s*\/\s*互动\s*$/,
  /** [I] The filter bar's `查询` button (beast-core), which reloads the list with the filters set. */
  queryButton: ['button[data-testid="beast-core-button"]'],
  queryLabel: /^\s*查\s*询\s*$/,
  /** 快捷回复 dialog of `回复/互动`: React-controlled textarea. */
  reviewReplyInput: ['div[data-testid="beast-core-modal-inner"] textarea[data-testid="beast-core-textArea-htmlInput"]'],

  // 多多客服 chat workbench (Vue 2, hash routing; the whole ul.msg-list can be replaced).
  /** One row of the message list: a message, a time row or a system row. */
  chatRow: ['#msgListContainer ul.msg-list > li.onemsg'],
  buyerBubble: ['div.buyer-item'],
  agentBubble: ['div.cs-item'],
  /** An agent bubble sent by the robot (机器人) carries `.callback`. */
  robotMark: ['.callback'],
  messageText: ['p.msg-content-box'],
  /** `2026年09月08日 17:30:17` */
  timeRow: ['p.message-time'],
  systemRow: ['[class*="system-msg"]'],
  /** The buyer's uid sits on the bubble's wrapper as an attribute. */
  buyerUid: ['div[currentuid]'],
  /** [I] The open conversation in the list on the left, and the nickname inside it. */
  activeConversation: ['li.chat-item.active', 'li.chat-item.is-active'],
  conversationName: ['.chat-nickname', '.nickname'],
  /** [I] Goods / order cards sent into the conversation. */
  goodsCard: ['.goods-card', '.msg-goods-card'],
  orderCard: ['.order-card', '.msg-order-card'],
  chatInput: ['textarea#replyTextarea'],
} as const;
