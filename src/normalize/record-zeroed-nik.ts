import type { RawCell } from '../io/raw-cell.js';
import { unwrapIdText, stripIdSeparators } from './id-text.js';
import { isOneRepeatedDigit } from './nik.js';

/** Counts behind the column-level Excel-zero verdict (kept for the sheet note). */
export interface ZeroedNikVerdict {
  readonly zeroed: boolean;
  /** Text cells holding exactly 16 digits. */
  readonly sixteen: number;
  /** …of which end in '0'. */
  readonly endingZero: number;
}

/** At least this many 16-digit texts must be seen before judging a column. */
export const ZEROED_MIN_VALUES = 5;
/** Share of those ending in 0 that marks the column; by chance about 10% would. */
export const ZEROED_MIN_SHARE = 0.6;

/**
 * A CSV saved by Excel from a numeric NIK column holds 16-digit *texts* whose 16th digit was zeroed
 * (Excel keeps 15 significant digits, DOMAIN.md §5). One value alone cannot show it, but a column can:
 * serials are spread evenly, so only about 1 in 10 real NIKs ends in 0. When ≥ 5 values are seen and
 * ≥ 60% end in 0, the column went through Excel as numbers. Numeric cells are left out: parseNik
 * already treats a numeric 16-digit value ending in 0 as damaged, and one repeated digit is a placeholder.
 */
export function judgeZeroedNikColumn(cells: Iterable<RawCell | undefined>): ZeroedNikVerdict {
  let sixteen = 0;
  let endingZero = 0;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const digits = stripIdSeparators(unwrapIdText(cell));
    if (digits.length !== 16 || !/^\d{16}$/.test(digits)) continue;
    // "No NIK" written as one repeated digit (0000000000000000) is no NIK, so it says nothing about Excel.
    if (isOneRepeatedDigit(digits)) continue;
    sixteen++;
    if (digits.endsWith('0')) endingZero++;
  }
  return { zeroed: sixteen >= ZEROED_MIN_VALUES && endingZero / sixteen >= ZEROED_MIN_SHARE, sixteen, endingZero };
}
