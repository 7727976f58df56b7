import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import { NIK_REASON_NIP, decodeNik, parseNik } from '../../../src/normalize/nik.js';

const num = (raw: string): RawCell => ({ kind: 'number', raw });
const opts = { referenceYear: 2026 };

describe('parseNik: cleaning', () => {
  const cases: { input: RawCell | undefined; nik: string }[] = [
    { input: '3671014501900001', nik: '3671014501900001' },
    { input: ' 3671014501900001 ', nik: '3671014501900001' },
    { input: "'3671014501900001", nik: '3671014501900001' },
    { input: '3671 0145 0190 0001', nik: '3671014501900001' },
    { input: '3671.0145.0190.0001', nik: '3671014501900001' },
    { input: '3671-0145-0190-0001', nik: '3671014501900001' },
    { input: '36.71.01.450190.0001', nik: '3671014501900001' },
    { input: '"3671014501900001"', nik: '3671014501900001' },
    { input: '="3671014501900001"', nik: '3671014501900001' },
    { input: '= "3671014501900001"', nik: '3671014501900001' },
    { input: '3671014501900001.0', nik: '3671014501900001' },
    { input: '3671014501900001.00', nik: '3671014501900001' },
    { input: '3671014501900001,00', nik: '3671014501900001' },
    { input: '\u2018367101450190000\u2019'.replace('0\u2019', '01\u2019'), nik: '3671014501900001' },
    { input: '３６７１０１４５０１９００００１', nik: '3671014501900001' }, // full-width digits
    { input: '3671014501900001\u00A0', nik: '3671014501900001' },
    { input: '\uFEFF3671014501900001', nik: '3671014501900001' },
    { input: num('3671014501900001'), nik: '3671014501900001' },
    { input: num('3671014501900001.0'), nik: '3671014501900001' },
    { input: num('3.671014501900001E+15'), nik: '3671014501900001' },
    // A text cell with 16 digits is taken as written, even ending in 0.
    { input: '3671014501900010', nik: '3671014501900010' },
    // Papua NIKs above 2^53 stay exact as strings.
    { input: '9471015708900001', nik: '9471015708900001' },
  ];
  it.each(cases)('$input → $nik', ({ input, nik }) => {
    const r = parseNik(input, opts);
    expect(r.status).toBe('valid');
    expect(r.nik).toBe(nik);
    expect(r.digits).toBe(nik);
    expect(r.reason).toBeNull();
  });

  it('keeps the raw text as found', () => {
    expect(parseNik("'3671 0145 0190 0001", opts).raw).toBe("'3671 0145 0190 0001");
    expect(parseNik(num('3.67101E+15'), opts).raw).toBe('3.67101E+15');
  });
});

describe('parseNik: missing', () => {
  const cases: (RawCell | undefined)[] = [
    undefined, null, '', '   ', '-', '--', '—', '0', '00', '.', 'N/A', 'n/a', 'NA', '#N/A', 'belum ada', 'BELUM ADA',
    'Tidak Ada', 'tidak ada', 'kosong', 'null', '(kosong)', "'", '="-"', 'x', num('0'),
  ];
  it.each(cases)('%j → missing', (input) => {
    const r = parseNik(input, opts);
    expect(r.status).toBe('missing');
    expect(r.nik).toBeNull();
    expect(r.digits).toBe('');
  });
});

