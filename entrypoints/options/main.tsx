import { render } from 'preact';
import { createTranslator } from '../../lib/i18n';
import { BackupPage, CasesSettingsPage } from '../../lib/pages/options/CasesSettingsPage';
import { dashboardPath } from '../../lib/pages/dashboard/route';
import { CustomAdaptersPage } from '../../lib/pages/options/CustomAdaptersPage';
import { ReplyLibraryPage } from '../../lib/pages/options/ReplyLibraryPage';
import { ShopSettingsPage } from '../../lib/pages/options/ShopSettingsPage';
import './style.css';

const t = createTranslator();
// `?tabId=` when opened from the popup for a page: selectors are then counted live on that page.
const tabId = Number(new URLSearchParams(location.search).get('tabId')) || null;

render(
  <main class="options">
    <header class="options__head">
      <h1>{t('options.title')}</h1>
      <a href={dashboardPath({ view: 'board' })} target="_blank" data-testid="open-dashboard">
        {t('dash.open')}
      </a>
    </header>
    <ReplyLibraryPage t={t} />
    <ShopSettingsPage t={t} />
    <CustomAdaptersPage t={t} tabId={tabId} />
    <CasesSettingsPage t={t} />
    <BackupPage t={t} />
  </main>,
  document.getElementById('app')!,
);
