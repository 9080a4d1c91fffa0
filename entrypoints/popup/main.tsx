import { render } from 'preact';
import { createTranslator, pickLocale } from '../../lib/i18n';
import { takeFirstDue } from '../../lib/pages/popup/first-request';
import { PopupPage, requestDueList } from '../../lib/pages/popup/PopupPage';
import './style.css';

// Asked by the page's first script, before this module loaded: the due list is what the agent opens the popup for.
const { snapshot, answer } = takeFirstDue();
const firstDue = requestDueList(undefined, answer);
const t = createTranslator();
document.documentElement.lang = pickLocale(navigator.language);
render(<PopupPage t={t} firstDue={firstDue} snapshot={snapshot} />, document.getElementById('app')!);
