import type { Sender } from '../chat';

/** Where the agent is with this buyer: the replies that fit change with it. */
export const REPLY_STAGES = ['opening', 'handling', 'closing', 'review'] as const;
export type ReplyStage = (typeof REPLY_STAGES)[number];

const CLOSING = /谢谢|多谢|感谢|好的|好滴|好哒|行吧|可以了|没问题|收到|明白了|知道了|拜拜|再见|辛苦/;

/**
 * A chat's stage from its messages: nobody from the shop has answered yet → opening; the buyer's
 * last word after an answer is thanks or agreement → closing; otherwise the case is being handled.
 */
export function conversationStage(messages: ReadonlyArray<{ sender: Sender; text: string }>): ReplyStage {
  const answered = messages.some((message) => message.sender === 'agent' || message.sender === 'robot');
  if (!answered) return 'opening';
  const lastBuyer = [...messages].reverse().find((message) => message.sender === 'buyer');
  return lastBuyer && lastBuyer.text.length <= 20 && CLOSING.test(lastBuyer.text) ? 'closing' : 'handling';
}

/** What the buyer said since the shop last answered (else their last messages): what to classify. */
export function pendingBuyerText(messages: ReadonlyArray<{ sender: Sender; text: string }>): string {
  const lastAnswer = messages.findLastIndex((message) => message.sender === 'agent' || message.sender === 'robot');
  const pending = messages.slice(lastAnswer + 1).filter((message) => message.sender === 'buyer');
  const chosen = pending.length > 0 ? pending : messages.filter((message) => message.sender === 'buyer').slice(-3);
  return chosen.map((message) => message.text).join('\n');
}
