// Why this file exists: a mutation audit of the cell readers (place-date.ts, sex.ts, bpjs-status.ts,
// placeholder.ts) found changes the existing tests let through: separators and month words of a
// "Tempat, tgl lahir" cell, vocabulary entries of the sex and BPJS-status readers, the numeric-code
// rule for sex, and the length and parenthesis rules of the placeholder check. Each case below pins
// one of them with the exact value the doc comments (or DOMAIN.md) promise.
import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import { parseBpjsStatus } from '../../../src/normalize/bpjs-status.js';
import { parsePlaceAndDate } from '../../../src/normalize/place-date.js';
import { isPlaceholderText } from '../../../src/normalize/placeholder.js';
import { parseSex } from '../../../src/normalize/sex.js';

describe('parsePlaceAndDate (audit)', () => {
  const cases: { text: string; place: string; date: string }[] = [
    // Every separator the doc names or the trailer strips.
    { text: 'Klaten; 12-03-1990', place: 'Klaten', date: '1990-03-12' },
    { text: 'Klaten \\ 12-03-1990', place: 'Klaten', date: '1990-03-12' },
    { text: 'Klaten | 12-03-1990', place: 'Klaten', date: '1990-03-12' },
    { text: 'Solo \u2013 1 Mei 1990', place: 'Solo', date: '1990-05-01' },
    { text: 'Solo \u2014 1 Mei 1990', place: 'Solo', date: '1990-05-01' },
    // The date starts at the first digit, whichever digit it is.
    { text: 'Klaten, 9 Mei 1990', place: 'Klaten', date: '1990-05-09' },
    // Month-first with a word month, for every month spelling and a one-digit day.
    { text: 'Klaten, Mei 12 1990', place: 'Klaten', date: '1990-05-12' },
    { text: 'Klaten, Des 25 1990', place: 'Klaten', date: '1990-12-25' },
    { text: 'Klaten, Desember 5, 1990', place: 'Klaten', date: '1990-12-05' },
    { text: 'Klaten Maret 5 1990', place: 'Klaten', date: '1990-03-05' },
  ];
  it.each(cases)('$text', ({ text, place, date }) => {
    expect(parsePlaceAndDate(text)).toEqual({ place, date: { kind: 'ok', date } });
  });

  it('quotes only the date part, without its separator, when a month-first date is impossible', () => {
    expect(parsePlaceAndDate('Klaten,Februari 30 1990')).toEqual({
      place: 'Klaten',
      date: { kind: 'invalid', reason: { code: 'date.no_such_date', params: { text: 'Februari 30 1990', day: 30, month: 2, year: 1990 } } },
    });
    expect(parsePlaceAndDate('Klaten/Mei 5 2190').date).toMatchObject({ kind: 'invalid', reason: { code: 'date.year_out_of_range', params: { text: 'Mei 5 2190' } } });
  });

  it('takes the place as everything before the first digit, even when a month-first date follows later', () => {
    // Documented rule ("The date starts at the first digit"); the month-first reading only moves the cut earlier.
    const r = parsePlaceAndDate('Sidomulyo 2, Maret 12 1990');
    expect(r.place).toBe('Sidomulyo');
    expect(r.date).toMatchObject({ kind: 'invalid', reason: { params: { text: '2, Maret 12 1990' } } });
  });
});

describe('parseSex (audit)', () => {
  it.each([
    ['COWOK', 'M'],
    ['MAN', 'M'],
    ['CEWEK', 'F'],
    ['PRP', 'F'],
    ['WOMAN', 'F'],
  ] as const)('%s → %s', (text, sex) => {
    expect(parseSex(text)).toEqual({ kind: 'ok', sex });
  });

  it.each([
    ['1.0', '1.0'],
    ['2.00', '2.00'],
    ['12', '12'],
    [' 2 ', '2'],
    [{ kind: 'number', raw: '2.0' }, '2.0'],
  ] as [RawCell, string][])('numeric code %j is not guessed, and the message quotes the trimmed text', (cell, text) => {
    expect(parseSex(cell)).toEqual({ kind: 'invalid', reason: { code: 'sex.numeric_code', params: { text } } });
  });
});

describe('parseBpjsStatus (audit)', () => {
  const active = ['Y', 'YA', 'ya', 'A', 'Masih Aktif', 'STATUS AKTIF'];
  it.each(active)('%s → active', (s) => {
    expect(parseBpjsStatus(s)).toEqual({ kind: 'ok', status: 'active', raw: s });
  });

  const inactive = [
    'N', 'n', 'NON', 'OFF', 'WAFAT', 'PHK', 'RESIGN', 'SUSPEND', 'TAK AKTIF', 'BERAKHIR', 'TUTUP', 'MUNDUR', 'MUTASI',
    'TIDAK DIPERPANJANG', 'DINONAKTIFKAN', 'NON PESERTA', 'NONAKTIP', 'INAKTIF',
  ];
  it.each(inactive)('%s → inactive', (s) => {
    expect(parseBpjsStatus(s)).toEqual({ kind: 'ok', status: 'inactive', raw: s });
  });

  it('leaves unknown short codes to the caller', () => {
    expect(parseBpjsStatus('ON')).toEqual({ kind: 'invalid', raw: 'ON' });
    expect(parseBpjsStatus('BELUM AKTIF')).toEqual({ kind: 'invalid', raw: 'BELUM AKTIF' });
  });

  // "TIDAK"/"TDK" are generic placeholders: a YA/TIDAK status column read "TIDAK" as no status (treated as active).
  it('reads TIDAK, the counterpart of YA, as inactive', () => {
    expect(parseBpjsStatus('TIDAK')).toEqual({ kind: 'ok', status: 'inactive', raw: 'TIDAK' });
    expect(parseBpjsStatus('tdk')).toEqual({ kind: 'ok', status: 'inactive', raw: 'tdk' });
  });

  // Only "/" exempted NA from non-aktif, so "N.A." (listed in placeholder.ts like "N/A") marked a participant inactive.
  it('reads N.A. as a placeholder, like N/A', () => {
    expect(parseBpjsStatus('N.A.')).toEqual({ kind: 'empty' });
    expect(parseBpjsStatus('NA')).toEqual({ kind: 'ok', status: 'inactive', raw: 'NA' });
  });
});

describe('isPlaceholderText (audit)', () => {
  it.each(['NIHIL', 'nihil', 'DIPROSES', 'Sedang Proses', 'SEDANG DIPROSES'])('"%s" is a placeholder', (word) => {
    expect(isPlaceholderText(word)).toBe(true);
  });

  it('examines at most 24 characters after trimming', () => {
    expect(isPlaceholderText('-'.repeat(25))).toBe(false);
    expect(isPlaceholderText(`  ${'-'.repeat(24)}  `)).toBe(true);
    expect(isPlaceholderText(`\t${'\u2014'.repeat(24)}\n`)).toBe(true);
  });

  it('needs both parentheses', () => {
    for (const t of ['(-', '-)', '(', ')', 'kosong)']) expect(isPlaceholderText(t), t).toBe(false);
  });
});
