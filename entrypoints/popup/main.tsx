import { render } from 'preact';
import { createTranslator, pickLocale } from '../../lib/i18n';
import { PopupPage } from '../../lib/pages/popup/PopupPage';
import './style.css';

const t = createTranslator();
document.documentElement.lang = pickLocale(navigator.language);
render(<PopupPage t={t} />, document.getElementById('app')!);
