import { describe, expect, it } from 'vitest';
import { applyBuyerNoteEdit, CONFLICT_SEPARATOR } from '../../lib/domain/cases/buyer';
import {
  buyerKeyOf,
  caseFromChat,
  caseFromReview,
  CaseRuleError,
  changeStage,
  chooseRemedy,
  chosenCost,
  playbookStageOf,
  reassign,
  localDay,
  reviewDedupeKey,
  setCauses,
  suggestNextStep,
} from '../../lib/domain/cases/lifecycle';
import { DEFAULT_CASE_SETTINGS, type Timer } from '../../lib/domain/cases/model';
import { nextWatchCheck, withinWorkingHours } from '../../lib/domain/cases/watch';
import { autoTimerFor, completeTimer, dueListAt, markAlerted, openTimer, OVERDUE_COUNT_CAP, planTimers, snoozeTimer, type DueParts } from '../../lib/domain/cases/timers';
import { brokenFanReview } from './case-inputs';

const HOUR = 3_600_000;
// 2026-09-08 17:30:00 local time.
const T0 = new Date(2026, 8, 8, 17, 30).getTime();
const settings = { ...DEFAULT_CASE_SETTINGS, agentName: '小美', shop: '居家好物旗舰店', satisfactionDelayHours: 36 };

const review = brokenFanReview({ productId: '512837462', productName: '便携USB小风扇', sourceUrl: 'http://mms.pinduoduo.com/goods/evaluation/index' });

