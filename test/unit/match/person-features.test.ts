import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestBirthDate, nikYearsFromOwn, personFeatures, type PersonFeatures } from '../../../src/match/person-features.js';
import { nameSide } from '../../../src/match/compare-name.js';
import { makeNik, makeParticipant, makeWorker, type RecordSpec } from './make-records.js';

// make-records parses NIKs with referenceYear 2025: a two-digit year YY ≤ 25 is 20YY, else 19YY.
const features = (spec: RecordSpec): PersonFeatures => personFeatures(makeWorker(0, spec));

/** The fields that do not come from the name. */
function nonName(f: PersonFeatures) {
  return {
    digits16: f.digits16,
    prefix15: f.prefix15,
    birthDate: f.birthDate,
    nikBirthDate: f.nikBirthDate,
    sex: f.sex,
    sexFromNik: f.sexFromNik,
    region: f.region,
    kpj: f.kpj,
    nikShared: f.nikShared,
  };
}

describe('personFeatures: NIK-derived fields', () => {
  it('a valid NIK: its digits, its region, the birth date and sex it encodes (woman: day + 40)', () => {
    const nik = makeNik('327301', '1990-01-05', 'F', 1);
    expect(nik).toBe('3273014501900001');
    expect(nonName(features({ nik, name: 'SITI AMINAH' }))).toEqual({
      digits16: '3273014501900001',
      prefix15: '3273014501900001',
      birthDate: 0,
      nikBirthDate: 19900105,
      sex: 'F',
      sexFromNik: true,
      region: 327301,
      kpj: null,
      nikShared: false,
    });
  });

  it('a man’s NIK (day as is), a birth year after the pivot read as 20YY', () => {
    const f = features({ nik: makeNik('947101', '2005-12-31', 'M', 42) });
    expect(f.nikBirthDate).toBe(20051231);
    expect(f.sex).toBe('M');
    expect(f.region).toBe(947101);
  });

  it('a NIK typed with spaces, a leading apostrophe or as ="…" gives the same features as the clean one', () => {
    const clean = nonName(features({ nik: '3273014501900001' }));
    expect(nonName(features({ nik: "'3273 0145 0190 0001" }))).toEqual(clean);
    expect(nonName(features({ nik: '="3273014501900001"' }))).toEqual(clean);
    expect(nonName(features({ nik: ' 3273-0145-0190-0001 ' }))).toEqual(clean);
  });

  it('an Excel-damaged NIK (16th digit zeroed): no 16 digits, but its 15 trusted digits, region, date and sex', () => {
    const f = features({ nik: { excel: '3273014501900000' } });
    expect(nonName(f)).toEqual({
      digits16: null,
      prefix15: '327301450190000',
      birthDate: 0,
      nikBirthDate: 19900105,
      sex: 'F',
      sexFromNik: true,
      region: 327301,
      kpj: null,
      nikShared: false,
    });
  });

  it('Excel scientific notation with 14 digits kept: too few for the prefix key, enough for region, date and sex', () => {
    const f = features({ nik: '3.2730145019000E+15' });
    expect(f.digits16).toBeNull();
    expect(f.prefix15).toBeNull();
    expect(f.region).toBe(327301);
    expect(f.nikBirthDate).toBe(19900105);
    expect(f.sex).toBe('F');
    expect(f.sexFromNik).toBe(true);
  });

  it('Excel scientific notation with 6 digits kept: nothing (the 6th may be rounded: no region; no date, no sex)', () => {
    const f = features({ nik: '3.27301E+15' });
    expect(f.digits16).toBeNull();
    expect(f.prefix15).toBeNull();
    expect(f.region).toBe(0);
    expect(features({ nik: '3.273014E+15' }).region).toBe(327301);
    expect(f.nikBirthDate).toBe(0);
    expect(f.sex).toBeNull();
    expect(f.sexFromNik).toBe(false);
  });

  // Excel's display rounds the last digit it keeps, so 9471015708900001 shows as 9.47102E+15: the 6th digit is
  // not trusted (region 947102 was read, a district the NIK is not from).
  it('Excel scientific notation whose 6th kept digit was rounded up gives no region (it is not known)', () => {
    expect(features({ nik: '9.47102E+15' }).region).toBe(0);
  });

  it('16 digits that fail a hard check (month 13): comparable digits and region, but nothing decoded, no prefix key', () => {
    const f = features({ nik: '3273014513900001' });
    expect(f.digits16).toBe('3273014513900001');
    expect(f.prefix15).toBeNull();
    expect(f.region).toBe(327301);
    expect(f.nikBirthDate).toBe(0);
    expect(f.sex).toBeNull();
    expect(f.sexFromNik).toBe(false);
  });

  it('15 digits typed (last one lost): the prefix key, as compare-nik damagedPrefix reads it', () => {
    const f = features({ nik: '327301450190000' });
    expect(f.digits16).toBeNull();
    expect(f.prefix15).toBe('327301450190000');
    expect(f.nikBirthDate).toBe(0);
    expect(f.sex).toBeNull();
  });

  it.each([
    { what: 'missing cell', nik: null },
    { what: 'placeholder "-"', nik: '-' },
    { what: 'placeholder "0"', nik: '0' },
    { what: 'an 18-digit NIP', nik: '198501012010011001' },
    { what: 'junk of 10 digits', nik: '3273014501' },
  ])('nothing NIK-like ($what): no digits, no prefix, no region, no NIK date or sex', ({ nik }) => {
    const f = features({ nik });
    expect(f.digits16).toBeNull();
    expect(f.prefix15).toBeNull();
    expect(f.nikBirthDate).toBe(0);
    expect(f.sex).toBeNull();
    expect(f.sexFromNik).toBe(false);
    expect(f.region).toBe(0);
  });

  // A run of one digit (0000000000000000, typed for "no NIK") is junk, which compare-nik's comparableDigits maps to null (it was kept, and the row scored "NIK differs" against its own record).
  it.each(['0000000000000000', '1111111111111111'])('a run of one digit (%s) is nothing to compare: no digits, no region', (nik) => {
    const f = features({ nik });
    expect(f.digits16).toBeNull();
    expect(f.region).toBe(0);
  });
});

