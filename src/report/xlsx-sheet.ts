import type ExcelJS from 'exceljs';
import type { XlsxBook } from './xlsx-book.js';
import type { IsoDate } from '../normalize/iso-date.js';

/**
 * A typed workbook cell. Identifiers (NIK, KPJ, NIP) are `id`: written as text with the Text
 * format '@', never as numbers (Excel keeps 15 significant digits, DOMAIN.md §0.1, §5).
 * Strings are written as strings, so a name such as "=1+1" stays text: exceljs only writes a
 * formula for an explicit `{ formula }` value.
 */
export type XlsxCell =
  | { readonly kind: 'text' | 'id'; readonly value: string }
  | { readonly kind: 'int' | 'count' | 'rupiah' | 'score' | 'percent'; readonly value: number }
  | { readonly kind: 'date'; readonly value: IsoDate }
  | null;

/** Rupiah as a number format: the cell value stays an integer, Excel shows "Rp 1.234.567" (id) / "Rp 1,234,567" (en). */
export const RUPIAH_FORMAT = '"Rp "#,##0';
/** ISO dates: the same in every locale, no dd/mm vs mm/dd confusion, and still a real date for sorting and filters. */
export const DATE_FORMAT = 'yyyy-mm-dd';
export const COUNT_FORMAT = '#,##0';
export const SCORE_FORMAT = '0.00';
export const PERCENT_FORMAT = '0.0%';
export const TEXT_FORMAT = '@';

/** Excel's limits: characters in a cell, rows in a sheet. */
export const MAX_CELL_CHARS = 32_767;
export const MAX_SHEET_ROWS = 1_048_576;

export const xText = (v: string | null | undefined): XlsxCell => (v === null || v === undefined || v === '' ? null : { kind: 'text', value: v });
export const xId = (v: string | null | undefined): XlsxCell => (v === null || v === undefined || v === '' ? null : { kind: 'id', value: v });
export const xInt = (v: number | null | undefined): XlsxCell => (v === null || v === undefined ? null : { kind: 'int', value: v });
export const xCount = (v: number | null | undefined): XlsxCell => (v === null || v === undefined ? null : { kind: 'count', value: v });
export const xRupiah = (v: number | null | undefined): XlsxCell => (v === null || v === undefined ? null : { kind: 'rupiah', value: v });
export const xPercent = (v: number | null | undefined): XlsxCell => (v === null || v === undefined ? null : { kind: 'percent', value: v });
export const xDate = (v: IsoDate | null | undefined): XlsxCell => (v === null || v === undefined || v === '' ? null : { kind: 'date', value: v });
/** Scores rounded to 2 decimals, as in workers.csv. */
export const xScore = (v: number | null | undefined): XlsxCell =>
  v === null || v === undefined ? null : { kind: 'score', value: Math.round(v * 100) / 100 };

/** What a column holds, which decides its width (in characters). */
export type XlsxColumnType =
  | 'file'
  | 'sheet'
  | 'row'
  | 'name'
  | 'agency'
  | 'id'
  | 'date'
  | 'money'
  | 'code'
  | 'flags'
  | 'long'
  | 'count'
  | 'percent'
  | 'score'
  | 'label';

const WIDTH: Record<XlsxColumnType, number> = {
  file: 24,
  sheet: 14,
  row: 8,
  name: 28,
  agency: 26,
  id: 19,
  date: 12,
  money: 16,
  code: 14,
  flags: 24,
  long: 60,
  count: 10,
  percent: 10,
  score: 8,
  label: 40,
};

export interface XlsxColumn {
  /** Already translated. */
  readonly header: string;
  readonly type: XlsxColumnType;
}

/** Width by content type, widened for a long header (the header wraps beyond 40 characters). */
export function columnWidth(c: XlsxColumn): number {
  return Math.max(WIDTH[c.type], Math.min(c.header.length + 2, 40));
}

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An IsoDate as a UTC midnight Date (exceljs converts with the UTC epoch, so the serial is a whole day),
 * or null when it is not a real date or falls before 1900-03-01, where Excel's 1900 leap-year bug shifts days.
 */
export function isoToExcelDate(iso: IsoDate): Date | null {
  const m = YMD.exec(iso);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  if (date.getTime() < Date.UTC(1900, 2, 1)) return null;
  return date;
}

