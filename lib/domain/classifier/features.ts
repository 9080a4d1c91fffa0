/**
 * Character n-gram features shared by the runtime model and scripts/train.ts.
 * Keys are numbers: a unigram is its code unit (< 0x10000); a bigram is c1 * 0x10000 + c2 (always > 0xffff because
 * both characters are CJK). The input must already be folded (see normalize.ts).
 */
import { isCjk } from './normalize';

/** Call `emit` once per distinct n-gram key of folded[start, end). `seen` is a scratch set, cleared here. */
export function forEachNgram(folded: string, start: number, end: number, seen: Set<number>, emit: (key: number) => void): void {
  seen.clear();
  let prev = -1;
  for (let i = start; i < end; i++) {
    const c = folded.charCodeAt(i);
    if (isCjk(c)) {
      if (!seen.has(c)) {
        seen.add(c);
        emit(c);
      }
      if (prev >= 0) {
        const k = prev * 0x10000 + c;
        if (!seen.has(k)) {
          seen.add(k);
          emit(k);
        }
      }
      prev = c;
    } else {
      prev = -1;
    }
  }
}

/** Key → the n-gram text (for debugging and for writing the model file). */
export function keyToText(key: number): string {
  return key < 0x10000 ? String.fromCharCode(key) : String.fromCharCode(Math.floor(key / 0x10000), key % 0x10000);
}
