import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ReviewCaseInput } from '../../lib/domain/cases/lifecycle';
import { DEFAULT_CASE_SETTINGS } from '../../lib/domain/cases/model';
import { BACKUP_STORES, exportBackup, importBackup, parseBackup } from '../../lib/storage/backup';
import { getBuyerCard, saveBuyerNote } from '../../lib/storage/buyers-repo';
import { changeCaseStage, getCaseView, knownHandlers, noteOnCase, openChatCase, reassignCase, syncReviewCases } from '../../lib/storage/cases-repo';
import { MIGRATIONS, openKefuDb } from '../../lib/storage/db';
import { saveNote } from '../../lib/storage/notes-repo';
import { recordReplyUse } from '../../lib/storage/reply-uses';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../lib/storage/settings';
import { dueListAt, OVERDUE_COUNT_CAP } from '../../lib/domain/cases/timers';
import { readDueSnapshot, writeDueSnapshot } from '../../lib/storage/due-snapshot';
import { addTimer, listDue, nextAlertAt, readDueParts, setTimerDone, snooze, takeAlerts } from '../../lib/storage/timers-repo';
import { brokenFanReview } from './case-inputs';

const HOUR = 3_600_000;
const T0 = new Date(2026, 8, 8, 17, 30).getTime();
const settings = { ...DEFAULT_CASE_SETTINGS, agentName: '小美' };
const freshDb = () => openKefuDb(`kefu-cases-${Math.random()}`);
let seq = 0;
const ids = () => `id-${++seq}`;

const review = (n: number, fields: Partial<ReviewCaseInput> = {}): ReviewCaseInput =>
  brokenFanReview({
    reviewKey: `pinduoduo:260410-00000000000000${n}`,
    orderId: `260410-00000000000000${n}`,
    productName: '便携USB小风扇',
    sourceUrl: 'http://mms.pinduoduo.com/goods/evaluation/index',
    ...fields,
  });

