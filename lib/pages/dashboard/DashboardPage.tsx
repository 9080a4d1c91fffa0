import { useEffect, useMemo, useState } from 'preact/hooks';
import { Board, type BoardCard } from '../../../components/dashboard/Board';
import { CaseDetail } from '../../../components/dashboard/CaseDetail';
import { FilterBar } from '../../../components/dashboard/FilterBar';
import { CASE_LEVELS, type CaseView } from '../../domain/cases/model';
import { aggregate } from '../../domain/stats/aggregate';
import { newestFirst, patchDigest, type CaseDigest } from '../../domain/stats/digest';
import { compileFilter, type CaseFilter } from '../../domain/stats/filter';
import { CAUSE_CODES } from '../../domain/taxonomy';
import type { Translate } from '../../i18n';
import { sendMessage } from '../../messaging/protocol';
import { downloadBackup } from '../download';
import { exportCases } from './export-cases';
import { ImportView } from './ImportView';
import { productLabeller } from './labels';
import { chooseRemedyOnCase, loadExtras, persistDigest, type DashboardData, type DashboardExtras, type DashboardLoad } from './data';
import { DASHBOARD_VIEWS, formatDashboardHash, parseDashboardHash, type DashboardRoute } from './route';
import { AgentsView, CausesView, ProductsView, RiskView } from './views';

