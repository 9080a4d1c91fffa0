import { describe, expect, it } from 'vitest';
import { dashboardPath, formatDashboardHash, parseDashboardHash } from '../../lib/pages/dashboard/route';

describe('dashboard routes', () => {
  it('round-trips views and case ids, including ids with slashes and Chinese', () => {
    for (const route of [{ view: 'products' as const }, { view: 'board' as const, caseId: 'pdd/订单 1#2' }]) {
      expect(parseDashboardHash(formatDashboardHash(route))).toEqual(route);
    }
    expect(dashboardPath({ view: 'risk' })).toBe('/dashboard.html#/risk');
  });

  it('sends unknown or broken hashes to the board', () => {
    expect(parseDashboardHash('')).toEqual({ view: 'board' });
    expect(parseDashboardHash('#/nowhere')).toEqual({ view: 'board' });
    expect(parseDashboardHash('#/case/%E0%A4%A')).toEqual({ view: 'board' });
  });
});
