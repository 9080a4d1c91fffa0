import { useState } from 'preact/hooks';
import { CASE_OUTCOMES, CASE_STAGES, REMEDY_KINDS, type CaseEvent, type CaseOutcome, type CaseStage, type CaseView, type Remedy, type RemedyKind } from '../../lib/domain/cases/model';
import { chosenCost } from '../../lib/domain/cases/lifecycle';
import type { Translate } from '../../lib/i18n';
import { levelLabel } from './FilterBar';

export interface CaseActions {
  onStage: (stage: CaseStage, outcome?: CaseOutcome) => void;
  onNote: (text: string) => void;
  onReassign: (handler: string) => void;
  /** Offered only: written on the case. */
  onRemedies: (remedies: Remedy[]) => void;
  /** Chosen: money spent, so it also enters the remedy ledger the daily budget counts. */
  onChooseRemedy: (remedy: Omit<Remedy, 'chosen'>) => void;
  onClose: () => void;
}

function eventText(t: Translate, event: CaseEvent): string {
  switch (event.type) {
    case 'created':
      return t('case.historyCreated');
    case 'stage':
      return t('case.changed', { stage: event.outcome ? `${t(`stage.${event.to}`)} · ${t(`outcome.${event.outcome}`)}` : t(`stage.${event.to}`) });
    case 'note':
      return t('case.historyNote', { text: event.text });
    case 'causes':
      return t('case.historyCauses', { causes: event.causes.map((code) => t(`cause.${code}`)).join('、') });
    case 'remedies':
      return t('case.historyRemedies', { remedies: event.remedies.map((r) => t(`remedy.kind.${r.kind}`)).join('、') });
    case 'handler':
      return t('dash.case.historyHandler', { from: event.from || t('dash.unassigned'), to: event.to });
  }
}

const timeOf = (ms: number) => new Date(ms).toLocaleString();

