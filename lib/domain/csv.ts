/**
 * A small, pure RFC 4180 CSV parser (no DOM, no Node APIs).
 *
 * - Fields may be quoted with `"`; inside quotes, commas, CR/LF and doubled quotes (`""`) are literal.
 * - Records end with LF, CRLF or a lone CR.
 * - A leading UTF-8 BOM (U+FEFF) is dropped.
 * - Lenient on malformed input (never throws): a quote inside an unquoted field is kept as text, text after a
 *   closing quote is appended to the field, and an unterminated quote runs to the end of the input.
 *
 * Each parsed row also carries the 1-based line number where it starts, so callers can report errors per line.
 */

export interface CsvRow {
  /** 1-based physical line where the record starts. */
  line: number;
  fields: string[];
}

export interface CsvOptions {
  /** Field delimiter, one character. Default `,`. */
  delimiter?: string;
  /** Drop records that are a single empty field (blank lines). Default true. */
  skipEmptyLines?: boolean;
}

/** Parse CSV text into records with their starting line numbers. */
export function parseCsvRows(input: string, options: CsvOptions = {}): CsvRow[] {
  const delim = options.delimiter && options.delimiter.length === 1 ? options.delimiter : ',';
  const skipEmpty = options.skipEmptyLines ?? true;
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldStarted = false; // whether the current field began with a quote
  let line = 1;
  let rowLine = 1;
  let rowHasContent = false;
  const n = text.length;

  const endField = () => {
    fields.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    const blank = fields.length === 1 && fields[0] === '' && !rowHasContent;
    if (!(skipEmpty && blank)) rows.push({ line: rowLine, fields });
    fields = [];
    rowHasContent = false;
  };

  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (c === '\n') line++;
        else if (c === '\r' && text[i + 1] !== '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      rowHasContent = true;
      continue;
    }
    if (c === delim) {
      rowHasContent = true;
      endField();
      continue;
    }
    if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
      continue;
    }
    field += c;
  }
  // Last record (no trailing newline) — or a trailing quoted-empty field.
  if (field !== '' || fields.length > 0 || fieldStarted || inQuotes) endRow();
  return rows;
}

/** Parse CSV text into rows of fields. */
export function parseCsv(input: string, options: CsvOptions = {}): string[][] {
  return parseCsvRows(input, options).map((r) => r.fields);
}

/** Normalise a header cell for matching: trim, drop BOM and surrounding quotes/brackets, lower-case. */
export function normalizeHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^["'“”‘’\[【(（]+|["'“”‘’\]】)）]+$/g, '')
    .trim()
    .toLowerCase();
}

/**
 * Find the first header index matching any of the candidate names (case-insensitive, trimmed), trying the
 * candidates in order of preference. Returns -1 when none matches.
 */
export function findColumn(header: readonly string[], candidates: readonly string[]): number {
  const norm = header.map(normalizeHeader);
  for (const cand of candidates) {
    const i = norm.indexOf(normalizeHeader(cand));
    if (i >= 0) return i;
  }
  return -1;
}

/**
 * Map logical column names to header indices. `spec` maps each key to its accepted header names in order of
 * preference; missing columns map to -1.
 */
export function mapHeader<K extends string>(
  header: readonly string[],
  spec: Readonly<Record<K, readonly string[]>>,
): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const key of Object.keys(spec) as K[]) out[key] = findColumn(header, spec[key]);
  return out;
}

/** Quote a value for CSV output when needed. */
export function csvEscape(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A spreadsheet cell: text, a number, or empty. */
export type CsvCell = string | number | null | undefined;

/**
 * One cell for a CSV that Excel opens as typed: quoted when needed, and a text starting with
 * `=`, `+`, `-` or `@` (or a tab/CR, which Excel strips before them) prefixed with `'` so a
 * hostile product or buyer name can never run as a formula. Numbers are written as numbers.
 */
export function excelCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A CSV that Excel opens correctly: UTF-8 with a BOM (else Chinese turns to mojibake), CRLF line ends. */
export function toExcelCsv(rows: readonly (readonly CsvCell[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(excelCell).join(',')).join('\r\n') + '\r\n';
}
