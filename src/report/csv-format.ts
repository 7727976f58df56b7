import type { CsvCell, CsvCellOptions } from './csv-cell.js';
import { csvCellText } from './csv-cell.js';

export interface CsvFormat extends CsvCellOptions {
  /** ',' by default; ';' is what Indonesian-locale Excel expects. */
  readonly delimiter: string;
  /** Start the file with a UTF-8 BOM so Excel reads it as UTF-8. */
  readonly bom: boolean;
}

export const DEFAULT_CSV_FORMAT: CsvFormat = { delimiter: ',', bom: false, excelSafe: false };

/**
 * RFC 4180 quoting: a field is quoted when it holds the delimiter, a quote, CR or LF (quotes doubled),
 * and an Excel `="…"` wrapper is quoted so it survives. Hand-written rather than csv-stringify: this is
 * the whole of what we need and it runs for every cell of million-row reports (csv-stringify took
 * more than half of the report-writing time).
 */
export function quoteCsvField(value: string, delimiter: string): string {
  if (value === '') return value;
  if (needsQuotes(value, delimiter) || (value.charCodeAt(0) === 61 && value.charCodeAt(1) === 34)) {
    return `"${value.replace(/"/g, '""')}"`;
  }
  return value;
}

const SPECIAL = /[",\n\r]/;

/** One regular-expression scan for the usual comma; another delimiter is looked for on its own. */
function needsQuotes(value: string, delimiter: string): boolean {
  return SPECIAL.test(value) || (delimiter !== ',' && value.includes(delimiter));
}

/** One CSV line (no line end) of a row's cells. */
function cellsLine(row: readonly CsvCell[], format: CsvFormat): string {
  const d = format.delimiter;
  let line = '';
  for (let i = 0; i < row.length; i++) {
    if (i > 0) line += d;
    line += quoteCsvField(csvCellText(row[i] as CsvCell, format), d);
  }
  return line;
}

/** Formats rows (header first) as CSV text with `\n` line ends. */
export function formatCsv(header: readonly string[] | null, rows: readonly (readonly CsvCell[])[], format: CsvFormat, withBom = format.bom): string {
  const d = format.delimiter;
  const lines: string[] = [];
  if (header !== null) lines.push(header.map((h) => quoteCsvField(h, d)).join(d));
  for (const row of rows) lines.push(cellsLine(row, format));
  const body = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  return withBom ? `\uFEFF${body}` : body;
}
