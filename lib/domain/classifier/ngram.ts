/**
 * Runtime side of the character n-gram logistic model written by scripts/train.ts into model.ts.
 */
import { bigramKey, forEachNgram } from './features';
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

export function unpack(model: PackedModel): Map<number, number> {
  const bytes = decodeBase64(model.w);
  const weights = new Map<number, number>();
  let k = 0;
  const signed = (b: number) => (b > 127 ? b - 256 : b) * model.scale;
  for (let i = 0; i < model.uni.length; i++) weights.set(model.uni.charCodeAt(i), signed(bytes[k++] ?? 0));
  for (let i = 0; i + 1 < model.bi.length; i += 2) {
    weights.set(bigramKey(model.bi.charCodeAt(i), model.bi.charCodeAt(i + 1)), signed(bytes[k++] ?? 0));
  }
  return weights;
}

const packed = MODEL as PackedModel;
const weights = unpack(packed);

/** Logit of "negative" from the n-gram model over folded[0, end). */
export function ngramLogit(folded: string, end: number): number {
  let z = packed.bias;
  forEachNgram(folded, 0, end, (key) => {
    const v = weights.get(key);
    if (v !== undefined) z += v;
  });
  return z;
}

export const MIX = packed.mix;
export const MODEL_META = packed.meta;
