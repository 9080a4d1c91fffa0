import { render } from 'preact';
import panelCss from '../../../assets/styles/panel.css?inline';
import type { CaseSectionProps } from '../../../components/CaseSection';
import { ReviewPanel } from '../../../components/ReviewPanel';
import type { CaseView } from '../../domain/cases/model';
import type { PaletteReply } from '../../domain/quick-replies/filter';
import { adoptStyles } from '../../dom/shadow';
import type { PageMessageKey, Translate } from '../../i18n';
import type { FlaggedReview } from './overlay';
import { ReplySection } from './reply-section';

/** What the overlay hands the panel: the review shown and what the panel's actions do. */
export interface PanelProps {
  t: Translate<PageMessageKey>;
  entry: FlaggedReview;
  saveNote: (text: string) => Promise<Date | null>;
  close: () => void;
  caseSection: Omit<CaseSectionProps, 't'>;
  /** Puts a suggested reply into the platform's reply box of this review. */
  fill: (reply: PaletteReply) => Promise<boolean>;
  /** The review's case after a change made in the panel (a remedy recorded on it). */
  onCase: (view: CaseView) => void;
}

/**
 * Renders the review panel, its reply suggestions and remedies into the overlay's panel host; `null`
 * unmounts it. It ships in the script loaded on first use (entrypoints/quick-replies.ts), with that
 * script's own Preact: most review pages never open a panel, and the content script stays small.
 */
export function mountReviewPanel(root: ShadowRoot, props: PanelProps | null): void {
  adoptStyles(root, panelCss);
  if (!props) return render(null, root);
  const { t, entry } = props;
  const whole = entry.whole();
  render(
    <ReviewPanel
      key={entry.review.key}
      t={t}
      level={entry.level}
      stars={entry.review.stars}
      analysis={entry.analysis}
      hiddenComplaint={entry.hiddenComplaint}
      text={entry.review.text}
      followUpText={entry.review.followUpText}
      buyer={whole?.buyer ?? ''}
      orderId={whole?.orderId}
      note={entry.note}
      onSaveNote={props.saveNote}
      onClose={props.close}
      caseSection={props.caseSection}
    >
      <ReplySection t={t} entry={entry} fill={props.fill} onCase={props.onCase} />
    </ReviewPanel>,
    root,
  );
}
