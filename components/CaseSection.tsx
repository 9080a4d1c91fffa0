import { useEffect, useState } from 'preact/hooks';
import { CASE_OUTCOMES, CASE_STAGES, type CaseOutcome, type CaseStage, type CaseView, type Timer } from '../lib/domain/cases/model';
import type { PageMessageKey, Translate } from '../lib/i18n';
import { formatDuration } from './WaitingChip';

export type CaseState = { kind: 'none' } | { kind: 'pending' } | { kind: 'open'; view: CaseView } | { kind: 'failed'; error: string };

type T = Translate<PageMessageKey>;

/** What a follow-up asks the agent to do. */
export function timerLabel(t: T, timer: Pick<Timer, 'kind' | 'note'>): string {
  return timer.kind === 'promise' || timer.kind === 'manual' ? t(`timer.${timer.kind}`, { note: timer.note ?? '' }) : t(`timer.${timer.kind}`);
}

/** `已超时 3小时5分` / `20小时后到期`. */
export function dueLabel(t: T, at: number, now: number): string {
  const seconds = Math.round(Math.abs(at - now) / 1000);
  return at <= now ? t('timer.overdue', { time: formatDuration(t, seconds) }) : t('timer.dueIn', { time: formatDuration(t, seconds) });
}

/** Re-renders every 30 s so countdowns stay true while the panel is open. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

export function stageLabel(t: T, view: CaseView): string {
  const stage = t(`stage.${view.case.stage}`);
  return view.case.outcome ? `${stage} · ${t(`outcome.${view.case.outcome}`)}` : stage;
}

export interface CaseSectionProps {
  t: T;
  state: CaseState;
  onStage: (stage: CaseStage, outcome?: CaseOutcome) => void;
  onTimerDone?: (timer: Timer) => void;
}

/** A case in an overlay: its stage (one click to change), due follow-ups, next step and history. */
export function CaseSection({ t, state, onStage, onTimerDone }: CaseSectionProps) {
  const now = useNow();
  if (state.kind === 'none') return null;
  if (state.kind === 'pending') return <p class="case__muted">{t('case.pending')}</p>;
  if (state.kind === 'failed') return <p class="case__error" role="alert">{t('case.failed', { error: state.error })}</p>;
  const { case: c, timers, next } = state.view;
  return (
    <section class="case" data-testid="case-section" data-stage={c.stage}>
      <div class="case__head">
        <span class="case__muted">{t('case.title')}</span>
        <strong data-testid="case-stage">{stageLabel(t, state.view)}</strong>
      </div>
      <div class="case__stages" role="group" aria-label={t('case.stage')}>
        {CASE_STAGES.filter((stage) => stage !== 'closed').map((stage) => (
          <button type="button" class="case__stage" aria-pressed={c.stage === stage} onClick={() => onStage(stage)}>
            {t(`stage.${stage}`)}
          </button>
        ))}
      </div>
      <div class="case__stages" role="group" aria-label={t('case.closeWith')}>
        <span class="case__muted">{t('case.closeWith')}</span>
        {CASE_OUTCOMES.map((outcome) => (
          <button type="button" class="case__stage" aria-pressed={c.outcome === outcome} onClick={() => onStage('closed', outcome)}>
            {t(`outcome.${outcome}`)}
          </button>
        ))}
      </div>
      {next && (
        <p class="case__next" data-testid="case-next">
          <span class="case__muted">{t('case.next')}：</span>
          {t(`next.${next.step}`, { remedies: next.remedies.map((kind) => t(`remedy.${kind}`)).join('、') })}
        </p>
      )}
      <ul class="case__timers" data-testid="case-timers" aria-label={t('case.timers')}>
        {timers.length === 0 && <li class="case__muted">{t('case.noTimers')}</li>}
        {timers.map((timer) => (
          <li class={`case__timer ${(timer.nextAt ?? 0) <= now ? 'case__timer--overdue' : ''}`}>
            <span>{timerLabel(t, timer)}</span> <span class="case__due">{dueLabel(t, timer.nextAt ?? timer.dueAt, now)}</span>
            {onTimerDone && (
              <button type="button" class="case__small" onClick={() => onTimerDone(timer)}>
                {t('timer.done')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <details class="case__history">
        <summary>{t('case.history')}</summary>
        <ol data-testid="case-history">
          {c.history.map((event) => (
            <li>
              <time>{new Date(event.at).toLocaleString()}</time> {event.by && <span>{event.by} · </span>}
              {event.type === 'created' && t('case.historyCreated')}
              {event.type === 'stage' && t('case.changed', { stage: event.outcome ? `${t(`stage.${event.to}`)} · ${t(`outcome.${event.outcome}`)}` : t(`stage.${event.to}`) })}
              {event.type === 'note' && t('case.historyNote', { text: event.text })}
              {event.type === 'causes' && t('case.historyCauses', { causes: event.causes.map((code) => t(`cause.${code}`)).join('、') })}
              {event.type === 'remedies' && t('case.historyRemedies', { remedies: event.remedies.map((r) => t(`remedy.${r.kind}`)).join('、') })}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
