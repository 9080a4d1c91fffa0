import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReviewLevel } from '../lib/domain/taxonomy';
import type { Translate } from '../lib/i18n';

export type CauseState = { kind: 'pending' } | { kind: 'failed' } | { kind: 'known'; label: string };

export interface ReviewPanelProps {
  t: Translate;
  level: ReviewLevel;
  /** Shown only when the page showed stars (Taobao shows a level alone). */
  stars?: number;
  cause: CauseState;
  buyer: string;
  orderId?: string;
  note: string;
  /** Resolves with the time the note was stored, rejects with a message the agent can read. */
  onSaveNote: (text: string) => Promise<Date | null>;
  onClose: () => void;
}

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; error: string };

/** The small panel a badge opens: level, cause guess and the agent's note on this review. */
export function ReviewPanel({ t, level, stars, cause, buyer, orderId, note, onSaveNote, onClose }: ReviewPanelProps) {
  const [draft, setDraft] = useState(note);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const noteField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteField.current?.focus(), []);

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
        </dd>
        <dt>{t('panel.cause')}</dt>
        <dd data-testid="panel-cause">
          {cause.kind === 'known' ? cause.label : t(cause.kind === 'pending' ? 'panel.causePending' : 'panel.causeUnavailable')}
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
