/**
 * Mutation audit of src/normalize/nik.ts and src/normalize/kpj.ts: each test here kills a source
 * mutation that the existing tests (nik.test.ts, kpj.test.ts, property/normalize-nik.test.ts) let through.
 */
import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import { readKpj } from '../../../src/normalize/kpj.js';
import { decodeNik, nikBirthDateNumber, nikSex, parseNik } from '../../../src/normalize/nik.js';

const num = (raw: string): RawCell => ({ kind: 'number', raw });
const opts = { referenceYear: 2026 };

describe('parseNik audit: zeros, lengths and Excel damage', () => {
  it('up to five zeros say "none"; six or more zeros are a junk value of the wrong length', () => {
    expect(parseNik('00000', opts).status).toBe('missing');
    expect(parseNik('000000', opts)).toMatchObject({ status: 'invalid', digits: '000000', reason: { code: 'nik.wrong_length', params: { length: 6 } } });
    expect(parseNik('000000000000000', opts)).toMatchObject({ status: 'invalid', reason: { code: 'nik.wrong_length', params: { length: 15 } } });
  });

  it('scientific notation standing for 17 digits is a wrong length, not a damaged NIK', () => {
    expect(parseNik('1.23E+16', opts)).toMatchObject({
      status: 'invalid',
      trustedPrefix: null,
      reason: { code: 'nik.wrong_length', params: { length: 17 } },
    });
  });

  it('scientific notation with more than 16 significant digits trusts at most 15 of them', () => {
    const r = parseNik('3.6710145019000012E+15', opts);
    expect(r.status).toBe('excel_damaged');
    expect(r.trustedPrefix).toBe('367101450190000');
    expect(r.digits).toBe('36710145019000012');
    expect(r.reason).toEqual({ code: 'nik.excel_scientific', params: { kept: 15 } });
  });

  it('scientific notation spelling out 16 digits that end in 0 went through a number: damaged, like a numeric cell', () => {
    for (const cell of ['3.671014501900010E+15', num('3.671014501900010E+15')]) {
      const r = parseNik(cell, opts);
      expect(r.status).toBe('excel_damaged');
      expect(r.trustedPrefix).toBe('367101450190001');
      expect(r.reason?.code).toBe('nik.excel_rounded');
    }
  });

  it('a comma-grouped number of 17 digits ending in 0 is a wrong length, not a damaged NIK', () => {
    expect(parseNik('36,710,145,019,000,010', opts)).toMatchObject({
      status: 'invalid',
      digits: '36710145019000010',
      reason: { code: 'nik.wrong_length', params: { length: 17 } },
    });
  });

  // Indonesian-locale Excel groups thousands with dots (DOMAIN.md §5); only comma grouping was flagged as damaged.
  it('a dot-grouped number ending in 0 (Indonesian locale) went through a float too: damaged', () => {
    const r = parseNik('3.671.014.501.900.000', opts);
    expect(r.status).toBe('excel_damaged');
    expect(r.trustedPrefix).toBe('367101450190000');
  });

  it('a dot-grouped number not ending in 0 reads as the NIK', () => {
    expect(parseNik('3.671.014.501.900.001', opts)).toMatchObject({ status: 'valid', nik: '3671014501900001' });
  });
});

describe('parseNik audit: hard checks', () => {
  it('month is checked before day (the order the contract lists them)', () => {
    expect(parseNik('3671010013900001', opts).reason).toEqual({ code: 'nik.bad_month', params: { month: '13' } });
  });

  it('one repeated digit means all sixteen: a different last digit is a NIK', () => {
    expect(parseNik('1111111111111112', opts)).toMatchObject({ status: 'valid', nik: '1111111111111112' });
    expect(parseNik('2222222222222221', opts).reason?.code).not.toBe('nik.all_same_digit');
  });

  it('names at most five distinct non-digit characters', () => {
    expect(parseNik('ABCDEFG3671014501900001', opts)).toMatchObject({
      status: 'invalid',
      digits: '3671014501900001',
      reason: { code: 'nik.non_digits', params: { chars: 'ABCDE' } },
    });
  });
});

