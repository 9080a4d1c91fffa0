import { useState } from 'preact/hooks';
import { BUYER_NOTE_FIELDS, type BuyerNoteField } from '../lib/domain/cases/buyer';
import type { CaseOutcome, CaseStage, Timer } from '../lib/domain/cases/model';
import type { PageMessageKey, Translate } from '../lib/i18n';
import type { BuyerCard as Card } from '../lib/storage/buyers-repo';
import { CaseSection, dueLabel, timerLabel, useNow } from './CaseSection';

export type BuyerCardState = { kind: 'loading' } | { kind: 'ready'; card: Card } | { kind: 'failed'; error: string };

export interface BuyerCardProps {
  t: Translate<PageMessageKey>;
  buyerName: string;
  state: BuyerCardState;
  /** Resolves with the text now stored (both versions when another tab saved meanwhile). */
  onSaveNote: (field: BuyerNoteField, text: string, baseRev: number) => Promise<{ conflict: boolean; text: string }>;
  /** A promise made to the buyer, or a plain reminder, with its due time. */
  onAddTimer: (kind: 'promise' | 'manual', note: string, dueAt: number) => void;
  onTimerDone: (timer: Timer) => void;
  onOpenCase: () => void;
  onStage: (caseId: string, stage: CaseStage, outcome?: CaseOutcome) => void;
  onCaseNote: (caseId: string, text: string) => Promise<void>;
  onReassign: (caseId: string, handler: string) => Promise<void>;
  /** Agent names a case can be handed to. */
  handlers: readonly string[];
}

/** The compact card beside a chat: the buyer's notes, open cases, promises and past outcomes. */
export function BuyerCard({ t, buyerName, state, onSaveNote, onAddTimer, onTimerDone, onOpenCase, onStage, onCaseNote, onReassign, handlers }: BuyerCardProps) {
  const [open, setOpen] = useState(true);
  const now = useNow();
  return (
    <section class="bcard" data-testid="buyer-card" aria-label={t('buyer.title')}>
      <header class="panel__header">
        <strong>
          {t('buyer.title')} · {buyerName}
        </strong>
        <button type="button" class="case__small" onClick={() => setOpen(!open)}>
          {open ? t('buyer.hide') : t('buyer.show')}
        </button>
      </header>
      {open && state.kind === 'loading' && <p class="case__muted">…</p>}
      {open && state.kind === 'failed' && <p class="case__error" role="alert">{t('buyer.failed', { error: state.error })}</p>}
      {open && state.kind === 'ready' && (
        <div class="bcard__body">
          {BUYER_NOTE_FIELDS.map((field) => (
            <NoteField key={`${state.card.buyerKey}:${field}`} t={t} field={field} note={state.card.memory?.notes[field]} onSave={onSaveNote} />
          ))}
          <h3 class="bcard__title">{t('buyer.openCases')}</h3>
          {state.card.openCases.length === 0 && <p class="case__muted">{t('buyer.none')}</p>}
          {state.card.openCases.map((view) => (
            <div key={view.case.id} data-testid="buyer-case">
              <p class="case__muted">{[view.case.productName, view.case.orderId].filter(Boolean).join(' · ')}</p>
              <CaseSection
                t={t}
                state={{ kind: 'open', view }}
                onStage={(stage, outcome) => onStage(view.case.id, stage, outcome)}
                onTimerDone={onTimerDone}
                onNote={(text) => onCaseNote(view.case.id, text)}
                onReassign={(handler) => onReassign(view.case.id, handler)}
                handlers={handlers}
              />
            </div>
          ))}
          <button type="button" class="case__small" onClick={onOpenCase}>
            {t('buyer.openCase')}
          </button>
          <h3 class="bcard__title">{t('buyer.promises')}</h3>
          <ul class="case__timers" data-testid="buyer-promises">
            {state.card.timers.map((timer) => (
              <li key={timer.id} class={`case__timer ${(timer.nextAt ?? 0) <= now ? 'case__timer--overdue' : ''}`}>
                <span>{timerLabel(t, timer)}</span> <span class="case__due">{dueLabel(t, timer.nextAt ?? timer.dueAt, now)}</span>
                <button type="button" class="case__small" onClick={() => onTimerDone(timer)}>
                  {t('timer.done')}
                </button>
              </li>
            ))}
          </ul>
          <PromiseForm t={t} onAdd={onAddTimer} />
          {state.card.pastCases.length > 0 && (
            <>
              <h3 class="bcard__title">{t('buyer.pastCases')}</h3>
              <ul class="case__timers" data-testid="buyer-past">
                {state.card.pastCases.map((c) => (
                  <li key={c.id}>
                    {c.outcome ? t(`outcome.${c.outcome}`) : ''} · {c.productName ?? c.orderId ?? ''} · {new Date(c.closedAt ?? c.updatedAt).toLocaleDateString()}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}

function NoteField({ t, field, note, onSave }: { t: Translate<PageMessageKey>; field: BuyerNoteField; note?: { text: string; rev: number }; onSave: BuyerCardProps['onSaveNote'] }) {
  const [draft, setDraft] = useState(note?.text ?? '');
  const [status, setStatus] = useState<'idle' | 'saved' | 'conflict' | 'failed'>('idle');
  const save = async () => {
    if (draft === (note?.text ?? '')) return;
    try {
      const result = await onSave(field, draft, note?.rev ?? 0);
      setDraft(result.text);
      setStatus(result.conflict ? 'conflict' : 'saved');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <label class="bcard__note">
      <span class="case__muted">{t(`buyer.${field}`)}</span>
      <input
        class="bcard__input"
        data-testid={`buyer-note-${field}`}
        maxLength={2000}
        value={draft}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onBlur={() => void save()}
        onKeyDown={(event) => event.key === 'Enter' && void save()}
      />
      {status === 'saved' && <span class="panel__status--saved">{t('buyer.saved')}</span>}
      {status === 'conflict' && <span class="case__error" role="alert">{t('buyer.conflict')}</span>}
      {status === 'failed' && <span class="case__error" role="alert">{t('case.failed', { error: '' })}</span>}
    </label>
  );
}

function PromiseForm({ t, onAdd }: { t: Translate<PageMessageKey>; onAdd: BuyerCardProps['onAddTimer'] }) {
  const [text, setText] = useState('');
  const [due, setDue] = useState('');
  const dueAt = due ? new Date(due).getTime() : NaN;
  const add = (kind: 'promise' | 'manual') => {
    onAdd(kind, text.trim(), dueAt);
    setText('');
    setDue('');
  };
  return (
    <div class="bcard__promise">
      <input class="bcard__input" data-testid="promise-text" placeholder={t('buyer.promisePlaceholder')} maxLength={2000} value={text} onInput={(event) => setText(event.currentTarget.value)} />
      <input class="bcard__input" data-testid="promise-due" type="datetime-local" value={due} onInput={(event) => setDue(event.currentTarget.value)} />
      <span class="case__stages">
        <button type="button" class="case__small" disabled={!text.trim() || Number.isNaN(dueAt)} onClick={() => add('promise')}>
          {t('buyer.addPromise')}
        </button>
        <button type="button" class="case__small" disabled={!text.trim() || Number.isNaN(dueAt)} onClick={() => add('manual')}>
          {t('buyer.addReminder')}
        </button>
      </span>
    </div>
  );
}
