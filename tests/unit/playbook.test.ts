import { describe, expect, it } from 'vitest';
import { checkReply } from '../../lib/domain/compliance';
import { compact } from '../../lib/domain/compliance/normalize';
import { getRules } from '../../lib/domain/compliance/rules';
import {
  DEFAULT_SHOP_SETTINGS,
  PLAYBOOK,
  REMEDIES_BY_CAUSE,
  STAGES,
  VARIABLES,
  findByShortCode,
  remediesFor,
  remedy,
  renderReply,
  suggestReplies,
  variablesIn,
  type Reply,
  type Variable,
} from '../../lib/domain/playbook';
import { CAUSE_CODES, INTENT_CODES } from '../../lib/domain/taxonomy';

const ALL_VALUES: Record<Variable, string | number> = {
  buyer: '小林',
  product: '加厚羊毛围巾',
  order: '260410-662259689903207',
  amount: 12.5,
  coupon: '15元无门槛券',
  tracking: 'SF1234567890',
  link: 'https://example.com/guide',
  agent: '阿青',
};

function benefits(text: string): string[] {
  const t = compact(text).text;
  return [...t.matchAll(getRules().benefit)].map((m) => m[0]);
}

describe('playbook coverage', () => {
  it.each(CAUSE_CODES.flatMap((c) => STAGES.map((s) => [c, s] as const)))('%s × %s has at least 3 distinct variants', (cause, stage) => {
    const slot = PLAYBOOK.filter((r) => r.cause === cause && r.stage === stage);
    expect(slot.length).toBeGreaterThanOrEqual(3);
    expect(new Set(slot.map((r) => r.text)).size).toBe(slot.length);
    for (const r of slot) expect(r.kind).toBe(stage === 'public_reply' ? 'public' : 'chat');
  });

  it.each(INTENT_CODES.map((i) => [i]))('intent %s has at least 3 distinct variants', (intent) => {
    const slot = PLAYBOOK.filter((r) => r.intent === intent);
    expect(slot.length).toBeGreaterThanOrEqual(3);
    expect(new Set(slot.map((r) => r.text)).size).toBe(slot.length);
    for (const r of slot) expect(r.kind).toBe('chat');
  });

  it('has unique ids, unique short codes and no two identical texts', () => {
    expect(new Set(PLAYBOOK.map((r) => r.id)).size).toBe(PLAYBOOK.length);
    expect(new Set(PLAYBOOK.map((r) => r.shortCode)).size).toBe(PLAYBOOK.length);
    expect(new Set(PLAYBOOK.map((r) => r.text)).size).toBe(PLAYBOOK.length);
    for (const r of PLAYBOOK) expect(r.shortCode).toMatch(/^[a-z]{2}\d?[a-z]?$/);
  });

  it('finds replies by short code (zl1 is quality first contact)', () => {
    expect(findByShortCode('zl1')).toMatchObject({ cause: 'quality_defect', stage: 'first_contact' });
    expect(findByShortCode(' ZL1B ')).toMatchObject({ id: 'quality_defect.first_contact.2' });
    expect(findByShortCode('wl6')).toMatchObject({ cause: 'slow_logistics', stage: 'public_reply' });
    expect(findByShortCode('fp')).toMatchObject({ intent: 'invoice' });
    expect(findByShortCode('nope')).toBeUndefined();
  });

  it('uses only the defined variables and braces only as placeholders', () => {
    for (const r of PLAYBOOK) {
      for (const m of r.text.matchAll(/\{([^}]*)\}/g)) expect(VARIABLES).toContain(m[1]);
      expect(r.text.replace(/\{[a-z]+\}/g, '')).not.toMatch(/[{}]/);
    }
  });
});

describe('compliance of the built-in replies', () => {
  it.each(PLAYBOOK.map((r) => [r.id, r] as const))('%s passes the compliance checker (raw and rendered)', (_id, r) => {
    expect(checkReply(r.text).reasons).toEqual([]);
    expect(checkReply(renderReply(r.text, ALL_VALUES).text).reasons).toEqual([]);
  });

  it('review_update_invite lines are neutral: no benefit of any kind, no variable amount or coupon', () => {
    const invites = PLAYBOOK.filter((r) => r.stage === 'review_update_invite');
    expect(invites.length).toBe(CAUSE_CODES.length * 3);
    for (const r of invites) {
      expect(benefits(r.text), r.id).toEqual([]);
      expect(variablesIn(r.text)).not.toContain('amount');
      expect(variablesIn(r.text)).not.toContain('coupon');
      expect(r.text).toMatch(/如果|若|由您|看您|自愿|是否/);
    }
  });

  it('public replies never reveal the buyer: no buyer, order, tracking, amount, coupon or agent variables', () => {
    for (const r of PLAYBOOK.filter((x) => x.kind === 'public')) {
      for (const v of variablesIn(r.text)) expect(['product', 'link']).toContain(v);
      expect(r.text).not.toMatch(/亲亲/);
    }
  });

  it('remedy offers give at least two options at once', () => {
    for (const r of PLAYBOOK.filter((x) => x.stage === 'remedy_offer')) {
      expect(r.text, r.id).toMatch(/1\.|①|或者|还是|选|挑|二选一|哪个|哪种/);
    }
  });
});

