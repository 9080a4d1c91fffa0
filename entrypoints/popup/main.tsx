import { render } from 'preact';
import { createTranslator, pickLocale } from '../../lib/i18n';
import { PopupPage } from '../../lib/pages/popup/PopupPage';
import { requestDueList } from '../../lib/pages/popup/due-request';
import './style.css';

// Asked by popup-early.js already, unless it has not run (it loads async) or failed to load.
const firstDue = globalThis.kefuFirstDue ?? requestDueList();
const t = createTranslator();
document.documentElement.lang = pickLocale(navigator.language);
render(<PopupPage t={t} firstDue={firstDue} />, document.getElementById('app')!);
