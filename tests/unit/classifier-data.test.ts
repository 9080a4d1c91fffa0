/**
 * The classifier on the team's own labelled reviews (tests/data/causes-team.jsonl, the set the cause rules and the
 * cause-ranking constants were built on) and the n-gram feature keys it depends on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyReview } from '../../lib/domain/classifier';
import { bigramKey, forEachNgram, keyToText } from '../../lib/domain/classifier/features';
import { CAUSE_PATTERNS } from '../../lib/domain/classifier/lexicon';
import { MODEL } from '../../lib/domain/classifier/model';
import { ngramLogit, type PackedModel } from '../../lib/domain/classifier/ngram';
import { fold } from '../../lib/domain/classifier/normalize';
import { requiredChars } from '../../lib/domain/classifier/required';

interface Row {
  text: string;
  negative: boolean;
  causes: string[];
}
const rows = readFileSync(new URL('../data/causes-team.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);

describe('team-written reviews (development set)', () => {
  it('names the labelled primary cause of at least 95 % of the complaints', () => {
    const complaints = rows.filter((r) => r.negative);
    const right = complaints.filter((r) => classifyReview({ text: r.text }).causes[0]?.code === r.causes[0]);
    expect(complaints.length).toBeGreaterThanOrEqual(250);
    expect(right.length / complaints.length).toBeGreaterThanOrEqual(0.95);
  });

  it('reads at least 90 % of the reviews with the labelled negativity', () => {
    const right = rows.filter((r) => classifyReview({ text: r.text }).negative === r.negative);
    expect(right.length / rows.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('cause pattern pre-tests', () => {
  it('every text a pattern matches passes its pre-test (needs only skips texts the pattern cannot match)', () => {
    const withNeeds = CAUSE_PATTERNS.filter((p) => p.needs);
    expect(withNeeds.length).toBeGreaterThan(10);
    let matched = 0;
    for (const r of rows) {
      const folded = fold(r.text);
      for (const p of withNeeds) {
        p.re.lastIndex = 0;
        if (!p.re.test(folded)) continue;
        matched++;
        expect(p.needs!.test(folded), `${p.re.source} on ${r.text}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(50);
  });

  it('every match of a pattern contains one character of each set it requires (the texts skipped cannot match)', () => {
    const required = CAUSE_PATTERNS.map((p) => requiredChars(p.re));
    // Every pattern has a filter today; a pattern the reader cannot follow would simply always run.
    expect(required.filter((sets) => sets.length > 0).length).toBe(CAUSE_PATTERNS.length);
    const fresh = readFileSync(new URL('../data/causes-team-fresh.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim());
    const texts = rows.map((r) => r.text).concat(fresh.map((l) => (JSON.parse(l) as Row).text));
    let matched = 0;
    for (const text of texts) {
      const folded = fold(text);
      CAUSE_PATTERNS.forEach((p, i) => {
        for (const m of folded.matchAll(p.re)) {
          if (m[0].length === 0) continue;
          matched++;
          const units = new Set(Array.from(m[0], (c) => c.charCodeAt(0)));
          for (const set of required[i]!) expect([...set].some((u) => units.has(u)), `${p.re.source} on ${text}`).toBe(true);
        }
      });
    }
    expect(matched).toBeGreaterThan(200);
  });
});

describe('characters a regular expression requires', () => {
  const required = (re: RegExp) => requiredChars(re).map((set) => String.fromCharCode(...[...set].sort((a, b) => a - b)));

  it('reads literals, alternatives, classes, optional parts and look-arounds', () => {
    expect(required(/(?:ab|c)d/g)).toEqual(['ac', 'd']);
    expect(required(/x?y/)).toEqual(['y']);
    expect(required(/(?:了|多)*(?:才|还)[0-3]+/)).toEqual(['才还', '0123']);
    expect(required(/[0-3]z|q{0,2}w/)).toEqual(['0123qw']);
    expect(required(/(?<!不)(?<=^|[,，])(?=好)好(?!的)/)).toEqual(['好']);
    expect(required(/\.\u4e00/)).toEqual(['.', '一']);
    expect(required(/a{1,3}?b/)).toEqual(['a', 'b']);
    expect(required(/(a|)b/)).toEqual(['b']);
    expect(required(/(?:说|写)[^,]{0,4}[,，](?:实际|其实)/)).toEqual(['写说', ',，', '其实']);
  });

  it('requires nothing it cannot bound', () => {
    for (const re of [/a*/, /[^a]b?/, /.b?/, /\sb?/, /[\u3400-\u9fff]/, /a/i, /a/u, /(?:a|b?)/, /$/, /a*|b/]) {
      expect(required(re), re.source).toEqual([]);
    }
    expect(required(/\db/)).toEqual(['b']);
    expect(required(/(?<x>a)\k<x>b/)).toEqual(['a', 'b']);
  });

  it('never requires a character a match can lack, whatever the syntax', () => {
    // Backspace inside a class, a control character, back-references and octal escapes of several digits.
    expect(required(/[\b]x/)).toEqual(['\b', 'x']);
    expect(required(/\cJa/)).toEqual(['a']);
    expect(required(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10z/)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'z']);
    expect(required(new RegExp('\\01a'))).toEqual(['a']);
    expect(required(/x{00}y/)).toEqual(['y']);
    // Syntax it does not know, or a back-reference's name left open: nothing required, and no endless loop.
    // Inline modifiers (Chrome 125 on; this Node cannot compile them, so the source is given as it would read).
    expect(required({ source: '(?i:ab)c', flags: '' } as RegExp)).toEqual([]);
    expect(required(new RegExp('\\k<a'))).toEqual([]);
  });
});

