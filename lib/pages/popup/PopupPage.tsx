import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DueList } from '../../../components/DueList';
import { PopupView, type PopupState } from '../../../components/PopupView';
import { WatchedTabs } from '../../../components/WatchedTabs';
import type { WatchedTab } from '../../domain/cases/watch';
import type { StorageProblem } from '../../background/storage-health';
import type { DueList as Due } from '../../domain/cases/model';
import { dueListAt, type DueParts } from '../../domain/cases/timers';
import type { Translate } from '../../i18n';
import { sendMessage, type DueAnswer } from '../../messaging/protocol';
import { DASHBOARD_PAGE, formatDashboardHash } from '../dashboard/route';

/** The tab the popup describes: `?tabId=` when opened as a page for a given tab, else the active tab. */
async function targetTab(): Promise<{ id: number; url?: string } | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return { id: fromQuery, url: (await browser.tabs.get(fromQuery)).url };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

/** Asks the tab's content script what it read; a tab without one (any other site) is unsupported. */
async function readStatus(tabId: number): Promise<PopupState> {
  const status = await sendMessage('getPageStatus', undefined, tabId).catch(() => undefined);
  return status ? { kind: 'page', status } : { kind: 'unsupported' };
}

/** How long the background may take to answer before the popup reads the list itself (it is starting up). */
const BACKGROUND_PATIENCE_MS = 40;

/**
 * Asks for the due list (or takes `fromBackground`, the request the popup's first script sent). A running
 * background answers within a few milliseconds; one Chrome stopped (after 30 s without events) must start
 * first, so past a short wait the popup also reads IndexedDB itself (code loaded only then) and shows
 * whichever list comes first. When both fail, the background's answer says why.
 */
export function requestDueList(limit?: number, fromBackground = sendMessage('getDueList', limit ? { limit } : undefined)): Promise<DueAnswer> {
  let listedByBackground = false;
  const listed = fromBackground.then((answer) => {
    if (!answer.due) throw new Error(answer.error ?? 'no due list');
    listedByBackground = true;
    return answer;
  });
  const readHere = new Promise((resolve) => setTimeout(resolve, BACKGROUND_PATIENCE_MS)).then(async () => {
    if (listedByBackground) throw new Error('listed by the background already');
    const { readDueListHere } = await import('./read-due-list');
    return readDueListHere(limit);
  });
  return Promise.any([listed, readHere]).catch(() => fromBackground);
}

/** Marked once, when the popup first shows its due list (the kept one, or the answer if it came first). */
const DUE_LIST_SHOWN_MARK = 'kefu-lens:due-list-shown';
/** Marked once, when the answer to the first request is shown. */
const DUE_LIST_ANSWERED_MARK = 'kefu-lens:due-list-answered';

const markOnce = (name: string) => performance.getEntriesByName(name).length === 0 && performance.mark(name);

/** More follow-ups per click on 显示更多. */
const MORE_STEP = 50;

/**
 * `firstDue` is the due list's first request; `snapshot`, the list as the background last left it, shown
 * until that answer comes (exact unless a timer changed meanwhile, which the answer then corrects).
 */
