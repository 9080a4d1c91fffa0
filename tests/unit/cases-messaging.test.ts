import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerCaseHandlers } from '../../lib/background/cases';
import { followUpTarget } from '../../lib/background/follow-ups';
import { storageProblemOf } from '../../lib/background/storage-health';
import { removeAllListeners, sendMessage } from '../../lib/messaging/protocol';
import { openKefuDb } from '../../lib/storage/db';
import { brokenFanReview } from './case-inputs';

const review = brokenFanReview();

describe('case messages through typed messaging', () => {
  const rearm = vi.fn(async () => undefined);
  const casesCreated = vi.fn(async () => undefined);
  beforeEach(() => {
    fakeBrowser.reset();
    rearm.mockClear();
    casesCreated.mockClear();
    const watcher = { watch: vi.fn(), unwatch: vi.fn(), list: vi.fn(async () => []), casesCreated };
    registerCaseHandlers(openKefuDb(`test-${Math.random()}`), { rearm, openTimerPage: vi.fn() }, watcher);
  });
  afterEach(() => removeAllListeners());

  it('opens a case once, re-arms the follow-ups, and moves it', async () => {
    const views = await sendMessage('syncReviewCases', { reviews: [review] });
    const id = views[review.reviewKey]!.case.id;
    expect(rearm).toHaveBeenCalledTimes(1);
    expect(casesCreated).toHaveBeenCalledWith(undefined, [expect.objectContaining({ id })]);
    await sendMessage('syncReviewCases', { reviews: [review] });
    expect(rearm).toHaveBeenCalledTimes(1);
    const moved = await sendMessage('changeCaseStage', { id, stage: 'closed', outcome: 'unreachable' });
    expect(moved.case).toMatchObject({ stage: 'closed', outcome: 'unreachable' });
    const { due } = await sendMessage('getDueList', undefined);
    expect(due?.timers).toEqual([]);
  });

  it('every change to a case re-arms the follow-ups (a case change can close or open its timers)', async () => {
    const views = await sendMessage('syncReviewCases', { reviews: [review] });
    const id = views[review.reviewKey]!.case.id;
    rearm.mockClear();
    await sendMessage('addCaseNote', { id, text: '买家下午方便' });
    await sendMessage('reassignCase', { id, handler: '阿强' });
    await sendMessage('setCaseRemedies', { id, remedies: [{ kind: 'coupon', cost: 5, chosen: true }] });
    await sendMessage('changeCaseStage', { id, stage: 'contacted' });
    expect(rearm).toHaveBeenCalledTimes(4);
  });

  it('refuses malformed payloads from a page without storing anything', async () => {
    await expect(sendMessage('syncReviewCases', { reviews: [{ ...review, level: 'furious' as never }] })).rejects.toThrow();
    await expect(sendMessage('syncReviewCases', { reviews: [{ ...review, sourceUrl: 'javascript:alert(1)' }] })).rejects.toThrow();
    await expect(sendMessage('changeCaseStage', { id: 'x', stage: 'closed' })).rejects.toThrow();
    await expect(sendMessage('snoozeTimer', { id: 'x', minutes: 0 })).rejects.toThrow();
    await expect(sendMessage('saveSettings', { version: 1 } as never)).rejects.toThrow();
    expect((await sendMessage('getDueList', undefined)).due?.timers).toEqual([]);
  });
});

describe('storage problems', () => {
  it('tells a full disk from an unavailable database, and ignores refused payloads', () => {
    expect(storageProblemOf(new DOMException('quota', 'QuotaExceededError'), 5)).toEqual({ kind: 'full', message: 'QuotaExceededError: quota', at: 5 });
    expect(storageProblemOf(new DOMException('closing', 'InvalidStateError'))?.kind).toBe('unavailable');
    expect(storageProblemOf(new DOMException('constraint', 'ConstraintError'))?.kind).toBe('failed');
    expect(storageProblemOf(new Error('stage must be one of …'))).toBeNull();
  });
});

describe('the page a follow-up opens', () => {
  const extensionUrl = (path: string) => `chrome-extension://kefu${path}`;
  it('is the page it came from, else its case in the dashboard, else the dashboard board', () => {
    expect(followUpTarget({ url: 'https://mms.pinduoduo.com/goods/evaluation/index', caseId: 'c1' }, extensionUrl)).toBe('https://mms.pinduoduo.com/goods/evaluation/index');
    expect(followUpTarget({ caseId: 'c 1' }, extensionUrl)).toBe('chrome-extension://kefu/dashboard.html#/case/c%201');
    expect(followUpTarget({}, extensionUrl)).toBe('chrome-extension://kefu/dashboard.html#/board');
  });
});