describe('personFeatures: columns', () => {
  it('the sex column wins over the NIK, and then sex is not from the NIK', () => {
    const f = features({ nik: makeNik('327301', '1990-01-05', 'F', 1), sex: 'M' });
    expect(f.sex).toBe('M');
    expect(f.sexFromNik).toBe(false);
  });

  it('a sex column without any NIK', () => {
    expect(features({ nik: null, sex: 'F' })).toMatchObject({ sex: 'F', sexFromNik: false });
    expect(features({ nik: null, sex: null })).toMatchObject({ sex: null, sexFromNik: false });
  });

  it('the birth-date column is packed as YYYYMMDD; absent or malformed gives 0', () => {
    expect(features({ birthDate: '1987-11-05' }).birthDate).toBe(19871105);
    expect(features({ birthDate: '2001-02-28' }).birthDate).toBe(20010228);
    expect(features({ birthDate: null }).birthDate).toBe(0);
    expect(features({ birthDate: '05-11-1987' }).birthDate).toBe(0);
    expect(features({ birthDate: '1987-13-05' }).birthDate).toBe(0);
  });

  it('the column birth date is kept apart from the NIK one, even when they disagree', () => {
    const f = features({ nik: makeNik('327301', '1990-01-05', 'M', 1), birthDate: '1991-06-30' });
    expect(f.birthDate).toBe(19910630);
    expect(f.nikBirthDate).toBe(19900105);
  });

  it('KPJ: kept as given, an empty one is none', () => {
    expect(features({ kpj: '12345678901' }).kpj).toBe('12345678901');
    expect(features({ kpj: '' }).kpj).toBeNull();
    expect(features({ kpj: null }).kpj).toBeNull();
  });

  it('nikShared starts false and can be set in place (create-matcher fills it once the roster is known)', () => {
    const f = features({ nik: '3273014501900001' });
    expect(f.nikShared).toBe(false);
    f.nikShared = true;
    expect(f.nikShared).toBe(true);
  });
});

