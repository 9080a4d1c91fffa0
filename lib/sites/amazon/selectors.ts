/**
 * The only Amazon Seller Central selectors and text anchors of the project. Alternatives are tried in
 * order. [C] = documented in shared/platforms.md, [I] = inferred. Feedback Manager is documented by
 * its URL only: its table is taken to be built of Katal web components (`kat-*`, Amazon's design
 * system, whose tag names are stable), in English or in Seller Central's Chinese UI. All [I] until
 * checked on the live page.
 * Fixture: tests/fixtures/amazon/feedback-manager.html.
 */

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
} as const;
