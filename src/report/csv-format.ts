import { stringify } from 'csv-stringify/sync';
import type { CsvCell, CsvCellOptions } from './csv-cell.js';
import { csvCellText } from './csv-cell.js';

export interface CsvFormat extends CsvCellOptions {
  /** ',' by default; ';' is what Indonesian-locale Excel expects. */
  readonly delimiter: string;
  /** Start the file with a UTF-8 BOM so Excel reads it as UTF-8. */
  readonly bom: boolean;
}

export const DEFAULT_CSV_FORMAT: CsvFormat = { delimiter: ',', bom: false, excelSafe: false };

/** Formats rows (header first) as CSV text with CRLF-free `\n` line ends. */
export function formatCsv(header: readonly string[] | null, rows: readonly (readonly CsvCell[])[], format: CsvFormat, withBom = format.bom): string {
  const records: string[][] = [];
  if (header !== null) records.push([...header]);
  for (const row of rows) records.push(row.map((c) => csvCellText(c, format)));
  const body = stringify(records, { delimiter: format.delimiter, record_delimiter: 'unix', quoted_match: /^="/ });
  return withBom ? `\uFEFF${body}` : body;
}
