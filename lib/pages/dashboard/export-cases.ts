import { chosenCost } from '../../domain/cases/lifecycle';
import type { Case } from '../../domain/cases/model';
import { toExcelCsv, type CsvCell } from '../../domain/csv';
import { firstContactOf, type CaseDigest } from '../../domain/stats/digest';
import type { RowTest } from '../../domain/stats/filter';
import type { Translate } from '../../i18n';
import { levelLabel } from '../../../components/dashboard/FilterBar';
import { readCases } from './data';
import { downloadCsv } from '../download';

const time = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? '' : new Date(ms).toLocaleString());

/** The cases as spreadsheet rows, header first: every field a lead reviews, in the agent's language. */
export function caseRows(t: Translate, cases: readonly Case[]): CsvCell[][] {
  const header = ['id', 'platform', 'shop', 'buyer', 'order', 'product', 'productId', 'level', 'stars', 'causes', 'review', 'agent', 'stage', 'outcome', 'detected', 'firstContact', 'closed', 'cost', 'remedies'] as const;
  return [
    header.map((column) => t(`dash.csv.${column}`)),
    ...cases.map((c) => [
      c.id,
      t(`platform.${c.platform}`),
      c.shop,
      c.buyerName,
      c.orderId,
      c.productName,
      c.productId,
      levelLabel(t, c.level),
      c.stars,
      c.causes.map((code) => t(`cause.${code}`)).join('、'),
      c.reviewText,
      c.handler,
      t(`stage.${c.stage}`),
      c.outcome ? t(`outcome.${c.outcome}`) : '',
      time(c.detectedAt),
      time(firstContactOf(c)),
      time(c.closedAt),
      chosenCost(c),
      c.remedies.map((r) => `${t(`remedy.kind.${r.kind}`)} ${r.cost}${r.chosen ? ` (${t('dash.case.chosen')})` : ''}`).join('；'),
    ]),
  ];
}

/** Downloads the cases matching the filter, newest first; resolves with how many. */
export async function exportCases(t: Translate, digest: CaseDigest, test: RowTest): Promise<number> {
  const ids = new Set<string>();
  for (let row = 0; row < digest.length; row++) if (test(row)) ids.add(digest.ids[row]!);
  const cases = (await readCases(ids, () => {})).sort((a, b) => b.detectedAt - a.detectedAt);
  downloadCsv('kefu-cases', toExcelCsv(caseRows(t, cases)));
  return cases.length;
}
