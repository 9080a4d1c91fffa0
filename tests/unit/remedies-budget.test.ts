import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerHandlers } from '../../lib/background/handlers';
import { checkSpend, DEFAULT_PLAYBOOK_SETTINGS, spentToday, startOfDay } from '../../lib/domain/playbook/budget';
import { PlaybookSettingsSchema, RemedyChoiceSchema } from '../../lib/domain/playbook/settings-schema';
import { removeAllListeners, sendMessage } from '../../lib/messaging/protocol';
import { chosenCost } from '../../lib/domain/cases/lifecycle';
import { DEFAULT_CASE_SETTINGS } from '../../lib/domain/cases/model';
import { changeCaseStage, syncReviewCases } from '../../lib/storage/cases-repo';
import { openKefuDb } from '../../lib/storage/db';
import { getRemedyOptions, recordRemedy, remediesOf, saveSettings } from '../../lib/storage/remedies-repo';
import { brokenFanReview } from './case-inputs';

const at = (h: number, m = 0) => new Date(2026, 8, 10, h, m).getTime();

describe('daily budget arithmetic', () => {
  it('counts only the local day of `now`', () => {
    const records = [
      { cost: 10, at: at(0, 0) },
      { cost: 5.55, at: at(23, 59) },
      { cost: 100, at: at(0) - 1 },
      { cost: 100, at: at(0) + 24 * 60 * 60 * 1000 },
    ];
    expect(startOfDay(at(15))).toBe(at(0));
    expect(spentToday(records, at(12))).toBe(15.55);
    expect(spentToday([], at(12))).toBe(0);
  });

  it('says what is left and whether a spend goes over, to the fen', () => {
    expect(checkSpend(15, 0, 100)).toEqual({ left: 100, leftAfter: 85, exceeds: false });
    expect(checkSpend(15, 85, 100)).toEqual({ left: 15, leftAfter: 0, exceeds: false });
    expect(checkSpend(0.1, 99.95, 100)).toEqual({ left: 0.05, leftAfter: -0.05, exceeds: true });
    expect(checkSpend(1, 135, 100)).toEqual({ left: 0, leftAfter: -36, exceeds: true });
  });
});

describe('settings schema', () => {
  it('accepts the defaults (5 yuan 中评, 10 yuan 差评) and refuses negative money, rates above 1 and zero points per yuan', () => {
    expect(DEFAULT_PLAYBOOK_SETTINGS).toMatchObject({ neutralCompensation: 5, negativeCompensation: 10 });
    expect(PlaybookSettingsSchema.parse(DEFAULT_PLAYBOOK_SETTINGS)).toEqual(DEFAULT_PLAYBOOK_SETTINGS);
    expect(PlaybookSettingsSchema.safeParse({ ...DEFAULT_PLAYBOOK_SETTINGS, dailyBudget: -1 }).success).toBe(false);
    expect(PlaybookSettingsSchema.safeParse({ ...DEFAULT_PLAYBOOK_SETTINGS, goodsCostRate: 1.5 }).success).toBe(false);
    expect(PlaybookSettingsSchema.safeParse({ ...DEFAULT_PLAYBOOK_SETTINGS, pointsPerYuan: 0 }).success).toBe(false);
    expect(PlaybookSettingsSchema.safeParse({ ...DEFAULT_PLAYBOOK_SETTINGS, couponValue: Number.NaN }).success).toBe(false);
    const { dailyBudget: _, ...missing } = DEFAULT_PLAYBOOK_SETTINGS;
    expect(PlaybookSettingsSchema.safeParse(missing).success).toBe(false);
  });

  it('refuses a remedy that does not exist', () => {
    expect(RemedyChoiceSchema.safeParse({ key: 'k', platform: 'pinduoduo', cause: 'price', kind: 'cashback_for_review' }).success).toBe(false);
  });
});

const caseSettings = { ...DEFAULT_CASE_SETTINGS, agentName: '小美' };
const caseInput = brokenFanReview();