describe('case lifecycle', () => {
  it('opens a review case at 待联系 with every field, keyed for dedupe and statistics', () => {
    const c = caseFromReview(review, settings, T0, 'c1');
    expect(c).toMatchObject({
      id: 'c1',
      origin: 'review',
      shop: '居家好物旗舰店',
      handler: '小美',
      buyerKey: 'pinduoduo:name:阿***',
      dedupeKey: 'pinduoduo|260410-662259689903207|pinduoduo:260410-662259689903207',
      productKey: 'pinduoduo|512837462',
      stage: 'to_contact',
      detectedDay: '2026-09-08',
      causes: ['quality_defect'],
      history: [{ at: T0, by: '小美', type: 'created', origin: 'review' }],
    });
    expect('outcome' in c).toBe(false);
  });

  it('a chat case keys the buyer by platform id and keeps the opening note', () => {
    const c = caseFromChat({ platform: 'pinduoduo', buyerId: '8839201746', buyerName: 'jd_王小明', note: ' 风扇不转 ' }, settings, T0, 'c2');
    expect(c.buyerKey).toBe('pinduoduo:id:8839201746');
    expect(c.level).toBe('complaint');
    expect(c.history.map((e) => e.type)).toEqual(['created', 'note']);
  });

  it('moves through stages in one step each, keeping a timestamped history; closing needs an outcome', () => {
    let c = caseFromReview(review, settings, T0, 'c1');
    c = changeStage(c, 'contacted', '小美', T0 + HOUR);
    c = changeStage(c, 'in_progress', '小美', T0 + 2 * HOUR);
    expect(c.stage).toBe('in_progress');
    expect(c.stageSince).toBe(T0 + 2 * HOUR);
    expect(() => changeStage(c, 'closed', '小美', T0 + 3 * HOUR)).toThrow(CaseRuleError);
    expect(() => changeStage(c, 'resolved', '小美', T0 + 3 * HOUR, 'buyer_satisfied')).toThrow(CaseRuleError);
    c = changeStage(c, 'closed', '小李', T0 + 3 * HOUR, 'buyer_refused');
    expect(c).toMatchObject({ outcome: 'buyer_refused', closedAt: T0 + 3 * HOUR });
    expect(c.history.slice(1)).toEqual([
      { at: T0 + HOUR, by: '小美', type: 'stage', from: 'to_contact', to: 'contacted' },
      { at: T0 + 2 * HOUR, by: '小美', type: 'stage', from: 'contacted', to: 'in_progress' },
      { at: T0 + 3 * HOUR, by: '小李', type: 'stage', from: 'in_progress', to: 'closed', outcome: 'buyer_refused' },
    ]);
    // Reopening drops the outcome; the same stage twice is no change at all.
    const reopened = changeStage(c, 'in_progress', '小美', T0 + 4 * HOUR);
    expect(reopened.outcome).toBeUndefined();
    expect(changeStage(reopened, 'in_progress', '小美', T0 + 5 * HOUR)).toBe(reopened);
  });

  it('fills causes learnt later, once, and sums the chosen remedies', () => {
    const c = caseFromReview({ ...review, causes: [] }, settings, T0, 'c1');
    expect(c.causes).toEqual(['other']);
    const learnt = setCauses(c, ['quality_defect'], '小美', T0 + 1);
    expect(learnt.causes).toEqual(['quality_defect']);
    expect(setCauses(learnt, ['quality_defect'], '小美', T0 + 2)).toBe(learnt);
    expect(chosenCost({ remedies: [{ kind: 'partial_refund', cost: 10, chosen: true }, { kind: 'coupon', cost: 20, chosen: false }, { kind: 'small_gift', cost: 3.5, chosen: true }] })).toBe(13.5);
  });

  it('suggests the next step by stage, with remedies for the primary cause when it is time to offer', () => {
    expect(suggestNextStep({ stage: 'to_contact', causes: ['quality_defect'] })?.step).toBe('contact');
    expect(suggestNextStep({ stage: 'contacted', causes: ['damaged_or_lost', 'slow_logistics'] })).toEqual({ step: 'offer', remedies: ['resend', 'full_refund', 'partial_refund'] });
    expect(suggestNextStep({ stage: 'resolved', causes: [] })?.step).toBe('check');
    expect(suggestNextStep({ stage: 'closed', causes: [] })).toBeNull();
  });

  it('a chosen remedy lands on the case with its cost beside the options offered, and moves an earlier case to 已提方案', () => {
    const c = caseFromReview(review, settings, T0, 'c1');
    const offered = [{ kind: 'return_exchange' as const, cost: 60 }, { kind: 'partial_refund' as const, cost: 16 }];
    const chosen = chooseRemedy(c, { kind: 'partial_refund', cost: 16 }, offered, '小美', T0 + 1);
    expect(chosen.remedies).toEqual([{ kind: 'partial_refund', cost: 16, chosen: true }, { kind: 'return_exchange', cost: 60, chosen: false }]);
    expect(chosen.stage).toBe('proposed');
    expect(chosen.history.slice(1)).toEqual([
      { at: T0 + 1, by: '小美', type: 'remedies', remedies: chosen.remedies },
      { at: T0 + 1, by: '小美', type: 'stage', from: 'to_contact', to: 'proposed' },
    ]);
    // Choosing an offered option later marks it chosen; a case past 已提方案 keeps its stage.
    const later = chooseRemedy(changeStage(chosen, 'in_progress', '小美', T0 + 2), { kind: 'return_exchange', cost: 60 }, offered, '小美', T0 + 3);
    expect(later.stage).toBe('in_progress');
    expect(chosenCost(later)).toBe(76);
  });

  it('maps the case stage to the playbook stage whose replies fit; the review note only after a satisfied close', () => {
    const of = (stage: Parameters<typeof playbookStageOf>[0]['stage'], outcome?: Parameters<typeof playbookStageOf>[0]['outcome']) => playbookStageOf({ stage, outcome });
    expect([of('to_contact'), of('contacted'), of('proposed'), of('in_progress'), of('resolved'), of('revisited')]).toEqual([
      'first_contact',
      'remedy_offer',
      'progress',
      'progress',
      'satisfaction_check',
      'satisfaction_check',
    ]);
    expect(of('closed', 'buyer_satisfied')).toBe('review_update_invite');
    for (const outcome of ['review_updated', 'buyer_refused', 'unreachable'] as const) expect(of('closed', outcome)).toBeNull();
  });

  it('hands a case over with the change in its history; the same or an empty name changes nothing', () => {
    const c = caseFromReview(review, settings, T0, 'c1');
    const moved = reassign(c, '阿强', '小美', T0 + 1);
    expect(moved.handler).toBe('阿强');
    expect(moved.history.at(-1)).toEqual({ at: T0 + 1, by: '小美', type: 'handler', from: '小美', to: '阿强' });
    expect(reassign(moved, ' 阿强 ', '小美', T0 + 2)).toBe(moved);
    expect(reassign(moved, '  ', '小美', T0 + 2)).toBe(moved);
  });

  it('keys: buyers by id or shown name, reviews by platform + order + review, days in local time', () => {
    expect(buyerKeyOf('jd', undefined, ' 小*** ')).toBe('jd:name:小***');
    expect(reviewDedupeKey('taobao', undefined, 'taobao:abc')).toBe('taobao||taobao:abc');
    expect(localDay(new Date(2026, 0, 2, 0, 5).getTime())).toBe('2026-01-02');
  });
});

