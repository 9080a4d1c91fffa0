// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cellAt, cleanText } from '../../lib/dom/query';

/** The tidy-up as it was written before its fast path: collapse, drop spaces around line breaks, trim. */
function referenceClean(raw: string): string {
  const text = raw.replace(/[ \t\u00a0\u3000]+/g, ' ');
  return (text.includes('\n') ? text.replace(/ *\n\s*/g, '\n') : text).trim();
}

describe('cleanText', () => {
  it('reads like the plain tidy-up on every text, tidy or not (its fast path changes nothing)', () => {
    const alphabet = ['a', '好', '，', ' ', ' ', '\t', '\n', '\r', '\u00a0', '\u3000', '\u2003', '\u2028'];
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(cleanText(text), JSON.stringify(text)).toBe(referenceClean(text));
    }
  });

  it('keeps a tidy line as it is and tidies the page\'s indentation away', () => {
    expect(cleanText('\n            用了两天就自动关机。\n            \n          ')).toBe('用了两天就自动关机。');
    expect(cleanText('  第一行 \n\n  第二行\u3000\u3000好 ')).toBe('第一行\n第二行 好');
  });
});

describe('cellAt', () => {
  it('finds a row\'s cell by index, and nothing past the last or without an index', () => {
    document.body.innerHTML = '<table><tr><td>a</td><td>b</td><td>c</td></tr></table>';
    const row = document.querySelector('tr')!;
    expect([0, 1, 2, 3, undefined].map((index) => cellAt(row, index)?.textContent)).toEqual(['a', 'b', 'c', undefined, undefined]);
  });
});