describe('renderReply', () => {
  it('leaves no raw placeholder when all values are given', () => {
    for (const r of PLAYBOOK) {
      const out = renderReply(r.text, ALL_VALUES);
      expect(out.missing).toEqual([]);
      expect(out.text).not.toMatch(/\{[a-z]+\}/);
    }
  });

  it('reports missing variables once each, in order, and keeps their placeholders visible', () => {
    const out = renderReply('{buyer}您好，订单{order}的单号是{tracking}，{buyer}请查收', { buyer: '', tracking: 'YT1' });
    expect(out.missing).toEqual(['buyer', 'order']);
    expect(out.text).toBe('{buyer}您好，订单{order}的单号是YT1，{buyer}请查收');
  });

  it('formats amounts, trims values and never expands a placeholder inside a value', () => {
    expect(renderReply('退您{amount}元', { amount: 12.345 }).text).toBe('退您12.35元');
    expect(renderReply('退您{amount}元', { amount: Number.NaN }).missing).toEqual(['amount']);
    expect(renderReply('{buyer}您好', { buyer: '  {order} 小王 ' }).text).toBe('order 小王您好');
    expect(renderReply('{unknown}和{product}', { product: 'A' })).toEqual({ text: '{unknown}和A', missing: [] });
    expect(renderReply('{buyer}', { buyer: '   ' }).missing).toEqual(['buyer']);
  });
});

describe('suggestReplies', () => {
  const custom: Reply = {
    id: 'shop.scarf.quality',
    text: '{buyer}您好，这条围巾起球是羊毛的正常现象吗？不是的话我们马上给您换。',
    cause: 'quality_defect',
    stage: 'first_contact',
    kind: 'chat',
    shortCode: 'wj1',
    productId: 'scarf-1',
  };
  const other: Reply = { ...custom, id: 'shop.mug.quality', productId: 'mug-9', shortCode: 'bz1' };
  const lib = [...PLAYBOOK, custom, other];

  it('returns only the matching cause and stage, built-in order', () => {
    const out = suggestReplies({ cause: 'damaged_or_lost', stage: 'remedy_offer' }, PLAYBOOK);
    expect(out.every((r) => r.stage === 'remedy_offer' && (r.cause === 'damaged_or_lost' || r.cause === 'other'))).toBe(true);
    expect(out.slice(0, 3).map((r) => r.id)).toEqual(['damaged_or_lost.remedy_offer.1', 'damaged_or_lost.remedy_offer.2', 'damaged_or_lost.remedy_offer.3']);
  });

  it('puts a reply tied to the page product first and hides other products’ replies', () => {
    const out = suggestReplies({ cause: 'quality_defect', stage: 'first_contact', productId: 'scarf-1' }, lib);
    expect(out[0]!.id).toBe('shop.scarf.quality');
    expect(out.map((r) => r.id)).not.toContain('shop.mug.quality');
    expect(suggestReplies({ cause: 'quality_defect', stage: 'first_contact' }, lib).map((r) => r.id)).not.toContain('shop.scarf.quality');
  });

  it('ranks the agent’s recent favourites higher, most recent first', () => {
    const out = suggestReplies(
      { cause: 'price', stage: 'progress', recentUse: { agent: ['price.progress.3', 'price.progress.2'] } },
      PLAYBOOK,
    );
    expect(out.slice(0, 3).map((r) => r.id)).toEqual(['price.progress.3', 'price.progress.2', 'price.progress.1']);
  });

  it('rotates variants: what this buyer already got goes last, even if the agent likes it', () => {
    const out = suggestReplies(
      { cause: 'price', stage: 'progress', recentUse: { agent: ['price.progress.1'], buyer: ['price.progress.1', 'price.progress.2'] } },
      PLAYBOOK,
    );
    expect(out[0]!.id).toBe('price.progress.3');
    // fresh generic variants come before anything this buyer has already received
    expect(out.slice(1, 4).every((r) => r.cause === 'other')).toBe(true);
    expect(out.slice(4).map((r) => r.id)).toEqual(['price.progress.1', 'price.progress.2']);
  });

  it('matches intents, with the intent slot before anything else, and honours limit', () => {
    const out = suggestReplies({ intent: 'invoice' }, PLAYBOOK);
    expect(out).toHaveLength(3);
    expect(out.every((r) => r.intent === 'invoice')).toBe(true);
    const complaint = suggestReplies({ intent: 'complaint', cause: 'slow_logistics', stage: 'first_contact', limit: 4 }, PLAYBOOK);
    expect(complaint).toHaveLength(4);
    expect(complaint.slice(0, 3).every((r) => r.intent === 'complaint')).toBe(true);
    expect(complaint[3]).toMatchObject({ cause: 'slow_logistics', stage: 'first_contact' });
  });

  it('falls back to the generic "other" replies of the same stage after the cause’s own', () => {
    const out = suggestReplies({ cause: 'price', stage: 'satisfaction_check' }, PLAYBOOK);
    expect(out.slice(0, 3).every((r) => r.cause === 'price')).toBe(true);
    expect(out.slice(3).every((r) => r.cause === 'other' && r.stage === 'satisfaction_check')).toBe(true);
    expect(out).toHaveLength(6);
  });

  it('returns nothing for an empty query', () => {
    expect(suggestReplies({}, PLAYBOOK)).toEqual([]);
  });
});

