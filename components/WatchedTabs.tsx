import type { WatchedTab } from '../lib/domain/cases/watch';
import type { Translate } from '../lib/i18n';

export interface WatchedTabsProps {
  t: Translate;
  tabs: WatchedTab[];
  /** The popup's tab, when it is a review list. */
  currentTabId: number | null;
  intervalMinutes: number;
  onWatch: () => void;
  onUnwatch: (tabId: number) => void;
}

/** Which review tabs are watched for new 差评 and when each was last checked. */
export function WatchedTabs({ t, tabs, currentTabId, intervalMinutes, onWatch, onUnwatch }: WatchedTabsProps) {
  const watchingCurrent = tabs.some((tab) => tab.tabId === currentTabId);
  if (tabs.length === 0 && currentTabId === null) return null;
  return (
    <section class="due" data-testid="watched-tabs">
      <h2 class="due__title">{t('watch.title')}</h2>
      <ul class="due__list">
        {tabs.map((tab) => (
          <li class="due__item" data-testid="watched-tab" key={tab.tabId}>
            <span class="due__open">
              <strong>{tab.title || tab.url}</strong>
              <span class="due__when" data-testid="watched-last-checked">
                {tab.lastCheckedAt ? t('watch.lastChecked', { time: new Date(tab.lastCheckedAt).toLocaleTimeString() }) : t('watch.never')}
                {tab.lastResult && tab.lastResult !== 'refreshed' && ` · ${t(`watch.result.${tab.lastResult}`)}`}
              </span>
            </span>
            <button type="button" class="popup__link" onClick={() => onUnwatch(tab.tabId)}>
              {t('watch.stop')}
            </button>
          </li>
        ))}
      </ul>
      {currentTabId !== null && !watchingCurrent && (
        <>
          <p class="popup__hint">{t('watch.hint', { n: intervalMinutes })}</p>
          <button type="button" class="popup__button" onClick={onWatch}>
            {t('watch.start')}
          </button>
        </>
      )}
    </section>
  );
}
