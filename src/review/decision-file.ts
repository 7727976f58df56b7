import { InputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { cellText } from '../io/raw-cell.js';
import { readInput } from '../io/read-input.js';
import { unwrapCsvCell } from '../io/read-run-dir.js';
import { maskNik } from '../normalize/mask-nik.js';
import type { AtomicFile } from '../io/atomic-file.js';
import type { CsvFormat } from '../report/csv-format.js';
import { writeCsvFile } from '../cli/write-csv-file.js';
import { ACCEPT_WORDS, parseDecisionWord, REJECT_WORDS } from './decision-word.js';
import { REVIEW_COLUMNS, reviewRowCells, type ReviewColumn, type ReviewRow } from './review-row.js';

/** Without these a file cannot say anything about a pair; every other column is for display only. */
const REQUIRED_COLUMNS = ['decision', 'roster_key', 'bpjs_key'] as const satisfies readonly ReviewColumn[];

/**
 * Written UTF-8 with a BOM: the decisions file is meant to be opened in a spreadsheet, and Excel
 * reads a BOM-less CSV in the PC's ANSI code page (DOMAIN.md §5).
 */
export const DEFAULT_DECISION_FORMAT: CsvFormat = { delimiter: ',', bom: true, excelSafe: false };

// personKey() shapes (src/match/person-key.ts): a valid NIK, or a name key plus an ISO birth date;
// a roster key may be narrowed to an agency (agencyNameKey).
const KEY_SHAPE = /^(nik:\d{16}|name:[^|]+\|\d{4}-\d{2}-\d{2})$/;
const ROSTER_KEY_SHAPE = /^(nik:\d{16}|name:[^|]+\|\d{4}-\d{2}-\d{2}(\|opd:.+)?)$/;
/** A NIK key as `--mask-nik` writes it: "nik:3273********0013" (see maskPersonKey); at least one star. */
const MASKED_NIK_KEY = /^nik:(?=[\d*]*\*)[\d*]{16}$/;

export interface DecisionTable {
  readonly rows: ReviewRow[];
  /** The delimiter the file uses (a spreadsheet in an Indonesian locale saves `;`); ',' for a workbook. */
  readonly delimiter: string;
}

/** Reads review.csv or a decisions file (see readDecisionTable); `-` reads it from `stdin`. */
export async function readDecisionFile(path: string, stdin?: AsyncIterable<unknown>): Promise<ReviewRow[]> {
  return (await readDecisionTable(path, stdin)).rows;
}

/**
 * Reads review.csv or a decisions file, as rekon wrote it or as a spreadsheet re-saved it: any
 * delimiter, BOM or Windows-1252 (the project's CSV reader), `="…"` wrapped identifiers and the
 * `'` rekon puts before = + - @ (unwrapCsvCell); an .xlsx saved from it works too (first sheet).
 * Columns are found by header name, so reordered or extra columns do no harm; only decision,
 * roster_key and bpjs_key are required. Unknown decision words, a decided row without both keys
 * or a key that is not a personKey → InputError naming file and row. Blank lines are skipped.
 * The path `-` is read from `stdin`, as rosters and BPJS exports are.
 */
export async function readDecisionTable(path: string, stdin?: AsyncIterable<unknown>): Promise<DecisionTable> {
  const rows: ReviewRow[] = [];
  let delimiter = ',';
  for await (const sheet of readInput({ name: path, path: path === '-' ? null : path }, { stdin })) {
    delimiter = sheet.textFormat?.delimiter ?? ',';
    let index: Map<string, number> | null = null;
    for await (const batch of sheet.batches) {
      for (const raw of batch) {
        const cells = raw.cells.map((c) => cellText(c));
        if (index === null) {
          if (cells.every((c) => c.trim() === '')) continue;
          index = new Map(cells.map((h, i) => [h.replace(/^\uFEFF/, '').trim().toLowerCase(), i]));
          const missing = REQUIRED_COLUMNS.filter((c) => !(index as Map<string, number>).has(c));
          if (missing.length > 0) throw new InputError(msg('review.missing_columns', { file: path, columns: missing.join(', ') }));
          continue;
        }
        if (cells.every((c) => c.trim() === '')) continue;
        const columns = index;
        const get = (c: ReviewColumn): string => {
          const i = columns.get(c);
          return i === undefined ? '' : unwrapCsvCell(cells[i] ?? '').trim();
        };
        rows.push(parseRow(path, raw.row, get));
      }
    }
    // A workbook's first sheet is the table; a CSV has only one.
    break;
  }
  return { rows, delimiter };
}

function parseRow(file: string, row: number, get: (c: ReviewColumn) => string): ReviewRow {
  const word = get('decision');
  const parsed = parseDecisionWord(word);
  if (!parsed.ok) {
    throw new InputError(msg('review.bad_decision', { file, row, value: word, accept: ACCEPT_WORDS.join(', '), reject: REJECT_WORDS.join(', ') }));
  }
  const key = (column: 'roster_key' | 'bpjs_key'): string | null => {
    const value = get(column);
    if (value === '') {
      if (parsed.decision !== null) throw new InputError(msg('review.missing_key', { file, row, column }));
      return null;
    }
    // A key rekon itself masked (`reconcile --mask-nik`) cannot be matched to anyone: say that, not "copy it unchanged".
    if (MASKED_NIK_KEY.test(value)) throw new InputError(msg('review.masked_key', { file, row, column }));
    if (!(column === 'roster_key' ? ROSTER_KEY_SHAPE : KEY_SHAPE).test(value)) throw new InputError(msg('review.bad_key', { file, row, column, value: maskNik(value) }));
    return value;
  };
  return {
    decision: parsed.decision,
    rosterKey: key('roster_key'),
    bpjsKey: key('bpjs_key'),
    rank: looseInteger(get('rank')),
    score: looseNumber(get('score')),
    roster: {
      file: get('roster_file'),
      sheet: get('roster_sheet'),
      row: looseInteger(get('roster_row')),
      name: get('roster_name'),
      nik: get('roster_nik'),
      birthDate: get('roster_birth_date'),
      agency: get('roster_agency'),
    },
    bpjs: {
      file: get('bpjs_file'),
      sheet: get('bpjs_sheet'),
      row: looseInteger(get('bpjs_row')),
      name: get('bpjs_name'),
      nik: get('bpjs_nik'),
      birthDate: get('bpjs_birth_date'),
      kpj: get('bpjs_kpj'),
      status: get('bpjs_status'),
    },
    reasons: get('reasons'),
    note: get('note'),
  };
}

/**
 * Rank, score and row numbers are shown to the reviewer, never decide anything, so a value a
 * spreadsheet mangled becomes blank instead of an error. A decimal comma (Indonesian locale) is read.
 */
function looseNumber(value: string): number | null {
  if (!/^-?\d+(?:[.,]\d+)?$/.test(value)) return null;
  return Number(value.replace(',', '.'));
}

function looseInteger(value: string): number | null {
  const n = looseNumber(value);
  return n !== null && Number.isInteger(n) ? n : null;
}

/** Writes rows in the one review format (REVIEW_COLUMNS) into `file`, with formula injection neutralized. */
export async function writeDecisionFile(file: AtomicFile, rows: readonly ReviewRow[], format: CsvFormat = DEFAULT_DECISION_FORMAT): Promise<void> {
  await writeCsvFile(file, REVIEW_COLUMNS, rows.map(reviewRowCells), format);
}