describe('personFeatures: name fields are the name side’s own', () => {
  it('equal to nameSide of the record’s name, with the name itself as source', () => {
    const w = makeWorker(0, { name: 'Hj. SITI AMINAH, S.Pd' });
    const f = personFeatures(w);
    const side = nameSide(w.name);
    expect(f.source).toBe(w.name);
    expect({ strong: f.strong, strongTokens: f.strongTokens, strongKey: f.strongKey, fullKey: f.fullKey }).toEqual({
      strong: side.strong,
      strongTokens: side.strongTokens,
      strongKey: side.strongKey,
      fullKey: side.fullKey,
    });
    expect(f.strongKey).toBe('AMINAH SITI');
  });

  it('weak tokens (titles such as RADEN) stay out of the strong key but in the full key', () => {
    const f = features({ name: 'RADEN MAS JOKO' });
    expect(f.strongTokens).toEqual(['JOKO']);
    expect(f.fullKey.split(' ').length).toBe(3);
    expect(f.fullKey).toContain(f.strongKey);
  });

  it('odd spacing and case give the same name fields', () => {
    const a = features({ name: 'SITI AMINAH' });
    const b = features({ name: '  siti   Aminah ' });
    expect(b.strongKey).toBe(a.strongKey);
    expect(b.fullKey).toBe(a.fullKey);
    expect(b.strong).toEqual(a.strong);
  });

  it('an empty name gives empty keys', () => {
    const f = features({ name: '' });
    expect(f.strong).toEqual([]);
    expect(f.strongKey).toBe('');
    expect(f.fullKey).toBe('');
  });

  it('the features of one record are not overwritten by the next record’s (prepareNameSide reuses a scratch object)', () => {
    const first = features({ name: 'BUDI SANTOSO', nik: '3273011301900001' });
    const snapshot = { strong: [...first.strong], strongTokens: [...first.strongTokens], strongKey: first.strongKey, fullKey: first.fullKey };
    const second = features({ name: 'Drs. AHMAD HIDAYAT', nik: '3578014501900002' });
    expect(second.strongKey).not.toBe(snapshot.strongKey);
    expect({ strong: first.strong, strongTokens: first.strongTokens, strongKey: first.strongKey, fullKey: first.fullKey }).toEqual(snapshot);
    expect(first.region).toBe(327301);
  });
});

describe('personFeatures: properties over generated NIKs', () => {
  const REGIONS = ['110101', '317101', '327301', '357801', '510301', '737101', '930101', '947101', '960171'];
  const spec = fc.record({
    region: fc.constantFrom(...REGIONS),
    year: fc.integer({ min: 1926, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    sex: fc.constantFrom<'M' | 'F'>('M', 'F'),
    serial: fc.integer({ min: 1, max: 9999 }),
  });
  const isoOf = (s: { year: number; month: number; day: number }): string =>
    `${s.year}-${String(s.month).padStart(2, '0')}-${String(s.day).padStart(2, '0')}`;

  it('a valid NIK without a sex column: digits, region, date and sex are exactly what it encodes', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const nik = makeNik(s.region, isoOf(s), s.sex, s.serial);
        const f = features({ nik });
        expect(f.digits16).toBe(nik);
        expect(f.prefix15?.slice(0, 15)).toBe(nik.slice(0, 15));
        expect(f.region).toBe(Number(s.region));
        expect(f.nikBirthDate).toBe(s.year * 10000 + s.month * 100 + s.day);
        expect(f.sex).toBe(s.sex);
        expect(f.sexFromNik).toBe(true);
      }),
    );
  });

  it('Excel zeroing the 16th digit changes neither region, NIK date nor sex, and keeps the same first 15 digits', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const nik = makeNik(s.region, isoOf(s), s.sex, s.serial);
        const valid = features({ nik });
        const damaged = features({ nik: { excel: `${nik.slice(0, 15)}0` } });
        expect(damaged.digits16).toBeNull();
        expect(damaged.prefix15?.slice(0, 15)).toBe(valid.prefix15?.slice(0, 15));
        expect(damaged.region).toBe(valid.region);
        expect(damaged.nikBirthDate).toBe(valid.nikBirthDate);
        expect(damaged.sex).toBe(valid.sex);
        expect(damaged.sexFromNik).toBe(true);
      }),
    );
  });

  it('does not depend on the side of the record, and is deterministic', () => {
    fc.assert(
      fc.property(spec, fc.constantFrom('SITI AMINAH', 'M. RIZKI', 'Drs. JOKO SOEPRIJADI', ''), fc.option(fc.constantFrom('M' as const, 'F' as const)), (s, name, sex) => {
        const r = { nik: makeNik(s.region, isoOf(s), s.sex, s.serial), name, sex, birthDate: isoOf(s), kpj: '12345678901' };
        const a = personFeatures(makeWorker(3, r));
        const b = personFeatures(makeParticipant(9, r));
        const { source: _sa, ...restA } = a;
        const { source: _sb, ...restB } = b;
        expect(restB).toEqual(restA);
        const { source: _sc, ...again } = personFeatures(makeWorker(3, r));
        expect(again).toEqual(restA);
      }),
    );
  });
});