describe('follow-up timers', () => {
  const base = caseFromReview(review, settings, T0, 'c1');
  const timer = (fields: Partial<Timer>): Timer =>
    openTimer({ id: 't', kind: 'first_contact', buyerKey: 'k', platform: 'pinduoduo', buyerName: '阿***', dueAt: T0, createdAt: T0, ...fields });

  it('first contact 24 h after detection; progress while 处理中; satisfaction after 已解决 (configurable)', () => {
    expect(autoTimerFor(base, settings)).toEqual({ kind: 'first_contact', dueAt: T0 + 24 * HOUR });
    const working = changeStage(base, 'in_progress', '小美', T0 + 5 * HOUR);
    expect(autoTimerFor(working, settings)).toEqual({ kind: 'progress', dueAt: T0 + 29 * HOUR });
    const resolved = changeStage(working, 'resolved', '小美', T0 + 48 * HOUR);
    expect(autoTimerFor(resolved, settings)).toEqual({ kind: 'satisfaction', dueAt: T0 + 84 * HOUR });
    expect(autoTimerFor(changeStage(resolved, 'revisited', '小美', T0 + 90 * HOUR), settings)).toBeNull();
  });

  it('a stage change closes the automatic timers it outgrew, never promises or manual ones', () => {
    const first = timer({ id: 'a', kind: 'first_contact', caseId: 'c1' });
    const promise = timer({ id: 'p', kind: 'promise', caseId: 'c1', note: '退10元' });
    const contacted = changeStage(base, 'contacted', '小美', T0 + HOUR);
    expect(planTimers(contacted, [first, promise], settings)).toEqual({ close: ['a'], create: null });
    const working = changeStage(contacted, 'in_progress', '小美', T0 + 2 * HOUR);
    expect(planTimers(working, [completeTimer(first, T0 + HOUR), promise], settings)).toEqual({ close: [], create: { kind: 'progress', dueAt: T0 + 26 * HOUR } });
  });

  it('does not re-create a timer the agent ticked off in the same stage, but does after re-entering it', () => {
    const working = changeStage(base, 'in_progress', '小美', T0 + 2 * HOUR);
    const ticked = completeTimer(timer({ id: 'g', kind: 'progress', caseId: 'c1', createdAt: T0 + 2 * HOUR }), T0 + 3 * HOUR);
    expect(planTimers(working, [ticked], settings).create).toBeNull();
    const again = changeStage(changeStage(working, 'proposed', '小美', T0 + 4 * HOUR), 'in_progress', '小美', T0 + 5 * HOUR);
    expect(planTimers(again, [ticked], settings).create).toEqual({ kind: 'progress', dueAt: T0 + 29 * HOUR });
  });

  it('open, snoozed, announced and done timers carry exactly the index fields they should', () => {
    const t = timer({ dueAt: T0 + HOUR });
    expect([t.nextAt, t.alertAt, t.done]).toEqual([T0 + HOUR, T0 + HOUR, false]);
    const announced = markAlerted(t);
    expect(['nextAt' in announced, 'alertAt' in announced]).toEqual([true, false]);
    const snoozed = snoozeTimer(announced, T0 + 2 * HOUR);
    expect([snoozed.nextAt, snoozed.alertAt, snoozed.dueAt]).toEqual([T0 + 2 * HOUR, T0 + 2 * HOUR, T0 + HOUR]);
    const done = completeTimer(snoozed, T0 + 3 * HOUR);
    expect(['nextAt' in done, 'alertAt' in done, done.done, done.doneAt]).toEqual([false, false, true, T0 + 3 * HOUR]);
    expect(snoozeTimer(done, T0 + 9 * HOUR)).toBe(done);
  });

  describe('the popup list told later from what was read earlier', () => {
    const timer = (id: string, nextAt: number) => ({ id, nextAt }) as Timer;
    const ids = (parts: DueParts, now: number) => dueListAt(parts, now)?.timers.map((t) => t.id);
    // Read at T0 with room for 3: the two overdue (newest first), and one more upcoming than fits (soonest first).
    const parts: DueParts = {
      at: T0,
      limit: 3,
      overdueCount: 2,
      overdue: [timer('new', T0 - HOUR), timer('old', T0 - 5 * HOUR)],
      upcoming: [timer('soon', T0 + HOUR), timer('later', T0 + 3 * HOUR), timer('last', T0 + 4 * HOUR), timer('next', T0 + 5 * HOUR)],
    };

    it('at the time it was read: newest overdue first, then upcoming soonest first', () => {
      expect(dueListAt(parts, T0)).toEqual({ now: T0, overdueCount: 2, timers: [parts.overdue[0], parts.overdue[1], parts.upcoming[0]], more: true });
    });

    it('timers that fell due since are the newest overdue, counted as such', () => {
      expect(ids(parts, T0 + 2 * HOUR)).toEqual(['soon', 'new', 'old']);
      expect(dueListAt(parts, T0 + 2 * HOUR)).toMatchObject({ overdueCount: 3, more: true });
      // Due at the very instant counts as overdue, as the storage's read does.
      expect(ids(parts, T0 + 3 * HOUR)).toEqual(['later', 'soon', 'new']);
      expect(dueListAt(parts, T0 + 3 * HOUR)).toMatchObject({ overdueCount: 4, more: true });
    });

    it('says there are more only when some are left out', () => {
      const few: DueParts = { at: T0, limit: 3, overdueCount: 0, overdue: [], upcoming: [timer('a', T0 + HOUR), timer('b', T0 + 2 * HOUR)] };
      expect(dueListAt(few, T0)).toMatchObject({ overdueCount: 0, more: false });
      expect(ids(few, T0 + HOUR)).toEqual(['a', 'b']);
      expect(dueListAt(few, T0 + HOUR)).toMatchObject({ overdueCount: 1, more: false });
    });

    it('cannot tell the list once every upcoming timer it holds fell due, when there were more, nor before it was read', () => {
      expect(dueListAt(parts, T0 + 5 * HOUR)).toBeNull();
      expect(dueListAt(parts, T0 - 1)).toBeNull();
      const all: DueParts = { ...parts, upcoming: parts.upcoming.slice(0, 3) };
      expect(ids(all, T0 + 9 * HOUR)).toEqual(['last', 'later', 'soon']);
      expect(dueListAt(all, T0 + 9 * HOUR)).toMatchObject({ overdueCount: 5, more: true });
    });

    it('counts overdue ones up to the cap', () => {
      const many: DueParts = { ...parts, overdueCount: OVERDUE_COUNT_CAP };
      expect(dueListAt(many, T0 + 2 * HOUR)?.overdueCount).toBe(OVERDUE_COUNT_CAP);
    });
  });
});

