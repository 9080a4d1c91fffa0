import { render } from 'preact';
import { stageLabel, type CaseState } from '../../../components/CaseSection';
import { causeLabels, LevelBadge } from '../../../components/LevelBadge';
import type { AnalysisState } from '../../../components/ReviewPanel';
import type { CaseView } from '../../domain/cases/model';
import { sendMessage } from '../../messaging/protocol';
import overlayCss from '../../../assets/styles/overlay.css?inline';
import type { ListedReview, Review } from '../../domain/review';
import type { ReviewLevel } from '../../domain/taxonomy';
import { TAG } from '../../dom/marks';
import { createShadowHost } from '../../dom/shadow';
import type { PaletteReply } from '../../domain/quick-replies/filter';
import type { PanelProps } from './panel';
import type { PageMessageKey, Translate } from '../../i18n';
import { loadReviewPanel } from '../quick-replies';

/** Everything the overlay shows about one flagged review; mutated as analysis and notes arrive. */
export interface FlaggedReview {
  /** What the list row showed when read: the key, the rating and the words. */
  review: ListedReview;
  /** The whole review, the row's other fields (buyer, order, product) read on first use; null once the row shows another review. */
  whole(): Review | null;
  level: ReviewLevel;
  analysis: AnalysisState;
  /** A good rating whose text or 追评 complains (known once analysed). */
  hiddenComplaint: boolean;
  note: string;
  caseState: CaseState;
}

export interface Overlay {
  /** Badges the review at `root`: built in `slot()` once the root comes near the viewport. */
  addBadge(entry: FlaggedReview, root: Element, slot: () => Element): void;
  /** Takes the review's badge (and its panel) off the page: its row shows another review now. */
  removeBadge(entry: FlaggedReview, root: Element): void;
  /** Re-renders the badge (and the open panel) of a review after its data changed. */
  refresh(entry: FlaggedReview): void;
}

/**
 * Badges beside flagged reviews and the one panel they open, each in its own shadow root. A badge
 * is built only when its row comes near the viewport: a list of thousands of reviews costs the
 * page a few dozen badges, not thousands.
 */
export function createOverlay(options: {
  t: Translate<PageMessageKey>;
  signal: AbortSignal;
  saveNote: (entry: FlaggedReview, text: string) => Promise<Date | null>;
  /** Runs a change of the entry's case in the background and shows the case as it is afterwards. */
  caseAction: (entry: FlaggedReview, change: (caseId: string) => Promise<CaseView>) => Promise<void>;
  /** Agent names to hand a case to (fetched once a panel is open; empty until then). */
  handlers: (entry: FlaggedReview) => readonly string[];
  /** Puts a suggested reply into the platform's reply box of this review. */
  fill: (entry: FlaggedReview, reply: PaletteReply) => Promise<boolean>;
}): Overlay {
  const { t, signal } = options;
  const badges = new Map<FlaggedReview, ShadowRoot>();
  const waiting = new Map<Element, { entry: FlaggedReview; slot: () => Element }>();
  const nearViewport = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        const badge = waiting.get(target);
        if (!isIntersecting || !badge) continue;
        waiting.delete(target);
        nearViewport.unobserve(target);
        mountBadge(badge.entry, badge.slot());
      }
    },
    { rootMargin: '800px 0px' },
  );

  const mountBadge = (entry: FlaggedReview, slot: Element) => {
    const { host, root } = createShadowHost(TAG.badge, overlayCss);
    slot.append(host);
    badges.set(entry, root);
    renderBadge(entry, root);
  };
  let panel: { host: HTMLElement; root: ShadowRoot; entry: FlaggedReview; anchor: HTMLElement } | null = null;

  const closePanel = () => {
    if (!panel) return;
    globalThis.kefuMountReviewPanel?.(panel.root, null);
    panel.host.remove();
    const anchor = panel.anchor;
    panel = null;
    // No scroll: when another badge was clicked, scrolling back here would move it from under the pointer.
    anchor.focus({ preventScroll: true });
  };

  const panelProps = (entry: FlaggedReview): PanelProps => ({
    t,
    entry,
    saveNote: (text) => options.saveNote(entry, text),
    close: closePanel,
    caseSection: {
      state: entry.caseState,
      onStage: (stage, outcome) => options.caseAction(entry, (id) => sendMessage('changeCaseStage', outcome ? { id, stage, outcome } : { id, stage })),
      onNote: (text) => options.caseAction(entry, (id) => sendMessage('addCaseNote', { id, text })),
      onReassign: (handler) => options.caseAction(entry, (id) => sendMessage('reassignCase', { id, handler })),
      handlers: options.handlers(entry),
    },
    fill: (reply) => options.fill(entry, reply),
    onCase: (view) => void options.caseAction(entry, () => Promise.resolve(view)),
  });

  /** The panel loads with its script on the first one opened (it is not in the content script). */
  const renderPanel = () => {
    const shown = panel;
    if (!shown) return;
    loadReviewPanel().then(
      (mount) => panel === shown && mount(shown.root, panelProps(shown.entry)),
      (error: unknown) => console.warn('[kefu-lens] review panel failed to load', error),
    );
  };

  const openPanel = (entry: FlaggedReview, anchor: HTMLElement) => {
    closePanel();
    const { host, root } = createShadowHost(TAG.panel, overlayCss);
    const rect = anchor.getBoundingClientRect();
    Object.assign(host.style, {
      position: 'absolute',
      zIndex: '2147483646',
      top: `${rect.bottom + window.scrollY + 6}px`,
      // The panel (320 px) and the reply section beside it (300 px) stay inside the page.
      left: `${Math.max(8, Math.min(rect.left + window.scrollX, document.documentElement.clientWidth - 642))}px`,
    });
    document.body.append(host);
    panel = { host, root, entry, anchor };
    renderPanel();
  };

  const renderBadge = (entry: FlaggedReview, root: ShadowRoot) =>
    render(
      <LevelBadge
        t={t}
        level={entry.level}
        hiddenComplaint={entry.hiddenComplaint}
        causeLabel={entry.analysis.kind === 'done' ? causeLabels(t, entry.analysis.causes)[0] : undefined}
        hasNote={entry.note !== ''}
        stageLabel={entry.caseState.kind === 'open' ? stageLabel(t, entry.caseState.view) : undefined}
        onOpen={(anchor) => (panel?.entry === entry ? closePanel() : openPanel(entry, anchor))}
      />,
      root,
    );

  // A click outside the panel and its badge closes it, as agents expect of a popover.
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (!panel) return;
      const path = event.composedPath();
      if (!path.includes(panel.host) && !path.includes(panel.anchor)) closePanel();
    },
    { signal, capture: true },
  );

  signal.addEventListener(
    'abort',
    () => {
      nearViewport.disconnect();
      waiting.clear();
      closePanel();
      for (const root of badges.values()) {
        render(null, root);
        root.host.remove();
      }
      badges.clear();
    },
    { once: true },
  );

  return {
    addBadge(entry, root, slot) {
      waiting.set(root, { entry, slot });
      nearViewport.observe(root);
    },
    removeBadge(entry, root) {
      if (waiting.get(root)?.entry === entry) {
        waiting.delete(root);
        nearViewport.unobserve(root);
      }
      const shadow = badges.get(entry);
      if (shadow) {
        render(null, shadow);
        shadow.host.remove();
        badges.delete(entry);
      }
      if (panel?.entry === entry) closePanel();
    },
    refresh(entry) {
      const root = badges.get(entry);
      if (root) renderBadge(entry, root);
      if (panel?.entry === entry) renderPanel();
    },
  };
}
