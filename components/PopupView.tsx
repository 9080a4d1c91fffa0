import type { ComponentChildren } from 'preact';
import type { Translate } from '../lib/i18n';
import type { PageStatus } from '../lib/messaging/protocol';

export type PopupState = { kind: 'loading' } | { kind: 'unsupported' } | { kind: 'page'; status: PageStatus };

export interface PopupViewProps {
  t: Translate;
  state: PopupState;
  notice: string | null;
  /** Present when the tab is a web page the agent may enable Kefu Lens on. */
  onEnableSite?: () => void;
  /** Opens the custom adapter editor counting matches on this tab. */
  onConfigure?: () => void;
  /** The due follow-ups (issue 7), shown whatever the tab. */
  followUps?: ComponentChildren;
  onOpenDashboard?: () => void;
}

/** What the popup says about the current tab. */
export function PopupView({ t, state, notice, onEnableSite, onConfigure, followUps, onOpenDashboard }: PopupViewProps) {
  return (
    <main class="popup">
      <header class="popup__head">
        <h1 class="popup__title">{t('app.name')}</h1>
        {onOpenDashboard && (
          <button type="button" class="popup__link" data-testid="open-dashboard" onClick={onOpenDashboard}>
            {t('dash.open')}
          </button>
        )}
      </header>
      <PageSummary t={t} state={state} />
      {state.kind === 'unsupported' && onEnableSite && (
        <div class="popup__enable">
          <p class="popup__hint">{t('popup.enableHint')}</p>
          <button type="button" class="popup__button" onClick={onEnableSite}>
            {t('popup.enableSite')}
          </button>
        </div>
      )}
      {notice && <p role="status">{notice}</p>}
      {state.kind === 'page' && onConfigure && (
        <button type="button" class="popup__link" onClick={onConfigure}>
          {t('popup.configure')}
        </button>
      )}
      {followUps}
      <p class="popup__privacy">{t('popup.privacy')}</p>
    </main>
  );
}

function PageSummary({ t, state }: { t: Translate; state: PopupState }) {
  if (state.kind === 'loading') return <p>{t('popup.loading')}</p>;
  const status = state.kind === 'page' ? state.status : null;
  if (!status?.platform) {
    return (
      <section data-testid="popup-unsupported">
        <p>{t('popup.unsupported')}</p>
        <p class="popup__hint">{t('popup.supportedPages')}</p>
      </section>
    );
  }
  const platform = t(`platform.${status.platform}`);
  if (!status.pageKind) return <p data-testid="popup-kind-unsupported">{t('popup.kindUnsupported', { platform })}</p>;

  const { reviews } = status;
  const nothingRead = reviews.read === 0 && reviews.noText === 0;
  return (
    <section data-testid="popup-status">
      <dl class="popup__facts">
        <dt>{t('popup.platform')}</dt>
        <dd data-testid="popup-platform">{platform}</dd>
        <dt>{t('popup.page')}</dt>
        <dd data-testid="popup-page-kind">{t(`pageKind.${status.pageKind}`)}</dd>
        {status.pageKind === 'reviews' && (
          <>
            <dt>{t('popup.read')}</dt>
            <dd data-testid="popup-read">{reviews.read}</dd>
            <dt>{t('popup.negative')}</dt>
            <dd data-testid="popup-negative">{reviews.negative}</dd>
            <dt>{t('popup.neutral')}</dt>
            <dd data-testid="popup-neutral">{reviews.neutral}</dd>
            <dt>{t('popup.hiddenComplaints')}</dt>
            <dd data-testid="popup-hidden-complaints">{reviews.hiddenComplaints}</dd>
            <dt>{t('popup.noText')}</dt>
            <dd data-testid="popup-no-text">{reviews.noText}</dd>
            <dt>{t('popup.unreadable')}</dt>
            <dd data-testid="popup-unreadable">{reviews.unreadable}</dd>
          </>
        )}
        {status.pageKind === 'chat' && (
          <>
            <dt>{t('popup.buyer')}</dt>
            <dd data-testid="popup-buyer">{status.chat.buyerName || '—'}</dd>
            <dt>{t('popup.messages')}</dt>
            <dd data-testid="popup-messages">{status.chat.messages}</dd>
          </>
        )}
        <dt>{t('popup.input')}</dt>
        <dd data-testid="popup-input">{t(status.inputFound ? 'popup.inputFound' : 'popup.inputMissing')}</dd>
      </dl>
      {status.pageKind === 'chat' && status.chat.messages === 0 && (
        <p class="popup__warning" data-testid="popup-nothing-read">
          {t('popup.chatNothingRead')}
        </p>
      )}
      {status.genericFallback && (
        <p class="popup__warning" data-testid="popup-generic-fallback">
          {t('popup.genericFallback', { platform })}
        </p>
      )}
      {status.pageKind === 'reviews' && nothingRead && (
        <p class="popup__warning" data-testid="popup-nothing-read">
          {t('popup.nothingRead')}
        </p>
      )}
      {status.failedFeatures.length > 0 && (
        <p class="popup__warning">{t('popup.featureFailed', { features: status.failedFeatures.join(', ') })}</p>
      )}
    </section>
  );
}
