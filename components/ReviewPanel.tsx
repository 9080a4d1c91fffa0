import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CauseResult } from '../lib/domain/classifier';
import type { ReviewLevel } from '../lib/domain/taxonomy';
import type { PageMessageKey, Translate } from '../lib/i18n';
import { CaseSection, type CaseSectionProps } from './CaseSection';
import { causeLabels } from './LevelBadge';
import { ReviewText } from './ReviewText';

export type AnalysisState = { kind: 'pending' } | { kind: 'failed' } | { kind: 'done'; causes: readonly CauseResult[] };

export interface ReviewPanelProps {
  t: Translate<PageMessageKey>;
  level: ReviewLevel;
  /** Shown only when the page showed stars (Taobao shows a level alone). */
  stars?: number;
  analysis: AnalysisState;
  /** A good rating whose text or 追评 complains. */
  hiddenComplaint: boolean;
  text: string;
  followUpText?: string;
  buyer: string;
  orderId?: string;
  note: string;
  /** Resolves with the time the note was stored, rejects with a message the agent can read. */
  onSaveNote: (text: string) => Promise<Date | null>;
  onClose: () => void;
  /** The review's case (issue 7): its stage, changed in one click, follow-ups, next step, notes and handler. */
  caseSection: Omit<CaseSectionProps, 't'>;
  /** Extra sections under the review text (the reply suggestions and remedies). */
  children?: ComponentChildren;
}

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; error: string };

/** The small panel a badge opens: level, cause guess and the agent's note on this review. */
export function ReviewPanel(props: ReviewPanelProps) {
  const { t, level, stars, analysis, hiddenComplaint, text, followUpText, buyer, orderId, note, onSaveNote, onClose, caseSection, children } = props;
  const [draft, setDraft] = useState(note);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const noteField = useRef<HTMLTextAreaElement>(null);
  // Focused as it appears (a plain effect waits a frame): Esc closes the panel from its first moment.
  useLayoutEffect(() => noteField.current?.focus(), []);

  const submit = async () => {
    setSave({ kind: 'saving' });
    try {
      const at = await onSaveNote(draft);
      setSave({ kind: 'saved', at: at ?? new Date() });
    } catch (error) {
      setSave({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section class="panel" role="dialog" aria-label={t('panel.title')} onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <header class="panel__header">
        <strong>{t('panel.title')}</strong>
        <button type="button" class="panel__close" aria-label={t('panel.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <dl class="panel__facts">
        <dt>{t('panel.level')}</dt>
        <dd>
          <span class={`level level--${level}`} data-testid="panel-level">
            {t(`level.${level}`)}
          </span>
          {stars !== undefined && ` ${t('stars', { n: stars })}`}
          {hiddenComplaint && <span class="level level--negative"> · {t('level.hiddenComplaint')}</span>}
        </dd>
        <dt>{t('panel.cause')}</dt>
        <dd data-testid="panel-cause">
          {analysis.kind === 'done'
            ? causeLabels(t, analysis.causes).join('、')
            : t(analysis.kind === 'pending' ? 'panel.causePending' : 'panel.causeUnavailable')}
        </dd>
        {buyer && (
          <>
            <dt>{t('panel.buyer')}</dt>
            <dd>{buyer}</dd>
          </>
        )}
        {orderId && (
          <>
            <dt>{t('panel.order')}</dt>
            <dd>{orderId}</dd>
          </>
        )}
      </dl>
      <CaseSection t={t} {...caseSection} />
      <blockquote class="panel__text" data-testid="panel-text">
        <ReviewText text={text} spans={spansOf(analysis, 'text')} />
        {followUpText && (
          <>
            <br />
            <span class="panel__followup-label">{t('panel.followUp')}</span>
            <ReviewText text={followUpText} spans={spansOf(analysis, 'followUp')} />
          </>
        )}
      </blockquote>
      {children}
      <label class="panel__label" for="kefu-note">
        {t('panel.note')}
      </label>
      <textarea
        id="kefu-note"
        ref={noteField}
        class="panel__note"
        rows={4}
        maxLength={5000}
        placeholder={t('panel.notePlaceholder')}
        value={draft}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
        }}
      />
      <footer class="panel__footer">
        <span class={`panel__status panel__status--${save.kind}`} role="status">
          {save.kind === 'saving' && t('panel.saving')}
          {save.kind === 'saved' && t('panel.saved', { time: save.at.toLocaleTimeString() })}
          {save.kind === 'failed' && t('panel.saveFailed', { error: save.error })}
          {save.kind === 'idle' && t('panel.saveHint')}
        </span>
        <button type="button" class="panel__save" disabled={save.kind === 'saving'} onClick={() => void submit()}>
          {t('panel.saveNote')}
        </button>
      </footer>
    </section>
  );
}

function spansOf(analysis: AnalysisState, field: 'text' | 'followUp') {
  return analysis.kind === 'done' ? analysis.causes.flatMap((cause) => cause.spans.filter((span) => span.field === field)) : [];
}
