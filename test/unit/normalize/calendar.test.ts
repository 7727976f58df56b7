// Why this file exists: src/normalize/calendar.ts is the calendar arithmetic behind NIK birth dates
// (two-digit years, DOMAIN.md §1.1), date columns and Excel serials. It reads no clock and uses no
// library, so its leap years, month lengths and ISO formatting are checked here against JavaScript's
// own UTC Date for every year 1900–2100.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TWO_DIGIT_YEAR_PIVOT,
  daysInMonth,
  expandTwoDigitYear,
  isLeapYear,
  isoFromEpochDays,
  isRealDate,
  toIsoDate,
} from '../../../src/normalize/calendar.js';

const DAY_MS = 86_400_000;
const year = fc.integer({ min: 1900, max: 2100 });
const month = fc.integer({ min: 1, max: 12 });
/** Epoch days of 1900-01-01 and 2100-12-31. */
const FIRST_DAY = Date.UTC(1900, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2100, 11, 31) / DAY_MS;

/** The date JavaScript's UTC calendar gives for (y, m, d), or null when it rolls over to another day. */
function jsDate(y: number, m: number, d: number): string | null {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

describe('expandTwoDigitYear', () => {
  const cases: { description: string; yy: number; pivot: number; expected: number }[] = [
    { description: 'a NIK "90" read in 2026', yy: 90, pivot: 26, expected: 1990 },
    { description: 'a NIK "05" read in 2026', yy: 5, pivot: 26, expected: 2005 },
    { description: 'the pivot itself is this century', yy: 26, pivot: 26, expected: 2026 },
    { description: 'one past the pivot is last century', yy: 27, pivot: 26, expected: 1927 },
    { description: '"00"', yy: 0, pivot: 26, expected: 2000 },
    { description: '"99"', yy: 99, pivot: 26, expected: 1999 },
    { description: 'default pivot: "30" → 2030', yy: 30, pivot: DEFAULT_TWO_DIGIT_YEAR_PIVOT, expected: 2030 },
    { description: 'default pivot: "31" → 1931', yy: 31, pivot: DEFAULT_TWO_DIGIT_YEAR_PIVOT, expected: 1931 },
    { description: 'pivot 0: only "00" is this century', yy: 1, pivot: 0, expected: 1901 },
    { description: 'pivot 99: everything is this century', yy: 99, pivot: 99, expected: 2099 },
  ];
  it.each(cases)('$description: ($yy, $pivot) → $expected', ({ yy, pivot, expected }) => {
    expect(expandTwoDigitYear(yy, pivot)).toBe(expected);
  });

  it('has a default pivot of 30', () => {
    expect(DEFAULT_TWO_DIGIT_YEAR_PIVOT).toBe(30);
  });

  it('keeps the two digits and lands in the 100 years that end at 20<pivot>', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (yy, pivot) => {
        const y = expandTwoDigitYear(yy, pivot);
        expect(y % 100).toBe(yy);
        expect(y).toBeGreaterThanOrEqual(1901 + pivot);
        expect(y).toBeLessThanOrEqual(2000 + pivot);
      }),
    );
  });
});

describe('isLeapYear', () => {
  const cases: { description: string; y: number; expected: boolean }[] = [
    { description: 'divisible by 4', y: 2024, expected: true },
    { description: 'not divisible by 4', y: 2023, expected: false },
    { description: 'a century is not leap', y: 1900, expected: false },
    { description: 'a century divisible by 400 is leap', y: 2000, expected: true },
    { description: '2100 is not leap', y: 2100, expected: false },
    { description: '2400 is leap', y: 2400, expected: true },
    { description: 'a birth year', y: 1996, expected: true },
  ];
  it.each(cases)('$description: $y → $expected', ({ y, expected }) => {
    expect(isLeapYear(y)).toBe(expected);
  });

  it('agrees with Date on whether 29 February exists, 1900–2100', () => {
    fc.assert(
      fc.property(year, (y) => {
        expect(isLeapYear(y)).toBe(jsDate(y, 2, 29) !== null);
      }),
    );
  });
});

describe('daysInMonth', () => {
  const cases: { description: string; y: number; m: number; expected: number }[] = [
    { description: 'January', y: 2025, m: 1, expected: 31 },
    { description: 'February of a leap year', y: 2024, m: 2, expected: 29 },
    { description: 'February of a common year', y: 2023, m: 2, expected: 28 },
    { description: 'February 1900', y: 1900, m: 2, expected: 28 },
    { description: 'February 2000', y: 2000, m: 2, expected: 29 },
    { description: 'April', y: 1990, m: 4, expected: 30 },
    { description: 'June', y: 1990, m: 6, expected: 30 },
    { description: 'July', y: 1990, m: 7, expected: 31 },
    { description: 'August', y: 1990, m: 8, expected: 31 },
    { description: 'September', y: 1990, m: 9, expected: 30 },
    { description: 'November', y: 1990, m: 11, expected: 30 },
    { description: 'December', y: 1990, m: 12, expected: 31 },
    { description: 'month 0 does not exist', y: 1990, m: 0, expected: 0 },
    { description: 'month 13 does not exist', y: 1990, m: 13, expected: 0 },
    { description: 'a NIK month field of a woman\'s day (45) is no month', y: 1990, m: 45, expected: 0 },
  ];
  it.each(cases)('$description: $y-$m → $expected', ({ y, m, expected }) => {
    expect(daysInMonth(y, m)).toBe(expected);
  });

  it('agrees with Date for every month, 1900–2100', () => {
    fc.assert(
      fc.property(year, month, (y, m) => {
        expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
      }),
      { numRuns: 500 },
    );
  });
});

