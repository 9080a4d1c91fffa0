/**
 * Builds one trie over every lexicon entry and scans folded text for all matches (overlapping), so negation,
 * degree, sentiment, cause and intent look-ups share a single pass.
 */
import type { CauseCode, IntentCode } from '../taxonomy';
import {
  ABBREVIATIONS,
  CAUSES,
  CAUSE_MASKS,
  CONCESSIONS,
  CONTRAST,
  DEGREE,
  INTENTS,
  NEGATORS,
  POST_NEGATORS,
  SARCASM,
  SENTIMENT,
} from './lexicon';
import { isAsciiAlnum } from './normalize';

export interface Roles {
  sent?: number; // sentiment weight (0 = neutral word that masks inner matches)
  negator?: boolean;
  /** Cancels the complaint word right before it (头皮屑少了). */
  postNeg?: boolean;
  /** At the start of a clause, waves off the complaint of the clause before (…，不影响使用). */
  concede?: boolean;
  degree?: number;
  contrast?: boolean;
  sarcasm?: boolean;
  /** Cause phrases: [cause, weight, kind] where kind 0 = phrase, 1 = cue, 2 = aspect. */
  cause?: Array<[Exclude<CauseCode, 'other'>, number, 0 | 1 | 2]>;
  intent?: Array<[IntentCode, number]>;
  /** Size wording ("偏大", "太小了"): clothing → not_as_described, otherwise quality_defect. */
  size?: boolean;
  /** Latin-letter term: must not touch other letters/digits. */
  latin?: boolean;
}

/*
 * The trie in flat tables. Nodes are numbers, the root is 0. rootChild[c] is the node of the one-character prefix c;
 * deeper edges sit in an open-addressing table keyed by node << 16 | code unit. 0 stands for "no such node" (no edge
 * leads back to the root). nodeRoles[n] is set where a lexicon entry ends.
 */
const rootChild = new Int32Array(0x10000);
const EDGE_SLOTS = 1 << 15;
const edgeKey = new Int32Array(EDGE_SLOTS).fill(-1);
const edgeChild = new Int32Array(EDGE_SLOTS);
const nodeRoles: Array<Roles | undefined> = [undefined];

function edgeSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 17;
}

/** The node reached from `node` by the code unit c, or 0. */
function child(node: number, c: number): number {
  if (node === 0) return rootChild[c]!;
  const key = (node << 16) | c;
  for (let slot = edgeSlot(key); edgeKey[slot] !== -1; slot = (slot + 1) & (EDGE_SLOTS - 1)) {
    if (edgeKey[slot] === key) return edgeChild[slot]!;
  }
  return 0;
}

function addChild(node: number, c: number): number {
  const id = nodeRoles.length;
  // The edge table stays at most half full (which also keeps the keys, node << 16 | code unit, within 31 bits).
  if (id >= EDGE_SLOTS / 2) throw new Error('lexicon too large for the trie tables');
  nodeRoles.push(undefined);
  if (node === 0) {
    rootChild[c] = id;
    return id;
  }
  const key = (node << 16) | c;
  let slot = edgeSlot(key);
  while (edgeKey[slot] !== -1) slot = (slot + 1) & (EDGE_SLOTS - 1);
  edgeKey[slot] = key;
  edgeChild[slot] = id;
  return id;
}

const entries = new Map<string, Roles>();

function rolesFor(term: string): Roles {
  let r = entries.get(term);
  if (!r) {
    r = {};
    entries.set(term, r);
  }
  return r;
}

