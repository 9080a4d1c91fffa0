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
    ['前天 23:59', new Date(2026, 10, 22, 23, 59, 0)],
    ['12/08 17:30', new Date(2025, 11, 8, 17, 30, 0)],
    ['9月8日 08:05', new Date(2026, 8, 8, 8, 5, 0)],
    ['下午 3:05', new Date(2026, 10, 24, 15, 5, 0)],
    ['上午12:10', new Date(2026, 10, 24, 0, 10, 0)],
    ['中午 12:30', new Date(2026, 10, 24, 12, 30, 0)],
    ['2026年9月8日 下午5:30', new Date(2026, 8, 8, 17, 30, 0)],
    ['5:30 PM', new Date(2026, 10, 24, 17, 30, 0)],
    ['12:05 am', new Date(2026, 10, 24, 0, 5, 0)],
    ['Sep 8, 2026 5:30 PM', new Date(2026, 8, 8, 17, 30, 0)],
    ['September 8, 2026 at 11:02 AM', new Date(2026, 8, 8, 11, 2, 0)],
    ['Nov 23, 9:15 PM', new Date(2026, 10, 23, 21, 15, 0)],
  ])('%s', (shown, expected) => expect(parseShownTime(shown, now)).toBe(expected.getTime()));

  it('gives null for forms it does not know rather than a guess', () => {
    expect(parseShownTime('刚刚', now)).toBeNull();
    expect(parseShownTime('', now)).toBeNull();
    expect(parseShownTime('星期一 17:30', now)).toBeNull();
    expect(parseShownTime('Foo 8, 2026 5:30 PM', now)).toBeNull();
    expect(parseShownTime('25:10', now)).toBeNull();
    expect(parseShownTime('下午 13:10', now)).toBeNull();
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
