import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView, type PopupState } from '../../components/PopupView';
import { createTranslator } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging/protocol';
import './style.css';

const t = createTranslator();
const app = document.getElementById('app')!;
document.documentElement.lang = t('app.name') === 'Kefu Lens' ? 'en' : 'zh-CN';
const show = (state: PopupState) => render(<PopupView t={t} state={state} />, app);

/** The tab the popup describes: `?tabId=` when opened as a page for a given tab, else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

show({ kind: 'loading' });
void (async () => {
  const tabId = await targetTabId();
  // A tab without our content script (any non-seller site) answers nothing or fails: unsupported.
  const status = tabId === undefined ? undefined : await sendMessage('getPageStatus', undefined, tabId).catch(() => undefined);
  show(status ? { kind: 'page', status } : { kind: 'unsupported' });
})();