describe('parseNik audit: soft checks and decoding', () => {
  it('only serial 0000 warns: serial 1000 is fine', () => {
    expect(parseNik('3671011203901000', opts).warnings).toEqual([]);
    expect(parseNik('3671011203900100', opts).warnings).toEqual([]);
  });

  it('day 41 is a woman born on the 1st; day 31 a man born on the 31st', () => {
    const f = parseNik('3671014101900001', opts);
    expect(decodeNik(f)).toMatchObject({ birthDate: '1990-01-01', sex: 'F' });
    expect(nikSex(f)).toBe('F');
    expect(nikBirthDateNumber(f)).toBe(19900101);
    const m = parseNik('3671013101900001', opts);
    expect(decodeNik(m)).toMatchObject({ birthDate: '1990-01-31', sex: 'M' });
    expect(nikSex(m)).toBe('M');
  });

  it('a damaged NIK whose trusted month or day is impossible decodes to nothing', () => {
    for (const raw of ['3671014513900010' /* month 13 */, '3671014500900010' /* month 00 */, '3671013201900010' /* day 32 */, '3671017201900010' /* day 72 */]) {
      const r = parseNik(num(raw), opts);
      expect(r.status, raw).toBe('excel_damaged');
      expect(decodeNik(r), raw).toBeNull();
      expect(nikSex(r), raw).toBeNull();
      expect(nikBirthDateNumber(r), raw).toBe(0);
    }
  });

  it('shared decoded strings of equal value but different length stay distinct (serial 0001 vs a damaged 001)', () => {
    expect(decodeNik(parseNik('3671014501900001', opts))?.serial).toBe('0001');
    expect(decodeNik(parseNik(num('3671014501900010'), opts))?.serial).toBe('001');
    // The other order, with values no other test decodes first.
    expect(decodeNik(parseNik(num('3671014501900070'), opts))?.serial).toBe('007');
    expect(decodeNik(parseNik('3671014501900007', opts))?.serial).toBe('0007');
    // Province "36" and serial "0036" have the same numeric value.
    expect(decodeNik(parseNik('3671011203900036', opts))).toMatchObject({ province: '36', serial: '0036' });
  });
});

describe('readKpj audit', () => {
  it('spaces inside scientific notation do not turn lost digits into a KPJ', () => {
    expect(readKpj('1.234 57E+10')).toEqual({ kind: 'invalid', reason: { code: 'kpj.scientific', params: { kpj: '1.234 57E+10' } } });
  });

  it('scientific notation with written-out trailing zeros after the integer reads as the exact KPJ', () => {
    expect(readKpj('1.23456789010E+10')).toEqual({ kind: 'ok', kpj: '12345678901' });
    expect(readKpj(num('1.234567890100E+10'))).toEqual({ kind: 'ok', kpj: '12345678901' });
  });

  it('other lengths are kept as they are, also after cleaning', () => {
    expect(readKpj('KPJ 123456789012')).toEqual({ kind: 'ok', kpj: '123456789012' });
    expect(readKpj('1234 5678 9012 3')).toEqual({ kind: 'ok', kpj: '1234567890123' });
    expect(readKpj('="123456789012"')).toEqual({ kind: 'ok', kpj: '123456789012' });
  });

  // Two KPJs in one cell were glued into a 22-digit number nobody has, reported as ok instead of a kpj_invalid problem.
  it('two KPJs in one cell are not read as one 22-digit KPJ', () => {
    expect(readKpj('12345678901 / 12345678902')).toEqual({ kind: 'invalid', reason: { code: 'kpj.several', params: { kpj: '12345678901 / 12345678902' } } });
    expect(readKpj('KPJ 12345678901')).toEqual({ kind: 'ok', kpj: '12345678901' });
    expect(readKpj('123-4567-8901')).toEqual({ kind: 'ok', kpj: '12345678901' });
  });
});
