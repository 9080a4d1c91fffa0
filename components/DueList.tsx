import type { DueList as Due, Timer } from '../lib/domain/cases/model';
import type { StorageProblem } from '../lib/background/storage-health';
import type { Translate } from '../lib/i18n';
import { OVERDUE_COUNT_CAP } from '../lib/domain/cases/timers';
import { dueLabel, timerLabel, useNow } from './CaseSection';

export interface DueListProps {
  t: Translate;
  due: Due | null;
  /** Why the list could not be read (IndexedDB unavailable …). */
  error: string | null;
  storageProblem: StorageProblem | null;
  onOpen: (timer: Timer) => void;
  onDone: (timer: Timer) => void;
  onSnooze: (timer: Timer) => void;
  onDismissProblem: () => void;
  /** Shows the next follow-ups after the first screenful. */
  onMore: () => void;
}

/** Due and overdue follow-ups with live countdowns, newest risk first; a click opens the page. */
export function DueList({ t, due, error, storageProblem, onOpen, onDone, onSnooze, onDismissProblem, onMore }: DueListProps) {
  const now = useNow(1000);
  return (
    <section class="due" data-testid="due-list">
      {storageProblem && (
        <div class="popup__error" role="alert" data-testid="storage-problem">
          <p>{t(`storage.${storageProblem.kind}`, { message: storageProblem.message })}</p>
          <button type="button" class="popup__link" onClick={onDismissProblem}>
            {t('storage.dismiss')}
          </button>
        </div>
      )}
      <h2 class="due__title">
        {t('due.title')}
        {due && due.overdueCount > 0 && (
          <span class="due__count" data-testid="due-overdue-count">
            {t('due.overdueCount', { n: due.overdueCount >= OVERDUE_COUNT_CAP ? '99+' : due.overdueCount })}
          </span>
        )}
      </h2>
      {error && (
        <p class="popup__error" role="alert" data-testid="due-error">
          {t('due.unavailable', { error })}
        </p>
      )}
      {due && due.timers.length === 0 && <p class="popup__hint">{t('due.empty')}</p>}
      {due && due.timers.length > 0 && (
        <ul class="due__list">
          {due.timers.map((timer) => {
            const at = timer.nextAt ?? timer.dueAt;
            return (
              <li class={`due__item ${at <= now ? 'due__item--overdue' : ''}`} data-testid="due-item" key={timer.id}>
                <button type="button" class="due__open" onClick={() => onOpen(timer)}>
                  <strong>{timer.buyerName}</strong>
                  {timer.productName && <span class="due__product"> · {timer.productName}</span>}
                  <span class="due__what">{timerLabel(t, timer)}</span>
                  <span class="due__when" data-testid="due-when">
                    {dueLabel(t, at, now)}
                  </span>
                </button>
                <span class="due__actions">
                  <button type="button" class="popup__link" onClick={() => onDone(timer)}>
                    {t('timer.done')}
                  </button>
                  <button type="button" class="popup__link" onClick={() => onSnooze(timer)}>
                    {t('timer.snooze')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {due?.more && (
        <button type="button" class="popup__link" data-testid="due-more" onClick={onMore}>
          {t('due.more')}
        </button>
      )}
    </section>
  );
}
