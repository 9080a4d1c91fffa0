import type { PlatformId } from './platforms';

export const SENDERS = ['buyer', 'agent', 'robot', 'system'] as const;
export type Sender = (typeof SENDERS)[number];

export const MAX_MESSAGE_TEXT = 5_000;

/** One chat message as read from a chat workbench. */
export interface ChatMessage {
  sender: Sender;
  text: string;
  /** As the page shows it (`2026年09月08日 17:30:17`, `17:30`, `昨天 09:12` …). */
  time?: string;
}

/** Something the conversation shows about what the buyer bought or asks about. */
export interface ConversationCard {
  kind: 'product' | 'order';
  title?: string;
  id?: string;
}

/** The conversation open in a chat workbench. */
export interface Conversation {
  platform: PlatformId;
  /** The platform's id for the buyer, when the page shows one. */
  buyerId?: string;
  /** The nickname as shown. */
  buyerName: string;
  cards: ConversationCard[];
  messages: ChatMessage[];
}

/**
 * Time shown beside a message → epoch ms, relative to `now` for the short forms the consoles use.
 * Unknown forms give null (the waiting time is then not shown, never guessed).
 */
export function parseShownTime(shown: string, now: Date): number | null {
  const text = shown.trim();
  const full = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(text);
  if (full) {
    const [, y, mo, d, h, mi, s] = full.map(Number);
    return new Date(y!, mo! - 1, d!, h!, mi!, s || 0).getTime();
  }
  const monthDay = /^(\d{1,2})[-/月](\d{1,2})日?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (monthDay) {
    const [, mo, d, h, mi, s] = monthDay.map(Number);
    return new Date(now.getFullYear(), mo! - 1, d!, h!, mi!, s || 0).getTime();
  }
  const clock = /^(昨天|前天|今天)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (clock) {
    const daysBack = clock[1] === '昨天' ? 1 : clock[1] === '前天' ? 2 : 0;
    const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysBack, Number(clock[2]), Number(clock[3]), Number(clock[4] ?? 0));
    return at.getTime();
  }
  return null;
}

/**
 * When the buyer started waiting: the time of their first message after the last answer from the
 * shop (agent or robot), or null when nothing is unanswered or the time cannot be read.
 */
export function waitingSince(messages: readonly ChatMessage[], now: Date): number | null {
  let firstUnanswered: ChatMessage | null = null;
  for (const message of messages) {
    if (message.sender === 'agent' || message.sender === 'robot') firstUnanswered = null;
    else if (message.sender === 'buyer' && !firstUnanswered) firstUnanswered = message;
  }
  if (!firstUnanswered) return null;
  // Messages without their own time inherit the last time shown above them (time rows, groups).
  const index = messages.indexOf(firstUnanswered);
  for (let i = index; i >= 0; i--) {
    const shown = messages[i]!.time;
    if (shown) return parseShownTime(shown, now);
  }
  return null;
}
