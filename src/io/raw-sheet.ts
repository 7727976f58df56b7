import type { RawCell } from './raw-cell.js';

/** One physical row of a sheet; `row` is the number a spreadsheet program shows (1-based). */
export interface RawRow {
  readonly row: number;
  readonly cells: readonly RawCell[];
  /** Hidden in the sheet (by hand or by an AutoFilter); absent when shown or unknown (CSV, .ods). */
  readonly hidden?: true | undefined;
  /**
   * Cells blank in the file because a vertically merged cell above covers them, with the value that
   * merged cell shows and its range (column index → cover). Which of them count for the row is the table's
   * call (a shared wage does, a NIK never): the reader only says what the spreadsheet displays.
   */
  readonly mergedDown?: ReadonlyMap<number, MergedCover> | undefined;
}

/** A blank cell under the top of a vertically merged range: the value the range shows, and the range. */
export interface MergedCover {
  readonly value: RawCell;
  readonly range: MergedRange;
}

/** A merged range of a sheet, 1-based rows and 0-based columns as RawRow has them. */
export interface MergedRange {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
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
