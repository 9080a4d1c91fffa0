import { pinyin } from 'pinyin-pro';

/**
 * Lower-case pinyin initials of a title (`退款进度` → `tkjd`), other characters kept as they are.
 * Background only: the dictionary is far too big for the content script.
 */
export function initialsOf(text: string): string {
  return pinyin(text.replace(/\s+/g, ''), { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
}
