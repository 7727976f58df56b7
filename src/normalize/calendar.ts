import type { IsoDate } from './iso-date.js';

/**
 * Two-digit years: `yy ≤ pivot` → 20yy, otherwise 19yy. Callers pass the pivot (for birth dates:
 * the current year's last two digits, e.g. 26 in 2026) because the core reads no clock.
 */
export function expandTwoDigitYear(yy: number, pivot: number): number {
  return yy <= pivot ? 2000 + yy : 1900 + yy;
}

/**
 * Pivot used when a caller passes none. 30 means 00–30 → 2000–2030 and 31–99 → 1931–1999,
 * which covers everyone of working age in the 2020s. Callers that know the run's year should pass
 * `referenceYear % 100` instead.
 */
export const DEFAULT_TWO_DIGIT_YEAR_PIVOT = 30;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return DAYS_IN_MONTH[m - 1] ?? 0;
}

export function isRealDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** `YYYY-MM-DD`; the caller has checked that the date is real. */
export function toIsoDate(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Days since 1970-01-01 → ISO date in the proleptic Gregorian calendar, without a Date object
 * (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", civil_from_days); this runs per date cell.
 */
export function isoFromEpochDays(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return toIsoDate(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}