describe('cases in IndexedDB', () => {
  it('re-reading the same reviews never duplicates a case, even from two tabs at once', async () => {
    const db = await freshDb();
    const [a, b] = await Promise.all([syncReviewCases(db, [review(1), review(2)], settings, T0, ids), syncReviewCases(db, [review(2), review(1)], settings, T0, ids)]);
    expect(a.created.length + b.created.length).toBe(2);
    expect(a.views[review(1).reviewKey]!.case.id).toBe(b.views[review(1).reviewKey]!.case.id);
    const again = await syncReviewCases(db, [review(1)], settings, T0 + HOUR, ids);
    expect(again.created).toEqual([]);
    expect(await db.count('cases')).toBe(2);
    // Each new case has its first-contact timer, due 24 h after detection.
    expect(again.views[review(1).reviewKey]!.timers).toMatchObject([{ kind: 'first_contact', dueAt: T0 + 24 * HOUR }]);
    expect(await db.count('timers')).toBe(2);
    db.close();
  });

  it('a stage change and its timers are written together; the history keeps every step', async () => {
    const db = await freshDb();
    const { created } = await syncReviewCases(db, [review(1)], settings, T0, ids);
    const id = created[0]!.id;
    let view = await changeCaseStage(db, id, 'contacted', undefined, settings, T0 + HOUR, ids);
    expect(view.timers).toEqual([]);
    view = await changeCaseStage(db, id, 'in_progress', undefined, settings, T0 + 2 * HOUR, ids);
    expect(view.timers).toMatchObject([{ kind: 'progress', dueAt: T0 + 26 * HOUR }]);
    view = await changeCaseStage(db, id, 'resolved', undefined, settings, T0 + 3 * HOUR, ids);
    expect(view.timers).toMatchObject([{ kind: 'satisfaction', dueAt: T0 + 27 * HOUR }]);
    expect(view.next?.step).toBe('check');
    const stored = await getCaseView(db, id);
    expect(stored!.case.history.map((e) => (e.type === 'stage' ? e.to : e.type))).toEqual(['created', 'contacted', 'in_progress', 'resolved']);
    expect(await db.countFromIndex('cases', 'by-stage', 'resolved')).toBe(1);
    await expect(changeCaseStage(db, 'nope', 'contacted', undefined, settings, T0, ids)).rejects.toThrow('no case');
    db.close();
  });

  it('notes on one case from two tabs at once are both kept', async () => {
    const db = await freshDb();
    const { created } = await syncReviewCases(db, [review(1)], settings, T0, ids);
    const id = created[0]!.id;
    await Promise.all([noteOnCase(db, id, '买家要求退款', settings, T0 + 1, ids), noteOnCase(db, id, '已发优惠券', settings, T0 + 2, ids)]);
    const notes = (await getCaseView(db, id))!.case.history.flatMap((e) => (e.type === 'note' ? [e.text] : []));
    expect(notes.sort()).toEqual(['买家要求退款', '已发优惠券'].sort());
    db.close();
  });

  it('hands a case to another agent, who then counts among the names offered', async () => {
    const db = await freshDb();
    const { created } = await syncReviewCases(db, [review(1), review(2)], settings, T0, ids);
    const view = await reassignCase(db, created[0]!.id, ' 阿强 ', settings, T0 + HOUR, ids);
    expect(view.case.handler).toBe('阿强');
    expect(view.case.history.at(-1)).toEqual({ at: T0 + HOUR, by: '小美', type: 'handler', from: '小美', to: '阿强' });
    expect(await knownHandlers(db, { ...settings, agentName: '小丽' })).toEqual(['小丽', '小美', '阿强']);
    // The same name again changes nothing.
    expect((await reassignCase(db, created[0]!.id, '阿强', settings, T0 + 2 * HOUR, ids)).case.history).toHaveLength(2);
    db.close();
  });

  it('indexes cases for statistics: per product, cause, agent and day', async () => {
    const db = await freshDb();
    await syncReviewCases(db, [review(1), review(2, { causes: ['slow_logistics', 'bad_attitude'], productName: '四件套' })], settings, T0, ids);
    expect(await db.countFromIndex('cases', 'by-product', 'pinduoduo|四件套')).toBe(1);
    expect(await db.countFromIndex('cases', 'by-cause', 'bad_attitude')).toBe(1);
    expect(await db.countFromIndex('cases', 'by-handler', '小美')).toBe(2);
    expect(await db.countFromIndex('cases', 'by-day', '2026-09-08')).toBe(2);
    db.close();
  });
});

