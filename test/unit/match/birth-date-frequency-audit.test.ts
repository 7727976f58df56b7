// Why this file exists: a mutation audit of compare-birth-date.ts found packDate's input checks and two level
// rules untested: anything but a valid ISO YYYY-MM-DD must pack to 0 ("no date"), a day/month swap counts
// only within one year, and the eight digits of YYYYMMDD all count toward "one digit". A garbage date that
// packs to a number would be compared, scored and counted as a real birth date.
import { describe, expect, it } from 'vitest';
import { compareBirthDates, packDate } from '../../../src/match/compare-birth-date.js';
import { createMatchFrequencyCounter } from '../../../src/match/frequency-table.js';

describe('packDate: anything but a valid YYYY-MM-DD is no date (0)', () => {
  it.each([
    ['month 13', '1990-13-01'],
    ['month 00', '1990-00-10'],
    ['day 32', '1990-01-32'],
    ['day 00', '1990-01-00'],
    ['a slash for the second dash', '1990-03/12'],
    ['a slash for the first dash', '1990/03-12'],
    ['a one-digit day (too short)', '1990-03-1'],
    ['three day digits (too long)', '1990-03-123'],
    ['a character just below "0" in the year', '199/-03-12'],
    ['a letter in the year', '19a0-03-12'],
    ['a space in the day', '1990-03- 2'],
    ['dd-mm-yyyy', '12-03-1990'],
  ])('%s (%s) → 0', (_, iso) => {
    expect(packDate(iso)).toBe(0);
  });

  it('the extreme valid days and months still pack', () => {
    expect(packDate('1990-12-31')).toBe(19901231);
    expect(packDate('1990-01-01')).toBe(19900101);
  });
});

describe('compareBirthDates: levels the existing cases left open', () => {
  it('day and month swapped in another year as well is two mistakes: far, not swapped', () => {
    expect(compareBirthDates(packDate('1990-03-12'), packDate('1985-12-03'))).toBe('far');
    expect(compareBirthDates(packDate('1990-03-12'), packDate('1991-12-03'))).toBe('far');
  });

  it('the millennium digit counts: 1990 / 2090 differ in two digits (year_off), 1990 / 2990 in one', () => {
    expect(compareBirthDates(packDate('1990-03-12'), packDate('2090-03-12'))).toBe('year_off');
    expect(compareBirthDates(packDate('1990-03-12'), packDate('2990-03-12'))).toBe('one_digit');
  });
});

describe('birth-date frequencies: neighbouring days are counted apart', () => {
  it('the last day of a month and the first of the next are different values', () => {
    // The dense array gives every month 32 slots; a slot overlap would merge these counts.
    const counter = createMatchFrequencyCounter();
    for (const d of [19900131, 19900131, 19900201, 19901231, 19910101, 19910101, 19910101]) {
      counter.add({ strongKey: '', strong: [], birthDate: d, nikBirthDate: 0 });
    }
    const dates = counter.tables().birthDates;
    expect([19900131, 19900201, 19901231, 19910101, 19900130].map((d) => dates.count(d))).toEqual([2, 1, 1, 3, 0]);
    expect(dates.mean).toBeCloseTo(7 / 4, 12);
  });
});
