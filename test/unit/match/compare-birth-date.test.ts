import { describe, expect, it } from 'vitest';
import { compareBirthDates, farApart, packDate, swapDayMonth, unpackDate } from '../../../src/match/compare-birth-date.js';

describe('compareBirthDates levels', () => {
  const cases = [
    { description: 'same date', left: '1990-03-12', right: '1990-03-12', expected: 'exact' },
    { description: 'day and month swapped', left: '1990-03-12', right: '1990-12-03', expected: 'swapped' },
    { description: 'one digit of the day mistyped', left: '1990-03-12', right: '1990-03-13', expected: 'one_digit' },
    { description: 'one digit of the year mistyped', left: '1990-03-12', right: '1980-03-12', expected: 'one_digit' },
    { description: 'same day and month, another year', left: '1990-03-12', right: '1985-03-12', expected: 'year_off' },
    { description: 'compared as dates, not strings: 09 vs 10 differ in two digits', left: '1990-03-09', right: '1990-03-10', expected: 'far' },
    { description: 'different dates', left: '1990-03-12', right: '1975-07-28', expected: 'far' },
    { description: 'missing on one side', left: null, right: '1990-03-12', expected: 'missing' },
    { description: 'garbage is missing', left: '12/03/1990', right: '1990-03-12', expected: 'missing' },
  ] as const;
  it.each(cases)('$description', ({ left, right, expected }) => {
    expect(compareBirthDates(packDate(left), packDate(right))).toBe(expected);
  });
});

describe('packed dates', () => {
  it('round-trips', () => {
    expect(unpackDate(packDate('1987-11-05'))).toBe('1987-11-05');
  });
  it('swaps day and month only when the result is another valid date', () => {
    expect(swapDayMonth(packDate('1990-03-12'))).toBe(packDate('1990-12-03'));
    expect(swapDayMonth(packDate('1990-03-13'))).toBe(0);
    expect(swapDayMonth(packDate('1990-05-05'))).toBe(0);
  });
});

describe('farApart: birth dates of two people, not one date mistyped', () => {
  const cases = [
    { left: '1982-07-11', right: '2001-07-13', expected: true },
    { left: '1985-01-30', right: '1958-01-03', expected: true },
    { left: '1991-10-19', right: '1991-10-20', expected: false },
    { left: '1991-10-20', right: '1991-11-28', expected: false },
    { left: '1990-03-12', right: '1991-08-30', expected: false },
    { left: '1990-03-12', right: '1990-12-03', expected: false },
    { left: '1990-03-12', right: '1980-03-12', expected: false },
    { left: '1990-03-12', right: '1970-03-12', expected: false },
    { left: '1990-03-12', right: '1992-04-13', expected: true },
    // Two full years, not two calendar years: a year and a day apart is not far apart.
    { left: '1990-12-31', right: '1992-01-01', expected: false },
    { left: '1990-03-12', right: '1992-03-11', expected: false },
    { left: '1990-03-12', right: '1992-03-13', expected: true },
    { left: '1990-03-12', right: '1992-02-13', expected: false },
  ];
  it.each(cases)('$left / $right → $expected', ({ left, right, expected }) => {
    expect(farApart(packDate(left), packDate(right))).toBe(expected);
    expect(farApart(packDate(right), packDate(left))).toBe(expected);
  });

  it('a missing date is never far apart', () => {
    expect(farApart(0, packDate('1990-03-12'))).toBe(false);
  });
});
