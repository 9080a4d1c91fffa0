import type { ComponentChildren } from 'preact';
import type { CsvCell } from '../../lib/domain/csv';

export interface Column<Row> {
  header: string;
  /** The cell as exported (numbers stay numbers in Excel). */
  value: (row: Row) => CsvCell;
  /** The cell as shown, when it reads differently (a percentage, a label). */
  show?: (row: Row) => ComponentChildren;
  numeric?: boolean;
}

/** Header and cells as the CSV export writes them. */
export function tableRows<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): CsvCell[][] {
  return [columns.map((column) => column.header), ...rows.map((row) => columns.map((column) => column.value(row)))];
}

/** A statistics table with its CSV export; shows the first `limit` rows, exports all. */
export function StatsTable<Row>(props: {
  title: string;
  testId: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  limit?: number;
  empty: string;
  exportLabel: string;
  moreLabel?: (hidden: number) => string;
  onExport: () => void;
}) {
  const { columns, rows, limit = 50 } = props;
  return (
    <section class="card" data-testid={props.testId}>
      <header class="card__head">
        <h2>{props.title}</h2>
        <button type="button" data-testid={`${props.testId}-export`} onClick={props.onExport}>
          {props.exportLabel}
        </button>
      </header>
      {rows.length === 0 ? (
        <p class="empty">{props.empty}</p>
      ) : (
        <table class="list">
          <thead>
            <tr>
              {columns.map((column) => (
                <th class={column.numeric ? 'num' : undefined}>{column.header}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map((row) => (
              <tr>
                {columns.map((column) => (
                  <td class={column.numeric ? 'num' : undefined}>{column.show ? column.show(row) : column.value(row)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.length > limit && props.moreLabel && <p class="hint">{props.moreLabel(rows.length - limit)}</p>}
    </section>
  );
}
