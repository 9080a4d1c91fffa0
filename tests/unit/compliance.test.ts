import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkReply, COMPLIANCE_MESSAGES, type ComplianceCode } from '../../lib/domain/compliance';
import { compact } from '../../lib/domain/compliance/normalize';

interface Row {
  text: string;
  flagged: boolean;
  code?: ComplianceCode;
}

const file = join(dirname(fileURLToPath(import.meta.url)), '../data/compliance-phrasings.jsonl');
const rows: Row[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);

describe('compliance phrasings table', () => {
  it('has at least 120 phrasings, at least half legitimate, Traditional, spacing tricks and English', () => {
    expect(rows.length).toBeGreaterThanOrEqual(120);
    expect(rows.filter((r) => !r.flagged).length * 2).toBeGreaterThanOrEqual(rows.length - 1);
    expect(rows.some((r) => /[評現紅禮]/.test(r.text))).toBe(true);
    expect(rows.some((r) => r.text.includes('好 评 返 现'))).toBe(true);
    expect(rows.some((r) => /\p{Extended_Pictographic}/u.test(r.text))).toBe(true);
    expect(rows.filter((r) => /^[\x20-\x7e]+$/.test(r.text)).length).toBeGreaterThanOrEqual(10);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
  });

  it.each(rows.filter((r) => r.flagged))('flags: $text', (row) => {
    const v = checkReply(row.text);
    expect(v.flagged).toBe(true);
    expect(v.reasons.map((r) => r.code)).toContain(row.code);
  });

  it.each(rows.filter((r) => !r.flagged))('does not flag: $text', (row) => {
    const v = checkReply(row.text);
    expect(v.reasons).toEqual([]);
    expect(v.flagged).toBe(false);
  });
});

describe('checkReply', () => {
  it('reports spans that cut the original text, even across spaces, emoji and Traditional characters', () => {
    for (const text of ['亲，好 评 返 现哦', '好评💰返', '改好評返現', '先说一句：删差评送券。谢谢']) {
      const v = checkReply(text);
      expect(v.flagged).toBe(true);
      for (const r of v.reasons) {
        expect(r.span.text).toBe(text.slice(r.span.start, r.span.end));
        expect(r.span.end).toBeGreaterThan(r.span.start);
      }
    }
    const v = checkReply('亲，好 评 返 现哦');
    expect(v.reasons[0]!.span).toEqual({ start: 2, end: 9, text: '好 评 返 现' });
    expect(checkReply('好评💰返').reasons[0]!.span.text).toBe('好评💰返');
  });

  it('gives Chinese first and English messages for every reason', () => {
    for (const m of Object.values(COMPLIANCE_MESSAGES)) {
      expect(m.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(m.en).toMatch(/^[\x20-\x7e\u4e00-\u9fff]+$/);
    }
    const v = checkReply('改好评返5元');
    expect(v.reasons[0]).toMatchObject({ code: 'review_change_for_benefit', message: COMPLIANCE_MESSAGES.review_change_for_benefit });
  });

  it('keeps only the specific reason when a review change is also a solicitation', () => {
    expect(checkReply('中评改好评，送您一份小礼物').reasons.map((r) => r.code)).toEqual(['review_change_for_benefit']);
  });

  it('reports separate violations in one message separately, sorted by position', () => {
    const v = checkReply('好评返现5元。另外删差评再送券');
    expect(v.reasons.map((r) => r.code)).toEqual(['review_solicitation_for_benefit', 'review_change_for_benefit']);
    expect(v.reasons[0]!.span.start).toBeLessThan(v.reasons[1]!.span.start);
  });

  it('respects negators before the phrase and "与评价无关" scopes', () => {
    expect(checkReply('本店不搞好评返现').flagged).toBe(false);
    expect(checkReply('不要犹豫，好评返现').flagged).toBe(true);
    expect(checkReply('补偿与评价无关。好评返现').flagged).toBe(true);
    expect(checkReply('无论如何改好评返现').flagged).toBe(true);
  });

  it('never throws on odd input and is clean on empty text', () => {
    expect(checkReply('')).toEqual({ flagged: false, reasons: [] });
    expect(checkReply('   \n ')).toEqual({ flagged: false, reasons: [] });
    expect(checkReply(undefined as unknown as string)).toEqual({ flagged: false, reasons: [] });
    expect(checkReply('\u200b好\u200b评\u200b返\u200b现').flagged).toBe(true);
    expect(checkReply('🎁'.repeat(500)).flagged).toBe(false);
  });

  it('is fast enough for every keystroke (a 150-character reply in well under a few milliseconds)', () => {
    const text = '您好，实在抱歉给您带来不便，这边给您补发一件新的，运费我们承担。如果您对处理结果满意，可以更新一下评价。'.repeat(3);
    for (let i = 0; i < 20; i++) checkReply(text);
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) checkReply(text);
    expect((performance.now() - t0) / 200).toBeLessThan(2);
  });
});

describe('compact', () => {
  it('maps every kept character back to the original', () => {
    const c = compact('Ａ 好 評！ hp fx ￥5');
    expect(c.text).toBe('a好评|hp fx¥5');
    expect(c.text.length).toBe(c.from.length);
    expect(c.from.length).toBe(c.to.length);
  });
});
