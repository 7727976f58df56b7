import type { RawCell } from './raw-cell.js';

/** One physical row of a sheet; `row` is the number a spreadsheet program shows (1-based). */
export interface RawRow {
  readonly row: number;
  readonly cells: readonly RawCell[];
}

/**
 * A sheet (or a whole CSV file) being read. Rows arrive in batches so that a
 * million-row file neither sits in memory nor pays an `await` per row.
 */
export interface RawSheet {
  readonly file: string;
  /** Sheet name; '' for CSV/TXT. */
  readonly sheet: string;
  /**
   * Hidden (or "very hidden") in the workbook. Such a sheet is still read — skipping it would drop
   * rows without a word — but said, since a hidden sheet often holds last year's list.
   */
  readonly hidden?: boolean | undefined;
  readonly batches: AsyncIterable<readonly RawRow[]>;
}