describe('parseNik: Excel damage', () => {
  it('scientific notation with fewer significant digits than 16 → damaged, prefix = the digits shown', () => {
    for (const [input, prefix] of [
      ['3.67101E+15', '367101'],
      ['3,67101E+15', '367101'],
      ['3.67101e15', '367101'],
      ['3.67101450190E+15', '367101450190'],
      ['3.67101450190000E+15', '367101450190000'],
      [num('3.67101450190001E+15'), '367101450190001'],
    ] as const) {
      const r = parseNik(input, opts);
      expect(r.status, String(input)).toBe('excel_damaged');
      expect(r.trustedPrefix).toBe(prefix);
      expect(r.nik).toBeNull();
      expect(r.reason?.code).toBe('nik.excel_scientific');
      expect(r.reason?.params?.['kept']).toBe(prefix.length);
    }
  });

  it('a numeric cell of 16 digits ending in 0 → damaged, first 15 trusted', () => {
    const r = parseNik(num('3671014501900010'), opts);
    expect(r.status).toBe('excel_damaged');
    expect(r.trustedPrefix).toBe('367101450190001');
    expect(r.digits).toBe('3671014501900010');
    expect(r.reason?.code).toBe('nik.excel_rounded');
    // The trusted digits still carry region, birth date and sex, for blocking.
    expect(decodeNik(r)).toMatchObject({ region: '367101', birthDate: '1990-01-05', sex: 'F', serial: '001' });
  });

  it('a numeric cell with ".0" and a 0 at the end → damaged too', () => {
    expect(parseNik(num('3671014501900000.0'), opts).status).toBe('excel_damaged');
  });

  it('a numeric cell whose 16 digits do not end in 0 is exact', () => {
    expect(parseNik(num('9471015708900001'), opts)).toMatchObject({ status: 'valid', nik: '9471015708900001' });
  });

  it('a number shown with thousands separators went through a float', () => {
    const r = parseNik('3,671,014,501,900,000', opts);
    expect(r.status).toBe('excel_damaged');
    expect(r.trustedPrefix).toBe('367101450190000');
    expect(r.reason?.code).toBe('nik.excel_grouped');
    expect(parseNik('3,671,014,501,900,001', opts).status).toBe('valid');
  });

  it('scientific notation standing for another length is a wrong length', () => {
    const r = parseNik('1.23E+14', opts);
    expect(r.status).toBe('invalid');
    expect(r.reason).toEqual({ code: 'nik.wrong_length', params: { length: 15 } });
  });

  it('does not decode damaged values whose trusted digits are too few', () => {
    expect(decodeNik(parseNik('3.67101E+15', opts))).toBeNull();
    // 12 kept: the last one (the birth year's second digit) may have been rounded, so no date is read from it.
    expect(decodeNik(parseNik('3.67101450190E+15', opts))).toBeNull();
    expect(decodeNik(parseNik('3.671014501900E+15', opts))?.birthDate).toBe('1990-01-05');
  });
});

describe('parseNik: hard checks', () => {
  const cases: { input: RawCell; code: string; params?: Record<string, string | number>; digits?: string }[] = [
    { input: '367101450190001', code: 'nik.wrong_length', params: { length: 15 }, digits: '367101450190001' },
    { input: '36710145019000011', code: 'nik.wrong_length', params: { length: 17 } },
    { input: '12345', code: 'nik.wrong_length', params: { length: 5 } },
    { input: '00000000095100', code: 'nik.wrong_length', params: { length: 14 } },
    { input: num('367101450190001'), code: 'nik.wrong_length', params: { length: 15 } },
    // The letter O typed for a zero is read as 0 (16 positions kept for matching); still invalid.
    { input: '36710145O1900001', code: 'nik.non_digits', params: { chars: 'O' }, digits: '3671014501900001' },
    { input: '3671o14501900001', code: 'nik.non_digits', params: { chars: 'o' }, digits: '3671014501900001' },
    { input: '367I0I45O1900001', code: 'nik.non_digits', params: { chars: 'IO' }, digits: '3671014501900001' },
    { input: '3671O14501900OO1', code: 'nik.non_digits', params: { chars: 'O' } },
    { input: 'NIK 3671014501900001', code: 'nik.non_digits', params: { chars: 'NIK' }, digits: '3671014501900001' },
    { input: '3671014501900001/2', code: 'nik.non_digits', params: { chars: '/' } },
    { input: 'tidak tahu nik', code: 'nik.non_digits' },
    { input: '0000000000000000', code: 'nik.all_same_digit', params: { digit: '0' } },
    { input: '1111111111111111', code: 'nik.all_same_digit', params: { digit: '1' } },
    { input: '3671014513900001', code: 'nik.bad_month', params: { month: '13' } },
    { input: '3671014500900001', code: 'nik.bad_month', params: { month: '00' } },
    { input: '3671010001900001', code: 'nik.bad_day', params: { day: '00' } },
    { input: '3671013201900001', code: 'nik.bad_day', params: { day: '32' } },
    { input: '3671014001900001', code: 'nik.bad_day', params: { day: '40' } },
    { input: '3671017201900001', code: 'nik.bad_day', params: { day: '72' } },
    { input: { kind: 'date', iso: '1990-03-12', serial: 32944 }, code: 'nik.date_cell', params: { date: '1990-03-12' } },
  ];
  it.each(cases)('$input → $code', ({ input, code, params, digits }) => {
    const r = parseNik(input, opts);
    expect(r.status).toBe('invalid');
    expect(r.nik).toBeNull();
    expect(r.reason?.code).toBe(code);
    if (params !== undefined) expect(r.reason?.params).toEqual(params);
    if (digits !== undefined) expect(r.digits).toBe(digits);
  });

  it('names an 18-digit NIP (YYYYMMDD birth + YYYYMM TMT + sex + serial)', () => {
    for (const nip of ['198503122010011002', '197001011995032001', '1985 0312 201001 1 002']) {
      const r = parseNik(nip, opts);
      expect(r.status).toBe('invalid');
      expect(r.reason?.code).toBe(NIK_REASON_NIP);
    }
    expect(parseNik('198503122010011002', opts).reason?.params).toEqual({ birth: '1985-03-12', tmt: '2010-01' });
  });

  it('does not call an implausible 18-digit value a NIP', () => {
    for (const v of [
      '367101450190000123', // starts like a NIK
      '198513122010011002', // birth month 13
      '198503122010013002', // sex digit 3
      '198503121990011002', // appointed at age 4
      '198503122010011000', // serial 000
    ]) {
      expect(parseNik(v, opts).reason?.code, v).toBe('nik.wrong_length');
    }
  });
});