describe('follow-up timers in IndexedDB', () => {
  // Chrome 141 on reads the newest overdue in one request; older browsers (360, QQ) take a key cursor.
  describe.each([
    { browser: 'with IndexedDB 3 (reads an index backwards)', hideBackwardReads: false },
    { browser: 'without IndexedDB 3', hideBackwardReads: true },
  ])('$browser', ({ hideBackwardReads }) => {
    beforeEach(() => {
      if (!hideBackwardReads) return;
      const proto = IDBIndex.prototype as unknown as Record<string, unknown>;
      const getAllRecords = proto.getAllRecords;
      delete proto.getAllRecords;
      return () => void (proto.getAllRecords = getAllRecords);
    });

    it('due list: overdue newest first then upcoming, counted through the open-timer index only', async () => {
      const db = await freshDb();
      const buyer = { buyerKey: 'pinduoduo:name:阿***', platform: 'pinduoduo' as const, buyerName: '阿***' };
      const old = await addTimer(db, { ...buyer, kind: 'manual', note: '旧的', dueAt: T0 - 5 * HOUR }, T0 - 9 * HOUR, ids);
      const recent = await addTimer(db, { ...buyer, kind: 'promise', note: '退10元', dueAt: T0 - HOUR }, T0 - 9 * HOUR, ids);
      const soon = await addTimer(db, { ...buyer, kind: 'manual', note: '周五补发', dueAt: T0 + HOUR }, T0, ids);
      const done = await addTimer(db, { ...buyer, kind: 'manual', note: '已办', dueAt: T0 - 2 * HOUR }, T0 - 9 * HOUR, ids);
      await setTimerDone(db, done.id, true, settings, T0);
      const list = await listDue(db, T0);
      expect(list.timers.map((t) => t.id)).toEqual([recent.id, old.id, soon.id]);
      expect(list).toMatchObject({ overdueCount: 2, more: false });
      // The first ones of the list only, saying there are more: the newest overdue, then the rest of the order.
      expect(await listDue(db, T0, 1)).toMatchObject({ timers: [{ id: recent.id }], more: true });
      expect(await listDue(db, T0, 2)).toMatchObject({ timers: [{ id: recent.id }, { id: old.id }], more: true });
      expect(await listDue(db, T0, 3)).toMatchObject({ timers: [{ id: recent.id }, { id: old.id }, { id: soon.id }], more: false });

      // Announced once; the next alarm is the next not yet announced due time.
      expect((await takeAlerts(db, T0)).map((t) => t.id).sort()).toEqual([old.id, recent.id].sort());
      expect(await takeAlerts(db, T0)).toEqual([]);
      expect(await nextAlertAt(db, T0)).toBe(T0 + HOUR);
      // Snoozing an announced timer moves it out of the overdue count and announces it again later.
      await snooze(db, recent.id, T0 + 30 * 60_000);
      expect(await nextAlertAt(db, T0)).toBe(T0 + 30 * 60_000);
      expect((await listDue(db, T0)).overdueCount).toBe(1);
      db.close();
    });

    it('lists the newest overdue of many, timers due at the same instant included, without reading the others', async () => {
      const db = await freshDb();
      const buyer = { buyerKey: 'pinduoduo:name:阿***', platform: 'pinduoduo' as const, buyerName: '阿***' };
      for (let i = 0; i < 60; i++) await addTimer(db, { ...buyer, kind: 'manual', note: `第${i}条`, dueAt: T0 - (i % 30) * HOUR - HOUR }, T0 - 99 * HOUR, ids);
      const list = await listDue(db, T0, 5);
      // Two timers per hour: the five newest are the two of the last hour, the two before, and one of the third.
      expect(list.timers.map((t) => t.dueAt)).toEqual([T0 - HOUR, T0 - HOUR, T0 - 2 * HOUR, T0 - 2 * HOUR, T0 - 3 * HOUR]);
      expect(list).toMatchObject({ overdueCount: 60, more: true });
      db.close();
    });

    it('the due list read once tells the list at any later time, as long as no timer changed', async () => {
      const db = await freshDb();
      const buyer = { buyerKey: 'pinduoduo:name:阿***', platform: 'pinduoduo' as const, buyerName: '阿***' };
      // Overdue, upcoming, and some due at the same instant: every kind of timer that can move.
      for (let i = 0; i < 30; i++) await addTimer(db, { ...buyer, kind: 'manual', note: `第${i}条`, dueAt: T0 + ((i % 15) - 7) * HOUR }, T0 - 99 * HOUR, ids);
      const untold: string[] = [];
      for (const limit of [1, 5, 20]) {
        const parts = await readDueParts(db, T0, limit);
        for (const later of [T0, T0 + 1, T0 + HOUR, T0 + 2.5 * HOUR, T0 + 6 * HOUR, T0 + 99 * HOUR]) {
          const told = dueListAt(parts, later);
          if (told) expect(told).toEqual(await listDue(db, later, limit));
          else untold.push(`${limit} +${(later - T0) / HOUR}h`);
        }
      }
      // Untold only once every upcoming timer read (one more than the limit) fell due: two fall due each hour.
      expect(untold).toEqual(['1 +1h', '1 +2.5h', '1 +6h', '1 +99h', '5 +6h', '5 +99h']);
      db.close();
    });

    it('the due list kept for the popup reads back as written; one of another shape is not read', async () => {
      fakeBrowser.reset();
      const db = await freshDb();
      await addTimer(db, { buyerKey: 'k', platform: 'pinduoduo', buyerName: '阿***', kind: 'manual', note: '周五补发', dueAt: T0 + HOUR }, T0, ids);
      const parts = await readDueParts(db, T0);
      expect(await readDueSnapshot()).toBeNull();
      await writeDueSnapshot(parts);
      expect(await readDueSnapshot()).toEqual(parts);
      await fakeBrowser.storage.session.set({ 'kefu-due-snapshot': { version: 0, parts } });
      expect(await readDueSnapshot()).toBeNull();
      db.close();
    });

    it('counts overdue follow-ups up to the cap', async () => {
      const db = await freshDb();
      const buyer = { buyerKey: 'k', platform: 'pinduoduo' as const, buyerName: '阿***' };
      for (let i = 0; i < OVERDUE_COUNT_CAP + 1; i++) await addTimer(db, { ...buyer, kind: 'manual', note: `第${i}条`, dueAt: T0 - (i + 1) * 60_000 }, T0 - HOUR * 9, ids);
      const list = await listDue(db, T0, 3);
      expect(list.overdueCount).toBe(OVERDUE_COUNT_CAP);
      expect(list.timers.map((t) => t.note)).toEqual(['第0条', '第1条', '第2条']);
      db.close();
    });
  });

  it('ticking a progress update while 处理中 schedules the next one', async () => {
    const db = await freshDb();
    const { created } = await syncReviewCases(db, [review(1)], settings, T0, ids);
    const view = await changeCaseStage(db, created[0]!.id, 'in_progress', undefined, settings, T0, ids);
    await setTimerDone(db, view.timers[0]!.id, true, settings, T0 + 10 * HOUR, ids);
    const after = await getCaseView(db, created[0]!.id);
    expect(after!.timers).toMatchObject([{ kind: 'progress', dueAt: T0 + 34 * HOUR }]);
    db.close();
  });
});