describe('buyer notes from two tabs', () => {
  const who = { key: 'pinduoduo:id:1', platform: 'pinduoduo' as const, nickname: 'jd_王小明' };

  it('saves on top of the revision it started from', () => {
    const first = applyBuyerNoteEdit(undefined, who, { field: 'temperament', text: '脾气急', baseRev: 0 }, '小美', 1);
    expect(first).toMatchObject({ conflict: false, memory: { notes: { temperament: { text: '脾气急', rev: 1, by: '小美' } } } });
    const second = applyBuyerNoteEdit(first.memory, who, { field: 'temperament', text: '脾气急，但讲道理', baseRev: 1 }, '小美', 2);
    expect(second.memory.notes.temperament).toMatchObject({ text: '脾气急，但讲道理', rev: 2 });
  });

  it('an edit started before another tab saved keeps both texts and says so', () => {
    const a = applyBuyerNoteEdit(undefined, who, { field: 'avoid', text: '别打电话', baseRev: 0 }, '小美', 1);
    const b = applyBuyerNoteEdit(a.memory, who, { field: 'avoid', text: '晚上别联系', baseRev: 0 }, '小李', 2);
    expect(b.conflict).toBe(true);
    expect(b.memory.notes.avoid).toMatchObject({ text: `别打电话${CONFLICT_SEPARATOR}晚上别联系`, rev: 2 });
    // The same text from both tabs is no conflict.
    expect(applyBuyerNoteEdit(a.memory, who, { field: 'avoid', text: '别打电话', baseRev: 0 }, '小李', 3).conflict).toBe(false);
  });
});

describe('watched review tabs', () => {
  it('working hours, including hours across midnight', () => {
    const at = (h: number, m: number) => new Date(2026, 8, 8, h, m);
    expect(withinWorkingHours(at(8, 29), { start: '08:30', end: '22:00' })).toBe(false);
    expect(withinWorkingHours(at(8, 30), { start: '08:30', end: '22:00' })).toBe(true);
    expect(withinWorkingHours(at(22, 0), { start: '08:30', end: '22:00' })).toBe(false);
    expect(withinWorkingHours(at(1, 0), { start: '20:00', end: '02:00' })).toBe(true);
    expect(withinWorkingHours(at(12, 0), { start: '20:00', end: '02:00' })).toBe(false);
  });

  it('checks every interval ±20 %, never more often than every 5 minutes', () => {
    const MIN = 60_000;
    expect(nextWatchCheck(0, 15, 0.5)).toBe(15 * MIN);
    expect(nextWatchCheck(0, 15, 0)).toBe(12 * MIN);
    expect(nextWatchCheck(0, 15, 0.999999)).toBe(Math.round(15 * MIN * (1 + 0.2 * (2 * 0.999999 - 1))));
    expect(nextWatchCheck(0, 5, 0)).toBe(5 * MIN);
    expect(nextWatchCheck(0, 1, 0.5)).toBe(5 * MIN);
  });
});
