import { useEffect, useState } from 'preact/hooks';
import { CASE_OUTCOMES, CASE_STAGES, type CaseOutcome, type CaseStage, type CaseView, type Remedy, type Timer } from '../lib/domain/cases/model';
import type { PageMessageKey, Translate } from '../lib/i18n';
import { money } from './ReplySuggestions';
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

/** `部分退款（已选，12 元）、优惠券`: the chosen remedies with their cost, then the others offered. */
export function remediesLabel(t: T, remedies: readonly Remedy[]): string {
  const label = (remedy: Remedy) => t(`remedy.kind.${remedy.kind}`);
  const chosen = remedies.filter((remedy) => remedy.chosen).map((remedy) => t('case.remedyChosen', { label: label(remedy), cost: money(remedy.cost) }));
  return [...chosen, ...remedies.filter((remedy) => !remedy.chosen).map(label)].join('、');
}

export interface CaseSectionProps {
  t: T;
  state: CaseState;
  /** May return the change's promise: its failure is shown in the section. */
  onStage: (stage: CaseStage, outcome?: CaseOutcome) => void | Promise<unknown>;
  onTimerDone?: (timer: Timer) => void;
  /** Appends a note to the case's history; rejects with a message the agent can read. */
  onNote?: (text: string) => Promise<void>;
  /** Hands the case to another agent, by name. */
  onReassign?: (handler: string) => Promise<void>;
  /** Agent names to choose from when reassigning (any other name can be typed). */
  handlers?: readonly string[];
}

/** A case in an overlay: its stage (one click to change), due follow-ups, next step and history. */
export function CaseSection({ t, state, onStage, onTimerDone, onNote, onReassign, handlers = [] }: CaseSectionProps) {
  const now = useNow();
  const [failed, setFailed] = useState<string | null>(null);
  const moveTo = (stage: CaseStage, outcome?: CaseOutcome) => {
    setFailed(null);
    void Promise.resolve(onStage(stage, outcome)).catch((error: unknown) => setFailed(errorText(error)));
  };
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
          <button type="button" class="case__stage" aria-pressed={c.stage === stage} onClick={() => moveTo(stage)}>
            {t(`stage.${stage}`)}
          </button>
        ))}
      </div>
      <div class="case__stages" role="group" aria-label={t('case.closeWith')}>
        <span class="case__muted">{t('case.closeWith')}</span>
        {CASE_OUTCOMES.map((outcome) => (
          <button type="button" class="case__stage" aria-pressed={c.outcome === outcome} onClick={() => moveTo('closed', outcome)}>
            {t(`outcome.${outcome}`)}
          </button>
        ))}
      </div>
      {failed && (
        <p class="case__error" role="alert">
          {t('case.failed', { error: failed })}
        </p>
      )}
      {next && (
        <p class="case__next" data-testid="case-next">
          <span class="case__muted">{t('case.next')}：</span>
          {t(`next.${next.step}`, { remedies: next.remedies.map((kind) => t(`remedy.kind.${kind}`)).join('、') })}
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
      {onReassign && <HandlerField key={c.id} t={t} caseId={c.id} handler={c.handler} handlers={handlers} onReassign={onReassign} />}
      {onNote && <CaseNotes key={c.id} t={t} notes={c.history.flatMap((event) => (event.type === 'note' ? [event] : []))} onNote={onNote} />}
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
              {event.type === 'remedies' && t('case.historyRemedies', { remedies: remediesLabel(t, event.remedies) })}
              {event.type === 'handler' && t('case.historyHandler', { from: event.from || t('case.nobody'), to: event.to })}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

type FieldStatus = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; error: string };
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The case's notes and a field to add one. Notes are appended to the history inside one transaction, so two
 * tabs adding notes at once both land; the list shows every note the case holds after each save.
 */
function CaseNotes({ t, notes, onNote }: { t: T; notes: ReadonlyArray<{ at: number; by: string; text: string }>; onNote: (text: string) => Promise<void> }) {
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState<FieldStatus>({ kind: 'idle' });
  const save = async () => {
    if (!draft.trim() || status.kind === 'saving') return;
    setStatus({ kind: 'saving' });
    try {
      await onNote(draft);
      setDraft('');
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', error: errorText(error) });
    }
  };
  return (
    <div class="case__notes">
      {notes.length > 0 && (
        <ul class="case__note-list" data-testid="case-notes">
          {notes.map((note) => (
            <li>
              <span class="case__muted">
                {new Date(note.at).toLocaleString()} {note.by}
              </span>{' '}
              {note.text}
            </li>
          ))}
        </ul>
      )}
      <textarea
        class="case__note"
        data-testid="case-note-input"
        rows={2}
        maxLength={2000}
        aria-label={t('case.notePlaceholder')}
        placeholder={t('case.notePlaceholder')}
        value={draft}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save();
        }}
      />
      <span class="case__stages">
        <button type="button" class="case__small" data-testid="case-note-save" disabled={!draft.trim() || status.kind === 'saving'} onClick={() => void save()}>
          {t('case.addNote')}
        </button>
        {status.kind === 'saved' && <span class="panel__status--saved">{t('case.noteSaved')}</span>}
        {status.kind === 'failed' && <span class="case__error" role="alert">{t('case.failed', { error: status.error })}</span>}
      </span>
    </div>
  );
}

/** Who handles the case, and handing it to someone else: the known agents offered, any name typed. */
function HandlerField(props: { t: T; caseId: string; handler: string; handlers: readonly string[]; onReassign: (handler: string) => Promise<void> }) {
  const { t, caseId, handler, handlers, onReassign } = props;
  // One list per case: a chat card shows several cases in one shadow root.
  const listId = `kefu-handlers-${caseId}`;
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState<FieldStatus>({ kind: 'idle' });
  const others = handlers.filter((name) => name !== handler);
  const submit = async () => {
    const name = draft.trim();
    if (!name || name === handler) return;
    setStatus({ kind: 'saving' });
    try {
      await onReassign(name);
      setDraft('');
      setStatus({ kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'failed', error: errorText(error) });
    }
  };
  return (
    <div class="case__stages" data-testid="case-handler">
      <span class="case__muted">{t('case.handler')}</span>
      <strong data-testid="case-handler-name">{handler || t('case.nobody')}</strong>
      <input
        class="case__input"
        data-testid="case-handler-input"
        list={listId}
        maxLength={50}
        aria-label={t('case.reassignTo')}
        placeholder={t('case.reassignTo')}
        value={draft}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => event.key === 'Enter' && void submit()}
      />
      <datalist id={listId}>
        {others.map((name) => (
          <option value={name} />
        ))}
      </datalist>
      <button type="button" class="case__small" disabled={!draft.trim() || draft.trim() === handler || status.kind === 'saving'} onClick={() => void submit()}>
        {t('case.reassign')}
      </button>
      {status.kind === 'failed' && <span class="case__error" role="alert">{t('case.failed', { error: status.error })}</span>}
    </div>
  );
}