describe('buyer memory', () => {
  it('the card shows notes, open cases found by name or by order, promises and past outcomes', async () => {
    const db = await freshDb();
    const { created } = await syncReviewCases(db, [review(1), review(2, { buyerName: '别***' })], settings, T0, ids);
    await changeCaseStage(db, created[1]!.id, 'closed', 'buyer_satisfied', settings, T0 + HOUR, ids);
    const chatBuyer = { platform: 'pinduoduo' as const, buyerId: '8839201746', buyerName: 'jd_王小明' };
    await saveBuyerNote(db, chatBuyer, { field: 'bestTime', text: '晚上8点后', baseRev: 0 }, '小美', T0);
    await addTimer(db, { kind: 'promise', buyerKey: 'pinduoduo:id:8839201746', platform: 'pinduoduo', buyerName: 'jd_王小明', note: '周五补发', dueAt: T0 + 48 * HOUR }, T0, ids);
    // The chat shows the orders of both reviews: their cases belong on the card.
    const card = await getBuyerCard(db, chatBuyer, [review(1).orderId!, review(2).orderId!]);
    expect(card.memory?.notes.bestTime?.text).toBe('晚上8点后');
    expect(card.openCases.map((v) => v.case.id)).toEqual([created[0]!.id]);
    expect(card.openCases[0]!.timers).toMatchObject([{ kind: 'first_contact' }]);
    expect(card.pastCases.map((c) => c.outcome)).toEqual(['buyer_satisfied']);
    expect(card.timers.map((t) => t.note)).toEqual(['周五补发']);
    db.close();
  });

  it('concurrent note saves from two tabs lose nothing', async () => {
    const db = await freshDb();
    const who = { platform: 'pinduoduo' as const, buyerName: '阿***' };
    const [a, b] = await Promise.all([
      saveBuyerNote(db, who, { field: 'avoid', text: '别打电话', baseRev: 0 }, '小美', 1),
      saveBuyerNote(db, who, { field: 'avoid', text: '别催评价', baseRev: 0 }, '小李', 2),
    ]);
    expect([a.conflict, b.conflict]).toEqual([false, true]);
    const card = await getBuyerCard(db, who, []);
    expect(card.memory?.notes.avoid?.text).toContain('别打电话');
    expect(card.memory?.notes.avoid?.text).toContain('别催评价');
    db.close();
  });

  it('a chat case belongs to the buyer by platform id', async () => {
    const db = await freshDb();
    await openChatCase(db, { platform: 'pinduoduo', buyerId: '42', buyerName: '阿花花', note: '风扇不转' }, settings, T0, ids);
    const card = await getBuyerCard(db, { platform: 'pinduoduo', buyerId: '42', buyerName: '阿花花' }, []);
    expect(card.openCases).toHaveLength(1);
    expect(card.openCases[0]!.next?.step).toBe('contact');
    db.close();
  });
});