describe('remedy ledger', () => {
  it('prices remedies with the shop settings and the level, records them by review key, and sums today', async () => {
    const db = await openKefuDb(`kefu-remedies-${Math.random()}`);
    const now = at(10);
    expect(await getRemedyOptions(db, { cause: 'other', level: 'neutral' }, now)).toEqual({
      options: [
        { kind: 'compensation', cost: 5, estimate: false },
        { kind: 'coupon', cost: 15, estimate: false },
        { kind: 'return_exchange', cost: 20, estimate: true },
      ],
      dailyBudget: 100,
      spentToday: 0,
    });
    await saveSettings(db, { ...DEFAULT_PLAYBOOK_SETTINGS, negativeCompensation: 12, dailyBudget: 50 });
    const first = await recordRemedy(db, { key: 'pinduoduo:1', platform: 'pinduoduo', orderId: '1', cause: 'other', kind: 'compensation', level: 'negative' }, caseSettings, now);
    expect(first.record).toMatchObject({ key: 'pinduoduo:1', orderId: '1', kind: 'compensation', cost: 12, at: now });
    expect(first.spentToday).toBe(12);
    await recordRemedy(db, { key: 'pinduoduo:2', platform: 'pinduoduo', cause: 'quality_defect', kind: 'partial_refund', orderAmount: 80 }, caseSettings, now + 1);
    await recordRemedy(db, { key: 'pinduoduo:1', platform: 'pinduoduo', cause: 'other', kind: 'coupon' }, caseSettings, now - 24 * 60 * 60 * 1000);
    const options = await getRemedyOptions(db, { cause: 'quality_defect', orderAmount: 80 }, now + 2);
    expect(options.spentToday).toBe(28);
    expect(options.dailyBudget).toBe(50);
    expect(options.options.find((o) => o.kind === 'partial_refund')?.cost).toBe(16);
    expect((await remediesOf(db, 'pinduoduo:1')).map((r) => r.kind).sort()).toEqual(['compensation', 'coupon']);
    db.close();
  });

  it('records the choice on its case with its cost, the other options as offered, and moves the case to 已提方案', async () => {
    const db = await openKefuDb(`kefu-remedies-${Math.random()}`);
    const now = at(10);
    const { created } = await syncReviewCases(db, [caseInput], caseSettings, now - 1000, () => `id-${Math.random()}`);
    const caseId = created[0]!.id;
    const result = await recordRemedy(db, { key: caseInput.reviewKey, platform: 'pinduoduo', cause: 'quality_defect', kind: 'partial_refund', orderAmount: 80, caseId }, caseSettings, now);
    expect(result.record).toMatchObject({ caseId, cost: 16 });
    expect(result.case!.case.stage).toBe('proposed');
    expect(result.case!.case.remedies).toEqual([
      { kind: 'partial_refund', cost: 16, chosen: true },
      { kind: 'return_exchange', cost: 60, chosen: false },
      { kind: 'coupon', cost: 15, chosen: false },
    ]);
    expect(result.case!.case.history.map((event) => event.type)).toEqual(['created', 'remedies', 'stage']);
    // A second choice adds to it; a case already past 已提方案 stays where it is.
    await changeCaseStage(db, caseId, 'in_progress', undefined, caseSettings, now + 1);
    const second = await recordRemedy(db, { key: caseInput.reviewKey, platform: 'pinduoduo', cause: 'quality_defect', kind: 'coupon', caseId }, caseSettings, now + 2);
    expect(second.case!.case.stage).toBe('in_progress');
    expect(chosenCost(second.case!.case)).toBe(31);
    expect(second.spentToday).toBe(31);
    // The agent's own figure (the refund actually paid) replaces the price list, in the ledger and on the case.
    const paid = await recordRemedy(db, { key: caseInput.reviewKey, platform: 'pinduoduo', cause: 'quality_defect', kind: 'partial_refund', cost: 12.5, caseId }, caseSettings, now + 3);
    expect(paid.record.cost).toBe(12.5);
    expect(paid.case!.case.remedies).toContainEqual({ kind: 'partial_refund', cost: 12.5, chosen: true });
    expect(paid.spentToday).toBe(43.5);
    // An unknown case fails the whole write: the ledger does not count a remedy no case holds.
    await expect(recordRemedy(db, { key: 'x', platform: 'pinduoduo', cause: 'other', kind: 'coupon', caseId: 'nope' }, caseSettings, now + 3)).rejects.toThrow('no case');
    expect((await remediesOf(db, 'x'))).toEqual([]);
    db.close();
  });
});