describe('isRealDate', () => {
  const cases: { description: string; y: number; m: number; d: number; expected: boolean }[] = [
    { description: 'an ordinary birth date', y: 1990, m: 1, d: 5, expected: true },
    { description: '29 February of a leap year', y: 2024, m: 2, d: 29, expected: true },
    { description: '29 February of a common year', y: 2023, m: 2, d: 29, expected: false },
    { description: '29 February 1900', y: 1900, m: 2, d: 29, expected: false },
    { description: '29 February 2000', y: 2000, m: 2, d: 29, expected: true },
    { description: '31 April', y: 1990, m: 4, d: 31, expected: false },
    { description: '31 December', y: 1990, m: 12, d: 31, expected: true },
    { description: 'day 0', y: 1990, m: 1, d: 0, expected: false },
    { description: 'month 0', y: 1990, m: 0, d: 1, expected: false },
    { description: 'month 13', y: 1990, m: 13, d: 1, expected: false },
    { description: 'a woman\'s NIK day (45) before 40 is taken off', y: 1990, m: 1, d: 45, expected: false },
    { description: 'a day-month swap (12/25)', y: 1990, m: 25, d: 12, expected: false },
    { description: 'a fractional year', y: 1990.5, m: 1, d: 1, expected: false },
    { description: 'a year that is NaN', y: Number.NaN, m: 1, d: 1, expected: false },
    { description: 'a day that is NaN', y: 1990, m: 1, d: Number.NaN, expected: false },
    { description: 'a negative day', y: 1990, m: 1, d: -1, expected: false },
  ];
  it.each(cases)('$description: $y-$m-$d → $expected', ({ y, m, d, expected }) => {
    expect(isRealDate(y, m, d)).toBe(expected);
  });

  it('agrees with Date for integer fields around the valid ranges, 1900–2100', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }), (y, m, d) => {
        expect(isRealDate(y, m, d)).toBe(jsDate(y, m, d) !== null);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('toIsoDate', () => {
  const cases: { description: string; y: number; m: number; d: number; expected: string }[] = [
    { description: 'one-digit month and day are padded', y: 1990, m: 1, d: 5, expected: '1990-01-05' },
    { description: 'two-digit month and day', y: 2024, m: 12, d: 31, expected: '2024-12-31' },
    { description: 'leap day', y: 2000, m: 2, d: 29, expected: '2000-02-29' },
    { description: 'a three-digit year is padded to four', y: 999, m: 10, d: 10, expected: '0999-10-10' },
  ];
  it.each(cases)('$description → $expected', ({ y, m, d, expected }) => {
    expect(toIsoDate(y, m, d)).toBe(expected);
  });

  it('writes every real date as Date.toISOString does, 1900–2100', () => {
    fc.assert(
      fc.property(year, month, fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        fc.pre(isRealDate(y, m, d));
        const iso = toIsoDate(y, m, d);
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(iso).toBe(jsDate(y, m, d));
      }),
    );
  });
});

describe('isoFromEpochDays', () => {
  const cases: { description: string; days: number; expected: string }[] = [
    { description: 'the epoch', days: 0, expected: '1970-01-01' },
    { description: 'the day before the epoch', days: -1, expected: '1969-12-31' },
    { description: 'a birth date', days: 7309, expected: '1990-01-05' },
    { description: 'a leap day', days: 11016, expected: '2000-02-29' },
    { description: 'Excel serial 45292 (minus 25569)', days: 45292 - 25569, expected: '2024-01-01' },
    { description: '1 March 1900 (no 29 February 1900)', days: -25508, expected: '1900-03-01' },
    { description: '1 January 1900', days: FIRST_DAY, expected: '1900-01-01' },
    { description: '31 December 2100', days: LAST_DAY, expected: '2100-12-31' },
  ];
  it.each(cases)('$description: $days → $expected', ({ days, expected }) => {
    expect(isoFromEpochDays(days)).toBe(expected);
  });

  it('round-trips with Date.parse, and every date it writes is real and written as toIsoDate would', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (days) => {
        const iso = isoFromEpochDays(days);
        expect(Date.parse(iso) / DAY_MS).toBe(days);
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        expect(isRealDate(y, m, d)).toBe(true);
        expect(toIsoDate(y, m, d)).toBe(iso);
      }),
      { numRuns: 500 },
    );
  });

  it('steps to the next day, the next month after the last day, and the next year after 31 December', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY - 1 }), (days) => {
        const [y, m, d] = isoFromEpochDays(days).split('-').map(Number) as [number, number, number];
        const next = isoFromEpochDays(days + 1);
        if (d < daysInMonth(y, m)) expect(next).toBe(toIsoDate(y, m, d + 1));
        else if (m < 12) expect(next).toBe(toIsoDate(y, m + 1, 1));
        else expect(next).toBe(toIsoDate(y + 1, 1, 1));
      }),
      { numRuns: 500 },
    );
  });
});