describe('settings', () => {
  it('defaults when none stored; refuses invalid settings instead of resetting', async () => {
    const db = await freshDb();
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
    await saveSettings(db, { ...DEFAULT_SETTINGS, agentName: '小美', satisfactionDelayHours: 48 });
    expect((await loadSettings(db)).satisfactionDelayHours).toBe(48);
    await expect(saveSettings(db, { ...DEFAULT_SETTINGS, watchIntervalMinutes: 1 })).rejects.toThrow();
    expect((await loadSettings(db)).agentName).toBe('小美');
    db.close();
  });
});

describe('backup and restore', () => {
  it('covers every store of the database', async () => {
    const db = await freshDb();
    expect([...db.objectStoreNames].filter((name) => name !== 'meta').sort()).toEqual([...BACKUP_STORES].sort());
    db.close();
  });

  it('round-trips all data into an empty profile', async () => {
    const source = await freshDb();
    await saveNote(source, { key: 'pinduoduo:a', platform: 'pinduoduo', text: '备注' }, T0);
    await syncReviewCases(source, [review(1), review(2)], settings, T0, ids);
    await saveBuyerNote(source, { platform: 'pinduoduo', buyerName: '阿***' }, { field: 'temperament', text: '急', baseRev: 0 }, '小美', T0);
    await saveSettings(source, { ...DEFAULT_SETTINGS, agentName: '小美' });
    await recordReplyUse(source, 'builtin-apology', T0);
    const json = await exportBackup(source, T0);

    const target = await freshDb();
    expect(await importBackup(target, json)).toEqual({ notes: 1, cases: 2, timers: 2, buyers: 1, playbook: 1, remedies: 0, replyUses: 1 });
    expect(JSON.parse(await exportBackup(target, T0))).toEqual(JSON.parse(json));
    expect((await loadSettings(target)).agentName).toBe('小美');
    source.close();
    target.close();
  });

  it('a backup from schema version 1 (notes only) restores into the current schema', async () => {
    const db = await freshDb();
    const v1 = JSON.stringify({ kind: 'kefu-lens/backup', schemaVersion: 1, exportedAt: T0, stores: { notes: [{ key: 'pinduoduo:a', platform: 'pinduoduo', text: '旧', updatedAt: T0 }] } });
    expect(await importBackup(db, v1)).toEqual({ notes: 1, cases: 0, timers: 0, buyers: 0, playbook: 1, remedies: 0, replyUses: 0 });
    expect(MIGRATIONS.length).toBeGreaterThan(1);
    db.close();
  });

  it('all or nothing: a bad record, a newer version or a duplicate key leaves the data untouched', async () => {
    const db = await freshDb();
    await syncReviewCases(db, [review(1)], settings, T0, ids);
    const before = await exportBackup(db, T0);
    const file = JSON.parse(before);

    const badTimer = structuredClone(file);
    badTimer.stores.timers[0].dueAt = 'tomorrow';
    await expect(importBackup(db, JSON.stringify(badTimer))).rejects.toThrow(/timers/);
    await expect(importBackup(db, JSON.stringify({ ...file, schemaVersion: 99 }))).rejects.toThrow(/newer/);
    await expect(importBackup(db, '{not json')).rejects.toThrow(/JSON/);
    // Passes the checks but fails in the write (two cases with one review): the transaction aborts.
    const duplicate = structuredClone(file);
    duplicate.stores.cases.push({ ...duplicate.stores.cases[0], id: 'other-id' });
    expect(() => parseBackup(JSON.stringify(duplicate), db.version)).not.toThrow();
    await expect(importBackup(db, JSON.stringify(duplicate))).rejects.toThrow();
    expect(await exportBackup(db, T0)).toBe(before);
    db.close();
  });
});
