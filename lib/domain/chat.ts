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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A clock at the end of the text: `17:30`, `17:30:05`, `下午 3:05`, `5:30 PM`. */
const CLOCK = /(?:(上午|中午|下午|晚上|凌晨)\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?$/;

function hour24(hour: number, period: string | undefined): number {
  if (!period) return hour;
  const afternoon = /^(下午|晚上|p)$/i.test(period) || (period === '中午' && hour < 11);
  if (afternoon) return hour < 12 ? hour + 12 : hour;
  return hour === 12 && period !== '中午' ? 0 : hour;
}

/** The day before the clock → [year, month 1-12, day], or null for forms we do not know. */
function shownDay(prefix: string, now: Date): [number, number, number] | null {
  const text = prefix.replace(/(,|\bat|\s)+$/i, '').trim();
  const relative = { '': 0, 今天: 0, 昨天: 1, 前天: 2 }[text];
  if (relative !== undefined) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - relative);
    return [day.getFullYear(), day.getMonth() + 1, day.getDate()];
  }
  const full = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (full) return [Number(full[1]), Number(full[2]), Number(full[3])];
  // `09-08`, `12/08`, `9月8日`: this year, or last year when that day is still to come (seen on 1 Jan).
  const monthDay = /^(\d{1,2})[-/月](\d{1,2})日?$/.exec(text);
  // `Sep 8, 2026`, `September 8`
  const english = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?(?:\s+(\d{4}))?$/.exec(text);
  const month = monthDay ? Number(monthDay[1]) : english ? MONTHS.indexOf(english[1]!.slice(0, 3).toLowerCase()) + 1 : 0;
  if (month < 1 || month > 12) return null;
  const day = Number(monthDay ? monthDay[2] : english![2]);
  if (english?.[3]) return [Number(english[3]), month, day];
  const thisYear = new Date(now.getFullYear(), month - 1, day) > now ? now.getFullYear() - 1 : now.getFullYear();
  return [thisYear, month, day];
}

/**
 * Time shown beside a message → epoch ms, relative to `now` for the short forms the consoles use
 * (`2026年09月08日 17:30:17`, `09-08 17:30`, `昨天 09:12`, `下午 3:05`, `Sep 8, 2026 5:30 PM`).
 * Unknown forms give null (the waiting time is then not shown, never guessed).
 */
export function parseShownTime(shown: string, now: Date): number | null {
  const text = shown.trim();
  const clock = CLOCK.exec(text);
  if (!clock) return null;
  const day = shownDay(text.slice(0, clock.index), now);
  if (!day) return null;
  const hour = Number(clock[2]);
  const period = clock[1] ?? clock[5];
  if (hour > (period ? 12 : 23)) return null;
  const [y, mo, d] = day;
  return new Date(y, mo - 1, d, hour24(hour, period), Number(clock[3]), Number(clock[4] ?? 0)).getTime();
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
