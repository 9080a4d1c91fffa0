import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../lib/domain/hash';
import { isPlaceholderText } from '../../lib/domain/review';
import { levelFromStars } from '../../lib/domain/taxonomy';

describe('review levels', () => {
  it('reads 1–2★ as 差评, 3★ as 中评, 4–5★ as 好评', () => {
    expect([1, 2, 3, 4, 5].map(levelFromStars)).toEqual(['negative', 'negative', 'neutral', 'positive', 'positive']);
  });

  it('recognises the placeholders platforms show for unwritten reviews', () => {
    expect(isPlaceholderText('此用户没有填写评价')).toBe(true);
    expect(isPlaceholderText(' 系统默认好评 ')).toBe(true);
    expect(isPlaceholderText('')).toBe(true);
    expect(isPlaceholderText('系统很好用')).toBe(false);
  });
});

describe('fnv1a', () => {
  it('is deterministic and spreads near inputs', () => {
    expect(fnv1a('阿***|2026-09-08|差')).toBe(fnv1a('阿***|2026-09-08|差'));
    expect(fnv1a('a')).not.toBe(fnv1a('b'));
    expect(fnv1a('')).toBe('811c9dc5');
  });
});
