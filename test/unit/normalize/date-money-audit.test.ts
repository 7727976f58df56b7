import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import { parseDate } from '../../../src/normalize/date.js';
import { parseRupiah } from '../../../src/normalize/money.js';

// Tests added by a mutation audit of src/normalize/date.ts and src/normalize/money.ts: each pins a
// behaviour that a small change to the source used to leave unnoticed by the existing tests.

const num = (raw: string): RawCell => ({ kind: 'number', raw });

describe('parseDate (audit): month names', () => {
  // Every Indonesian and English spelling the reader lists, one date each: a spelling dropped from the
  // vocabulary would turn a whole column of "12 Nop 1988" into errors.
  const months: [string, number][] = [
    ['JAN', 1], ['JANUARI', 1], ['JANUARY', 1], ['JANUARIE', 1],
    ['FEB', 2], ['PEB', 2], ['FEBRUARI', 2], ['PEBRUARI', 2], ['FEBRUARY', 2], ['FEBR', 2],
    ['MAR', 3], ['MRT', 3], ['MARET', 3], ['MARCH', 3],
    ['APR', 4], ['APRIL', 4], ['APRL', 4],
    ['MEI', 5], ['MAY', 5],
    ['JUN', 6], ['JUNI', 6], ['JUNE', 6],
    ['JUL', 7], ['JULI', 7], ['JULY', 7],
    ['AGU', 8], ['AGT', 8], ['AGS', 8], ['AGST', 8], ['AGUST', 8], ['AGUSTUS', 8], ['AUG', 8], ['AUGUST', 8],
    ['SEP', 9], ['SEPT', 9], ['SEPTEMBER', 9],
    ['OKT', 10], ['OKTOBER', 10], ['OCT', 10], ['OCTOBER', 10],
    ['NOP', 11], ['NOV', 11], ['NOPEMBER', 11], ['NOVEMBER', 11],
    ['DES', 12], ['DESEMBER', 12], ['DEC', 12], ['DECEMBER', 12],
  ];
  it.each(months)('12 %s 1988 → month %i (any case)', (name, month) => {
    const iso = `1988-${String(month).padStart(2, '0')}-12`;
    expect(parseDate(`12 ${name} 1988`)).toEqual({ kind: 'ok', date: iso });
    const lower = name.toLowerCase();
    expect(parseDate(`${lower.charAt(0).toUpperCase()}${lower.slice(1)} 12, 1988`)).toEqual({ kind: 'ok', date: iso });
  });
});

describe('parseDate (audit): times after the date', () => {
  it.each(['12/03/1990 07.00 WIB', '12/03/1990 07.00 WITA', '12-03-1990 08:30 WIT', 'Minggu, 12/03/1990 07.00 WIB'])('%s → 1990-03-12', (text) => {
    expect(parseDate(text)).toEqual({ kind: 'ok', date: '1990-03-12' });
  });
});

describe('parseDate (audit): ddmmyyyy / yyyymmdd', () => {
  it('an 8-digit text whose first four digits read as an impossible year is not taken as yyyymmdd', () => {
    // yyyymmdd would read 0110-11-05; the years accepted at all are 1900–2100, so the ddmmyyyy
    // reading (01-10-1105) decides, and its year is out of range.
    expect(parseDate('01101105')).toEqual({
      kind: 'invalid',
      reason: { code: 'date.year_out_of_range', params: { text: '01101105', year: 1105, min: 1900, max: 2100 } },
    });
    expect(parseDate('12011011')).toMatchObject({ kind: 'invalid', reason: { code: 'date.year_out_of_range' } });
    expect(parseDate(num('12011011'))).toMatchObject({ kind: 'invalid', reason: { code: 'date.year_out_of_range' } });
  });

  it('the two-digit-year pivot has no effect on numeric cells (8 digits carry a 4-digit year; serials no year text)', () => {
    // Documents why ignoring the pivot in the numeric path is an equivalent change.
    for (const pivot of [0, 26, 99]) {
      expect(parseDate(num('12031990'), { twoDigitYearPivot: pivot })).toEqual({ kind: 'ok', date: '1990-03-12' });
      expect(parseDate(num('33310'), { twoDigitYearPivot: pivot })).toEqual({ kind: 'ok', date: '1991-03-13' });
    }
  });
});

