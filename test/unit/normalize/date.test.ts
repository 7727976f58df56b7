import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import { parseDate } from '../../../src/normalize/date.js';

const num = (raw: string): RawCell => ({ kind: 'number', raw });

describe('parseDate: accepted forms', () => {
  const cases: { input: RawCell; date: string }[] = [
    { input: '12-03-1990', date: '1990-03-12' },
    { input: '12/03/1990', date: '1990-03-12' },
    { input: '12.03.1990', date: '1990-03-12' },
    { input: '12 - 03 - 1990', date: '1990-03-12' },
    { input: '1-3-1990', date: '1990-03-01' },
    { input: '1/3/90', date: '1990-03-01' },
    { input: '01-03-05', date: '2005-03-01' },
    { input: '12-03-1990 00:00:00', date: '1990-03-12' },
    { input: '12/03/1990 0:00', date: '1990-03-12' },
    { input: '12/03/1990 12:00:00 AM', date: '1990-03-12' },
    { input: '1990-03-12', date: '1990-03-12' },
    { input: '1990/03/12', date: '1990-03-12' },
    { input: '1990-03-12T00:00:00', date: '1990-03-12' },
    { input: '1990-03-12T00:00:00.000Z', date: '1990-03-12' },
    { input: '1990-03-12 08:30', date: '1990-03-12' },
    { input: '12031990', date: '1990-03-12' },
    { input: '19900312', date: '1990-03-12' },
    { input: '12 Mei 1988', date: '1988-05-12' },
    { input: '12 MEI 1988', date: '1988-05-12' },
    { input: '12 May 1988', date: '1988-05-12' },
    { input: '12 Agustus 1988', date: '1988-08-12' },
    { input: '12-Agu-1988', date: '1988-08-12' },
    { input: '12-Agt-1988', date: '1988-08-12' },
    { input: '12 Aug 1988', date: '1988-08-12' },
    { input: '12-AUG-88', date: '1988-08-12' },
    { input: '1 Januari 2000', date: '2000-01-01' },
    { input: '29 Februari 2000', date: '2000-02-29' },
    { input: '29 Pebruari 1988', date: '1988-02-29' },
    { input: '5 Okt 1975', date: '1975-10-05' },
    { input: '5 Oct 1975', date: '1975-10-05' },
    { input: '17 Nopember 1980', date: '1980-11-17' },
    { input: '25 Des 1999', date: '1999-12-25' },
    { input: '25 Desember 1999', date: '1999-12-25' },
    { input: '25 December 1999', date: '1999-12-25' },
    { input: 'Agustus 17, 1945', date: '1945-08-17' },
    { input: 'Aug 17 1945', date: '1945-08-17' },
    { input: 'Senin, 12 Maret 1990', date: '1990-03-12' },
    { input: '  12-03-1990  ', date: '1990-03-12' },
    { input: { kind: 'date', iso: '1990-03-12', serial: 32944 }, date: '1990-03-12' },
    { input: num('32944'), date: '1990-03-12' },
    { input: num('32944.75'), date: '1990-03-12' },
    { input: num('19900312'), date: '1990-03-12' },
    { input: num('12031990'), date: '1990-03-12' },
    { input: num('73415'), date: '2100-12-31' },
    { input: num('7306'), date: '1920-01-01' },
  ];
  it.each(cases)('$input → $date', ({ input, date }) => {
    expect(parseDate(input)).toEqual({ kind: 'ok', date });
  });

  it('Excel serials around the fake 1900-02-29 follow Excel', () => {
    // 60 is the fake 29-02-1900; serials after it are one day "late", which the epoch offset (25569 = 1970-01-01) absorbs.
    expect(parseDate(num('60'))).toMatchObject({ kind: 'invalid', reason: { code: 'date.serial_1900_feb29' } });
    expect(parseDate(num('25569'))).toEqual({ kind: 'ok', date: '1970-01-01' });
    expect(parseDate(num('45658'))).toEqual({ kind: 'ok', date: '2025-01-01' });
  });

  it('uses the two-digit-year pivot', () => {
    expect(parseDate('01-03-26', { twoDigitYearPivot: 26 })).toEqual({ kind: 'ok', date: '2026-03-01' });
    expect(parseDate('01-03-27', { twoDigitYearPivot: 26 })).toEqual({ kind: 'ok', date: '1927-03-01' });
    expect(parseDate('01-03-30')).toEqual({ kind: 'ok', date: '2030-03-01' });
    expect(parseDate('01-03-31')).toEqual({ kind: 'ok', date: '1931-03-01' });
  });
});

describe('parseDate: empty', () => {
  it.each([undefined, null, '', '  ', '-', 'N/A', 'belum ada'] as (RawCell | undefined)[])('%j → empty', (input) => {
    expect(parseDate(input)).toEqual({ kind: 'empty' });
  });
});

describe('parseDate: invalid, with the reason', () => {
  const cases: { input: RawCell; code: string }[] = [
    { input: '31-02-1990', code: 'date.no_such_date' },
    { input: '29-02-1989', code: 'date.no_such_date' },
    { input: '31-04-1990', code: 'date.no_such_date' },
    { input: '00-03-1990', code: 'date.no_such_date' },
    { input: '12-13-1990', code: 'date.month_first' },
    { input: '13-13-1990', code: 'date.no_such_date' },
    { input: '32 Mei 1990', code: 'date.no_such_date' },
    { input: '12/25/1990', code: 'date.month_first' },
    { input: '3/31/1990', code: 'date.month_first' },
    { input: '31/31/1990', code: 'date.no_such_date' },
    { input: '1990-13-01', code: 'date.no_such_date' },
    { input: '12-03-0990', code: 'date.year_out_of_range' },
    { input: '12-03-2190', code: 'date.year_out_of_range' },
    { input: '12 Mar', code: 'date.unrecognized' },
    { input: '1990', code: 'date.unrecognized' },
    { input: '12 Foo 1990', code: 'date.unrecognized' },
    { input: 'kemarin', code: 'date.unrecognized' },
    { input: '12-03-199', code: 'date.unrecognized' },
    { input: '12345678', code: 'date.year_out_of_range' },
    { input: '31021990', code: 'date.no_such_date' },
    { input: num('1990'), code: 'date.serial_out_of_range' },
    { input: num('100000'), code: 'date.serial_out_of_range' },
    { input: num('-5'), code: 'date.serial_out_of_range' },
    { input: num('abc'), code: 'date.unrecognized' },
  ];
  it.each(cases)('$input → $code', ({ input, code }) => {
    const r = parseDate(input);
    expect(r.kind).toBe('invalid');
    if (r.kind === 'invalid') expect(r.reason.code).toBe(code);
  });

  it('never swaps day and month silently', () => {
    expect(parseDate('05/04/1990')).toEqual({ kind: 'ok', date: '1990-04-05' });
    expect(parseDate('12/25/1990')).toMatchObject({ kind: 'invalid', reason: { params: { text: '12/25/1990' } } });
  });

  it('says which date does not exist', () => {
    expect(parseDate('31-02-1990')).toEqual({
      kind: 'invalid',
      reason: { code: 'date.no_such_date', params: { text: '31-02-1990', day: 31, month: 2, year: 1990 } },
    });
  });
});
