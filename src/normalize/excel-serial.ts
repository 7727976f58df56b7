import { isoFromEpochDays } from './calendar.js';
import type { IsoDate } from './iso-date.js';

/**
 * Converts an Excel date serial to an ISO calendar date (time of day dropped).
 *
 * 1900 system: serial 1 = 1900-01-01, and Excel counts a fictitious 1900-02-29 (serial 60, the Lotus
 * bug), so serials ≥ 61 are days since 1899-12-30. 1904 system (old Mac workbooks, `date1904`):
 * serial 0 = 1904-01-01. Returns null for serials that are no real date (< 1, the phantom leap day,
 * or beyond year 9999).
 */
export function excelSerialToIso(serial: number, date1904: boolean): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const day = excelSerialDay(serial);
  let epochDays: number; // days since 1970-01-01
  if (date1904) {
    if (day < 0) return null;
    epochDays = day - 24107; // 1904-01-01 is 24107 days before 1970-01-01
  } else {
    if (day < 1 || day === 60) return null;
    epochDays = day < 60 ? day - 25568 : day - 25569;
  }
  if (epochDays > 2932896) return null; // 9999-12-31
  return isoFromEpochDays(epochDays);
}

/** The day a serial falls on, its time of day dropped. */
export function excelSerialDay(serial: number): number {
  // Excel holds 15 significant digits (DOMAIN.md §5): 44999.99999999999 is its 45000, shown as that day,
  // so binary noise below midnight must not floor to the day before. Times of day are kept as they are.
  return Math.floor(Number.isInteger(serial) ? serial : Number(serial.toPrecision(15)));
}
