import { browser } from 'wxt/browser';
import type { Timer } from '../domain/cases/model';
import type { Translate } from '../i18n';
import type { KefuDb } from '../storage/db';
import { OVERDUE_COUNT_CAP } from '../domain/cases/timers';
import { dashboardPath } from '../pages/dashboard/route';
import { writeDueSnapshot } from '../storage/due-snapshot';
import { getTimer, nextAlertAt, readDueParts, snooze, takeAlerts } from '../storage/timers-repo';
import { guarded } from './storage-health';

export const FOLLOW_UP_ALARM = 'kefu-follow-up';
const TIMER_NOTIFICATION = 'kefu-timer:';
const SUMMARY_NOTIFICATION = 'kefu-timers-summary';
/** More than this many follow-ups falling due at once get one summary instead of a flood. */
const MAX_NOTIFICATIONS = 3;
const SNOOZE_MS = 3_600_000;

/**
 * The page a follow-up opens: the review list or chat it came from; without one (a manual timer, a case
 * opened elsewhere), the case in the dashboard, or the dashboard's board for a timer of no case.
 */
export function followUpTarget(timer: Pick<Timer, 'url' | 'caseId'>, extensionUrl: (path: string) => string): string {
  return timer.url ?? extensionUrl(dashboardPath(timer.caseId ? { view: 'board', caseId: timer.caseId } : { view: 'board' }));
}

export interface FollowUps {
  /** Announces what fell due, arms the one alarm for the next due time, updates the badge and the popup's first list. */
  rearm(): Promise<void>;
  openTimerPage(id: string): Promise<void>;
}

/**
 * Follow-up timers live in IndexedDB; the alarm, the badge and the notifications are projections
 * of it. Only ONE alarm is ever armed (for the next not yet announced timer), so re-arming costs two
 * index lookups whatever the number of timers, and a lost alarm is rebuilt at every worker start.
 */
export function createFollowUps(db: Promise<KefuDb>, t: Translate): FollowUps {
  let queue: Promise<void> = Promise.resolve();

  const whatToDo = (timer: Timer) => (timer.kind === 'promise' || timer.kind === 'manual' ? t(`timer.${timer.kind}`, { note: timer.note ?? '' }) : t(`timer.${timer.kind}`));

  const notify = async (due: Timer[]) => {
    const iconUrl = browser.runtime.getURL('/kefu-icon-128.png');
    const buttons = [{ title: t('notification.open') }, { title: t('notification.snooze') }];
    for (const timer of due.slice(0, MAX_NOTIFICATIONS)) {
      await browser.notifications.create(`${TIMER_NOTIFICATION}${timer.id}`, {
        type: 'basic',
        iconUrl,
        title: t('notification.title', { buyer: timer.buyerName || t('notification.someBuyer') }),
        message: [timer.productName, whatToDo(timer)].filter(Boolean).join(' · '),
        buttons,
        requireInteraction: true,
        priority: 2,
      });
    }
    if (due.length > MAX_NOTIFICATIONS) {
      await browser.notifications.create(SUMMARY_NOTIFICATION, {
        type: 'basic',
        iconUrl,
        title: t('notification.summaryTitle'),
        message: t('notification.summary', { n: due.length - MAX_NOTIFICATIONS }),
      });
    }
  };

  const rearmNow = async () => {
    const start = performance.now();
    const store = await db;
    const now = Date.now();
    const due = await takeAlerts(store, now);
    const [next, dueParts] = await Promise.all([nextAlertAt(store, now), readDueParts(store, now)]);
    // The popup's first list, kept even if the alarm or the badge fails; without it the popup only waits a little
    // longer for the background.
    const kept = writeDueSnapshot(dueParts).catch((error: unknown) => console.warn('[kefu-lens] due-list snapshot not kept', error));
    if (next === undefined) await browser.alarms.clear(FOLLOW_UP_ALARM);
    else await browser.alarms.create(FOLLOW_UP_ALARM, { when: next });
    const overdue = dueParts.overdueCount;
    await browser.action.setBadgeText({ text: overdue >= OVERDUE_COUNT_CAP ? '99+' : overdue > 0 ? String(overdue) : '' });
    await browser.action.setBadgeBackgroundColor({ color: '#cf1322' });
    await kept;
    performance.measure('kefu-lens:rearm', { start, detail: { announced: due.length, overdue } });
    if (due.length > 0) await notify(due);
  };

  const rearm = () => {
    // One at a time: two overlapping passes could announce a timer twice.
    queue = queue.then(() => guarded(rearmNow)).catch((error: unknown) => console.warn('[kefu-lens] follow-up re-arm failed', error));
    return queue;
  };

  const focusOrOpen = async (url: string) => {
    const bare = (u: string) => u.split('#')[0];
    const tabs = await browser.tabs.query({});
    // A tab still loading has only its pendingUrl: a second click must find it, not open another.
    const urlOf = (candidate: (typeof tabs)[number]) => candidate.pendingUrl || candidate.url;
    const tab = tabs.find((candidate) => urlOf(candidate) && bare(urlOf(candidate)!) === bare(url));
    if (tab?.id !== undefined) {
      // An open dashboard tab shows the case asked for (its route is the hash); a seller page keeps its own.
      await browser.tabs.update(tab.id, url.includes('#') && urlOf(tab) !== url ? { active: true, url } : { active: true });
      if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    } else {
      await browser.tabs.create({ url });
    }
  };

  const openTimerPage = async (id: string) => {
    const timer = await getTimer(await db, id);
    if (!timer) return;
    // The dashboard page is built beside this code (issue 8): its path is not in WXT's typed list here.
    await focusOrOpen(followUpTarget(timer, (path) => browser.runtime.getURL(path as '/popup.html')));
  };

  const timerIdOf = (notificationId: string) => (notificationId.startsWith(TIMER_NOTIFICATION) ? notificationId.slice(TIMER_NOTIFICATION.length) : null);

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FOLLOW_UP_ALARM) void rearm();
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    const id = timerIdOf(notificationId);
    if (id) void openTimerPage(id).then(() => browser.notifications.clear(notificationId));
    else if (notificationId === SUMMARY_NOTIFICATION) void focusOrOpen(browser.runtime.getURL('/popup.html'));
  });
  browser.notifications.onButtonClicked.addListener((notificationId, buttonIndex) => {
    const id = timerIdOf(notificationId);
    if (!id) return;
    const action = buttonIndex === 0 ? openTimerPage(id) : db.then((store) => guarded(() => snooze(store, id, Date.now() + SNOOZE_MS))).then(rearm);
    void action.then(() => browser.notifications.clear(notificationId));
  });

  return { rearm, openTimerPage };
}
