import { browser } from 'wxt/browser';
import type { Case } from '../domain/cases/model';
import { nextWatchCheck, withinWorkingHours, type WatchedTab } from '../domain/cases/watch';
import type { Translate } from '../i18n';
import { sendMessage } from '../messaging/protocol';
import type { KefuDb } from '../storage/db';
import { loadSettings } from '../storage/settings';
import { guarded } from './storage-health';

export const WATCH_ALARM = 'kefu-watch';
const WATCHED_KEY = 'watched';
const NEW_REVIEW_NOTIFICATION = 'kefu-new-review:';

export interface Watcher {
  watch(tabId: number): Promise<WatchedTab[]>;
  unwatch(tabId: number): Promise<WatchedTab[]>;
  list(): Promise<WatchedTab[]>;
  /** A review page created cases: from a watched tab, each one is a new 差评 to announce. */
  casesCreated(tabId: number | undefined, created: Case[]): Promise<void>;
}

/**
 * Watched review tabs: refreshed gently (the settings' interval with jitter, never under 5 minutes,
 * only inside working hours, never while the agent works in the tab) by the page's own reload, so
 * the content script reads the list again and new negative reviews become cases and notifications.
 * The list lives in IndexedDB; its one alarm is re-armed at every worker start.
 */
export function createWatcher(db: Promise<KefuDb>, t: Translate): Watcher {
  const read = async () => ((await (await db).get('meta', WATCHED_KEY)) as WatchedTab[] | undefined) ?? [];
  const write = async (tabs: WatchedTab[]) => {
    await (await db).put('meta', tabs, WATCHED_KEY);
    const next = Math.min(...tabs.map((tab) => tab.nextCheckAt));
    if (tabs.length === 0) await browser.alarms.clear(WATCH_ALARM);
    else await browser.alarms.create(WATCH_ALARM, { when: Math.max(Date.now() + 1_000, next) });
    return tabs;
  };
  let queue: Promise<unknown> = Promise.resolve();
  /** Serialised read-modify-write of the list (alarm, popup and tab events can overlap). */
  const update = (change: (tabs: WatchedTab[]) => Promise<WatchedTab[]> | WatchedTab[]) => {
    const run = queue.then(() => guarded(async () => write(await change(await read()))));
    queue = run.catch(() => undefined);
    return run;
  };

  const check = () =>
    update(async (tabs) => {
      const settings = await loadSettings(await db);
      const now = Date.now();
      const kept: WatchedTab[] = [];
      for (const tab of tabs) {
        if (tab.nextCheckAt > now) {
          kept.push(tab);
          continue;
        }
        const exists = await browser.tabs.get(tab.tabId).catch(() => null);
        if (!exists) continue;
        let result: WatchedTab['lastResult'];
        if (!withinWorkingHours(new Date(now), settings.workingHours)) result = 'outside-hours';
        else result = await sendMessage('refreshIfIdle', undefined, tab.tabId).catch(() => 'no-answer' as const);
        const checked = result === 'refreshed' ? { lastCheckedAt: now } : {};
        kept.push({ ...tab, ...checked, lastResult: result, nextCheckAt: nextWatchCheck(now, result === 'busy' ? 0 : settings.watchIntervalMinutes, Math.random()) });
      }
      return kept;
    });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCH_ALARM) void check().catch((error: unknown) => console.warn('[kefu-lens] watch check failed', error));
  });
  browser.tabs.onRemoved.addListener((tabId) => void update((tabs) => tabs.filter((tab) => tab.tabId !== tabId)).catch(() => undefined));
  browser.notifications.onClicked.addListener((notificationId) => {
    if (!notificationId.startsWith(NEW_REVIEW_NOTIFICATION)) return;
    const tabId = Number(notificationId.slice(NEW_REVIEW_NOTIFICATION.length).split(':')[0]);
    void browser.tabs.update(tabId, { active: true }).then(async (tab) => {
      if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    });
  });
  // Re-arm at worker start: the alarm may have been lost with the worker.
  void update((tabs) => tabs).catch(() => undefined);

  return {
    watch: (tabId) =>
      update(async (tabs) => {
        const tab = await browser.tabs.get(tabId);
        const settings = await loadSettings(await db);
        const now = Date.now();
        const entry: WatchedTab = { tabId, url: tab.url ?? '', title: tab.title ?? '', addedAt: now, nextCheckAt: nextWatchCheck(now, settings.watchIntervalMinutes, Math.random()) };
        return [...tabs.filter((other) => other.tabId !== tabId), entry];
      }),
    unwatch: (tabId) => update((tabs) => tabs.filter((tab) => tab.tabId !== tabId)),
    list: read,
    async casesCreated(tabId, created) {
      if (tabId === undefined || !(await read()).some((tab) => tab.tabId === tabId)) return;
      const iconUrl = browser.runtime.getURL('/kefu-icon-128.png');
      for (const c of created) {
        await browser.notifications.create(`${NEW_REVIEW_NOTIFICATION}${tabId}:${c.id}`, {
          type: 'basic',
          iconUrl,
          title: t('watch.newReviewTitle', { level: t(c.level === 'neutral' ? 'level.neutral' : 'level.negative'), buyer: c.buyerName }),
          message: [c.productName, c.reviewText?.slice(0, 80)].filter(Boolean).join(' · '),
          priority: 2,
        });
      }
    },
  };
}
