// decodeNip: an 18-digit ASN NIP (Perka BKN 22/2007, DOMAIN.md §1.4) is birth YYYYMMDD + appointment
// YYYYMM + sex digit 1/2 + 3-digit serial. It tells a NIP from any other 18 digits, for the NIK column
// (nip_in_nik_column) and the roster's NIP column (asn_nip). All values are made up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeExcelRoundedNip, decodeNip } from '../../../src/normalize/nip.js';

describe('decodeNip', () => {
  it('reads birth date and appointment month', () => {
    expect(decodeNip('197001011995031001')).toEqual({ birth: '1970-01-01', tmt: '1995-03' });
    expect(decodeNip('198512312010122007')).toEqual({ birth: '1985-12-31', tmt: '2010-12' });
  });

  it.each([
    ['19700101199503100', 'too short'],
    ['1970010119950310011', 'too long'],
    ['19700101199503100a', 'not all digits'],
    ['192901011950031001', 'born before 1930'],
    ['201601012040031001', 'born after 2015'],
    ['197002301995031001', 'no 30 February'],
    ['197001011980031001', 'appointed before 15'],
    ['197001012061031001', 'appointed after 2060'],
    ['197001011995131001', 'appointment month 13'],
    ['197001011995001001', 'appointment month 00'],
    ['197001011995033001', 'sex digit 3'],
    ['197001011995031000', 'serial 000'],
    ['327301441093000212', 'a NIK with two more digits'],
  ])('%j is not a NIP (%s)', (d) => {
    expect(decodeNip(d)).toBeNull();
  });

  it('any plausible NIP it builds reads back', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1930, 0, 1)), max: new Date(Date.UTC(2015, 11, 31)), noInvalidDate: true }),
        fc.integer({ min: 15, max: 45 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('1', '2'),
        fc.integer({ min: 1, max: 999 }),
        (birth, after, month, sex, serial) => {
          const iso = birth.toISOString().slice(0, 10);
          const tmtYear = birth.getUTCFullYear() + after;
          const nip = `${iso.replace(/-/g, '')}${tmtYear}${String(month).padStart(2, '0')}${sex}${String(serial).padStart(3, '0')}`;
          expect(decodeNip(nip)).toEqual({ birth: iso, tmt: `${tmtYear}-${String(month).padStart(2, '0')}` });
        },
      ),
    );
  });
});

describe('decodeExcelRoundedNip: a NIP Excel kept to 15 significant digits', () => {
  it.each([
    ['197001011995031000', { birth: '1970-01-01', tmt: '1995-03' }],
    ['1.97001011995031E+17', { birth: '1970-01-01', tmt: '1995-03' }],
    ['1,97001011995031E+17', { birth: '1970-01-01', tmt: '1995-03' }],
    // Serial ≥ 500 rounds the sex digit up: a woman's 2 reads 3.
    ['197001011995033000', { birth: '1970-01-01', tmt: '1995-03' }],
  ])('%j reads birth and appointment', (text, decoded) => {
    expect(decodeExcelRoundedNip(text)).toEqual(decoded);
  });

  it.each([
    ['197001011995031001', 'an intact NIP is decodeNip\'s'],
    ['1.97001E+17', '6 significant digits: too few'],
    ['1.97001011995031E+16', '17 digits'],
    ['197001011995034000', 'sex digit 4'],
    ['197013011995031000', 'month 13'],
    ['327301441093000000', 'a rounded NIK with two more digits'],
  ])('%j is not one (%s)', (text) => {
    expect(decodeExcelRoundedNip(text)).toBeNull();
  });
});
