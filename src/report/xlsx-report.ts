import type { Lang } from '../i18n/message.js';
import { label, translate } from '../i18n/translate.js';
import type { BpjsOnlyRecord } from './model/bpjs-only-record.js';
import type { RowProblem } from '../normalize/row-problem.js';
import type { ReportInput } from './model/report-input.js';
import { rosterNikText } from './model/worker-row.js';
import { maskMessageIds } from './problem-row.js';
import { XlsxBook } from './xlsx-book.js';
import { writeBudgetSheet } from './xlsx-budget-sheet.js';
import { PROBLEM_TITLE_CODES, RELATED_CODES } from './xlsx-messages.js';
import { ROLE_LABEL_CODES } from './report-messages.js';
import type { XlsxCell, XlsxColumn } from './xlsx-sheet.js';
import { MAX_SHEET_ROWS, writeTableSheet, xDate, xId, xInt, xRupiah, xText } from './xlsx-sheet.js';
import { writeSummarySheet } from './xlsx-summary-sheet.js';
import { bpjsStatusText, reviewColumns, reviewRows, workerColumns, workerRows } from './xlsx-worker-sheets.js';

export interface WorkbookOptions {
  /** Rows per sheet before continuing on "<name> (2)"; Excel's limit by default (lowered in tests). */
  readonly maxRowsPerSheet?: number;
}

type Mask = (value: string) => string;

function bpjsOnlyColumns(lang: Lang): XlsxColumn[] {
  const L = (code: string): string => label(lang, code);
  return [
    { header: L('xlsx.col.bpjs_file'), type: 'file' },
    { header: L('xlsx.col.bpjs_sheet'), type: 'sheet' },
    { header: L('xlsx.col.bpjs_row'), type: 'row' },
    { header: L('xlsx.col.name'), type: 'name' },
    { header: L('xlsx.col.nik'), type: 'id' },
    { header: L('xlsx.col.birth_date'), type: 'date' },
    { header: L('xlsx.col.kpj'), type: 'id' },
    { header: L('xlsx.col.status'), type: 'code' },
    { header: L('xlsx.col.wage'), type: 'money' },
    { header: L('xlsx.col.membership_date'), type: 'date' },
    { header: L('xlsx.col.agency'), type: 'agency' },
    { header: L('xlsx.col.related'), type: 'code' },
    { header: L('xlsx.col.roster_file'), type: 'file' },
    { header: L('xlsx.col.roster_sheet'), type: 'sheet' },
    { header: L('xlsx.col.roster_row'), type: 'row' },
    { header: L('xlsx.col.bpjs_status_raw'), type: 'code' },
  ];
}

function* bpjsOnlyRows(lang: Lang, participants: Iterable<BpjsOnlyRecord>, mask: Mask): Generator<XlsxCell[]> {
  const masked = (s: string | null): XlsxCell => (s === null || s === '' ? null : xId(mask(s)));
  for (const p of participants) {
    yield [
      xText(p.file),
      xText(p.sheet),
      xInt(p.row),
      xText(p.name.original),
      masked(rosterNikText(p.nik)),
      xDate(p.birthDate),
      masked(p.kpj),
      xText(bpjsStatusText(lang, p.status)),
      xRupiah(p.wage),
      xDate(p.membershipDate),
      xText(p.agency),
      xText(p.link === undefined ? null : label(lang, RELATED_CODES[p.link.kind])),
      xText(p.link?.file ?? null),
      xText(p.link?.sheet ?? null),
      p.link === undefined ? null : xInt(p.link.row),
      xText(p.statusRaw),
    ];
  }
}

function problemColumns(lang: Lang): XlsxColumn[] {
  const L = (code: string): string => label(lang, code);
  return [
    { header: L('xlsx.col.kind'), type: 'flags' },
    { header: L('xlsx.col.problem'), type: 'name' },
    { header: L('xlsx.col.detail'), type: 'long' },
    { header: L('xlsx.col.file'), type: 'file' },
    { header: L('xlsx.col.sheet'), type: 'sheet' },
    { header: L('xlsx.col.row'), type: 'row' },
    { header: L('xlsx.col.column'), type: 'code' },
  ];
}

function* problemRows(lang: Lang, problems: readonly RowProblem[], mask: Mask): Generator<XlsxCell[]> {
  for (const p of problems) {
    yield [
      xText(p.kind),
      xText(label(lang, PROBLEM_TITLE_CODES[p.kind])),
      xText(translate(lang, maskMessageIds(p.detail, mask))),
      xText(p.at.file),
      xText(p.at.sheet),
      xInt(p.at.row),
      xText(columnText(lang, p.column)),
    ];
  }
}

/** A column role in the reader's words ("tanggal lahir"); English keeps the role key, as `rekon inspect`. */
function columnText(lang: Lang, column: string | null): string | null {
  if (column === null || !Object.hasOwn(ROLE_LABEL_CODES, column)) return column;
  return label(lang, ROLE_LABEL_CODES[column as keyof typeof ROLE_LABEL_CODES]);
}

/**
 * Writes the report workbook to `stream` with exceljs' streaming writer: every row is committed
 * as it is written and every sheet when it is done, so memory does not grow with the rosters.
 * Sheets: Summary, Unregistered, Registered, Inactive, Review, Duplicates, BPJS Only, Data Problems,
 * Budget (when a budget was computed); names and headers in `input.lang`.
 * Resolves when the whole file has been written to `stream` (the caller closes/renames it, e.g. AtomicFile).
 */
export async function writeReportWorkbook(stream: NodeJS.WritableStream, input: ReportInput, options: WorkbookOptions = {}): Promise<void> {
  const { lang, mask } = input;
  const maxRows = options.maxRowsPerSheet ?? MAX_SHEET_ROWS;
  const book = new XlsxBook(stream, input.createdAt);

  const decisions = input.result.decisions;
  const wage = input.budget === null ? undefined : input.budgetedWage;
  const L = (code: string): string => label(lang, code);
  writeSummarySheet(book, input);
  for (const [status, code] of [
    ['unregistered', 'xlsx.sheet.unregistered'],
    ['registered', 'xlsx.sheet.registered'],
    ['inactive', 'xlsx.sheet.inactive'],
  ] as const) {
    await writeTableSheet(book, L(code), workerColumns(lang, status, wage), workerRows(lang, decisions, status, mask, wage), maxRows);
  }
  await writeTableSheet(book, L('xlsx.sheet.review'), reviewColumns(lang, wage), reviewRows(lang, decisions, mask, wage), maxRows);
  await writeTableSheet(book, L('xlsx.sheet.duplicate'), workerColumns(lang, 'duplicate', wage), workerRows(lang, decisions, 'duplicate', mask, wage), maxRows);
  await writeTableSheet(book, L('xlsx.sheet.bpjs_only'), bpjsOnlyColumns(lang), bpjsOnlyRows(lang, input.bpjsOnly ?? input.result.bpjsOnly, mask), maxRows);
  await writeTableSheet(book, L('xlsx.sheet.problems'), problemColumns(lang), problemRows(lang, input.problems, mask), maxRows);
  if (input.budget !== null) writeBudgetSheet(book, lang, input.budget);
  await book.commit();
}