describe('n-gram keys', () => {
  it('bigram keys round-trip to their text and stay small integers', () => {
    for (const pair of ['色差', '㐀㐁', '龥龥', '质量']) {
      const key = bigramKey(pair.charCodeAt(0), pair.charCodeAt(1));
      expect(key).toBeGreaterThanOrEqual(0x10000);
      expect(key).toBeLessThan(2 ** 30);
      expect(keyToText(key)).toBe(pair);
    }
    expect(keyToText('好'.charCodeAt(0))).toBe('好');
  });

  it('emits each distinct uni- and bigram once, in order of first appearance, call after call', () => {
    const grams = (folded: string) => {
      const out: string[] = [];
      forEachNgram(folded, 0, folded.length, (k) => out.push(keyToText(k)));
      return out;
    };
    expect(grams('好好好')).toEqual(['好', '好好']);
    expect(grams(fold('質量好，质量好'))).toEqual(['质', '量', '质量', '好', '量好']);
    // a fresh call does not remember the last one
    expect(grams('好好好')).toEqual(['好', '好好']);
    // thousands of distinct bigrams in one text (the 5,000-character cap) are all kept (text not folded: all distinct)
    const long = Array.from({ length: 5000 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    expect(grams(long).length).toBe(5000 + 4999);
    // a text past what its table holds is refused rather than probed for ever
    const tooLong = Array.from({ length: 8193 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    expect(() => grams(tooLong)).toThrow(RangeError);
  });
});

describe('n-gram model', () => {
  const logit = (text: string) => ngramLogit(text, text.length);

  it('adds the weight of each distinct n-gram that training counts (forEachNgram), in the same order, to the bit', () => {
    const model = MODEL as PackedModel;
    const steps = new Int8Array(Buffer.from(model.w, 'base64'));
    const weightOf = new Map<number, number>();
    let k = 0;
    for (const c of model.uni) weightOf.set(c.charCodeAt(0), steps[k++]!);
    for (let i = 0; i + 1 < model.bi.length; i += 2) weightOf.set(bigramKey(model.bi.charCodeAt(i), model.bi.charCodeAt(i + 1)), steps[k++]!);
    for (const { text } of rows) {
      const folded = fold(text);
      let expected = model.bias;
      forEachNgram(folded, 0, folded.length, (key) => {
        const step = weightOf.get(key);
        if (step) expected += step * model.scale;
      });
      expect(logit(folded)).toBe(expected);
    }
  });

  it('counts each distinct n-gram once per text, and forgets them between texts', () => {
    expect(logit('质量差')).not.toBe(logit(''));
    expect(logit('质量差质量差')).toBe(logit('质量差'));
    expect(logit('差x差')).toBe(logit('差'));
    expect(logit('质量差')).toBe(logit('质量差'));
  });

  it('adds the weight of a bigram to those of its characters', () => {
    const bias = logit('');
    // 质量 has a weight of its own in the shipped model
    expect(Math.abs(logit('质量') - (logit('质') + logit('量') - bias))).toBeGreaterThan(1e-3);
    // …which a pair split by a non-CJK character does not get
    expect(logit('质 量')).toBeCloseTo(logit('质') + logit('量') - bias, 12);
  });
});
