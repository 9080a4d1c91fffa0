/**
 * The dashboard's address scheme, shared by the dashboard page (which parses it) and by everything
 * that links into it (notifications, popup, overlay). Hash routing keeps one extension page.
 */
export const DASHBOARD_PAGE = '/dashboard.html';

export const DASHBOARD_VIEWS = ['board', 'products', 'causes', 'agents', 'risk', 'import'] as const;
export type DashboardView = (typeof DASHBOARD_VIEWS)[number];

export type DashboardRoute = { view: DashboardView; caseId?: string };

/** The hash of a route: `#/products`, `#/case/<id>` (a case opens over the board). */
export function formatDashboardHash(route: DashboardRoute): string {
  return route.caseId ? `#/case/${encodeURIComponent(route.caseId)}` : `#/${route.view}`;
}

/** The extension-relative path of a route, for `browser.runtime.getURL`. */
export function dashboardPath(route: DashboardRoute): string {
  return DASHBOARD_PAGE + formatDashboardHash(route);
}

/** Reads a hash back; anything unknown is the board, so a stale link still lands somewhere useful. */
export function parseDashboardHash(hash: string): DashboardRoute {
  const [, first = '', second] = hash.replace(/^#/, '').split('/');
  if (first === 'case' && second) {
    try {
      return { view: 'board', caseId: decodeURIComponent(second) };
    } catch {
      return { view: 'board' };
    }
  }
  return { view: (DASHBOARD_VIEWS as readonly string[]).includes(first) ? (first as DashboardView) : 'board' };
}
