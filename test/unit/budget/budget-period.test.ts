import { describe, expect, it } from 'vitest';
import { monthsOfNextFiscalYear, parsePeriod } from '../../../src/budget/budget-period.js';
import { parseYearMonth } from '../../../src/budget/year-month.js';

describe('parsePeriod', () => {
  it('expands a range, both ends included', () => {
    expect(parsePeriod('2027-01..2027-12')).toEqual([
      '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06',
      '2027-07', '2027-08', '2027-09', '2027-10', '2027-11', '2027-12',
    ]);
  });
  const cases: { description: string; input: string; expected: string[] | null }[] = [
    { description: 'range across a year end', input: '2026-11..2027-02', expected: ['2026-11', '2026-12', '2027-01', '2027-02'] },
    { description: 'single month', input: '2027-03', expected: ['2027-03'] },
    { description: 'one-month range', input: '2027-03..2027-03', expected: ['2027-03'] },
    { description: 'a year is its twelve months', input: '2028', expected: parsePeriod('2028-01..2028-12') },
    { description: 'spaces are trimmed', input: ' 2027-01..2027-02 ', expected: ['2027-01', '2027-02'] },
    { description: 'end before start', input: '2027-05..2027-01', expected: null },
    { description: 'month 13', input: '2027-13', expected: null },
    { description: 'month 00', input: '2027-00..2027-02', expected: null },
    { description: 'unpadded month', input: '2027-1..2027-2', expected: null },
    { description: 'three parts', input: '2027-01..2027-02..2027-03', expected: null },
    { description: 'empty', input: '', expected: null },
    { description: 'longer than ten years', input: '2027-01..2037-12', expected: null },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(parsePeriod(input)).toEqual(expected);
  });
});

describe('monthsOfNextFiscalYear', () => {
  it('returns the twelve months of next year, whatever the day', () => {
    expect(monthsOfNextFiscalYear('2026-11-23')).toEqual(parsePeriod('2027-01..2027-12'));
    expect(monthsOfNextFiscalYear('2026-01-01')).toEqual(parsePeriod('2027'));
    expect(monthsOfNextFiscalYear('2026-12-31')[0]).toBe('2027-01');
  });
  it('throws on a value that is not an ISO date', () => {
    expect(() => monthsOfNextFiscalYear('23/11/2026')).toThrow(RangeError);
  });
});

describe('parseYearMonth', () => {
  it('accepts YYYY-MM and rejects the rest', () => {
    expect(parseYearMonth('2027-09')).toBe('2027-09');
    expect(parseYearMonth('2027-9')).toBeNull();
    expect(parseYearMonth('1899-12')).toBeNull();
  });
});
