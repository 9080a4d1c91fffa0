import { render } from 'preact';
import { createTranslator } from '../../lib/i18n';
import { DashboardPage } from '../../lib/pages/dashboard/DashboardPage';
import { startDashboardLoad } from '../../lib/pages/dashboard/data';
import './style.css';

// The cases are read from the first line on, while the page renders its frame.
const load = startDashboardLoad();
const t = createTranslator();
document.title = t('dash.title');
render(<DashboardPage t={t} load={load} />, document.getElementById('app')!);
