import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import { parseKpj, readKpj } from '../../../src/normalize/kpj.js';

const num = (raw: string): RawCell => ({ kind: 'number', raw });

describe('parseKpj', () => {
  const cases: { input: RawCell | undefined; kpj: string | null }[] = [
    { input: '12345678901', kpj: '12345678901' },
    { input: ' 12345678901 ', kpj: '12345678901' },
    { input: "'12345678901", kpj: '12345678901' },
    { input: '123 4567 8901', kpj: '12345678901' },
    { input: '123.4567.8901', kpj: '12345678901' },
    { input: '123-4567-8901', kpj: '12345678901' },
    { input: '="12345678901"', kpj: '12345678901' },
    { input: '12345678901.0', kpj: '12345678901' },
    { input: num('12345678901'), kpj: '12345678901' },
    { input: num('12345678901.0'), kpj: '12345678901' },
    { input: num('1.2345678901E+10'), kpj: '12345678901' },
    { input: '01234567890', kpj: '01234567890' },
    // Other lengths are kept.
    { input: '1234567890', kpj: '1234567890' },
    { input: '123456789012', kpj: '123456789012' },
    { input: 'KPJ 12345678901', kpj: '12345678901' },
    // Empty, placeholders, lost digits.
    { input: undefined, kpj: null },
    { input: null, kpj: null },
    { input: '', kpj: null },
    { input: '-', kpj: null },
    { input: '0', kpj: null },
    { input: num('0'), kpj: null },
    { input: 'belum ada', kpj: null },
    { input: 'N/A', kpj: null },
    { input: '1.23457E+10', kpj: null },
    { input: '0e0', kpj: null },
    { input: num('0E+00'), kpj: null },
    { input: { kind: 'date', iso: '2020-01-01', serial: 43831 }, kpj: null },
  ];
  it.each(cases)('$input → $kpj', ({ input, kpj }) => {
    expect(parseKpj(input)).toBe(kpj);
  });
});

describe('readKpj', () => {
  it('reads digits as ok, with what parseKpj returns', () => {
    expect(readKpj('123.4567.8901')).toEqual({ kind: 'ok', kpj: '12345678901' });
    expect(readKpj(num('1.2345678901E+10'))).toEqual({ kind: 'ok', kpj: '12345678901' });
  });

  it('an empty cell, a placeholder or zeros are missing, not a problem', () => {
    for (const cell of [undefined, null, '', '  ', '-', 'belum ada', 'N/A', '0', '000', num('0'), '0e0', num('0E+00')]) {
      expect(readKpj(cell)).toEqual({ kind: 'missing' });
    }
  });

  it('scientific notation that lost digits is invalid, naming the value (it used to be dropped without a word)', () => {
    expect(readKpj('1.23457E+10')).toEqual({ kind: 'invalid', reason: { code: 'kpj.scientific', params: { kpj: '1.23457E+10' } } });
    expect(readKpj(num('1.23457E+10'))).toMatchObject({ kind: 'invalid', reason: { code: 'kpj.scientific' } });
  });

  it('text without digits is a note, not a lost number: missing, like a placeholder', () => {
    for (const note of ['TIDAK DIKETAHUI PERSIS', 'BELUM ADA KPJ', 'SEDANG DIPROSES', 'NIHIL']) expect(readKpj(note)).toEqual({ kind: 'missing' });
  });

  it('a note that mentions a year or a count is missing, not a KPJ of those digits', () => {
    for (const note of ['BELUM ADA (2024)', 'PROSES 2023', 'Daftar Jan 2024', 'tunggu 2 minggu']) expect(readKpj(note)).toEqual({ kind: 'missing' });
  });

  it('a KPJ written with a label or beside a note keeps its digits', () => {
    expect(readKpj('KPJ 12345678901')).toEqual({ kind: 'ok', kpj: '12345678901' });
    expect(readKpj('No. 123.4567.8901 (baru)')).toEqual({ kind: 'ok', kpj: '12345678901' });
    // Digits alone, however few, stay a number the officer typed (other lengths are kept as they are).
    expect(readKpj('2024')).toEqual({ kind: 'ok', kpj: '2024' });
  });

  it('a cell Excel turned into a date is invalid, naming the date', () => {
    expect(readKpj({ kind: 'date', iso: '2020-01-01', serial: 43831 })).toEqual({ kind: 'invalid', reason: { code: 'kpj.date_cell', params: { value: '2020-01-01' } } });
  });
});