const FORMAT: Record<Exclude<NonNullable<XlsxCell>['kind'], 'text' | 'int'>, string> = {
  id: TEXT_FORMAT,
  count: COUNT_FORMAT,
  rupiah: RUPIAH_FORMAT,
  score: SCORE_FORMAT,
  percent: PERCENT_FORMAT,
  date: DATE_FORMAT,
};

function setCell(cell: ExcelJS.Cell, x: XlsxCell): void {
  if (x === null) return;
  switch (x.kind) {
    case 'text':
      cell.value = x.value.length > MAX_CELL_CHARS ? x.value.slice(0, MAX_CELL_CHARS - 1) + '…' : x.value;
      return;
    case 'id':
      cell.value = x.value;
      cell.numFmt = FORMAT.id;
      return;
    case 'date': {
      const d = isoToExcelDate(x.value);
      // Not a date Excel can show: keep the text rather than lose it.
      if (d === null) cell.value = x.value;
      else {
        cell.value = d;
        cell.numFmt = FORMAT.date;
      }
      return;
    }
    case 'int':
    case 'count':
    case 'rupiah':
    case 'score':
    case 'percent':
      // NaN/Infinity would be written as invalid XML numbers and corrupt the file.
      if (!Number.isFinite(x.value)) return;
      cell.value = x.value;
      if (x.kind !== 'int') cell.numFmt = FORMAT[x.kind];
      return;
  }
}

/** The writer's worksheet type (exceljs' streaming WorksheetWriter shares the Worksheet interface). */
type Sheet = ExcelJS.Worksheet;

/**
 * One worksheet being streamed: a frozen, bold header row, column widths by content type, rows
 * committed as they are written (memory does not grow with the sheet), and an autofilter.
 */
export class XlsxSheet {
  private next = 1;
  private filterLastRow: number | null = null;

  private constructor(
    private readonly book: XlsxBook,
    private readonly ws: Sheet,
    readonly columnCount: number,
  ) {}

  static open(book: XlsxBook, name: string, columns: readonly XlsxColumn[]): XlsxSheet {
    const ws = book.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
    ws.columns = columns.map((c) => ({ width: columnWidth(c) }));
    const sheet = new XlsxSheet(book, ws, columns.length);
    const header = ws.getRow(sheet.next++);
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.font = { bold: true };
      cell.alignment = { vertical: 'top', wrapText: true };
    });
    header.commit();
    return sheet;
  }

  /** Rows written so far, the header included. */
  get rowCount(): number {
    return this.next - 1;
  }

  addRow(cells: readonly XlsxCell[], options: { bold?: boolean } = {}): void {
    const row = this.ws.getRow(this.next++);
    cells.forEach((x, i) => {
      if (x === null) return;
      const cell = row.getCell(i + 1);
      setCell(cell, x);
      if (options.bold === true) cell.font = { bold: true };
    });
    row.commit();
  }

  addBlankRow(): void {
    this.next++;
  }

  /** The autofilter covers the header and the rows written so far (a TOTAL row written later stays out of sorting). */
  filterHere(): void {
    this.filterLastRow = Math.max(1, this.rowCount);
  }

  /** Bounded memory: see XlsxBook.waitForWriter. */
  waitForWriter(): Promise<void> {
    return this.book.waitForWriter(this.ws);
  }

  commit(): void {
    const last = this.filterLastRow ?? Math.max(1, this.rowCount);
    this.book.setAutoFilter(this.ws, `A1:${columnLetter(this.columnCount)}${last}`);
    this.ws.commit();
  }
}

/** Rows between waits for the compressor (≈ 0.5 MiB of sheet XML). */
const WAIT_EVERY = 500;

/**
 * A table sheet from a lazy sequence of rows. Past Excel's row limit it continues on
 * "<name> (2)", "<name> (3)"… with the same header, so nothing is dropped.
 */
export async function writeTableSheet(
  book: XlsxBook,
  name: string,
  columns: readonly XlsxColumn[],
  rows: Iterable<readonly XlsxCell[]>,
  maxRows: number = MAX_SHEET_ROWS,
): Promise<void> {
  let part = 1;
  let sheet = XlsxSheet.open(book, name, columns);
  let written = 0;
  for (const cells of rows) {
    if (sheet.rowCount >= Math.max(2, maxRows)) {
      sheet.commit();
      part++;
      sheet = XlsxSheet.open(book, `${name} (${part})`, columns);
    }
    sheet.addRow(cells);
    if (++written % WAIT_EVERY === 0) await sheet.waitForWriter();
  }
  sheet.commit();
}
