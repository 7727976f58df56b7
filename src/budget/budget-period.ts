import type { IsoDate } from '../normalize/iso-date.js';
import { formatYearMonth, nextYearMonth, parseYearMonth, type YearMonth } from './year-month.js';

/** Longest period accepted (10 years): a guard against typos such as "2027-01..2207-12". */
export const MAX_PERIOD_MONTHS = 120;

/**
 * A budget period as the list of its months, from:
 * - a range `2027-01..2027-12` (both ends included),
 * - a single month `2027-03`,
 * - a year `2027` (January–December: the Indonesian fiscal year is the calendar year, UU 17/2003 Pasal 4).
 * Null when malformed, when the end is before the start, or longer than MAX_PERIOD_MONTHS.
 */
export function parsePeriod(text: string): YearMonth[] | null {
  const v = text.trim();
  if (/^\d{4}$/.test(v)) return parsePeriod(`${v}-01..${v}-12`);
  const parts = v.split('..');
  if (parts.length > 2) return null;
  const start = parseYearMonth(parts[0] ?? '');
  const end = parts.length === 2 ? parseYearMonth(parts[1] ?? '') : start;
  if (start === null || end === null || end < start) return null;
  const months: YearMonth[] = [];
  for (let m = start; m <= end; m = nextYearMonth(m)) {
    months.push(m);
    if (months.length > MAX_PERIOD_MONTHS) return null;
  }
  return months;
}

/**
 * The twelve months of the fiscal year after `today`'s: a pemda drafts year N+1's APBD during year N
 * (DOMAIN.md §2.5). The caller passes today's date, so the core reads no clock.
 * Throws a RangeError when `today` is not an ISO date (a programming error, not user input).
 */
export function monthsOfNextFiscalYear(today: IsoDate): YearMonth[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (m === null) throw new RangeError(`not an ISO date: ${today}`);
  const year = Number(m[1]) + 1;
  return Array.from({ length: 12 }, (_, i) => formatYearMonth(year, i + 1));
}
