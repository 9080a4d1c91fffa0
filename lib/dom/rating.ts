import type { ReviewLevel } from '../domain/taxonomy';
import { textOf } from './query';

/** A rating as a page shows it: stars, or the platform's own level. */
export interface ShownRating {
  stars?: number;
  level?: ReviewLevel;
}

const LEVEL_WORDS: ReadonlyArray<readonly [RegExp, ReviewLevel]> = [
  [/差评|负面|bad|negative/i, 'negative'],
  [/中评|中性|neutral/i, 'neutral'],
  [/好评|正面|good|positive/i, 'positive'],
];

/** Star elements that are lit: their class says so (full, filled, active, on, checked, selected). */
const LIT = /(^|[-_\s])(full|filled|fill|active|on|checked|selected|lit)([-_\s]|$)/i;

function fromText(text: string): ShownRating | null {
  const stars = [...text].filter((char) => char === '★').length;
  if (stars > 0 || text.includes('☆')) return stars > 0 ? { stars: Math.min(stars, 5) } : null;
  const number = /(?:^|[^\d.])([1-5])(?:\.0)?\s*(?:星|分|颗星|stars?|\/\s*5|$)/i.exec(text);
  if (number) return { stars: Number(number[1]) };
  for (const [words, level] of LEVEL_WORDS) if (words.test(text)) return { level };
  return null;
}

/**
 * Reads a rating element whatever its form: `★★★☆☆`, `4星` / `4.0` / `4 stars`, an aria-label or
 * title saying so, 差评/中评/好评 or 负面/中性/正面 labels, or five star icons of which some are lit.
 */
export function readShownRating(el: Element | null): ShownRating | null {
  if (!el) return null;
  const labelled = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.getAttribute('data-score') ?? '';
  const fromLabel = labelled ? fromText(labelled) : null;
  if (fromLabel) return fromLabel;
  const fromContent = fromText(textOf(el));
  if (fromContent) return fromContent;
  const icons = [...el.children];
  if (icons.length >= 3 && icons.length <= 10) {
    const lit = icons.filter((icon) => LIT.test(icon.getAttribute('class') ?? '')).length;
    if (lit > 0) return { stars: Math.min(lit, 5) };
  }
  return null;
}
