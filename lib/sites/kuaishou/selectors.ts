/**
 * The only Kuaishou (快手小店) selectors and text anchors of the project. Alternatives are tried in
 * order; [C] = documented in shared/platforms.md, [I] = inferred. The workbench's CSS-module classes
 * end in a hash (`kwaishop-cs-LayoutDefaultWrapper_msgMain__3kd9f`): matched by their stable prefix.
 * Fixture: tests/fixtures/kuaishou/chat.html.
 */

/** [C] 快手小店 客服工作台: `https://im.kwaixiaodian.com/workbench`. */
export const KUAISHOU_CHAT_HOSTS = ['im.kwaixiaodian.com'] as const;
export const KUAISHOU_CHAT_PATH = /^\/workbench(\/|$)/;

const LAYOUT = 'kwaishop-cs-LayoutDefaultWrapper_';

export const KUAISHOU_CHAT = {
  /** [C] Session groups titled `请在3分钟内回复` / `已超时`, each holding session cards. */
  sessionGroup: ['.SessionListGroupItem'],
  sessionCard: ['.SessionBaseCard'],
  /** [I] The open session card, and the buyer's nickname in it. */
  activeSession: ['.SessionBaseCard[class*="active"]', '.SessionBaseCard[class*="selected"]'],
  sessionNoise: [/^\d{1,2}:\d{2}$/, /^\d+$/, /^(请在3分钟内回复|已超时)$/],
  /** [C] One message of the default layout; [I] notices use a sibling layout of the same family. */
  message: [`[class*="${LAYOUT}msgMain"]`, '[class*="kwaishop-cs-LayoutSystemWrapper_"]'],
  systemMessage: ['[class*="kwaishop-cs-LayoutSystemWrapper_"]'],
  /** [C] Sender and time above the bubble (`买家昵称 2026-09-08 17:30:05`), and the text. */
  beforeBody: [`[class*="${LAYOUT}beforeMsgBody"]`],
  body: [`[class*="${LAYOUT}msgBody"]`],
  /** [I] The time at the end of the sender line. */
  trailingTime: /\s*((?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+|\d{1,2}[-/]\d{1,2}\s+|昨天\s*|前天\s*)?\d{1,2}:\d{2}(?::\d{2})?)$/,
  /** [I] Names the workbench gives its robot on the sender line. */
  robotName: /机器人|智能客服|智能助手|自动回复/,
  /** [I] Goods and order cards inside a bubble, by their labels. */
  productId: /商品\s*ID[:：]\s*(\d+)/i,
  orderId: /订单(?:编)?号[:：]\s*(\d{10,})/,
  cardNoise: [/商品\s*ID[:：]/i, /订单(?:编)?号[:：]/, /^[¥￥]/],
  /** [C] The input is a Quill editor. */
  input: ['div.ql-editor[contenteditable="true"]', 'div.ql-editor'],
} as const;