describe('parseDate (audit): weekdays', () => {
  // "Jum'at" is a common spelling of Friday; the apostrophe split it into JUM + AT, so the optional
  // weekday the doc comment promises was not recognised and the whole date was rejected.
  it("reads \"Jum'at, 12 Maret 1990\" like \"Jumat, 12 Maret 1990\"", () => {
    expect(parseDate('Jumat, 12 Maret 1990')).toEqual({ kind: 'ok', date: '1990-03-12' });
    expect(parseDate("Jum'at, 12 Maret 1990")).toEqual({ kind: 'ok', date: '1990-03-12' });
  });
});

describe('parseRupiah (audit): units', () => {
  it.each<[string, number]>([
    ['750K', 750_000],
    ['750 k', 750_000],
    ['Rp 750k', 750_000],
    ['2,5K', 2_500],
    ['750 RIBU', 750_000],
    ['1.500 RIBU', 1_500],
  ])('%s → %i', (text, rupiah) => {
    expect(parseRupiah(text)).toEqual({ kind: 'ok', rupiah });
  });
});

describe('parseRupiah (audit): the accounting "no cents" tail', () => {
  it.each(['2.500.000--', '2.500.000 -', 'Rp 2.500.000 --', '2.500.000.-'])('%s → 2,500,000', (text) => {
    expect(parseRupiah(text)).toEqual({ kind: 'ok', rupiah: 2_500_000 });
  });
});

describe('parseRupiah (audit): separators', () => {
  it('"0,500" and "0.500" are a half rupiah (rounded up to 1), not 500: a thousands group never follows a lone 0', () => {
    expect(parseRupiah('0,500')).toEqual({ kind: 'ok', rupiah: 1 });
    expect(parseRupiah('0.500')).toEqual({ kind: 'ok', rupiah: 1 });
  });

  it('repeated separators need a head of 1–3 digits and groups of exactly 3', () => {
    const ambiguous = (text: string) => ({ kind: 'invalid', reason: { code: 'money.ambiguous_separators', params: { text } } });
    expect(parseRupiah('1000.000.000')).toEqual(ambiguous('1000.000.000'));
    expect(parseRupiah('2.5000.000')).toEqual(ambiguous('2.5000.000'));
    expect(parseRupiah('2,500,0000')).toEqual(ambiguous('2,500,0000'));
    expect(parseRupiah('100.000.000')).toEqual({ kind: 'ok', rupiah: 100_000_000 });
  });

  it('a separator with nothing after it is not read as a whole amount', () => {
    expect(parseRupiah('1.500,')).toEqual({ kind: 'invalid', reason: { code: 'money.ambiguous_separators', params: { text: '1.500,' } } });
    expect(parseRupiah('1,500.')).toEqual({ kind: 'invalid', reason: { code: 'money.ambiguous_separators', params: { text: '1,500.' } } });
  });

  // A single "." followed by three digits was taken as a thousands separator even after 7 integer
  // digits, which no thousands grouping can produce: "1500000.499" became Rp 1,500,000,499 (1000×).
  it('one separator then 3 digits after more than three digits is ambiguous, said rather than guessed', () => {
    for (const text of ['1500000.499', '2500.000', '1500,500']) expect(parseRupiah(text)).toEqual({ kind: 'invalid', reason: { code: 'money.ambiguous_separators', params: { text } } });
    expect(parseRupiah('150.000')).toEqual({ kind: 'ok', rupiah: 150_000 });
    expect(parseRupiah('2.500.000')).toEqual({ kind: 'ok', rupiah: 2_500_000 });
    expect(parseRupiah('1500000.49')).toEqual({ kind: 'ok', rupiah: 1_500_000 });
  });
});

describe('parseRupiah (audit): signs and limits', () => {
  it('a minus before zero is no negative amount', () => {
    expect(parseRupiah('-0')).toEqual({ kind: 'ok', rupiah: 0 });
    expect(parseRupiah('(0)')).toEqual({ kind: 'ok', rupiah: 0 });
    expect(parseRupiah('Rp -0,00')).toEqual({ kind: 'ok', rupiah: 0 });
    expect(parseRupiah('-1')).toMatchObject({ kind: 'invalid', reason: { code: 'money.negative' } });
  });

  it('Rp 1 trillion in a numeric cell is the largest amount accepted', () => {
    expect(parseRupiah(num('1000000000000'))).toEqual({ kind: 'ok', rupiah: 1_000_000_000_000 });
    expect(parseRupiah(num('1000000000001'))).toEqual({ kind: 'invalid', reason: { code: 'money.too_large', params: { text: '1000000000001' } } });
    expect(parseRupiah('1.000.000.000.000')).toEqual({ kind: 'ok', rupiah: 1_000_000_000_000 });
  });
});
