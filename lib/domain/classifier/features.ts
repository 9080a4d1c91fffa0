/**
 * Character n-gram features of scripts/train.ts, and the keys the runtime model (ngram.ts) shares with it.
 * Keys are numbers: a unigram is its code unit (< 0x10000); a bigram is bigramKey(c1, c2) (always >= 0x10000 because
 * both characters are CJK). The input must already be folded (see normalize.ts).
 */
import { isCjk } from './normalize';

/** First CJK code unit (isCjk): bigram keys count from it so they stay small integers (no heap numbers, less GC). */
export const CJK_BASE = 0x3400;
const CJK_SPAN = 0x8000;

/** Key of the bigram c1 c2 (both CJK); ordered like (c1, c2). */
export function bigramKey(c1: number, c2: number): number {
  return 0x10000 + (c1 - CJK_BASE) * CJK_SPAN + (c2 - CJK_BASE);
}

/*
 * Distinct n-grams per call without allocating: a slot is taken when its stamp equals the current call number.
 * Unigrams index a table by code unit; bigrams use open addressing in a table more than twice as large as the
 * most bigrams one text can have (MAX_CHARS in lexical.ts).
 */
const unigramStamp = new Uint32Array(0x10000);
const BIGRAM_SLOTS = 1 << 14;
const bigramKeys = new Int32Array(BIGRAM_SLOTS);
const bigramStamp = new Uint32Array(BIGRAM_SLOTS);
let call = 0;

function firstBigram(key: number): boolean {
  let slot = Math.imul(key, 0x9e3779b1) >>> 18;
  while (bigramStamp[slot] === call) {
    if (bigramKeys[slot] === key) return false;
    slot = (slot + 1) & (BIGRAM_SLOTS - 1);
  }
  bigramStamp[slot] = call;
  bigramKeys[slot] = key;
  return true;
}

/** The longest text forEachNgram takes: its bigram table stays less than half full, so a probe always ends. */
const MAX_NGRAM_TEXT = BIGRAM_SLOTS >> 1;

/** Call `emit` once per distinct n-gram key of folded[start, end) (at most 8,192 characters), in order of first appearance. */
export function forEachNgram(folded: string, start: number, end: number, emit: (key: number) => void): void {
  if (end - start > MAX_NGRAM_TEXT) throw new RangeError(`forEachNgram takes at most ${MAX_NGRAM_TEXT} characters, not ${end - start}`);
  if (++call === 0xffffffff) {
    unigramStamp.fill(0);
    bigramStamp.fill(0);
    call = 1;
  }
  let prev = -1;
  for (let i = start; i < end; i++) {
    const c = folded.charCodeAt(i);
    if (isCjk(c)) {
      if (unigramStamp[c] !== call) {
        unigramStamp[c] = call;
        emit(c);
      }
      if (prev >= 0) {
        const k = bigramKey(prev, c);
        if (firstBigram(k)) emit(k);
      }
      prev = c;
    } else {
      prev = -1;
    }
  }
}

/** Key → the n-gram text (for debugging and for writing the model file). */
export function keyToText(key: number): string {
  if (key < 0x10000) return String.fromCharCode(key);
  const pair = key - 0x10000;
  return String.fromCharCode(CJK_BASE + Math.floor(pair / CJK_SPAN), CJK_BASE + (pair % CJK_SPAN));
}
