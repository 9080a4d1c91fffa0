import type { CauseResult } from '../lib/domain/classifier';
import type { ReviewLevel } from '../lib/domain/taxonomy';
import type { PageMessageKey, Translate } from '../lib/i18n';

export interface LevelBadgeProps {
  t: Translate<PageMessageKey>;
  level: ReviewLevel;
  /** A good rating whose text or 追评 complains: shown as such, in the negative colour. */
  hiddenComplaint: boolean;
  /** The cause's label once known. */
  causeLabel?: string;
  hasNote: boolean;
  /** The stage of the review's case, once it has one. */
  stageLabel?: string;
  onOpen: (anchor: HTMLElement) => void;
}

/** The mark beside a flagged review: its level, its cause, and whether the agent left a note. */
export function LevelBadge({ t, level, hiddenComplaint, causeLabel, hasNote, stageLabel, onOpen }: LevelBadgeProps) {
  return (
    <button
      type="button"
      class={`badge badge--${hiddenComplaint ? 'negative' : level}`}
      title={t('badge.open')}
      aria-haspopup="dialog"
      onClick={(event) => onOpen(event.currentTarget)}
    >
      <span class="badge__level">{hiddenComplaint ? t('level.hiddenComplaint') : t(`level.${level}`)}</span>
      {causeLabel && <span class="badge__cause">{causeLabel}</span>}
      {stageLabel && <span class="badge__stage">{stageLabel}</span>}
      {hasNote && (
        <span class="badge__note" title={t('badge.hasNote')} aria-label={t('badge.hasNote')}>
          ✎
        </span>
      )}
    </button>
  );
}

/** Cause names, primary first; a negative review with no stated reason reads as 其他. */
export function causeLabels(t: Translate<PageMessageKey>, causes: readonly CauseResult[]): string[] {
  return causes.length > 0 ? causes.map((cause) => t(`cause.${cause.code}`)) : [t('cause.other')];
}