export function PopupPage({ t, firstDue, snapshot }: { t: Translate; firstDue: Promise<DueAnswer>; snapshot: Promise<DueParts | null> }) {
  const [tab, setTab] = useState<{ id: number; url?: string }>();
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [notice, setNotice] = useState<string | null>(null);
  /** `kept`: the snapshot is shown, the background's answer has not come yet. */
  const [due, setDue] = useState<{ due: Due | null; error: string | null; problem: StorageProblem | null; kept: boolean }>({ due: null, error: null, problem: null, kept: false });

  /** Counts the due-list requests: only the latest one's answer is shown (a slow first one must not undo a change). */
  const requests = useRef(0);
  const showDue = (answer: Promise<DueAnswer>) => {
    const request = ++requests.current;
    return answer.then(
      ({ due, error, storageProblem }) => request === requests.current && setDue({ due, error, problem: storageProblem, kept: false }),
      (error: unknown) => request === requests.current && setDue({ due: null, error: error instanceof Error ? error.message : String(error), problem: null, kept: false }),
    );
  };
  /** The list again after a change, as long as it was. */
  const loadDue = () => showDue(requestDueList(due.due?.timers.length));
  const [watched, setWatched] = useState<{ tabs: WatchedTab[]; interval: number }>({ tabs: [], interval: 15 });
  // A layout effect: a plain one would wait for the next frame before even listening for the list.
  useLayoutEffect(() => {
    let answered = false;
    void snapshot.then((parts) => {
      const kept = parts && dueListAt(parts, Date.now());
      if (kept && !answered) setDue({ due: kept, error: null, problem: null, kept: true });
    }).catch(() => undefined); // a kept list that cannot be read is only not shown
    // The due list first: the rest of the popup asks once it is shown.
    void showDue(firstDue.finally(() => (answered = true))).then(() =>
      Promise.all([sendMessage('getWatchedTabs', undefined), sendMessage('getSettings', undefined)]).then(
        ([tabs, settings]) => setWatched({ tabs, interval: settings.watchIntervalMinutes }),
        () => undefined,
      ),
    );
  }, []);

  // For the benchmark: the moments the due list is in the page (a layout effect runs right after the DOM change).
  useLayoutEffect(() => {
    if (!due.due) return;
    markOnce(DUE_LIST_SHOWN_MARK);
    if (!due.kept) markOnce(DUE_LIST_ANSWERED_MARK);
  }, [due]);

  useEffect(() => {
    void targetTab().then(async (found) => {
      setTab(found);
      setState(found ? await readStatus(found.id) : { kind: 'unsupported' });
    });
  }, []);

  // Only http(s) pages can be enabled; the active tab's URL is known through activeTab.
  const origin = tab?.url && /^https?:/.test(tab.url) ? `${new URL(tab.url).origin}/*` : null;

  const dueList = (
    <DueList
      t={t}
      due={due.due}
      error={due.error}
      storageProblem={due.problem}
      onOpen={(timer) => void sendMessage('openFollowUp', { id: timer.id }).then(() => window.close())}
      onDone={(timer) => void sendMessage('setTimerDone', { id: timer.id, done: true }).then(loadDue, loadDue)}
      onSnooze={(timer) => void sendMessage('snoozeTimer', { id: timer.id, minutes: 60 }).then(loadDue, loadDue)}
      onDismissProblem={() => void sendMessage('dismissStorageProblem', undefined).then(loadDue)}
      onMore={() => void showDue(requestDueList((due.due?.timers.length ?? 0) + MORE_STEP))}
    />
  );

  const reviewTab = state.kind === 'page' && state.status.pageKind === 'reviews' && tab ? tab.id : null;
  const watchedTabs = (
    <WatchedTabs
      t={t}
      tabs={watched.tabs}
      currentTabId={reviewTab}
      intervalMinutes={watched.interval}
      onWatch={() => reviewTab !== null && void sendMessage('watchTab', { tabId: reviewTab }).then((tabs) => setWatched({ ...watched, tabs }))}
      onUnwatch={(tabId) => void sendMessage('unwatchTab', { tabId }).then((tabs) => setWatched({ ...watched, tabs }))}
    />
  );

  return (
    <PopupView
      followUps={
        <>
          {dueList}
          {watchedTabs}
        </>
      }
      t={t}
      state={state}
      notice={notice}
      onEnableSite={
        origin && tab
          ? async () => {
              // Must run in the click's own task: the browser shows its permission prompt.
              const granted = await browser.permissions.request({ origins: [origin] });
              if (!granted) return setNotice(t('popup.enableDenied'));
              await sendMessage('enableOnTab', { tabId: tab.id });
              setNotice(t('popup.enabled'));
              setTimeout(() => void readStatus(tab.id).then(setState), 500);
            }
          : undefined
      }
      onConfigure={tab ? () => void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}?tabId=${tab.id}` }) : undefined}
      onOpenDashboard={() => void browser.tabs.create({ url: browser.runtime.getURL(DASHBOARD_PAGE) + formatDashboardHash({ view: 'board' }) }).then(() => window.close())}
    />
  );
}