describe('bestBirthDate: the column, else the NIK’s', () => {
  it('prefers the column even when the NIK encodes another date', () => {
    expect(bestBirthDate(features({ nik: makeNik('327301', '1990-01-05', 'F', 1), birthDate: '1991-06-30' }))).toBe(19910630);
  });
  it('falls back to the NIK date', () => {
    expect(bestBirthDate(features({ nik: makeNik('327301', '1990-01-05', 'F', 1) }))).toBe(19900105);
    expect(bestBirthDate(features({ nik: { excel: '3273014501900000' } }))).toBe(19900105);
  });
  it('is 0 when neither is known', () => {
    expect(bestBirthDate(features({ nik: null }))).toBe(0);
    expect(bestBirthDate(features({ nik: '3273014513900001' }))).toBe(0);
  });
  it('property: the column when non-zero, else the NIK date', () => {
    fc.assert(
      fc.property(fc.option(fc.constantFrom('1987-11-05', '1990-01-05', '2001-02-28')), fc.option(fc.constantFrom('3273014501900001', '3578012309850003')), (birthDate, nik) => {
        const f = features({ birthDate, nik });
        expect(bestBirthDate(f)).toBe(f.birthDate !== 0 ? f.birthDate : f.nikBirthDate);
      }),
    );
  });
});

describe('nikYearsFromOwn: the NIK encodes a birth date years from the record’s own (a copied NIK)', () => {
  const f = (nikDate: string, column: string | null): PersonFeatures => features({ nik: makeNik('327301', nikDate, 'F', 1), birthDate: column });
  it.each([
    { what: 'a relative’s NIK, 19 years apart', nikDate: '2001-07-13', column: '1982-07-11', expected: true },
    { what: 'a parent’s NIK, decades apart, other day and month', nikDate: '1958-01-03', column: '1985-01-30', expected: true },
    { what: 'the same date', nikDate: '1990-01-05', column: '1990-01-05', expected: false },
    { what: 'a day off (Dukcapil’s NIK date may differ a little)', nikDate: '1991-10-19', column: '1991-10-20', expected: false },
    { what: 'day and month swapped', nikDate: '1990-12-03', column: '1990-03-12', expected: false },
    { what: 'one digit of the year mistyped', nikDate: '1980-03-12', column: '1990-03-12', expected: false },
    { what: 'far, but only one year apart', nikDate: '1991-08-30', column: '1990-03-12', expected: false },
    { what: 'no birth-date column', nikDate: '2001-07-13', column: null, expected: false },
  ])('$what → $expected', ({ nikDate, column, expected }) => {
    expect(nikYearsFromOwn(f(nikDate, column))).toBe(expected);
  });
  it('is false without a decodable NIK', () => {
    expect(nikYearsFromOwn(features({ nik: null, birthDate: '1982-07-11' }))).toBe(false);
    expect(nikYearsFromOwn(features({ nik: '3273014513900001', birthDate: '1982-07-11' }))).toBe(false);
  });
});
