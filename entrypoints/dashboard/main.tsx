import { render } from 'preact';
import { createTranslator } from '../../lib/i18n';
import { DashboardPage } from '../../lib/pages/dashboard/DashboardPage';
import './style.css';

const t = createTranslator();
document.title = t('dash.title');
render(<DashboardPage t={t} />, document.getElementById('app')!);
