/**
 * The only Amazon Seller Central selectors and text anchors of the project: buyer messaging and the
 * Feedback Manager. Alternatives are tried in order; [C] = documented in shared/platforms.md,
 * [I] = inferred. Feedback Manager is documented by its URL only: its table is taken to be built of
 * Katal web components (`kat-*`, whose tag names are stable), in English or Chinese UI.
 * Fixtures: tests/fixtures/amazon/chat.html, tests/fixtures/amazon/feedback-manager.html.
 */
/** [C] Buyer-Seller Messaging: `…/messaging/inbox` and `…/messaging/contact?orderID=…`. */
export const AMAZON_HOSTS = ['sellercentral.amazon.com'] as const;
export const AMAZON_MESSAGING_PATH = /^\/messaging\/(inbox|contact)(\/|$)/;

export const AMAZON_MESSAGING = {
  /** [C] The reply box is a Katal `kat-textarea`; the real textarea is in its open shadow root. */
  inputHost: ['kat-textarea'],
  innerInput: ['textarea'],
  /** [I] The open thread and its messages (Seller Central marks its parts with data-test-id). */
  thread: ['[data-test-id="message-thread"]'],
  message: ['[data-test-id="message-thread"] [data-test-id="thread-message"]'],
  sender: ['[data-test-id="message-sender"]'],
  time: ['[data-test-id="message-time"]'],
  body: ['[data-test-id="message-body"]'],
  /** [I] Who wrote, by the sender label: the seller's own messages, Amazon's notices, automated sends. */
  selfLabel: /^(You|您|我)$/i,
  amazonLabel: /^Amazon\b/i,
  automatedLabel: /\((Automated|自动)\)|自动发送/i,
  /** [I] Thread header: the buyer's name, and the order the thread is about. */
  buyerName: ['[data-test-id="buyer-name"]'],
  orderCard: ['[data-test-id="order-details"]'],
  /** Amazon order ids (`113-1234567-1234567`) and ASINs (`B0…`), also in `contact?orderID=`. */
  orderId: /\b(\d{3}-\d{7}-\d{7})\b/,
  asin: /\b(B0[0-9A-Z]{8})\b/,
  cardNoise: [/\b\d{3}-\d{7}-\d{7}\b/, /\bB0[0-9A-Z]{8}\b/, /^(Order|订单|ASIN|Qty|数量)/i, /^[$¥€£]/],
} as const;

/** Feedback Manager: `https://sellercentral.amazon.com/feedback-manager/index.html` [C]. */
export const AMAZON_FEEDBACK_PATH = /^\/feedback-manager(?:\/|\/index\.html)?$/;

export const AMAZON = {
  /** [I] One feedback per Katal table row of the table body. */
  row: ['kat-table-body > kat-table-row'],
  /** [I] The cells of a row, in column order. */
  cell: ['kat-table-cell'],
  table: ['kat-table'],
  headCell: ['kat-table-head kat-table-cell'],
  /** [I] Column titles, English UI or Seller Central's Chinese UI. */
  columnTitle: {
    date: /^(Date|日期)$/i,
    rating: /^(Rating|评级|评分)$/i,
    comment: /^(Comments?|评论)$/i,
    response: /^(Your response|Response|回复|您的回复)$/i,
    order: /^(Order ID|Order|订单编号|订单号)$/i,
  },
  /** [I] Stars as a Katal component carrying the value, or the bare number in the rating cell. */
  starRating: ['kat-star-rating[value]'],
  ratingText: /^([1-5])(?:\s*(?:\/\s*5|out of 5|星))?$/i,
  /** Amazon order ids: `112-1234567-1234567` [I for where it is shown]. */
  orderId: /\b(\d{3}-\d{7}-\d{7})\b/,
  /**
   * [I] A posted public reply shows its text under `Your response:` with `Remove my response`;
   * without one the cell offers `Post a public reply` (not a reply).
   */
  shopReply: /^(?:Your response:|Remove my response$|您的回复[:：]|删除我的回复$)/i,
  /** [I] The row's `Post a public reply` link (Katal `kat-link`), which opens the reply box (a `kat-textarea`). */
  rowAction: ['kat-link', 'a', 'button'],
  replyAction: /^(?:Post a public reply|发布公开回复)$/i,
} as const;
