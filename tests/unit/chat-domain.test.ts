import { describe, expect, it } from 'vitest';
import { parseShownTime, waitingSince, type ChatMessage } from '../../lib/domain/chat';

const now = new Date(2026, 10, 24, 15, 0, 0);

describe('times as the consoles show them', () => {
  it.each([
    ['2026年09月08日 17:30:17', new Date(2026, 8, 8, 17, 30, 17)],
    ['2026-09-08 17:30', new Date(2026, 8, 8, 17, 30, 0)],
    ['09-08 17:30:05', new Date(2026, 8, 8, 17, 30, 5)],
    ['14:58:30', new Date(2026, 10, 24, 14, 58, 30)],
    ['昨天 09:12', new Date(2026, 10, 23, 9, 12, 0)],
  ])('%s', (shown, expected) => expect(parseShownTime(shown, now)).toBe(expected.getTime()));

  it('gives null for forms it does not know rather than a guess', () => {
    expect(parseShownTime('刚刚', now)).toBeNull();
    expect(parseShownTime('', now)).toBeNull();
  });
});

describe('waiting since the first unanswered buyer message', () => {
  const m = (sender: ChatMessage['sender'], time?: string): ChatMessage => ({ sender, text: 'x', ...(time ? { time } : {}) });

  it('counts from the first buyer message after the last answer', () => {
    const messages = [m('buyer', '14:50:00'), m('agent', '14:51:00'), m('buyer', '14:55:00'), m('buyer', '14:57:00')];
    expect(waitingSince(messages, now)).toBe(new Date(2026, 10, 24, 14, 55).getTime());
  });

  it('a robot answer counts as an answer; system rows do not', () => {
    expect(waitingSince([m('buyer', '14:50:00'), m('robot', '14:50:05')], now)).toBeNull();
    expect(waitingSince([m('buyer', '14:50:00'), m('system', '14:50:05')], now)).toBe(new Date(2026, 10, 24, 14, 50).getTime());
  });

  it('nothing unanswered, or no readable time: no waiting time', () => {
    expect(waitingSince([], now)).toBeNull();
    expect(waitingSince([m('buyer')], now)).toBeNull();
  });
});