/** The product filter's options, by label. */
function productChoices(t: Translate, digest: CaseDigest): Array<{ key: string; name: string }> {
  const label = productLabeller(t, digest.products);
  return digest.products.map((p) => ({ key: p.key, name: label(p) })).sort((a, b) => a.name.localeCompare(b.name));
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The after-sales dashboard: one page, hash-routed (`route.ts`), every view drawn from one pass over the digest. */
export function DashboardPage({ t, load }: { t: Translate; load: DashboardLoad }) {
  const [route, setRoute] = useState<DashboardRoute>(() => parseDashboardHash(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseDashboardHash(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const go = (next: DashboardRoute) => (location.hash = formatDashboardHash(next));

  const [data, setData] = useState<DashboardData | null>(null);
  const [extras, setExtras] = useState<DashboardExtras | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Bumped when a case changed in place, so the figures are computed again.
  const [revision, setRevision] = useState(0);
  const [filter, setFilter] = useState<CaseFilter>({});
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    load.onProgress((done, total) => setProgress({ done, total }));
    load.data.then(
      (loaded) => {
        setData(loaded);
        // After the first paint: the board does not wait for follow-ups, spend, or the cache write.
        setTimeout(() => {
          loadExtras(loaded).then(setExtras, (error: unknown) => setLoadError(errorText(error)));
          if (loaded.changed > 0) void persistDigest(loaded.digest, loaded.order).catch(() => undefined);
        }, 0);
      },
      (error: unknown) => setLoadError(errorText(error)),
    );
  }, []);

  // Typed text filters once the search texts are in (read right after the first paint).
  const searchable = (f: CaseFilter) => (data?.searchLoaded || extras?.searchReady ? f : { ...f, text: undefined });

  const stats = useMemo(
    () => data && aggregate(data.digest, compileFilter(data.digest, searchable(filter), extras?.overdueRows), { now: Date.now(), order: data.order, overdueRows: extras?.overdueRows }),
    [data, extras, filter, revision],
  );

  const [caseView, setCaseView] = useState<CaseView | null>(null);
  const [caseError, setCaseError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setCaseView(null);
    setCaseError(null);
    if (route.caseId) sendMessage('getCase', { id: route.caseId }).then((view) => (view ? setCaseView(view) : setCaseError(t('dash.case.notFound'))), (error: unknown) => setCaseError(errorText(error)));
  }, [route.caseId]);

  /** Runs a change through the background and folds the changed case into the figures. */
  const change = (request: Promise<CaseView>) => {
    setBusy(true);
    setCaseError(null);
    request.then(
      (view) => {
        setCaseView(view);
        if (data) {
          const row = data.digest.ids.indexOf(view.case.id);
          // A case newer than the page (opened from a notification) is appended to the digest.
          patchDigest(data.digest, [view.case], row < 0 ? new Map() : new Map([[view.case.id, row]]));
          if (row < 0) setData({ ...data, order: newestFirst(data.digest, data.order) });
          else if (extras) extras.overdueRows[row] = Number(view.timers.some((timer) => timer.nextAt !== undefined && timer.nextAt < Date.now()));
          setRevision((n) => n + 1);
        }
        setBusy(false);
      },
      (error: unknown) => {
        setCaseError(errorText(error));
        setBusy(false);
      },
    );
  };

  if (loadError) return <p class="message message--error" role="alert">{t('dash.loadFailed', { error: loadError })}</p>;
  if (!data || !stats) {
    return (
      <p class="loading" data-testid="dashboard-loading">
        {progress && progress.total > 0 ? t('dash.building', { done: progress.done, total: progress.total }) : t('dash.loading')}
      </p>
    );
  }

  const { digest } = data;
  const cards = stats.board.map((rows) =>
    rows.map(
      (row): BoardCard => ({
        id: digest.ids[row]!,
        buyerName: digest.buyerNames[row]!,
        productName: digest.product[row] ? digest.products[digest.product[row]! - 1]!.name : t('dash.noProduct'),
        cause: CAUSE_CODES[digest.primaryCause[row]!]!,
        level: CASE_LEVELS[digest.level[row]!]!,
        handler: digest.handlers[digest.handler[row]!]!,
        day: digest.days[digest.day[row]!]!,
        overdue: extras?.overdueRows[row] === 1,
      }),
    ),
  );
  const choices = { shops: digest.shops, handlers: digest.handlers, products: productChoices(t, digest) };

  return (
    <div class="dashboard" data-testid="dashboard" data-view={route.view}>
      <header class="topbar">
        <h1>{t('dash.title')}</h1>
        <nav class="tabs">
          {DASHBOARD_VIEWS.map((view) => (
            <a href={formatDashboardHash({ view })} class={route.view === view ? 'tab tab--active' : 'tab'} data-testid={`tab-${view}`} aria-current={route.view === view ? 'page' : undefined}>
              {t(`dash.view.${view}`)}
            </a>
          ))}
        </nav>
        <div class="toolbar">
          <button
            type="button"
            data-testid="export-cases"
            onClick={() => {
              setNotice(t('dash.exporting'));
              exportCases(t, digest, compileFilter(digest, searchable(filter), extras?.overdueRows)).then(
                (count) => setNotice(t('dash.exported', { n: count })),
                (error: unknown) => setNotice(t('dash.exportFailed', { error: errorText(error) })),
              );
            }}
          >
            {t('dash.exportCases')}
          </button>
          <button type="button" data-testid="export-backup" onClick={() => void downloadBackup().catch((error: unknown) => setNotice(t('dash.exportFailed', { error: errorText(error) })))}>
            {t('dash.backup')}
          </button>
        </div>
      </header>
      {notice && <p class="message message--ok" role="status" data-testid="dashboard-notice">{notice}</p>}
      {route.view !== 'import' && (
        <>
          <FilterBar t={t} filter={filter} choices={choices} onChange={setFilter} />
          <p class="summary" data-testid="summary">
            {t('dash.summary', { matched: stats.matched, total: digest.length, open: stats.open })}
          </p>
        </>
      )}
      {route.view === 'board' && <Board t={t} columns={cards} counts={stats.byStage} onOpen={(id) => go({ view: 'board', caseId: id })} />}
      {route.view === 'products' && <ProductsView t={t} stats={stats} />}
      {route.view === 'causes' && <CausesView t={t} stats={stats} />}
      {route.view === 'agents' && <AgentsView t={t} stats={stats} />}
      {route.view === 'risk' && (extras ? <RiskView t={t} stats={stats} budget={extras.budget} overdueTimers={extras.overdueTimers} /> : <p class="loading">{t('dash.loading')}</p>)}
      {route.view === 'import' && <ImportView t={t} />}
      {route.caseId && (
        <div class="overlay" onClick={(event) => event.target === event.currentTarget && go({ view: 'board' })}>
          {caseView && caseView.case.id === route.caseId ? (
            <CaseDetail
              key={`${caseView.case.id}-${caseView.case.updatedAt}`}
              t={t}
              view={caseView}
              handlers={digest.handlers.filter(Boolean)}
              busy={busy}
              error={caseError}
              actions={{
                onStage: (stage, outcome) => change(sendMessage('changeCaseStage', { id: caseView.case.id, stage, ...(outcome ? { outcome } : {}) })),
                onNote: (text) => change(sendMessage('addCaseNote', { id: caseView.case.id, text })),
                onReassign: (handler) => change(sendMessage('reassignCase', { id: caseView.case.id, handler })),
                onRemedies: (remedies) => change(sendMessage('setCaseRemedies', { id: caseView.case.id, remedies })),
                onChooseRemedy: (remedy) => change(chooseRemedyOnCase(caseView.case, remedy)),
                onClose: () => go({ view: 'board' }),
              }}
            />
          ) : (
            <div class="case" role="dialog" data-testid="case-detail-pending">
              <p class={caseError ? 'message message--error' : 'loading'}>{caseError ?? t('dash.loading')}</p>
              <button type="button" onClick={() => go({ view: 'board' })}>
                {t('dash.case.close')}
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
