import type { IsoDate } from '../normalize/iso-date.js';
import type { DateLevel } from './comparison-level.js';

/**
 * A birth date packed as the integer YYYYMMDD (0 = none), so that the matcher keeps one
 * number per record instead of a string, and compares dates as dates.
 */
export type PackedDate = number;

/** Packs an ISO `YYYY-MM-DD`; anything else (or null) gives 0. */
export function packDate(iso: IsoDate | null | undefined): PackedDate {
  if (iso === null || iso === undefined || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return 0;
  // Digit arithmetic, no substrings: this runs for every record on both sides.
  const y = digitsValue(iso, 0, 4);
  const m = digitsValue(iso, 5, 2);
  const d = digitsValue(iso, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) return 0;
  return y * 10000 + m * 100 + d;
}

/** The decimal value of `len` ASCII digits from `from`; -1 when one is not a digit. */
function digitsValue(s: string, from: number, len: number): number {
  let v = 0;
  for (let i = from; i < from + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Back to `YYYY-MM-DD` (for messages). */
export function unpackDate(p: PackedDate): IsoDate {
  const s = String(p).padStart(8, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/** The same date with day and month swapped, when that is a different valid month/day; else 0. */
export function swapDayMonth(p: PackedDate): PackedDate {
  if (p === 0) return 0;
  const y = Math.floor(p / 10000);
  const m = Math.floor(p / 100) % 100;
  const d = p % 100;
  if (d === m || d > 12) return 0;
  return y * 10000 + d * 100 + m;
}

/**
 * Compares two birth dates. Levels: exact → swapped (day and month exchanged, the dd-mm/mm-dd
 * confusion of US-locale Excel) → one_digit (one digit of YYYYMMDD mistyped) → year_off (same day
 * and month, another year: a guessed or corrected year) → far; missing when either is absent.
 */
export function compareBirthDates(a: PackedDate, b: PackedDate): DateLevel {
  if (a === 0 || b === 0) return 'missing';
  if (a === b) return 'exact';
  const ya = Math.floor(a / 10000);
  const yb = Math.floor(b / 10000);
  const ma = Math.floor(a / 100) % 100;
  const mb = Math.floor(b / 100) % 100;
  const da = a % 100;
  const db = b % 100;
  if (ya === yb && da === mb && ma === db) return 'swapped';
  let differing = 0;
  let x = a;
  let y = b;
  for (let i = 0; i < 8; i++) {
    if (x % 10 !== y % 10) differing++;
    x = Math.floor(x / 10);
    y = Math.floor(y / 10);
  }
  if (differing === 1) return 'one_digit';
  if (ma === mb && da === db) return 'year_off';
  return 'far';
}

/**
 * Two birth dates of different people, not one date mistyped: `far` (no swap, single digit or year
 * typo) and at least two years apart. A day off by one (19 / 20 October) is `far` for scoring but
 * still one person; so is a month apart.
 */
export function farApart(a: PackedDate, b: PackedDate): boolean {
  // Packed YYYYMMDD: the later date is two full years after the earlier when it is at least 2_00_00 more
  // (31 December and 1 January two calendar years on are a year and a day apart, not two years).
  return compareBirthDates(a, b) === 'far' && Math.abs(a - b) >= 20000;
}
