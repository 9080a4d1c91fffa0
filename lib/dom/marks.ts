/**
 * The one list of names Kefu Lens writes into host pages, all under the `kefu` prefix.
 * `data-kefu-level` on every review root read is a public contract (README) for tools and tests.
 */
export const MARK = {
  /** negative | neutral | positive, on the root element of every review read. */
  level: 'data-kefu-level',
  /** The review's stable key, on the same root. */
  key: 'data-kefu-key',
  /** On a review root that needs recovery: `rating` (中评/差评) or `hidden-complaint` (good rating, complaining text). */
  recovery: 'data-kefu-recovery',
  /** The level again on the review's other elements (e.g. its content row), for the highlight only. */
  tint: 'data-kefu-tint',
  /** buyer | agent | robot | system, on every chat message read. */
  sender: 'data-kefu-sender',
  /** On the chat input or review reply box the extension recognises. */
  input: 'data-kefu-input',
  /** On the same input after a quick reply landed: the insertion strategy that worked. */
  inserted: 'data-kefu-inserted',
} as const;

export const TAG = {
  badge: 'kefu-badge',
  panel: 'kefu-panel',
  waiting: 'kefu-waiting',
  quickReplies: 'kefu-quick-replies',
  quickReplyButton: 'kefu-quick-reply-button',
  buyerCard: 'kefu-buyer-card',
  /** Above the input: compliance warning and complaint suggestions (playbook). */
  assist: 'kefu-assist',
  style: 'kefu-style',
} as const;

/** True for the hosts of our own UI, so observers skip what we inserted. */
export function isOwnNode(node: Node): boolean {
  return node instanceof Element && node.localName.startsWith('kefu-');
}