describe('parseNik: decoding and soft checks', () => {
  it('decodes region, birth date, sex and serial', () => {
    expect(decodeNik(parseNik('3671011203900002', opts))).toEqual({
      region: '367101',
      province: '36',
      birthDate: '1990-03-12',
      sex: 'M',
      serial: '0002',
    });
  });

  it('women have 40 added to the day', () => {
    expect(decodeNik(parseNik('3671015203900002', opts))).toMatchObject({ birthDate: '1990-03-12', sex: 'F' });
    expect(decodeNik(parseNik('3671017112850001', opts))).toMatchObject({ birthDate: '1985-12-31', sex: 'F' });
  });

  it('picks the century from the reference year', () => {
    expect(decodeNik(parseNik('3671011203050001', opts))?.birthDate).toBe('2005-03-12');
    expect(decodeNik(parseNik('3671011203260001', opts))?.birthDate).toBe('2026-03-12');
    expect(decodeNik(parseNik('3671011203270001', opts))?.birthDate).toBe('1927-03-12');
    expect(decodeNik(parseNik('3671011203050001', { referenceYear: 2004 }))?.birthDate).toBe('1905-03-12');
    // Without a reference year: 00–30 → 20YY.
    expect(decodeNik(parseNik('3671011203300001'))?.birthDate).toBe('2030-03-12');
    expect(decodeNik(parseNik('3671011203310001'))?.birthDate).toBe('1931-03-12');
  });

  it('a valid NIK has no warnings when all is well', () => {
    expect(parseNik('3671011203900002', opts).warnings).toEqual([]);
  });

  it('warns (never rejects) on an unknown region', () => {
    const r = parseNik('9901011203900002', opts);
    expect(r.status).toBe('valid');
    expect(r.warnings).toEqual([{ code: 'nik.region_unknown', params: { region: '9901' } }]);
    expect(parseNik('3699011203900002', opts).warnings.map((w) => w.code)).toEqual(['nik.region_unknown']);
  });

  it('accepts legacy pre-2022 Papua codes without a warning', () => {
    // 9101 Merauke (now 9301), 9271 Kota Sorong (now 9671).
    for (const nik of ['9101011203900002', '9271011203900002', '9301011203900002', '9671011203900002']) {
      expect(parseNik(nik, opts).warnings, nik).toEqual([]);
    }
  });

  it('warns on serial 0000', () => {
    const r = parseNik('3671011203900000', opts);
    expect(r.status).toBe('valid');
    expect(r.warnings.map((w) => w.code)).toEqual(['nik.serial_zero']);
  });

  it('warns when the birth date is not a real calendar date, and leaves it null', () => {
    const r = parseNik('3671013102900001', opts);
    expect(r.status).toBe('valid');
    expect(decodeNik(r)?.birthDate).toBeNull();
    expect(r.warnings).toEqual([{ code: 'nik.date_impossible', params: { day: '31', month: '02', year: '90' } }]);
    expect(parseNik('3671016902890001', opts).warnings.map((w) => w.code)).toEqual(['nik.date_impossible']);
  });

  it('29 February is fine in a leap year, and 29-02-00 is real (2000)', () => {
    expect(decodeNik(parseNik('3671012902880001', opts))?.birthDate).toBe('1988-02-29');
    expect(decodeNik(parseNik('3671012902000001', opts))?.birthDate).toBe('2000-02-29');
    expect(parseNik('3671012902000001', opts).warnings).toEqual([]);
  });
});
