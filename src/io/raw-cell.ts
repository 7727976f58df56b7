/**
 * One cell as read from a file, before any interpretation.
 *
 * Text cells (all CSV cells, shared/inline strings in XLSX) are plain strings.
 * Numeric cells keep the number *as written in the file* (`raw`), never a JS number,
 * because NIKs above 2^53 (provinces 91–96) change when they pass through a double
 * (DOMAIN.md §1.5). Cells formatted as dates carry the Excel serial as well.
 */
export type RawCell = string | NumericCell | DateCell | null;

export interface NumericCell {
  readonly kind: 'number';
  /** The number's text as stored, e.g. "3671014501900001" or "3.67101E+15". */
  readonly raw: string;
}

export interface DateCell {
  readonly kind: 'date';
  /** Calendar date (no time zone) as ISO `YYYY-MM-DD`. */
  readonly iso: string;
  /** The Excel serial it came from, if any (for messages). */
  readonly serial: number | null;
}

/** Text shown to a user for a cell (for messages and header matching). */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  return cell.kind === 'number' ? cell.raw : cell.iso;
}

export function isBlankCell(cell: RawCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}
