import { id, num, text, type CsvCell } from '../report/csv-cell.js';

/** What a reviewer said about a pair; null = not decided yet. Stable machine values. */
export const REVIEW_DECISIONS = ['accept', 'reject'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/**
 * The columns of review.csv and of the decisions file: one format for both, so a reviewer can
 * fill review.csv's `decision` column in a spreadsheet and hand it to `reconcile --decisions`.
 * Stable English keys, in this order.
 */
export const REVIEW_COLUMNS = [
  'decision',
  'roster_key',
  'bpjs_key',
  'rank',
  'score',
  'roster_file',
  'roster_sheet',
  'roster_row',
  'roster_name',
  'roster_nik',
  'roster_birth_date',
  'roster_agency',
  'bpjs_file',
  'bpjs_sheet',
  'bpjs_row',
  'bpjs_name',
  'bpjs_nik',
  'bpjs_birth_date',
  'bpjs_kpj',
  'bpjs_status',
  'reasons',
  'note',
] as const;
export type ReviewColumn = (typeof REVIEW_COLUMNS)[number];

/** Where a record of a pair is and who it names, as shown to the reviewer. */
interface ReviewSide {
  readonly file: string;
  readonly sheet: string;
  /** Row in its file; null when unknown (e.g. a row typed into the decisions file by hand). */
  readonly row: number | null;
  readonly name: string;
  readonly nik: string;
  readonly birthDate: string;
}

/** The roster record of a pair (display only: the key is what counts). */
export interface ReviewRosterSide extends ReviewSide {
  readonly agency: string;
}

/** The BPJS record of a pair. */
export interface ReviewBpjsSide extends ReviewSide {
  readonly kpj: string;
  readonly status: string;
}

/** One line of review.csv / the decisions file: a roster person × one candidate BPJS participant. */
export interface ReviewRow {
  readonly decision: ReviewDecision | null;
  /** personKey() of the roster person; null when it has none (no valid NIK and no birth date). */
  readonly rosterKey: string | null;
  /** personKey() of the BPJS participant; null when it has none. */
  readonly bpjsKey: string | null;
  /** 1 = the matcher's best candidate for this roster person. */
  readonly rank: number | null;
  readonly score: number | null;
  readonly roster: ReviewRosterSide;
  readonly bpjs: ReviewBpjsSide;
  /** Why the pair needs a human, as the matcher explained it (already in the report's language). */
  readonly reasons: string;
  /** Free text for the reviewer; kept as written. */
  readonly note: string;
}

/**
 * The cells of one row for src/cli/write-csv-file.ts. NIK and KPJ are identifiers (kept as text,
 * `="…"` with --excel-safe); everything typed by people is text, so formula injection is neutralized.
 */
export function reviewRowCells(row: ReviewRow): Record<ReviewColumn, CsvCell> {
  return {
    decision: text(row.decision ?? ''),
    roster_key: text(row.rosterKey),
    bpjs_key: text(row.bpjsKey),
    rank: num(row.rank),
    score: num(row.score),
    roster_file: text(row.roster.file),
    roster_sheet: text(row.roster.sheet),
    roster_row: num(row.roster.row),
    roster_name: text(row.roster.name),
    roster_nik: id(row.roster.nik),
    roster_birth_date: text(row.roster.birthDate),
    roster_agency: text(row.roster.agency),
    bpjs_file: text(row.bpjs.file),
    bpjs_sheet: text(row.bpjs.sheet),
    bpjs_row: num(row.bpjs.row),
    bpjs_name: text(row.bpjs.name),
    bpjs_nik: id(row.bpjs.nik),
    bpjs_birth_date: text(row.bpjs.birthDate),
    bpjs_kpj: id(row.bpjs.kpj),
    bpjs_status: text(row.bpjs.status),
    reasons: text(row.reasons),
    note: text(row.note),
  };
}