describe('playbook messages', () => {
  let dbName = '';
  let rearms = 0;
  beforeEach(() => {
    fakeBrowser.reset();
    dbName = `test-${Math.random()}`;
    rearms = 0;
    registerHandlers(openKefuDb(dbName), { rearm: async () => void rearms++ });
  });
  afterEach(() => removeAllListeners());

  it('suggests public replies of the cause on a review page, chat replies otherwise', async () => {
    const reviews = await sendMessage('suggestReplies', { pageKind: 'reviews', cause: 'slow_logistics', limit: 3 });
    expect(reviews.map((r) => r.id)).toEqual(['builtin:review-logistics', 'playbook:slow_logistics.public_reply.1', 'playbook:slow_logistics.public_reply.2']);
    const chat = await sendMessage('suggestReplies', { pageKind: 'chat', cause: 'damaged_or_lost', limit: 3 });
    expect(chat).toHaveLength(3);
    for (const reply of chat) expect(reply.id).not.toMatch(/public_reply|builtin:review-/);
  });

  it('with a stage, suggests that step\'s chat replies, those offering the chosen remedy first', async () => {
    const offer = await sendMessage('suggestReplies', { pageKind: 'reviews', cause: 'quality_defect', stage: 'remedy_offer', remedy: 'coupon', limit: 3 });
    expect(offer.map((r) => r.id)).toEqual(['playbook:quality_defect.remedy_offer.3', 'playbook:quality_defect.remedy_offer.1', 'playbook:quality_defect.remedy_offer.2']);
    expect(offer[0]!.text).toContain('{优惠券}');
    const check = await sendMessage('suggestReplies', { pageKind: 'chat', cause: 'quality_defect', stage: 'satisfaction_check', limit: 2 });
    expect(check.map((r) => r.id)).toEqual(['playbook:quality_defect.satisfaction_check.1', 'playbook:quality_defect.satisfaction_check.2']);
  });

  it('chat: the buyer\'s case stage picks the step; without a case only a complaint gets first-contact replies', async () => {
    const buyer = { buyerName: '阿***' };
    const ask = (messages: Array<{ sender: 'buyer' | 'agent'; text: string }>) => sendMessage('suggestForChat', { platform: 'pinduoduo', pageKind: 'chat', messages, buyer });
    expect(await ask([{ sender: 'buyer', text: '在吗，想问下发什么快递' }])).toMatchObject({ cause: null, replies: [] });
    const complaint = await ask([{ sender: 'buyer', text: '收到的风扇是坏的，根本开不了机' }]);
    expect(complaint).toMatchObject({ cause: 'quality_defect', stage: 'first_contact', caseId: null });
    expect(complaint.replies[0]!.id).toMatch(/first_contact/);
    expect(complaint.remedies?.options.map((o) => o.kind)).toEqual(['return_exchange', 'partial_refund', 'coupon']);

    const db = await openKefuDb(dbName);
    const { created } = await syncReviewCases(db, [caseInput], caseSettings, Date.now(), () => 'case-1');
    await changeCaseStage(db, 'case-1', 'contacted', undefined, caseSettings, Date.now());
    // A plain question from a buyer whose case is under way still gets the case's step.
    const offer = await ask([{ sender: 'agent', text: '您好' }, { sender: 'buyer', text: '那你们打算怎么处理' }]);
    expect(offer).toMatchObject({ cause: 'quality_defect', stage: 'remedy_offer', caseId: created[0]!.id });
    expect(offer.replies.every((r) => r.id.includes('remedy_offer'))).toBe(true);
    await changeCaseStage(db, 'case-1', 'closed', 'buyer_satisfied', caseSettings, Date.now());
    expect(await ask([{ sender: 'buyer', text: '收到了，谢谢' }])).toMatchObject({ stage: 'review_update_invite' });
    await changeCaseStage(db, 'case-1', 'closed', 'buyer_refused', caseSettings, Date.now());
    expect(await ask([{ sender: 'buyer', text: '收到了，谢谢' }])).toMatchObject({ cause: null, replies: [] });
    db.close();
  });

  it('a remedy chosen for a case re-arms the follow-ups (its first-contact timer closes); one without a case does not', async () => {
    const db = await openKefuDb(dbName);
    await syncReviewCases(db, [caseInput], caseSettings, Date.now(), () => 'case-1');
    db.close();
    await sendMessage('recordRemedy', { key: 'k', platform: 'pinduoduo', cause: 'quality_defect', kind: 'coupon' });
    expect(rearms).toBe(0);
    const recorded = await sendMessage('recordRemedy', { key: 'k', platform: 'pinduoduo', cause: 'quality_defect', kind: 'coupon', caseId: 'case-1' });
    expect(recorded.case).toMatchObject({ case: { stage: 'proposed' }, timers: [] });
    expect(rearms).toBe(1);
  });

  it('refuses a library with a non-compliant reply and a bad settings object; keeps the stored ones', async () => {
    const library = await sendMessage('getLibrary', undefined);
    const bad = { ...library, replies: [...library.replies, { ...library.replies[0]!, id: 'x', text: '五星好评后联系客服领5元红包' }] };
    await expect(sendMessage('saveLibrary', bad)).rejects.toThrow();
    expect((await sendMessage('getLibrary', undefined)).replies).toHaveLength(library.replies.length);
    await expect(sendMessage('saveShopSettings', { ...DEFAULT_PLAYBOOK_SETTINGS, dailyBudget: -5 })).rejects.toThrow();
    await sendMessage('saveShopSettings', { ...DEFAULT_PLAYBOOK_SETTINGS, dailyBudget: 30 });
    expect((await sendMessage('getShopSettings', undefined)).dailyBudget).toBe(30);
  });
});