describe('remedies and costs', () => {
  it('gives 2–3 remedies per cause, with labels in Chinese and English', () => {
    for (const c of CAUSE_CODES) {
      const list = remediesFor(c);
      expect(list.length).toBeGreaterThanOrEqual(2);
      expect(list.length).toBeLessThanOrEqual(3);
      expect(list.map((r) => r.kind)).toEqual([...REMEDIES_BY_CAUSE[c]]);
      for (const r of list) {
        expect(r.label.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(r.label.en).toMatch(/^[A-Z]/);
      }
    }
    expect(remediesFor('damaged_or_lost')[0]!.kind).toBe('resend');
    expect(remediesFor('price')[0]!.kind).toBe('price_difference');
  });

  it('computes costs from the order amount and the default shop settings (hand-computed)', () => {
    expect(DEFAULT_SHOP_SETTINGS).toMatchObject({ neutralCompensation: 5, negativeCompensation: 10 });
    // 2 shipments × 10 + 89 × 0.5
    expect(remedy('return_exchange').cost(89)).toBe(64.5);
    // 10 + 89 × 0.5
    expect(remedy('resend').cost(89)).toBe(54.5);
    expect(remedy('full_refund').cost(89)).toBe(89);
    // 89 × 0.2
    expect(remedy('partial_refund').cost(89)).toBe(17.8);
    expect(remedy('coupon').cost(89)).toBe(15);
    // 500 points / 100 per yuan
    expect(remedy('points').cost(89)).toBe(5);
    expect(remedy('small_gift').cost(89)).toBe(8);
    expect(remedy('free_shipping').cost(89)).toBe(10);
    expect(remedy('compensation').cost(89, {}, { level: 'neutral' })).toBe(5);
    expect(remedy('compensation').cost(89, {}, { level: 'negative' })).toBe(10);
    // never more than the order itself
    expect(remedy('compensation').cost(6.9)).toBe(6.9);
    expect(remedy('price_difference').cost(199, {}, { priceDifference: 30 })).toBe(30);
    expect(remedy('price_difference').cost(20, {}, { priceDifference: 30 })).toBe(20);
  });

  it('uses the shop’s own settings and survives bad amounts', () => {
    const shop = { couponValue: 20, pointsValue: 1000, pointsPerYuan: 200, shippingCost: 12, goodsCostRate: 0.4, partialRefundRate: 0.3, negativeCompensation: 15 };
    expect(remedy('coupon').cost(50, shop)).toBe(20);
    expect(remedy('points').cost(50, shop)).toBe(5);
    expect(remedy('return_exchange').cost(50, shop)).toBe(44); // 24 + 20
    expect(remedy('partial_refund').cost(33.33, shop)).toBe(10);
    expect(remedy('compensation').cost(50, shop)).toBe(15);
    expect(remedy('full_refund').cost(-5)).toBe(0);
    expect(remedy('partial_refund').cost(Number.NaN)).toBe(0);
    expect(remedy('points').cost(50, { pointsPerYuan: 0 })).toBe(0);
  });
});