/** One case as the dashboard opens it: what happened, what is due, and every change the lead can make. */
export function CaseDetail({ t, view, handlers, busy, error, actions }: { t: Translate; view: CaseView; handlers: string[]; busy: boolean; error: string | null; actions: CaseActions }) {
  const c = view.case;
  const [stage, setStage] = useState<CaseStage>(c.stage);
  const [outcome, setOutcome] = useState<CaseOutcome>(c.outcome ?? 'buyer_satisfied');
  const [note, setNote] = useState('');
  const [handler, setHandler] = useState(c.handler);
  const [remedy, setRemedy] = useState<{ kind: RemedyKind; cost: string; chosen: boolean }>({ kind: 'coupon', cost: '', chosen: true });
  const cost = Number(remedy.cost || 0);
  const costValid = Number.isFinite(cost) && cost >= 0 && cost <= 100_000;

  return (
    <div class="case" role="dialog" aria-label={t('case.title')} data-testid="case-detail" data-case-id={c.id}>
      <header class="card__head">
        <h2>
          {c.buyerName} · {c.productName ?? c.productId ?? t('dash.noProduct')}
        </h2>
        <button type="button" data-testid="case-close" onClick={actions.onClose}>
          {t('dash.case.close')}
        </button>
      </header>
      <dl class="case__facts">
        <dt>{t('dash.filter.platform')}</dt>
        <dd>{t(`platform.${c.platform}`)}{c.shop ? ` · ${c.shop}` : ''}</dd>
        <dt>{t('dash.case.order')}</dt>
        <dd>{c.orderId ?? '—'}</dd>
        <dt>{t('dash.filter.level')}</dt>
        <dd>
          {levelLabel(t, c.level)}
          {c.stars !== undefined && ` · ${'★'.repeat(c.stars)}`}
        </dd>
        <dt>{t('dash.filter.cause')}</dt>
        <dd>{c.causes.map((code) => t(`cause.${code}`)).join('、')}</dd>
        <dt>{t('dash.filter.agent')}</dt>
        <dd data-testid="case-handler">{c.handler || t('dash.unassigned')}</dd>
        <dt>{t('case.stage')}</dt>
        <dd data-testid="case-stage">
          {t(`stage.${c.stage}`)}
          {c.outcome && ` · ${t(`outcome.${c.outcome}`)}`}
        </dd>
      </dl>
      {c.reviewText && <blockquote class="case__review">{c.reviewText}</blockquote>}

      <section>
        <h3>{t('case.stage')}</h3>
        <div class="toolbar">
          <select data-testid="case-stage-select" value={stage} onChange={(event) => setStage(event.currentTarget.value as CaseStage)}>
            {CASE_STAGES.map((s) => (
              <option value={s}>{t(`stage.${s}`)}</option>
            ))}
          </select>
          {stage === 'closed' && (
            <select data-testid="case-outcome-select" value={outcome} onChange={(event) => setOutcome(event.currentTarget.value as CaseOutcome)}>
              {CASE_OUTCOMES.map((o) => (
                <option value={o}>{t(`outcome.${o}`)}</option>
              ))}
            </select>
          )}
          <button type="button" class="primary" data-testid="case-stage-apply" disabled={busy} onClick={() => actions.onStage(stage, stage === 'closed' ? outcome : undefined)}>
            {t('dash.case.apply')}
          </button>
        </div>
      </section>

      <section>
        <h3>{t('case.timers')}</h3>
        {view.timers.length === 0 ? (
          <p class="empty">{t('case.noTimers')}</p>
        ) : (
          <ul data-testid="case-timers">
            {view.timers.map((timer) => (
              <li class={timer.nextAt !== undefined && timer.nextAt < Date.now() ? 'overdue' : undefined}>
                {t(`timer.${timer.kind}`, { note: timer.note ?? '' })} · {timeOf(timer.nextAt ?? timer.dueAt)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section>
        <h3>{t('dash.case.remedies', { cost: chosenCost(c) })}</h3>
        {c.remedies.length > 0 && (
          <table class="list" data-testid="case-remedies">
            <tbody>
              {c.remedies.map((r) => (
                <tr>
                  <td>{t(`remedy.kind.${r.kind}`)}</td>
                  <td class="num">{t('dash.yuan', { n: r.cost })}</td>
                  <td>{r.chosen ? t('dash.case.chosen') : t('dash.case.offered')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div class="toolbar">
          <select data-testid="remedy-kind" value={remedy.kind} onChange={(event) => setRemedy({ ...remedy, kind: event.currentTarget.value as RemedyKind })}>
            {REMEDY_KINDS.map((kind) => (
              <option value={kind}>{t(`remedy.kind.${kind}`)}</option>
            ))}
          </select>
          <input type="number" min="0" step="0.01" data-testid="remedy-cost" placeholder={t('dash.case.cost')} value={remedy.cost} onInput={(event) => setRemedy({ ...remedy, cost: event.currentTarget.value })} />
          <label class="filters__check">
            <input type="checkbox" checked={remedy.chosen} onChange={(event) => setRemedy({ ...remedy, chosen: event.currentTarget.checked })} />
            {t('dash.case.chosen')}
          </label>
          <button type="button" data-testid="remedy-add" disabled={busy || !costValid} onClick={() => (remedy.chosen ? actions.onChooseRemedy({ kind: remedy.kind, cost }) : actions.onRemedies([...c.remedies, { kind: remedy.kind, cost, chosen: false }]))}>
            {t('dash.case.addRemedy')}
          </button>
        </div>
      </section>

      <section>
        <h3>{t('dash.case.reassign')}</h3>
        <div class="toolbar">
          <input list="dash-handlers" data-testid="case-handler-input" value={handler} onInput={(event) => setHandler(event.currentTarget.value)} />
          <datalist id="dash-handlers">
            {handlers.map((name) => (
              <option value={name} />
            ))}
          </datalist>
          <button type="button" data-testid="case-reassign" disabled={busy || !handler.trim() || handler.trim() === c.handler} onClick={() => actions.onReassign(handler.trim())}>
            {t('dash.case.reassignButton')}
          </button>
        </div>
      </section>

      <section>
        <h3>{t('dash.case.note')}</h3>
        <textarea data-testid="case-note" rows={2} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
        <div class="toolbar">
          <button
            type="button"
            data-testid="case-note-save"
            disabled={busy || !note.trim()}
            onClick={() => {
              actions.onNote(note);
              setNote('');
            }}
          >
            {t('dash.case.saveNote')}
          </button>
        </div>
      </section>
      {error && (
        <p class="message message--error" role="alert">
          {error}
        </p>
      )}

      <section>
        <h3>{t('case.history')}</h3>
        <ol class="case__history" data-testid="case-history">
          {[...c.history].reverse().map((event) => (
            <li>
              <time>{timeOf(event.at)}</time> {event.by && <span class="hint">{event.by}</span>} {eventText(t, event)}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
