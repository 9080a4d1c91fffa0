import { buyerKeyOf } from '../domain/cases/lifecycle';
import {
  BuyerCardRequestSchema,
  BuyerNoteSaveSchema,
  CaseNoteSchema,
  ChatCaseInputSchema,
  NewTimerSchema,
  ReassignSchema,
  RemediesSchema,
  SnoozeSchema,
  StageChangeSchema,
  SyncReviewCasesSchema,
  TimerDoneSchema,
} from '../domain/cases/schema';
import * as z from 'zod/mini';
import { onMessage } from '../messaging/protocol';
import { getBuyerCard, saveBuyerNote } from '../storage/buyers-repo';
import { changeCaseStage, getCaseView, knownHandlers, noteOnCase, openChatCase, reassignCase, remediesOfCase, syncReviewCases } from '../storage/cases-repo';
import type { KefuDb } from '../storage/db';
import { loadSettings, saveSettings, SettingsSchema } from '../storage/settings';
import { addTimer, listDue, setTimerDone, snooze } from '../storage/timers-repo';
import { exportBackup, importBackup } from '../storage/backup';
import type { FollowUps } from './follow-ups';
import type { Watcher } from './watch';
import { clearStorageProblem, guarded, readStorageProblem } from './storage-health';

const IdSchema = z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)) });
const TabSchema = z.object({ tabId: z.number().check(z.int(), z.positive()) });
const DueListRequestSchema = z.optional(z.object({ limit: z.number().check(z.int(), z.gte(1), z.lte(500)) }));

/**
 * Message handlers of cases, buyer memory, follow-ups, settings and backup. Payloads are checked
 * first; every write goes through `guarded` (a storage failure reaches the popup) and every write
 * that can touch a timer re-arms the follow-ups (new cases; a case's stage, notes, handler or remedies,
 * which re-plan its timers; timers themselves): the alarm, the badge and the popup's first list are
 * projections of the timers.
 */
export function registerCaseHandlers(db: Promise<KefuDb>, followUps: FollowUps, watcher: Watcher): void {
  const withDb = <T>(operation: (store: KefuDb) => Promise<T>) => guarded(async () => operation(await db));
  const thenRearm = async <T>(result: Promise<T>) => {
    const value = await result;
    await followUps.rearm();
    return value;
  };

  onMessage('syncReviewCases', ({ data, sender }) => {
    const { reviews } = SyncReviewCasesSchema.parse(data);
    return withDb(async (store) => {
      const { views, created } = await syncReviewCases(store, reviews, await loadSettings(store), Date.now());
      if (created.length > 0) {
        await followUps.rearm();
        await watcher.casesCreated(sender.tab?.id, created);
      }
      return views;
    });
  });
  onMessage('openChatCase', ({ data }) => {
    const input = ChatCaseInputSchema.parse(data);
    return thenRearm(withDb(async (store) => openChatCase(store, input, await loadSettings(store), Date.now())));
  });
  onMessage('getCase', ({ data }) => withDb((store) => getCaseView(store, IdSchema.parse(data).id)));
  onMessage('changeCaseStage', ({ data }) => {
    const { id, stage, outcome } = StageChangeSchema.parse(data);
    return thenRearm(withDb(async (store) => changeCaseStage(store, id, stage, outcome, await loadSettings(store), Date.now())));
  });
  onMessage('addCaseNote', ({ data }) => {
    const { id, text } = CaseNoteSchema.parse(data);
    return thenRearm(withDb(async (store) => noteOnCase(store, id, text, await loadSettings(store), Date.now())));
  });
  onMessage('reassignCase', ({ data }) => {
    const { id, handler } = ReassignSchema.parse(data);
    return thenRearm(withDb(async (store) => reassignCase(store, id, handler, await loadSettings(store), Date.now())));
  });
  onMessage('getCaseHandlers', () => withDb(async (store) => knownHandlers(store, await loadSettings(store))));
  onMessage('setCaseRemedies', ({ data }) => {
    const { id, remedies } = RemediesSchema.parse(data);
    return thenRearm(withDb(async (store) => remediesOfCase(store, id, remedies, await loadSettings(store), Date.now())));
  });
  onMessage('getBuyerCard', ({ data }) => {
    const { buyer, orderIds } = BuyerCardRequestSchema.parse(data);
    return withDb((store) => getBuyerCard(store, buyer, orderIds));
  });
  onMessage('saveBuyerNote', ({ data }) => {
    const { buyer, field, text, baseRev } = BuyerNoteSaveSchema.parse(data);
    return withDb(async (store) => saveBuyerNote(store, buyer, { field, text, baseRev }, (await loadSettings(store)).agentName, Date.now()));
  });
  onMessage('addTimer', ({ data }) => {
    const { buyer, ...input } = NewTimerSchema.parse(data);
    const key = buyerKeyOf(buyer.platform, buyer.buyerId, buyer.buyerName);
    return thenRearm(withDb((store) => addTimer(store, { ...input, buyerKey: key, platform: buyer.platform, buyerName: buyer.buyerName }, Date.now())));
  });
  onMessage('setTimerDone', ({ data }) => {
    const { id, done } = TimerDoneSchema.parse(data);
    return thenRearm(withDb(async (store) => setTimerDone(store, id, done, await loadSettings(store), Date.now())));
  });
  onMessage('snoozeTimer', ({ data }) => {
    const { id, minutes } = SnoozeSchema.parse(data);
    return thenRearm(withDb((store) => snooze(store, id, Date.now() + minutes * 60_000)));
  });
  onMessage('getDueList', async ({ data }) => {
    const limit = DueListRequestSchema.parse(data)?.limit;
    // The popup must be able to say why there is no list: the failure is part of the answer.
    const [due, problem] = await Promise.allSettled([withDb((store) => listDue(store, Date.now(), limit)), readStorageProblem()]);
    if (due.status === 'fulfilled') return { due: due.value, error: null, storageProblem: problem.status === 'fulfilled' ? problem.value : null };
    // The failed read was just recorded as the storage problem: that one is the news.
    return { due: null, error: String(due.reason instanceof Error ? due.reason.message : due.reason), storageProblem: await readStorageProblem().catch(() => null) };
  });
  onMessage('openFollowUp', ({ data }) => followUps.openTimerPage(IdSchema.parse(data).id));
  onMessage('dismissStorageProblem', () => clearStorageProblem());
  onMessage('getSettings', () => withDb(loadSettings));
  onMessage('saveSettings', ({ data }) => {
    const settings = SettingsSchema.parse(data);
    return withDb((store) => saveSettings(store, settings));
  });
  onMessage('exportBackup', () => withDb((store) => exportBackup(store, Date.now())));
  onMessage('importBackup', ({ data }) => {
    const { json } = z.object({ json: z.string() }).parse(data);
    return thenRearm(withDb((store) => importBackup(store, json)));
  });
  onMessage('watchTab', ({ data }) => watcher.watch(TabSchema.parse(data).tabId));
  onMessage('unwatchTab', ({ data }) => watcher.unwatch(TabSchema.parse(data).tabId));
  onMessage('getWatchedTabs', () => watcher.list());
}
