import { Chart, type ChartOption } from '../../../components/dashboard/Chart';
import { StatsTable, tableRows, type Column } from '../../../components/dashboard/StatsTable';
import { toExcelCsv } from '../../domain/csv';
import type { AgentDayStats, AgentStats, CauseStats, DashboardStats, ProductStats } from '../../domain/stats/aggregate';
import { CAUSE_CODES } from '../../domain/taxonomy';
import type { Translate } from '../../i18n';
import { downloadCsv } from '../download';
import { productLabeller, productPlatform } from './labels';

export interface BudgetDay {
  day: string;
  spent: number;
  budget: number;
  share: number | null;
}

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
const TOP_PRODUCTS = 10;
const TREND_PRODUCTS = 5;
const RECENT_DAYS = 30;
/** Long product names are cut on the axis; the tooltip and the table carry them whole. */
const categoryLabel = { width: 140, overflow: 'truncate' } as const;

function Table<Row>({ t, title, testId, file, columns, rows }: { t: Translate; title: string; testId: string; file: string; columns: Column<Row>[]; rows: readonly Row[] }) {
  return (
    <StatsTable
      title={title}
      testId={testId}
      columns={columns}
      rows={rows}
      empty={t('dash.empty')}
      exportLabel={t('dash.exportCsv')}
      moreLabel={(n) => t('dash.moreRows', { n })}
      onExport={() => downloadCsv(file, toExcelCsv(tableRows(columns, rows)))}
    />
  );
}

function ChartCard({ title, testId, option, height }: { title: string; testId: string; option: ChartOption; height?: number }) {
  return (
    <figure class="card chart-card">
      <figcaption>{title}</figcaption>
      <Chart option={option} testId={testId} height={height} />
    </figure>
  );
}

/** The columns every table shares: closed, recovered, recovery rate and spend. */
function outcomeColumns<Row extends { closed: number; recovered: number; recoveryRate: number | null; cost: number }>(t: Translate): Column<Row>[] {
  return [
    { header: t('dash.col.closed'), value: (r) => r.closed, numeric: true },
    { header: t('dash.col.recovered'), value: (r) => r.recovered, numeric: true },
    { header: t('dash.col.recoveryRate'), value: (r) => percent(r.recoveryRate), numeric: true },
    { header: t('dash.col.cost'), value: (r) => r.cost, numeric: true },
  ];
}

