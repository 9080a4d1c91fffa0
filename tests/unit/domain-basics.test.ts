import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../lib/domain/hash';
import { buyerWrote, isPlaceholderText, levelOf } from '../../lib/domain/review';
import { ReviewSchema } from '../../lib/domain/review-schema';
import { levelFromStars } from '../../lib/domain/taxonomy';

describe('review levels', () => {
  it('reads 1–2★ as 差评, 3★ as 中评, 4–5★ as 好评', () => {
    expect([1, 2, 3, 4, 5].map(levelFromStars)).toEqual(['negative', 'negative', 'neutral', 'positive', 'positive']);
  });

  it("takes the platform's own level when shown, else the stars, else none", () => {
    expect(levelOf({ platformLevel: 'neutral' })).toBe('neutral');
    // Taobao and Douyin rate the shop by their label: it wins over stars that disagree.
    expect(levelOf({ stars: 5, platformLevel: 'negative' })).toBe('negative');
    expect(levelOf({ stars: 2 })).toBe('negative');
    expect(levelOf({ stars: 3 })).toBe('neutral');
    expect(levelOf({})).toBeNull();
  });

  it('accepts a review rated by stars or by level, never by neither', () => {
    const review = { platform: 'taobao', key: 'taobao:1', text: '漏水', buyer: 'w**', replied: false } as const;
    expect(ReviewSchema.safeParse({ ...review, platformLevel: 'negative' }).success).toBe(true);
    expect(ReviewSchema.safeParse({ ...review, stars: 1 }).success).toBe(true);
    expect(ReviewSchema.safeParse(review).success).toBe(false);
    expect(ReviewSchema.safeParse({ ...review, platformLevel: 'bad' }).success).toBe(false);
  });

  it('recognises the placeholders platforms show for unwritten reviews', () => {
    expect(isPlaceholderText('此用户没有填写评价')).toBe(true);
    expect(isPlaceholderText(' 系统默认好评 ')).toBe(true);
    expect(isPlaceholderText('')).toBe(true);
    expect(isPlaceholderText('系统很好用')).toBe(false);
  });

  it('counts a 追评 in the buyer\'s words under a placeholder as written, and nothing else under one', () => {
    expect(buyerWrote('漏水', undefined)).toBe(true);
    expect(buyerWrote('系统默认好评', '用了一周就漏水了')).toBe(true);
    expect(buyerWrote('系统默认好评', undefined)).toBe(false);
    expect(buyerWrote('系统默认好评', '此用户没有填写评价')).toBe(false);
    expect(buyerWrote(' ', '漏水')).toBe(false);
  });
});

describe('fnv1a', () => {
  it('is deterministic and spreads near inputs', () => {
    expect(fnv1a('阿***|2026-09-08|差')).toBe(fnv1a('阿***|2026-09-08|差'));
    expect(fnv1a('a')).not.toBe(fnv1a('b'));
    expect(fnv1a('')).toBe('811c9dc5');
  });
});
