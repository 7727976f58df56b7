import type { Message } from '../i18n/message.js';
import type { ColumnRole } from '../normalize/column-role.js';

/** A column given a role: where it is and its header as written (for `inspect` and messages). */
export interface ColumnBinding {
  readonly role: ColumnRole;
  /** 0-based column index. */
  readonly index: number;
  /** Header text as written; for a two-line header "UPPER / LOWER". */
  readonly header: string;
  /**
   * Sex only, read from a pair of tick columns L | P under one JENIS KELAMIN header: `index` is the L
   * column and this the P column (`header` names both: "JENIS KELAMIN / L + P").
   */
  readonly femaleMarkIndex?: number | undefined;
}

/** Why a row was not read as a person (stable machine values, shown by `inspect`). */
export const SKIP_REASONS = [
  'title',
  'header',
  'sub_header',
  'numbering',
  'blank',
  'repeated_header',
  'total',
  'signature_block',
  'no_identity',
  'section',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface SkippedRow {
  readonly row: number;
  readonly reason: SkipReason;
  /** The row's text, cells joined with " | ", shortened; long digit runs masked. */
  readonly text: string;
}

/** Where the table is in a sheet and what its columns mean. */
export interface TableLayout {
  /** Spreadsheet row number of the (first) header line. */
  readonly headerRow: number;
  /** The last row that belongs to the header (sub-header or numbering row); data start after it. */
  readonly lastHeaderRow: number;
  /** Header text per column index, as written ('' where none). */
  readonly headers: readonly string[];
  readonly columns: Readonly<Partial<Record<ColumnRole, ColumnBinding>>>;
  /** Things worth telling the user about the layout (e.g. a STATUS column taken as employment status). */
  readonly notes: readonly Message[];
}

/** Column overrides from `--map role=HEADER` and config: role → header text (case-insensitive). */
export type ColumnOverrides = Readonly<Partial<Record<ColumnRole, string>>>;

/**
 * The overrides a config file gave (rekon.toml `[columns.<side>]`), not the command line: a header
 * not found is then said to come from that file, the place the user must fix.
 */
export interface ConfigColumnMap {
  readonly file: string;
  readonly roles: readonly ColumnRole[];
}

export type Side = 'roster' | 'bpjs';