function causeBreakdown(t: Translate, p: ProductStats): string {
  return CAUSE_CODES.map((code, i) => [code, p.causes[i]!] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${t(`cause.${code}`)} ${n}`)
    .join(' · ');
}

export function ProductsView({ t, stats }: { t: Translate; stats: DashboardStats }) {
  const top = stats.products.slice(0, TOP_PRODUCTS).reverse();
  const label = productLabeller(t, stats.products);
  const causesShown = CAUSE_CODES.map((code, i) => ({ code, i })).filter(({ i }) => top.some((p) => p.causes[i]! > 0));
  const byCause: ChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: top.map(label), axisLabel: categoryLabel },
    series: causesShown.map(({ code, i }) => ({ type: 'bar', stack: 'causes', name: t(`cause.${code}`), data: top.map((p) => p.causes[i]) })),
  };
  const trend: ChartOption = {
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: stats.weeks },
    yAxis: { type: 'value', minInterval: 1 },
    series: stats.products.slice(0, TREND_PRODUCTS).map((p) => ({ type: 'line', name: label(p), data: p.weekly, smooth: true })),
  };
  const columns: Column<ProductStats>[] = [
    { header: t('dash.col.product'), value: (p) => p.name },
    { header: t('dash.filter.platform'), value: (p) => productPlatform(t, p) },
    { header: t('dash.col.negatives'), value: (p) => p.negatives, numeric: true },
    { header: t('dash.col.complaints'), value: (p) => p.complaints, numeric: true },
    { header: t('dash.col.cases'), value: (p) => p.cases, numeric: true },
    { header: t('dash.col.causes'), value: (p) => causeBreakdown(t, p) },
    ...outcomeColumns<ProductStats>(t),
  ];
  return (
    <div class="view" data-testid="view-products">
      <div class="charts">
        <ChartCard title={t('dash.chart.productCauses', { n: TOP_PRODUCTS })} testId="chart-product-causes" option={byCause} height={360} />
        <ChartCard title={t('dash.chart.productTrend', { n: TREND_PRODUCTS })} testId="chart-product-trend" option={trend} height={360} />
      </div>
      <Table t={t} title={t('dash.table.products')} testId="table-products" file="kefu-products" columns={columns} rows={stats.products} />
    </div>
  );
}

export function CausesView({ t, stats }: { t: Translate; stats: DashboardStats }) {
  const name = (c: CauseStats) => t(`cause.${c.cause}`);
  const distribution: ChartOption = {
    tooltip: { trigger: 'item' },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
    series: [{ type: 'pie', radius: ['35%', '70%'], center: ['38%', '50%'], label: { formatter: '{b} {d}%' }, data: stats.causes.map((c) => ({ name: name(c), value: c.cases })) }],
  };
  const trend: ChartOption = {
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: stats.weeks },
    yAxis: { type: 'value', minInterval: 1 },
    series: stats.causes.map((c) => ({ type: 'line', name: name(c), data: c.weekly, stack: 'cases', areaStyle: {} })),
  };
  const recovery: ChartOption = {
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: stats.causes.map(name), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: [
      { type: 'value', name: t('dash.col.recoveryRate'), max: 100, axisLabel: { formatter: '{value}%' } },
      { type: 'value', name: t('dash.col.cost') },
    ],
    series: [
      { type: 'bar', name: t('dash.col.recoveryRate'), data: stats.causes.map((c) => (c.recoveryRate === null ? null : Math.round(c.recoveryRate * 100))), tooltip: { valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : `${String(v)}%`) } },
      { type: 'line', name: t('dash.col.cost'), yAxisIndex: 1, data: stats.causes.map((c) => c.cost) },
    ],
  };
  const columns: Column<CauseStats>[] = [
    { header: t('dash.col.cause'), value: name },
    { header: t('dash.col.cases'), value: (c) => c.cases, numeric: true },
    { header: t('dash.col.share'), value: (c) => percent(stats.matched ? c.cases / stats.matched : null), numeric: true },
    ...outcomeColumns<CauseStats>(t),
    { header: t('dash.col.costPerCase'), value: (c) => c.costPerCase, numeric: true },
  ];
  return (
    <div class="view" data-testid="view-causes">
      <div class="charts">
        <ChartCard title={t('dash.chart.causeShare')} testId="chart-cause-share" option={distribution} />
        <ChartCard title={t('dash.chart.causeTrend')} testId="chart-cause-trend" option={trend} />
        <ChartCard title={t('dash.chart.causeRecovery')} testId="chart-cause-recovery" option={recovery} />
      </div>
      <Table t={t} title={t('dash.table.causes')} testId="table-causes" file="kefu-causes" columns={columns} rows={stats.causes} />
    </div>
  );
}

function agentColumns<Row extends AgentStats>(t: Translate): Column<Row>[] {
  return [
    { header: t('dash.col.agent'), value: (a) => a.handler || t('dash.unassigned') },
    { header: t('dash.col.handled'), value: (a) => a.cases, numeric: true },
    { header: t('dash.col.onTime'), value: (a) => a.onTime, numeric: true },
    { header: t('dash.col.late'), value: (a) => a.late, numeric: true },
    { header: t('dash.col.medianContact'), value: (a) => a.medianHours ?? '—', numeric: true },
    ...outcomeColumns<Row>(t),
  ];
}

export function AgentsView({ t, stats }: { t: Translate; stats: DashboardStats }) {
  const agentName = (a: AgentStats) => a.handler || t('dash.unassigned');
  const firstContact: ChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: stats.agents.map(agentName) },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [
      { type: 'bar', name: t('dash.col.onTime'), stack: 'contact', data: stats.agents.map((a) => a.onTime), itemStyle: { color: '#52c41a' } },
      { type: 'bar', name: t('dash.col.late'), stack: 'contact', data: stats.agents.map((a) => a.late), itemStyle: { color: '#ff4d4f' } },
      { type: 'line', name: t('dash.col.recoveryRate'), yAxisIndex: 1, data: stats.agents.map((a) => (a.recoveryRate === null ? null : Math.round(a.recoveryRate * 100))) },
    ],
  };
  const days = [...new Set(stats.agentDays.map((d) => d.day))].sort().slice(-RECENT_DAYS);
  const perDay = new Map(stats.agentDays.map((d) => [`${d.handler}\n${d.day}`, d]));
  const handled: ChartOption = {
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: days },
    yAxis: { type: 'value', minInterval: 1 },
    series: stats.agents.map((a) => ({ type: 'line', name: agentName(a), data: days.map((day) => perDay.get(`${a.handler}\n${day}`)?.cases ?? 0) })),
  };
  const dayColumns: Column<AgentDayStats>[] = [{ header: t('dash.col.day'), value: (d) => d.day }, ...agentColumns<AgentDayStats>(t)];
  return (
    <div class="view" data-testid="view-agents">
      <div class="charts">
        <ChartCard title={t('dash.chart.agentContact')} testId="chart-agent-contact" option={firstContact} />
        <ChartCard title={t('dash.chart.agentDaily', { n: RECENT_DAYS })} testId="chart-agent-daily" option={handled} />
      </div>
      <Table t={t} title={t('dash.table.agents')} testId="table-agents" file="kefu-agents" columns={agentColumns<AgentStats>(t)} rows={stats.agents} />
      <Table t={t} title={t('dash.table.agentDays')} testId="table-agent-days" file="kefu-agents-by-day" columns={dayColumns} rows={stats.agentDays} />
    </div>
  );
}

export function RiskView({ t, stats, budget, overdueTimers }: { t: Translate; stats: DashboardStats; budget: BudgetDay[]; overdueTimers: number }) {
  const recent = stats.risk.slice(-RECENT_DAYS * 2);
  const flow: ChartOption = {
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: recent.map((d) => d.day) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'line', name: t('dash.col.opened'), data: recent.map((d) => d.opened), itemStyle: { color: '#ff4d4f' } },
      { type: 'line', name: t('dash.col.closedOn'), data: recent.map((d) => d.closed), itemStyle: { color: '#52c41a' } },
    ],
  };
  const dailyBudget = budget[0]?.budget ?? 0;
  const spend: ChartOption = {
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: budget.map((d) => d.day) },
    yAxis: { type: 'value' },
    series: [
      {
        type: 'bar',
        name: t('dash.col.spent'),
        data: budget.map((d) => ({ value: d.spent, itemStyle: { color: d.spent > d.budget ? '#ff4d4f' : '#1677ff' } })),
        markLine: { symbol: 'none', silent: true, label: { formatter: t('dash.budgetLine', { n: dailyBudget }) }, data: [{ yAxis: dailyBudget }] },
      },
    ],
  };
  const today = budget[budget.length - 1];
  const columns: Column<(typeof stats.risk)[number] & Partial<BudgetDay>>[] = [
    { header: t('dash.col.day'), value: (d) => d.day },
    { header: t('dash.col.opened'), value: (d) => d.opened, numeric: true },
    { header: t('dash.col.closedOn'), value: (d) => d.closed, numeric: true },
    { header: t('dash.col.spent'), value: (d) => d.spent ?? null, numeric: true },
    { header: t('dash.col.budgetShare'), value: (d) => (d.share === undefined ? null : percent(d.share)), numeric: true },
  ];
  const spentOn = new Map(budget.map((d) => [d.day, d]));
  const rows = [...stats.risk].reverse().map((d) => ({ ...d, ...spentOn.get(d.day) }));
  return (
    <div class="view" data-testid="view-risk">
      <div class="figures">
        <Figure label={t('dash.fig.open')} value={stats.open} testId="figure-open" />
        <Figure label={t('dash.fig.overdueCases')} value={stats.overdue} testId="figure-overdue" alert={stats.overdue > 0} />
        <Figure label={t('dash.fig.overdueTimers')} value={overdueTimers} testId="figure-overdue-timers" alert={overdueTimers > 0} />
        <Figure label={t('dash.fig.budgetToday')} value={today ? `${today.spent} / ${today.budget}` : '—'} testId="figure-budget" alert={!!today && today.spent > today.budget} />
      </div>
      <div class="charts">
        <ChartCard title={t('dash.chart.riskFlow')} testId="chart-risk-flow" option={flow} />
        <ChartCard title={t('dash.chart.budget', { n: budget.length })} testId="chart-risk-budget" option={spend} />
      </div>
      <Table t={t} title={t('dash.table.risk')} testId="table-risk" file="kefu-risk" columns={columns} rows={rows} />
    </div>
  );
}

function Figure({ label, value, testId, alert = false }: { label: string; value: string | number; testId: string; alert?: boolean }) {
  return (
    <div class={`card figure${alert ? ' figure--alert' : ''}`}>
      <span class="figure__label">{label}</span>
      <strong class="figure__value" data-testid={testId}>
        {value}
      </strong>
    </div>
  );
}
