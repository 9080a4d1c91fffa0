/**
 * Runtime side of the character n-gram logistic model written by scripts/train.ts into model.ts.
 */
import { bigramKey, CJK_BASE } from './features';
import { isCjk } from './normalize';
import { MODEL } from './model';

export interface PackedModel {
  version: number;
  /** Unigram characters, one code unit each. */
  uni: string;
  /** Bigrams, two code units each. */
  bi: string;
  /** Base64 of int8 weights: unigrams first, then bigrams. */
  w: string;
  scale: number;
  bias: number;
  /** Combiner: logit = a * ngramLogit + lex · features + b. */
  mix: { a: number; lex: number[]; b: number; threshold: number };
  meta: Record<string, string | number>;
}

function decodeBase64(b64: string): Uint8Array {
  const table = new Int16Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  const clean = b64.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buf = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = table[clean.charCodeAt(i)] ?? -1;
    if (v < 0) continue;
    buf = (buf << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buf >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

/*
 * The weights sit in flat tables for the per-text loop, as int8 steps of `scale` (step * scale is the weight).
 * Unigrams are indexed by code unit from CJK_BASE; bigrams live in an open-addressing table keyed by bigramKey, more
 * than twice as large as the model's bigrams. A stamp per slot makes each n-gram count once per text; a zero step
 * adds nothing and is skipped like an n-gram the model does not know.
 */
/** One past the last CJK code unit (isCjk). */
const CJK_END = 0xa000;
const BIGRAM_SLOTS = 1 << 16;

interface WeightTables {
  scale: number;
  uniStep: Int8Array;
  uniStamp: Uint32Array;
  biKey: Int32Array;
  biStep: Int8Array;
  biStamp: Uint32Array;
}

function bigramSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 16;
}

function unpack(model: PackedModel): WeightTables {
  const bytes = decodeBase64(model.w);
  const t: WeightTables = {
    scale: model.scale,
    uniStep: new Int8Array(CJK_END - CJK_BASE),
    uniStamp: new Uint32Array(CJK_END - CJK_BASE),
    biKey: new Int32Array(BIGRAM_SLOTS),
    biStep: new Int8Array(BIGRAM_SLOTS),
    biStamp: new Uint32Array(BIGRAM_SLOTS),
  };
  if (model.bi.length / 2 > BIGRAM_SLOTS / 2) throw new Error('model has more bigrams than the weight table holds');
  let k = 0;
  for (let i = 0; i < model.uni.length; i++) {
    const c = model.uni.charCodeAt(i);
    if (!isCjk(c)) throw new Error(`model unigram ${model.uni[i]} is not CJK`);
    t.uniStep[c - CJK_BASE] = bytes[k++] ?? 0;
  }
  for (let i = 0; i + 1 < model.bi.length; i += 2) {
    const key = bigramKey(model.bi.charCodeAt(i), model.bi.charCodeAt(i + 1));
    let slot = bigramSlot(key);
    while (t.biKey[slot] !== 0) slot = (slot + 1) & (BIGRAM_SLOTS - 1);
    t.biKey[slot] = key; // keys are >= 0x10000, so 0 marks a free slot
    t.biStep[slot] = bytes[k++] ?? 0;
  }
  return t;
}

const packed = MODEL as PackedModel;
const tables = unpack(packed);
let textNo = 0;

/**
 * Logit of "negative" from the n-gram model over folded[0, end): the bias plus the weight of each distinct n-gram of
 * the model, added in order of first appearance (the n-grams of forEachNgram in features.ts; those the model does not
 * know add nothing, so they are neither looked up twice nor remembered).
 */
export function ngramLogit(folded: string, end: number): number {
  const { scale, uniStep, uniStamp, biKey, biStep, biStamp } = tables;
  if (++textNo === 0xffffffff) {
    uniStamp.fill(0);
    biStamp.fill(0);
    textNo = 1;
  }
  let z = packed.bias;
  let prev = -1;
  for (let i = 0; i < end; i++) {
    const c = folded.charCodeAt(i);
    if (!isCjk(c)) {
      prev = -1;
      continue;
    }
    const u = c - CJK_BASE;
    if (uniStep[u] !== 0 && uniStamp[u] !== textNo) {
      uniStamp[u] = textNo;
      z += uniStep[u]! * scale;
    }
    if (prev >= 0) {
      const key = bigramKey(prev, c);
      for (let slot = bigramSlot(key); biKey[slot] !== 0; slot = (slot + 1) & (BIGRAM_SLOTS - 1)) {
        if (biKey[slot] !== key) continue;
        if (biStep[slot] !== 0 && biStamp[slot] !== textNo) {
          biStamp[slot] = textNo;
          z += biStep[slot]! * scale;
        }
        break;
      }
    }
    prev = c;
  }
  return z;
}

export const MIX = packed.mix;
export const MODEL_META = packed.meta;
