import { render } from 'preact';
import { createTranslator, pickLocale } from '../../lib/i18n';
import { PopupPage, requestDueList } from '../../lib/pages/popup/PopupPage';
import './style.css';

// For the benchmark: when the browser handed the page to our script.
performance.mark('kefu-lens:popup-script');
// Asked before anything renders: the due list is what the agent opens the popup for.
const firstDue = requestDueList();
const t = createTranslator();
document.documentElement.lang = pickLocale(navigator.language);
render(<PopupPage t={t} firstDue={firstDue} />, document.getElementById('app')!);
