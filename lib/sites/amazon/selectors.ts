/**
 * The only Amazon Seller Central buyer-messaging selectors and text anchors of the project.
 * Alternatives are tried in order; [C] = documented in shared/platforms.md, [I] = inferred.
 * Fixture: tests/fixtures/amazon/chat.html.
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
