/**
 * Direct unit tests of findDuplicates (src/match/find-duplicates.ts): which roster rows are later
 * copies of an earlier person (`firstOf`, `kind`), and which rows share a valid NIK with another
 * person (`sharedNikWith`, `nikShared`, `sharedNikByBirthDate`). The inputs are built the way
 * create-matcher.ts (matcherState) builds them: workers → features → name counts → packed NIK digits.
 * All NIKs are synthetic (makeNik or made-up digits).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../src/match/find-duplicates.js';
import { hashFinish, hashStart, LANE1, mixString } from '../../../src/match/key-hash.js';
import { NO_DIGITS } from '../../../src/match/packed-nik-digits.js';
import { personFeatures } from '../../../src/match/person-features.js';
import type { Sex } from '../../../src/normalize/parsed-nik.js';
import { clear, duplicates, type Dups } from './duplicates-of.js';
import { makeNik, makeWorker, type RecordSpec } from './make-records.js';


const SITI = makeNik('367101', '1990-01-10', 'F', 1); // 3671015001900001
const BUDI = makeNik('327301', '1985-03-22', 'M', 4); // 3273012203850004
const HENDRA = makeNik('737101', '1991-07-07', 'M', 15); // 7371010707910015

describe('the same valid NIK on two rows', () => {
  it('with the same name: the later row is a same_nik duplicate of the earlier one', () => {
    const r = duplicates([
      { nik: SITI, name: 'SITI AMINAH', birthDate: '1990-01-10', agency: 'DINAS A' },
      { nik: SITI, name: 'SITI AMINAH', birthDate: '1990-01-10', agency: 'DINAS B' },
    ]);
    expect(r).toEqual({ ...clear(2), firstOf: [-1, 0], kind: [null, 'same_nik'] });
  });

  it.each([
    ['a degree', 'SITI AMINAH S.Pd'],
    ['a title', 'Hj. SITI AMINAH'],
    ['an initial', 'SITI A.'],
    ['a middle name more', 'SITI NUR AMINAH'],
    ['a dropped name', 'AMINAH'],
    ['a typo', 'SITI AMINA'],
    ['the words swapped', 'AMINAH SITI'],
    ['no name at all', ''],
  ])('with an agreeing name (%s): a same_nik duplicate', (_, name) => {
    const r = duplicates([
      { nik: SITI, name: 'SITI AMINAH', birthDate: '1990-01-10' },
      { nik: SITI, name, birthDate: '1990-01-10' },
    ]);
    expect(r).toEqual({ ...clear(2), firstOf: [-1, 0], kind: [null, 'same_nik'] });
  });

  it.each([
    ['an unrelated name', 'BAMBANG SUGIHARTO', '1975-07-28'],
    ['one word in common only', 'SITI RAHAYU', '1990-01-10'],
  ])('with %s: no duplicate, both rows flagged as sharing the NIK', (_, name, birthDate) => {
    const r = duplicates([
      { nik: SITI, name: 'SITI AMINAH', birthDate: '1990-01-10' },
      { nik: SITI, name, birthDate },
    ]);
    expect(r).toEqual({ ...clear(2), sharedNikWith: [-1, 0], nikShared: [1, 1] });
  });

  it('a third person on the NIK points at the first row; a copy of the second person is its duplicate', () => {
    const r = duplicates([
      { nik: SITI, name: 'SITI AMINAH', birthDate: '1990-01-10' },
      { nik: SITI, name: 'BAMBANG SUGIHARTO', birthDate: '1975-07-28' },
      { nik: SITI, name: 'AGUS PRIYANTO', birthDate: '1980-04-04' },
      { nik: SITI, name: 'BAMBANG SUGIHARTO', birthDate: '1975-07-28' },
      { nik: SITI, name: 'SITI AMINAH S.Pd', birthDate: '1990-01-10' },
    ]);
    expect(r.firstOf).toEqual([-1, -1, -1, 1, 0]);
    expect(r.kind).toEqual([null, null, null, 'same_nik', 'same_nik']);
    expect(r.sharedNikWith).toEqual([-1, 0, 0, -1, -1]);
    expect(r.nikShared.slice(0, 3)).toEqual([1, 1, 1]);
    expect(r.sharedNikByBirthDate).toEqual([0, 0, 0, 0, 0]);
  });

  describe('with an agreeing name, told apart by the birth dates', () => {
    // SRI RAHAYU (born 2001, her own NIK) and SRI RAHAJOE (born 1982) who copied it.
    const rahayuNik = makeNik('330101', '2001-07-13', 'F', 6);
    const rahayu: RecordSpec = { nik: rahayuNik, name: 'SRI RAHAYU', birthDate: '2001-07-13' };
    const rahajoe: RecordSpec = { nik: rahayuNik, name: 'SRI RAHAJOE', birthDate: '1982-07-11' };

    it('birth dates years apart, the NIK fitting one row only: two people, sharedNikByBirthDate on the later row', () => {
      expect(duplicates([rahayu, rahajoe])).toEqual({ ...clear(2), sharedNikWith: [-1, 0], nikShared: [1, 1], sharedNikByBirthDate: [0, 1] });
    });

    it('either row may be the copy: the same flags with the copier listed first', () => {
      expect(duplicates([rahajoe, rahayu])).toEqual({ ...clear(2), sharedNikWith: [-1, 0], nikShared: [1, 1], sharedNikByBirthDate: [0, 1] });
    });

    it('birth dates years apart, the NIK fitting neither: still one person listed twice', () => {
      const r = duplicates([
        { nik: rahayuNik, name: 'SRI RAHAYU', birthDate: '1979-02-03' },
        { nik: rahayuNik, name: 'SRI RAHAYU', birthDate: '1990-11-25' },
      ]);
      expect(r).toEqual({ ...clear(2), firstOf: [-1, 0], kind: [null, 'same_nik'] });
    });

    it("one birth date a day off the NIK's: one person listed twice (a typo, not a copier)", () => {
      const nik = makeNik('510301', '1991-10-20', 'M', 383);
      const r = duplicates([
        { nik, name: 'KUSNADI PURNAMA JUWONO', birthDate: '1991-10-19' },
        { nik, name: 'KUSNADI PURNAMA JUWONO', birthDate: '1991-10-20' },
      ]);
      expect(r).toEqual({ ...clear(2), firstOf: [-1, 0], kind: [null, 'same_nik'] });
    });
  });
});

describe('no valid NIK on either row', () => {
  it('the same name key, birth date and agency: a same_name_birth_date_agency duplicate', () => {
    const r = duplicates([
      { nik: null, name: 'DJOKO SOEPARMAN', birthDate: '1970-05-05' },
      { nik: '-', name: 'JOKO SUPARMAN', birthDate: '1970-05-05' },
    ]);
    expect(r).toEqual({ ...clear(2), firstOf: [-1, 0], kind: [null, 'same_name_birth_date_agency'] });
  });

  it('the agency is compared as budgets group it: trimmed, in any case, inner spaces collapsed', () => {
    const r = duplicates([
      { nik: null, name: 'SITI AMINAH', birthDate: '1990-01-10', agency: ' dinas  a ' },
      { nik: null, name: 'SITI AMINAH', birthDate: '1990-01-10', agency: 'DINAS A' },
    ]);
    expect(r).toEqual({ ...clear(2), firstOf: [-1, 0], kind: [null, 'same_name_birth_date_agency'] });
  });

  it('invalid NIKs (junk, an 18-digit NIP) count as no NIK', () => {
    const r = duplicates([
      { nik: 'ABC', name: 'SITI AMINAH', birthDate: '1990-01-10' },
      { nik: '199001102015032001', name: 'SITI AMINAH', birthDate: '1990-01-10' },
    ]);
    expect(r).toEqual({ ...clear(2), firstOf: [-1, 0], kind: [null, 'same_name_birth_date_agency'] });
  });

  it('namesakes born the same day in different agencies are not duplicates', () => {
    const r = duplicates([
      { nik: null, name: 'SITI AMINAH', birthDate: '1990-01-10', agency: 'DINAS A' },
      { nik: null, name: 'SITI AMINAH', birthDate: '1990-01-10', agency: 'DINAS B' },
    ]);
    expect(r).toEqual(clear(2));
  });

  it.each([
    ['no birth date on either row', { birthDate: null }, { birthDate: null }],
    ['other birth dates', { birthDate: '1990-01-10' }, { birthDate: '1990-01-11' }],
    ['no name on either row', { name: '' }, { name: '' }],
    ['a legal title on one row only (the full key differs)', { name: 'RADEN SURYA' }, { name: 'SURYA' }],
  ] as const)('%s: not duplicates', (_, a, b) => {
    const base: RecordSpec = { nik: null, name: 'SITI AMINAH', birthDate: '1990-01-10' };
    expect(duplicates([{ ...base, ...a }, { ...base, ...b }])).toEqual(clear(2));
  });
});

describe('a valid NIK on one row only (any agency)', () => {
  const withNik: RecordSpec = { nik: BUDI, name: 'BUDI SANTOSO', birthDate: '1985-03-22', agency: 'A' };
  const without: RecordSpec = { nik: null, name: 'Budi Santoso, S.Pd', birthDate: '1985-03-22', agency: 'B' };

  it("the NIK's date confirms the birth date and the name is rare: a same_name_birth_date duplicate, in either order", () => {
    expect(duplicates([withNik, without])).toEqual({ ...clear(2), firstOf: [-1, 0], kind: [null, 'same_name_birth_date'] });
    expect(duplicates([without, withNik])).toEqual({ ...clear(2), firstOf: [-1, 0], kind: [null, 'same_name_birth_date'] });
  });

  it('a common name (a third namesake born another day): not duplicates', () => {
    const namesake: RecordSpec = { nik: null, name: 'BUDI SANTOSO', birthDate: '1960-01-01', agency: 'B' };
    expect(duplicates([withNik, without, namesake])).toEqual(clear(3));
  });

  it("the NIK's date disagreeing with the (shared) birth date: not duplicates", () => {
    expect(duplicates([{ ...withNik, birthDate: '1985-03-23' }, { ...without, birthDate: '1985-03-23' }])).toEqual(clear(2));
  });
});

describe('the same name and birth date with near NIKs', () => {
  const row = (nik: RecordSpec['nik'], agency: string): RecordSpec => ({ nik, name: 'HENDRA GUNAWAN', birthDate: '1991-07-07', agency });

  it.each([
    ['the last two digits swapped', `${HENDRA.slice(0, 14)}${HENDRA[15]}${HENDRA[14]}`],
    ['the last digit mistyped', `${HENDRA.slice(0, 15)}0`],
    ['the next serial (one digit off)', makeNik('737101', '1991-07-07', 'M', 16)],
    ['cut by Excel to 15 digits', { excel: `${HENDRA.slice(0, 15)}0` }],
    ['a digit lost when typed (15 digits)', HENDRA.slice(0, 15)],
  ] as const)('one copy with %s: a same_name_birth_date_near_nik duplicate, in either order', (_, copy) => {
    const expected = { ...clear(2), firstOf: [-1, 0], kind: [null, 'same_name_birth_date_near_nik'] };
    expect(duplicates([row(HENDRA, 'A'), row(copy, 'B')])).toEqual(expected);
    expect(duplicates([row(copy, 'B'), row(HENDRA, 'A')])).toEqual(expected);
  });

  it('two substitutions apart: not duplicates', () => {
    expect(duplicates([row(HENDRA, 'A'), row(`${HENDRA.slice(0, 12)}9919`, 'B')])).toEqual(clear(2));
  });

  it('twins (consecutive serials, another given name): not duplicates', () => {
    const r = duplicates([
      row(HENDRA, 'A'),
      { nik: makeNik('737101', '1991-07-07', 'M', 16), name: 'HENDRI GUNAWAN', birthDate: '1991-07-07', agency: 'A' },
    ]);
    expect(r).toEqual(clear(2));
  });

  describe('Excel scientific notation kept only a few digits, the last one rounded', () => {
    // A common name (namesakes born other days), so only the NIK digits can tie the rows.
    const bornOtherDays: RecordSpec[] = ['1970-01-01', '1980-02-02'].map((birthDate) => ({ nik: null, name: 'NURUL HIDAYAH', birthDate }));
    const nurul = (nik: RecordSpec['nik'], agency: string): RecordSpec => ({ nik, name: 'NURUL HIDAYAH', birthDate: '1966-01-24', agency });

    it.each([
      ['7371016401660006', '7.37102E+15'],
      ['6371016602830018', '6.3710166028E+15'],
    ])('%s shown as %s: a near-NIK duplicate', (valid, shown) => {
      const r = duplicates([nurul(valid, 'A'), nurul({ excel: shown }, 'B'), ...bornOtherDays]);
      expect(r).toEqual({ ...clear(4), firstOf: [-1, 0, -1, -1], kind: [null, 'same_name_birth_date_near_nik', null, null] });
    });

    it('digits of another region: not duplicates', () => {
      expect(duplicates([nurul('7371016401660006', 'A'), nurul({ excel: '7.37201E+15' }, 'B'), ...bornOtherDays])).toEqual(clear(4));
    });
  });

  describe('a difference in the region digits needs a rare name', () => {
    const a = makeNik('327301', '1984-06-07', 'F', 22);
    const otherRegion = makeNik('327401', '1984-06-07', 'F', 22);
    const sri = (nik: string | null, birthDate = '1984-06-07'): RecordSpec => ({ nik, name: 'SRI RAHAYU', birthDate });

    it('a rare name (2 rows): a near-NIK duplicate', () => {
      expect(duplicates([sri(a), sri(otherRegion)])).toEqual({ ...clear(2), firstOf: [-1, 0], kind: [null, 'same_name_birth_date_near_nik'] });
    });

    it('a common name (3 rows): two people', () => {
      expect(duplicates([sri(a), sri(otherRegion), sri(null, '1970-01-01')])).toEqual(clear(3));
    });

    it('a common name with the difference in the serial: still a duplicate', () => {
      const serialOff = makeNik('327301', '1984-06-07', 'F', 29);
      expect(duplicates([sri(a), sri(serialOff), sri(null, '1970-01-01')])).toEqual({
        ...clear(3),
        firstOf: [-1, 0, -1],
        kind: [null, 'same_name_birth_date_near_nik', null],
      });
    });
  });
});

describe('more than two copies point at the first row, not the previous one', () => {
  it('the same NIK three times', () => {
    const r = duplicates([
      { nik: SITI, name: 'SITI AMINAH', birthDate: '1990-01-10', agency: 'A' },
      { nik: SITI, name: 'SITI AMINAH S.Pd', birthDate: '1990-01-10', agency: 'B' },
      { nik: SITI, name: 'SITI A.', birthDate: '1990-01-10', agency: 'C' },
    ]);
    expect(r).toEqual({ ...clear(3), firstOf: [-1, 0, 0], kind: [null, 'same_nik', 'same_nik'] });
  });

  it('no NIK three times in one agency', () => {
    const r = duplicates([
      { nik: null, name: 'DJOKO SOEPARMAN', birthDate: '1970-05-05' },
      { nik: '-', name: 'JOKO SUPARMAN', birthDate: '1970-05-05' },
      { nik: '', name: 'DJOKO SUPARMAN', birthDate: '1970-05-05' },
    ]);
    expect(r).toEqual({ ...clear(3), firstOf: [-1, 0, 0], kind: [null, 'same_name_birth_date_agency', 'same_name_birth_date_agency'] });
  });

  it('a valid NIK, then a copy cut by Excel, then a copy with a typo', () => {
    const hendra = (nik: RecordSpec['nik'], agency: string): RecordSpec => ({ nik, name: 'HENDRA GUNAWAN', birthDate: '1991-07-07', agency });
    const r = duplicates([hendra(HENDRA, 'A'), hendra({ excel: `${HENDRA.slice(0, 15)}0` }, 'B'), hendra(`${HENDRA.slice(0, 15)}0`, 'C')]);
    expect(r).toEqual({ ...clear(3), firstOf: [-1, 0, 0], kind: [null, 'same_name_birth_date_near_nik', 'same_name_birth_date_near_nik'] });
  });

  it('a valid NIK, a copy cut by Excel, then a copy without a NIK in the same agency as the cut one', () => {
    // Three copies make the name too common for the one-NIK rule; the agency rule ties the third to the
    // second, and so to the first.
    const hendra = (nik: RecordSpec['nik'], agency: string): RecordSpec => ({ nik, name: 'HENDRA GUNAWAN', birthDate: '1991-07-07', agency });
    const r = duplicates([hendra(HENDRA, 'A'), hendra({ excel: `${HENDRA.slice(0, 15)}0` }, 'B'), hendra(null, 'B')]);
    expect(r).toEqual({ ...clear(3), firstOf: [-1, 0, 0], kind: [null, 'same_name_birth_date_near_nik', 'same_name_birth_date_agency'] });
  });

  it('copies of two people interleaved each point at their own first row', () => {
    const siti: RecordSpec = { nik: SITI, name: 'SITI AMINAH', birthDate: '1990-01-10' };
    const budi: RecordSpec = { nik: BUDI, name: 'BUDI SANTOSO', birthDate: '1985-03-22' };
    const r = duplicates([siti, budi, siti, budi, siti]);
    expect(r).toEqual({ ...clear(5), firstOf: [-1, -1, 0, 1, 0], kind: [null, null, 'same_nik', 'same_nik', 'same_nik'] });
  });
});

describe('keys whose 32-bit hashes collide', () => {
  // SURYA AHIGAHBO and SURYA BAIADSO born 1990-01-10 hash alike (found by search): the second person's
  // copies must still be found.
  it('a different name + birth date holding the hash does not hide the copies of the second', () => {
    const row = (name: string): RecordSpec => ({ nik: null, name, birthDate: '1990-01-10', agency: 'A' });
    // The premise, with find-duplicates' own hash of name key + birth date: otherwise this is no collision test.
    const hash = (name: string): number => hashFinish(mixString(mixString(hashStart(LANE1, 7), personFeatures(makeWorker(0, row(name))).fullKey), '1990-01-10'));
    expect(hash('SURYA AHIGAHBO')).toBe(hash('SURYA BAIADSO'));
    expect(duplicates([row('SURYA AHIGAHBO'), row('SURYA BAIADSO'), row('SURYA BAIADSO')]).firstOf).toEqual([-1, -1, 1]);
    expect(duplicates([row('SURYA AHIGAHBO'), row('SURYA BAIADSO'), row('SURYA AHIGAHBO'), row('SURYA BAIADSO')]).firstOf).toEqual([-1, -1, 0, 1]);
    expect(duplicates([row('SURYA BAIADSO'), row('SURYA BAIADSO')]).firstOf).toEqual([-1, 0]);
  });
});

describe('row order', () => {
  // Pairs for which the rules are symmetric: whichever row comes first, the other is its duplicate
  // (or, for the negatives, the same flags are set on the later row).
  const pairs: [string, RecordSpec, RecordSpec][] = [
    ['same NIK, agreeing names', { nik: SITI, name: 'SITI AMINAH', birthDate: '1990-01-10' }, { nik: SITI, name: 'SITI A.', birthDate: '1990-01-10' }],
    ['no NIK, same agency', { nik: null, name: 'DJOKO SOEPARMAN', birthDate: '1970-05-05' }, { nik: '-', name: 'JOKO SUPARMAN', birthDate: '1970-05-05' }],
    [
      'one NIK, rare name',
      { nik: BUDI, name: 'BUDI SANTOSO', birthDate: '1985-03-22', agency: 'A' },
      { nik: null, name: 'BUDI SANTOSO', birthDate: '1985-03-22', agency: 'B' },
    ],
    [
      'near NIKs',
      { nik: HENDRA, name: 'HENDRA GUNAWAN', birthDate: '1991-07-07', agency: 'A' },
      { nik: { excel: `${HENDRA.slice(0, 15)}0` }, name: 'HENDRA GUNAWAN', birthDate: '1991-07-07', agency: 'B' },
    ],
    ['same NIK, unrelated names', { nik: SITI, name: 'SITI AMINAH', birthDate: '1990-01-10' }, { nik: SITI, name: 'BAMBANG SUGIHARTO', birthDate: '1975-07-28' }],
    ['namesakes, other agencies', { nik: null, name: 'SITI AMINAH', birthDate: '1990-01-10', agency: 'A' }, { nik: null, name: 'SITI AMINAH', birthDate: '1990-01-10', agency: 'B' }],
  ];

  it.each(pairs)('%s: the same result with the rows swapped', (_, a, b) => {
    expect(duplicates([b, a])).toEqual(duplicates([a, b]));
  });

  it('unrelated rows in between change nothing', () => {
    const filler: RecordSpec[] = [
      { nik: null, name: 'AGUS PRIYANTO', birthDate: '1980-04-04' },
      { nik: makeNik('360302', '1982-07-11', 'F', 108), name: 'DEWI LESTARI', birthDate: '1982-07-11' },
    ];
    for (const [label, a, b] of pairs) {
      const alone = duplicates([a, b]);
      const spread = duplicates([a, ...filler, b]);
      const at = (d: Dups, i: number) => ({
        firstOf: d.firstOf[i],
        kind: d.kind[i],
        sharedNikWith: d.sharedNikWith[i],
        nikShared: d.nikShared[i],
        sharedNikByBirthDate: d.sharedNikByBirthDate[i],
      });
      expect(at(spread, 0), label).toEqual(at(alone, 0));
      expect(at(spread, 1 + filler.length), label).toEqual(at(alone, 1));
      expect(spread.firstOf.slice(1, 1 + filler.length), label).toEqual([-1, -1]);
    }
  });
});

describe('a random roster of a few people, each listed 1–3 times with the exact NIK and name', () => {
  const NAMES = ['SITI AMINAH', 'BUDI SANTOSO', 'HENDRA GUNAWAN', 'NURUL HIDAYAH', 'BAMBANG SUGIHARTO', 'DEWI LESTARI', 'AGUS PRIYANTO', 'RINA MARLINA'];
  const REGIONS = ['367101', '327301', '737101', '330101', '510301', '360302'];
  const person = fc.record({
    year: fc.integer({ min: 1960, max: 2004 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    sex: fc.constantFrom<Sex>('M', 'F'),
    region: fc.constantFrom(...REGIONS),
    copies: fc.integer({ min: 1, max: 3 }),
  });
  /** Person p's copies as row specs (the person index carried along), in an arbitrary order. */
  const roster = fc
    .array(person, { minLength: 1, maxLength: NAMES.length })
    .chain((people) => {
      const rows = people.flatMap((p, i) => {
        const birthDate = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
        // Serial i + 1: every person has a NIK of their own.
        const nik = makeNik(p.region, birthDate, p.sex, i + 1);
        return Array.from({ length: p.copies }, () => ({ who: i, nik, name: NAMES[i]!, birthDate }));
      });
      return fc.tuple(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), fc.array(fc.constantFrom('DINAS A', 'DINAS B'), { minLength: rows.length, maxLength: rows.length }));
    })
    .map(([rows, agencies]) => rows.map((r, i) => ({ ...r, agency: agencies[i]! })));

  it("every copy's firstOf is the person's first row, every first row has -1, and nothing is flagged", () => {
    fc.assert(
      fc.property(roster, (rows) => {
        const r = duplicates(rows);
        const first = new Map<number, number>();
        const expected = clear(rows.length);
        rows.forEach((row, i) => {
          const f = first.get(row.who);
          if (f === undefined) first.set(row.who, i);
          else {
            expected.firstOf[i] = f;
            expected.kind[i] = 'same_nik';
          }
        });
        expect(r).toEqual(expected);
      }),
    );
  });
});

it('a valid NIK without packed digits is a bug upstream: findDuplicates throws', () => {
  const workers = [makeWorker(0, { nik: SITI, name: 'SITI AMINAH', birthDate: '1990-01-10' })];
  const features = workers.map((w) => personFeatures(w));
  const nikDigits = { hi: new Int32Array(1).fill(NO_DIGITS), lo: new Int32Array(1) };
  expect(() => findDuplicates(workers, features, () => 1, nikDigits)).toThrow(/row 0 has a valid NIK but no packed digits/);
});
