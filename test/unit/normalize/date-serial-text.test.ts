// Why this file exists: a CSV saved from a sheet whose date column was in General format holds Excel date serials as
// text ("32874"), and a "Tempat, Tgl Lahir" built with =C2&", "&D2 holds "Garut, 33438". The same serials in .xlsx
// numeric cells were already read as dates; these tests pin that text is read the same way, and only where it can
// be nothing else than a serial.
import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import { translate } from '../../../src/i18n/translate.js';
import { parseDate } from '../../../src/normalize/date.js';
import { parsePlaceAndDate } from '../../../src/normalize/place-date.js';

const num = (raw: string): RawCell => ({ kind: 'number', raw });

describe('parseDate: an Excel date serial written as text', () => {
  const cases: { text: string; date: string }[] = [
    { text: '32874', date: '1990-01-01' },
    { text: '33438', date: '1991-07-19' },
    { text: ' 33437 ', date: '1991-07-18' },
    { text: '33437.0', date: '1991-07-18' },
    { text: '33437.00', date: '1991-07-18' },
    // The smallest 5-digit serial (the range starts at 1920, serial 7306, which has 4 digits) and the range's end.
    { text: '10000', date: '1927-05-18' },
    { text: '73415', date: '2100-12-31' },
    // Serials after the fake 29-02-1900 (serial 60) are one day "late": 36526 is 1 January 2000, not 2 January.
    { text: '36526', date: '2000-01-01' },
    { text: '36585', date: '2000-02-29' },
  ];
  it.each(cases)('"$text" → $date', ({ text, date }) => {
    expect(parseDate(text)).toEqual({ kind: 'ok', date });
  });

  it('gives the same date as the same serial in a numeric cell', () => {
    for (const serial of ['10000', '32874', '45658', '73415']) expect(parseDate(serial)).toEqual(parseDate(num(serial)));
  });

  it('is read after the place in a combined "Tempat, Tgl Lahir" cell', () => {
    expect(parsePlaceAndDate('Garut, 33437')).toEqual({ place: 'Garut', date: { kind: 'ok', date: '1991-07-18' } });
    expect(parsePlaceAndDate('Bandung, 32874.0')).toEqual({ place: 'Bandung', date: { kind: 'ok', date: '1990-01-01' } });
    expect(parsePlaceAndDate('KAB. GARUT 33437')).toEqual({ place: 'KAB. GARUT', date: { kind: 'ok', date: '1991-07-18' } });
  });

  it('a 5-digit serial past the range is invalid, and says which date it would be', () => {
    const r = parseDate('73416');
    expect(r).toMatchObject({ kind: 'invalid', reason: { code: 'date.serial_text_out_of_range', params: { text: '73416', date: '2101-01-01' } } });
    expect(parsePlaceAndDate('Garut, 99999.0').date).toMatchObject({ kind: 'invalid', reason: { code: 'date.serial_text_out_of_range', params: { date: '2173-10-13' } } });
    if (r.kind !== 'invalid') return;
    expect(translate('en', r.reason)).toBe('"73416" looks like an Excel date serial number (= 2101-01-01), outside the plausible years 1920–2100; format the column as a date in Excel before saving');
    expect(translate('id', r.reason)).toBe('"73416" tampaknya nomor seri tanggal Excel (= 2101-01-01), di luar tahun yang masuk akal 1920–2100; format kolomnya sebagai tanggal di Excel sebelum menyimpan');
  });

  it('leaves numbers that are no 5-digit integer as before: not a recognised date', () => {
    // "60" would be the fake 29-02-1900 as a serial; as text it is no date at all, like any 1–4 or 6–7 digit number.
    for (const text of ['60', '1990', '9999', '123456', '1234567', '09999', '33437.5', '33437,0', '3343.7', '-33437', '+33437', '33 437']) {
      expect(parseDate(text), text).toMatchObject({ kind: 'invalid', reason: { code: 'date.unrecognized' } });
    }
    expect(parsePlaceAndDate('Garut, 1990').date).toMatchObject({ kind: 'invalid', reason: { code: 'date.unrecognized' } });
  });

  it('numeric cells keep their own rules (60 is the fake leap day; 100000 is out of range)', () => {
    expect(parseDate(num('60'))).toMatchObject({ kind: 'invalid', reason: { code: 'date.serial_1900_feb29' } });
    expect(parseDate(num('100000'))).toMatchObject({ kind: 'invalid', reason: { code: 'date.serial_out_of_range' } });
  });
});