for (const t of NEGATORS) rolesFor(t).negator = true;
for (const t of POST_NEGATORS) rolesFor(t).postNeg = true;
for (const t of CONCESSIONS) rolesFor(t).concede = true;
for (const [t, d] of Object.entries(DEGREE)) rolesFor(t).degree = d;
for (const t of CONTRAST) rolesFor(t).contrast = true;
for (const [t, v] of Object.entries(SENTIMENT)) rolesFor(t).sent = v;
for (const t of SARCASM) rolesFor(t).sarcasm = true;
for (const [code, lex] of Object.entries(CAUSES) as Array<[Exclude<CauseCode, 'other'>, (typeof CAUSES)[keyof typeof CAUSES]]>) {
  const add = (map: Record<string, number> | undefined, kind: 0 | 1 | 2) => {
    if (!map) return;
    for (const [t, v] of Object.entries(map)) {
      const r = rolesFor(t);
      (r.cause ??= []).push([code, v, kind]);
    }
  };
  add(lex.phrases, 0);
  add(lex.cues, 1);
  add(lex.aspects, 2);
}
// Masks hide the cause words inside them and name no cause themselves.
for (const t of CAUSE_MASKS) rolesFor(t).cause ??= [];
for (const [code, map] of Object.entries(INTENTS) as Array<[IntentCode, Record<string, number>]>) {
  for (const [t, v] of Object.entries(map)) (rolesFor(t).intent ??= []).push([code, v]);
}
export const SIZE_WORDS = `这么大 这么小 那么大 那么小 偏大 偏小 太大 太小 太大了 太小了 太长 太短 太瘦 太肥 太紧 太宽 太松 大了 小了 偏长 偏短 偏瘦 偏肥 很大 很小 特别大 特别小 超大 超小 非常大 非常小 好大 好小 有点大 有点小 一个大一个小 太长了 太短了`.split(' ');
for (const t of SIZE_WORDS) rolesFor(t).size = true;
// Abbreviations: copy the roles of the word they stand for (the Latin form may also have its own roles).
for (const [abbr, word] of Object.entries(ABBREVIATIONS)) {
  const src = entries.get(word);
  const r = rolesFor(abbr);
  if (src) {
    for (const k of Object.keys(src) as Array<keyof Roles>) {
      if (r[k] === undefined) (r as Record<string, unknown>)[k] = src[k];
    }
  }
}
/**
 * The roles with every field present (absent ones `undefined`), in one order: the analysis reads them from every hit, and
 * objects of as many shapes as there are role mixes made its compiled code bail out again and again on a first pass.
 */
function withEveryField(r: Roles): Roles {
  const { sent, negator, postNeg, concede, degree, contrast, sarcasm, cause, intent, size, latin } = r;
  // Typed so that a field added to `Roles` must be listed here too.
  const every: { [K in keyof Required<Roles>]: Roles[K] } = { sent, negator, postNeg, concede, degree, contrast, sarcasm, cause, intent, size, latin };
  return every;
}

for (const [t, roles] of entries) {
  const r = withEveryField(roles);
  if (/[a-z0-9]/.test(t[0]!) || /[a-z0-9]/.test(t[t.length - 1]!)) r.latin = true;
  let node = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    node = child(node, c) || addChild(node, c);
  }
  nodeRoles[node] = r;
}

export interface Hit {
  start: number;
  end: number;
  roles: Roles;
}

/** Every lexicon match in folded[0, end), sorted by start ascending then length descending. */
export function scan(folded: string, end: number): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < end; i++) {
    let node = rootChild[folded.charCodeAt(i)]!;
    if (node === 0) continue;
    const startHits = hits.length;
    let j = i + 1;
    while (node !== 0) {
      const r = nodeRoles[node];
      if (r && (!r.latin || latinOk(folded, i, j, end))) hits.push({ start: i, end: j, roles: r });
      if (j >= end) break;
      node = child(node, folded.charCodeAt(j));
      j++;
    }
    // longest first for this start
    for (let a = startHits, b = hits.length - 1; a < b; a++, b--) {
      const h = hits[a]!;
      hits[a] = hits[b]!;
      hits[b] = h;
    }
  }
  return hits;
}

function latinOk(s: string, start: number, end: number, limit: number): boolean {
  if (start > 0 && isAsciiAlnum(s.charCodeAt(start - 1))) return false;
  if (end < limit && isAsciiAlnum(s.charCodeAt(end))) return false;
  return true;
}
