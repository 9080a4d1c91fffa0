import type { PageMessageKey, Translate } from '../lib/i18n';

export interface WaitingChipProps {
  t: Translate<PageMessageKey>;
  buyerName: string;
  /** Seconds since the buyer's first unanswered message. */
  waitedSeconds: number;
  targetSeconds: number;
}

export function formatDuration(t: Translate<PageMessageKey>, seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes >= 24 * 60) return t('duration.daysHours', { d: Math.floor(minutes / 1440), h: Math.floor((minutes % 1440) / 60) });
  if (minutes >= 60) return t('duration.hoursMinutes', { h: Math.floor(minutes / 60), m: minutes % 60 });
  return minutes > 0 ? t('duration.minutesSeconds', { m: minutes, s: rest }) : t('duration.seconds', { s: rest });
}

/** How long the buyer has been waiting for an answer, red once past the platform's target. */
export function WaitingChip({ t, buyerName, waitedSeconds, targetSeconds }: WaitingChipProps) {
  const late = waitedSeconds > targetSeconds;
  return (
    <div class={`waiting ${late ? 'waiting--late' : ''}`} role="status" data-testid="waiting-chip">
      {t(late ? 'waiting.late' : 'waiting.waiting', { buyer: buyerName || t('waiting.buyer'), time: formatDuration(t, waitedSeconds) })}
      <span class="waiting__target">{t('waiting.target', { time: formatDuration(t, targetSeconds) })}</span>
    </div>
  );
}
