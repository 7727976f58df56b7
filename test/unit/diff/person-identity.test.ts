// Why this file exists: src/diff/person-identity.ts decides who is "the same person" in two monthly
// runs of `rekon diff` (a valid NIK first, else name keys + birth date), and every diff category
// rests on that pairing. Until now it was only exercised through diffRuns and the e2e diff; these
// tests pin its rules directly: which NIKs may identify, what the name + birth-date key looks like,
// what happens when a NIK appears, disappears or is corrected between months, and how namesakes are
// kept apart. All NIKs are synthetic (kecamatan 36 71 01 / 32 73 01, made-up serials).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMaskedNik, niksCompatible, pairPeople, personIdentity, type PersonIdentity } from '../../../src/diff/person-identity.js';

// Synthetic NIKs. Women have 40 added to the birth day (DOMAIN.md §1.1).
const NIK_SITI = '3671014504900001'; // woman, 05-04-1990
const NIK_AGUS = '3671011203850002'; // man, 12-03-1985
const NIK_SRI_1 = '3273015104870003'; // woman, 11-04-1987
const NIK_SRI_2 = '3273015104870004'; // another woman, same birth date
const NIK_DEWI = '3273016108920005';

interface Row {
  nik: string;
  name: string;
  birthDate: string;
  flags?: string[];
}

const id = (nik: string, name: string, birthDate = '1990-04-05', flags: string[] = []): PersonIdentity => personIdentity({ nik, name, birthDate, flags });

describe('personIdentity: which NIK identifies', () => {
  it.each<{ description: string; row: Row; expected: string | null }>([
    { description: 'a 16-digit NIK without flags', row: { nik: NIK_SITI, name: 'SITI AMINAH', birthDate: '1990-04-05' }, expected: NIK_SITI },
    { description: 'a flag that says nothing against the NIK (nik_differs)', row: { nik: NIK_SITI, name: 'SITI AMINAH', birthDate: '', flags: ['nik_differs', 'name_differs', 'dob_differs'] }, expected: NIK_SITI },
    { description: 'flags omitted altogether (a bpjs_only row)', row: { nik: NIK_SITI, name: 'SITI AMINAH', birthDate: '' }, expected: NIK_SITI },
    { description: 'flagged nik_invalid', row: { nik: '3671019999990001', name: 'SITI AMINAH', birthDate: '', flags: ['nik_invalid'] }, expected: null },
    { description: 'flagged nik_excel_damaged (16th digit zeroed)', row: { nik: '3671014504900000', name: 'SITI AMINAH', birthDate: '', flags: ['nik_excel_damaged'] }, expected: null },
    { description: 'flagged nik_missing', row: { nik: '', name: 'SITI AMINAH', birthDate: '', flags: ['nik_missing'] }, expected: null },
    { description: 'an unusable flag among others', row: { nik: NIK_SITI, name: 'SITI AMINAH', birthDate: '', flags: ['name_differs', 'nik_invalid'] }, expected: null },
    { description: 'an empty NIK without flags', row: { nik: '', name: 'SITI AMINAH', birthDate: '' }, expected: null },
    { description: '15 digits', row: { nik: NIK_SITI.slice(0, 15), name: 'SITI AMINAH', birthDate: '' }, expected: null },
    { description: '17 digits', row: { nik: `${NIK_SITI}1`, name: 'SITI AMINAH', birthDate: '' }, expected: null },
    { description: 'digits in groups (not how workers.csv writes them)', row: { nik: '3671 0145 0490 0001', name: 'SITI AMINAH', birthDate: '' }, expected: null },
    { description: 'a letter in place of a digit', row: { nik: '36710145O4900001', name: 'SITI AMINAH', birthDate: '' }, expected: null },
    { description: 'full-width digits', row: { nik: '３６７１０１４５０４９００００１', name: 'SITI AMINAH', birthDate: '' }, expected: null },
    { description: 'a masked NIK of 16 characters (--mask-nik)', row: { nik: '3671********0001', name: 'SITI AMINAH', birthDate: '' }, expected: '3671********0001' },
    { description: 'a masked NIK of the wrong length', row: { nik: '3671*****0001', name: 'SITI AMINAH', birthDate: '' }, expected: null },
  ])('$description', ({ row, expected }) => {
    expect(personIdentity(row).nik).toBe(expected);
  });
});

describe('personIdentity: the name + birth-date key', () => {
  it.each<{ description: string; name: string; birthDate: string; expected: string | null }>([
    { description: 'sorted name keys, then the birth date', name: 'SITI AMINAH', birthDate: '1990-04-05', expected: 'AMINAH SITI|1990-04-05' },
    { description: 'case and extra spaces do not count', name: '  siti   Aminah ', birthDate: '1990-04-05', expected: 'AMINAH SITI|1990-04-05' },
    { description: 'word order does not count', name: 'AMINAH SITI', birthDate: '1990-04-05', expected: 'AMINAH SITI|1990-04-05' },
    { description: '"surname, given name" is the same person', name: 'Aminah, Siti', birthDate: '1990-04-05', expected: 'AMINAH SITI|1990-04-05' },
    { description: 'titles and degrees are removed', name: 'Hj. Siti Aminah, S.Pd.', birthDate: '1990-04-05', expected: 'AMINAH SITI|1990-04-05' },
    { description: 'old spelling meets new (DJ/J, OE/U, J/Y)', name: 'DJOKO SOEPRIJADI', birthDate: '1975-08-17', expected: 'SUPRIYADI YOKO|1975-08-17' },
    { description: 'new spelling of the same name', name: 'Joko Supriyadi', birthDate: '1975-08-17', expected: 'SUPRIYADI YOKO|1975-08-17' },
    { description: 'Muhammad abbreviated', name: 'M. Yusuf', birthDate: '1991-01-02', expected: 'MUHAMAD YUSUF|1991-01-02' },
    { description: 'Muhammad in full', name: 'MUHAMMAD YUSUF', birthDate: '1991-01-02', expected: 'MUHAMAD YUSUF|1991-01-02' },
    { description: 'an apostrophe vanishes', name: "MA'RUF", birthDate: '1980-06-30', expected: 'MARUF|1980-06-30' },
    { description: 'a one-word name (mononym)', name: 'SUPARMAN', birthDate: '1970-01-01', expected: 'SUPARMAN|1970-01-01' },
    { description: 'the birth date is taken as written', name: 'SITI AMINAH', birthDate: '05-04-1990', expected: 'AMINAH SITI|05-04-1990' },
    { description: 'without a birth date the key is the name alone', name: 'SITI AMINAH', birthDate: '', expected: 'AMINAH SITI|' },
    { description: 'no name: no key', name: '', birthDate: '1990-04-05', expected: null },
    { description: 'only punctuation: no key', name: '-', birthDate: '1990-04-05', expected: null },
    { description: 'only digits: no key', name: '123', birthDate: '1990-04-05', expected: null },
  ])('$description', ({ name, birthDate, expected }) => {
    expect(personIdentity({ nik: '', name, birthDate }).nameBirth).toBe(expected);
  });

  it('a different birth date is a different key', () => {
    expect(id('', 'SITI AMINAH', '1990-04-05').nameBirth).not.toBe(id('', 'SITI AMINAH', '1990-04-06').nameBirth);
  });

  it('computes the name key whatever the NIK and flags', () => {
    expect(personIdentity({ nik: NIK_SITI, name: 'SITI AMINAH', birthDate: '1990-04-05', flags: ['nik_invalid'] })).toEqual({ nik: null, nameBirth: 'AMINAH SITI|1990-04-05', maskedName: null, place: null });
    expect(personIdentity({ nik: NIK_SITI, name: 'SITI AMINAH', birthDate: '1990-04-05' })).toEqual({ nik: NIK_SITI, nameBirth: 'AMINAH SITI|1990-04-05', maskedName: null, place: null });
  });

  it('a masked NIK without its birth date (--mask-nik leaves it out) is known by its name alone too', () => {
    expect(personIdentity({ nik: '3273********0001', name: 'SITI AMINAH', birthDate: '' }).maskedName).toBe('AMINAH SITI');
    expect(personIdentity({ nik: '3273********0001', name: 'SITI AMINAH', birthDate: '1990-04-05' }).maskedName).toBeNull();
    expect(personIdentity({ nik: NIK_SITI, name: 'SITI AMINAH', birthDate: '' }).maskedName).toBeNull();
  });
});

describe('pairPeople with a run written with --mask-nik (no birth date beside a masked NIK)', () => {
  const masked = (nik: string, name: string) => personIdentity({ nik: `${nik.slice(0, 4)}********${nik.slice(12)}`, name, birthDate: '' });
  const full = (nik: string, name: string, birthDate: string) => personIdentity({ nik, name, birthDate });
  const A = '3279025104870308';
  const B = '3279025104870309';
  it('pairs by name among people whose visible NIK digits agree, before people without a NIK', () => {
    const noNik = personIdentity({ nik: '', name: 'SRI MULYANI', birthDate: '1987-04-11' });
    // Left: the NIK-less roster row first, then the BPJS record with NIK B; right (masked): A's row, then B's record.
    expect(pairPeople([noNik, full(B, 'SRI MULYANI', '1987-04-11')], [masked(A, 'SRI MULYANI'), masked(B, 'SRI MULYANI')], false).sort()).toEqual([
      [0, 0],
      [1, 1],
    ]);
    // Another name, or visible digits that disagree, pair nobody.
    expect(pairPeople([full(B, 'SRI MULYANI', '1987-04-11')], [masked(A, 'SRI MULYANI')], false)).toEqual([]);
    expect(pairPeople([full(A, 'SRI MULYANI', '1987-04-11')], [masked(A, 'SRI RAHAYU')], false)).toEqual([]);
  });
});

describe('isMaskedNik', () => {
  it.each([
    { nik: '3671********0001', expected: true },
    { nik: '****************', expected: true },
    { nik: NIK_SITI, expected: false },
    { nik: '', expected: false },
  ])('$nik → $expected', ({ nik, expected }) => {
    expect(isMaskedNik(nik)).toBe(expected);
  });
});

describe('niksCompatible', () => {
  it.each<{ a: string | null; b: string | null; expected: boolean }>([
    { a: null, b: null, expected: true },
    { a: null, b: NIK_SITI, expected: true },
    { a: NIK_SITI, b: null, expected: true },
    { a: NIK_SITI, b: NIK_SITI, expected: true },
    { a: NIK_SITI, b: NIK_AGUS, expected: false },
    { a: NIK_SITI, b: '3671********0001', expected: true },
    { a: '3671********0001', b: NIK_SITI, expected: true },
    { a: '3671********0001', b: '3671********0001', expected: true },
    { a: '3671********0001', b: '3671********0002', expected: false },
    { a: '3671********0001', b: '3273********0001', expected: false },
    { a: '****************', b: NIK_AGUS, expected: true },
    { a: NIK_SITI, b: NIK_SITI.slice(0, 15), expected: false },
    { a: '3671********0001', b: '3671*******0001', expected: false },
  ])('$a ~ $b → $expected', ({ a, b, expected }) => {
    expect(niksCompatible(a, b)).toBe(expected);
  });

  it('a full NIK is compatible with any mask of it, and is symmetric (property)', () => {
    const nik = fc.stringMatching(/^[1-9]\d{15}$/);
    fc.assert(
      fc.property(nik, fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }), fc.oneof(fc.constant(null), nik), (full, hide, other) => {
        const masked = [...full].map((d, i) => (hide[i] === true ? '*' : d)).join('');
        expect(niksCompatible(full, masked)).toBe(true);
        expect(niksCompatible(masked, full)).toBe(true);
        expect(niksCompatible(masked, other)).toBe(niksCompatible(other, masked));
        if (other !== null) expect(niksCompatible(full, other)).toBe(full === other);
      }),
      { numRuns: 300 },
    );
  });
});

describe('pairPeople by NIK (full NIKs: byNik = true)', () => {
  it('pairs by identity, not by row: someone left above, rows shifted', () => {
    const previous = [id(NIK_AGUS, 'AGUS SETIAWAN', '1985-03-12'), id(NIK_SITI, 'SITI AMINAH'), id(NIK_DEWI, 'DEWI LESTARI', '1992-08-21')];
    const current = [id(NIK_DEWI, 'DEWI LESTARI', '1992-08-21'), id(NIK_SITI, 'SITI AMINAH')];
    expect(pairPeople(previous, current, true)).toEqual([
      [1, 1],
      [2, 0],
    ]);
  });

  it('a valid NIK wins over a changed name and birth date (spelling or date corrected)', () => {
    expect(pairPeople([id(NIK_SITI, 'SITI AMINA', '1990-05-04')], [id(NIK_SITI, 'Hj. SITI AMINAH', '1990-04-05')], true)).toEqual([[0, 0]]);
  });

  it('the NIK appears this month (last month it was missing): paired by name + birth date', () => {
    expect(pairPeople([id('', 'SRI MULYANI', '1987-04-11', ['nik_missing'])], [id(NIK_SRI_1, 'SRI MULYANI', '1987-04-11')], true)).toEqual([[0, 0]]);
  });

  it('the NIK disappears this month: still paired by name + birth date', () => {
    expect(pairPeople([id(NIK_SRI_1, 'SRI MULYANI', '1987-04-11')], [id('', 'SRI MULYANI', '1987-04-11', ['nik_missing'])], true)).toEqual([[0, 0]]);
  });

  it('the NIK appears and the name is written in old spelling: the name keys still meet', () => {
    expect(pairPeople([id('', 'DJOKO SOEPRIJADI', '1975-08-17', ['nik_missing'])], [id(NIK_AGUS, 'Joko Supriyadi', '1975-08-17')], true)).toEqual([[0, 0]]);
  });

  it('the NIK appears but the birth date differs: two people', () => {
    expect(pairPeople([id('', 'SRI MULYANI', '1987-04-11', ['nik_missing'])], [id(NIK_SRI_1, 'SRI MULYANI', '1987-11-04')], true)).toEqual([]);
  });

  it.each([
    { description: 'an invalid NIK corrected', before: id('3273011304870003', 'SRI MULYANI', '1987-04-11', ['nik_invalid']) },
    { description: 'an Excel-damaged NIK (…0) corrected', before: id('3273015104870000', 'SRI MULYANI', '1987-04-11', ['nik_excel_damaged']) },
  ])('$description: the flagged NIK does not identify, name + birth date pair them', ({ before }) => {
    expect(pairPeople([before], [id(NIK_SRI_1, 'SRI MULYANI', '1987-04-11')], true)).toEqual([[0, 0]]);
  });

  it('a mistyped NIK that still looked valid, corrected: two different valid NIKs are two people', () => {
    // Transposed serial digits: 16 digits, no flag, so it identified last month.
    const typo = '3273015104870030';
    expect(pairPeople([id(typo, 'SRI MULYANI', '1987-04-11')], [id(NIK_SRI_1, 'SRI MULYANI', '1987-04-11')], true)).toEqual([]);
  });

  it('two namesakes with one birth date and different NIKs keep their own NIKs, whatever the row order', () => {
    const previous = [id(NIK_SRI_1, 'SRI MULYANI', '1987-04-11'), id(NIK_SRI_2, 'SRI MULYANI', '1987-04-11')];
    const current = [id(NIK_SRI_2, 'SRI MULYANI', '1987-04-11'), id(NIK_SRI_1, 'SRI MULYANI', '1987-04-11')];
    expect(pairPeople(previous, current, true)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('one namesake left and the other stayed: the one who stayed is paired, the other is not taken for her', () => {
    const previous = [id(NIK_SRI_1, 'SRI MULYANI', '1987-04-11'), id(NIK_SRI_2, 'SRI MULYANI', '1987-04-11')];
    const current = [id(NIK_SRI_2, 'SRI MULYANI', '1987-04-11')];
    expect(pairPeople(previous, current, true)).toEqual([[1, 0]]);
  });

  it('a namesake with another valid NIK is skipped for one without a NIK further down', () => {
    const previous = [id(NIK_SRI_1, 'SRI MULYANI', '1987-04-11')];
    const current = [id(NIK_SRI_2, 'SRI MULYANI', '1987-04-11'), id('', 'SRI MULYANI', '1987-04-11', ['nik_missing'])];
    expect(pairPeople(previous, current, true)).toEqual([[0, 1]]);
  });

  it('namesakes without NIKs are told apart by birth date', () => {
    const previous = [id('', 'BUDI SANTOSO', '1980-01-01'), id('', 'BUDI SANTOSO', '1982-02-02')];
    const current = [id('', 'BUDI SANTOSO', '1982-02-02'), id('', 'BUDI SANTOSO', '1980-01-01')];
    expect(pairPeople(previous, current, true)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('namesakes without NIKs and with one birth date pair in row order (earlier with earlier)', () => {
    const previous = [id('', 'BUDI SANTOSO', '1980-01-01'), id('', 'BUDI SANTOSO', '1980-01-01')];
    const current = [id('', 'BUDI SANTOSO', '1980-01-01'), id('', 'BUDI SANTOSO', '1980-01-01'), id('', 'BUDI SANTOSO', '1980-01-01')];
    expect(pairPeople(previous, current, true)).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('the NIK pass goes first: a row paired by NIK is not offered to the name pass', () => {
    // Previous row 0 has no NIK and the same name + birth date as current row 0, but current row 0
    // is previous row 1 by NIK; previous row 0 then pairs with the NIK-less current row 1.
    const previous = [id('', 'SITI AMINAH', '1990-04-05', ['nik_missing']), id(NIK_SITI, 'SITI AMINAH', '1990-04-05')];
    const current = [id(NIK_SITI, 'SITI AMINAH', '1990-04-05'), id('', 'SITI AMINAH', '1990-04-05', ['nik_missing'])];
    expect(pairPeople(previous, current, true)).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('without a name and a NIK a person is never paired', () => {
    expect(pairPeople([id('', '', '1990-04-05')], [id('', '', '1990-04-05')], true)).toEqual([]);
  });

  it('empty sides give no pairs', () => {
    expect(pairPeople([], [id(NIK_SITI, 'SITI AMINAH')], true)).toEqual([]);
    expect(pairPeople([id(NIK_SITI, 'SITI AMINAH')], [], true)).toEqual([]);
  });
});

describe('pairPeople with masked NIKs (byNik = false)', () => {
  it('pairs equal masks by name + birth date', () => {
    expect(pairPeople([id('3671********0001', 'SITI AMINAH')], [id('3671********0001', 'SITI AMINAH')], false)).toEqual([[0, 0]]);
  });

  it('pairs a full NIK with its mask (one run masked, the other not)', () => {
    expect(pairPeople([id('3671********0001', 'SITI AMINAH')], [id(NIK_SITI, 'SITI AMINAH')], false)).toEqual([[0, 0]]);
  });

  it('keeps namesakes apart when their visible digits differ', () => {
    expect(pairPeople([id('3273********0003', 'SRI MULYANI', '1987-04-11')], [id('3273********0004', 'SRI MULYANI', '1987-04-11')], false)).toEqual([]);
  });

  it('does not pair on the NIK alone: a renamed person is not recognised when NIKs are masked', () => {
    expect(pairPeople([id('3671********0001', 'SITI AMINA')], [id('3671********0001', 'RATNA SARI')], false)).toEqual([]);
    expect(pairPeople([id(NIK_SITI, 'SITI AMINA', '1990-04-05')], [id(NIK_SITI, 'SITI AMINAH', '1990-04-06')], false)).toEqual([]);
  });

  it('a missing NIK rules nobody out', () => {
    expect(pairPeople([id('', 'SITI AMINAH', '1990-04-05', ['nik_missing'])], [id('3671********0001', 'SITI AMINAH')], false)).toEqual([[0, 0]]);
  });
});

describe('pairPeople properties', () => {
  const GIVEN = ['SITI', 'AMINAH', 'SRI', 'MULYANI', 'BUDI', 'SANTOSO', 'DEWI', 'LESTARI', 'AGUS', 'SETIAWAN', 'RATNA', 'SARI', 'WAHYUNI', 'HIDAYAT', 'KURNIAWAN', 'UTAMI'];
  const tokens = fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 3 });

  it('the name key ignores case, spacing and word order (property)', () => {
    const spaces = fc.constantFrom(' ', '  ', '\t', '\u00a0', ' \u00a0 ');
    fc.assert(
      fc.property(tokens, fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), fc.array(spaces, { minLength: 4, maxLength: 4 }), fc.nat(), (words, lower, gaps, rotate) => {
        const plain = personIdentity({ nik: '', name: words.join(' '), birthDate: '1990-04-05' }).nameBirth;
        const turned = [...words.slice(rotate % words.length), ...words.slice(0, rotate % words.length)];
        let k = 0;
        const messy = turned
          .map((w) => [...w].map((c) => (lower[k++ % lower.length] === true ? c.toLowerCase() : c)).join(''))
          .reduce((acc, w, i) => (i === 0 ? w : `${acc}${gaps[i % gaps.length] ?? ' '}${w}`), gaps[0] ?? '');
        expect(plain).toBe(`${[...words].sort().join(' ')}|1990-04-05`);
        expect(personIdentity({ nik: '', name: `${messy} `, birthDate: '1990-04-05' }).nameBirth).toBe(plain);
      }),
      { numRuns: 300 },
    );
  });

  it('every pair is allowed and no row is paired twice (property)', () => {
    const niks = [NIK_SITI, NIK_AGUS, NIK_SRI_1, NIK_SRI_2, NIK_DEWI];
    const dates = ['1990-04-05', '1987-04-11'];
    // Few names and dates, so that namesakes (same name + birth date, other NIKs) are common.
    const names = ['SRI MULYANI', 'Sri  Mulyani', 'SITI AMINAH', 'BUDI SANTOSO'];
    const person = fc.record({ nik: fc.oneof(fc.constant(''), fc.constantFrom(...niks)), name: fc.constantFrom(...names), date: fc.constantFrom(...dates) }).map((p) => id(p.nik, p.name, p.date));
    fc.assert(
      fc.property(fc.array(person, { maxLength: 8 }), fc.array(person, { maxLength: 8 }), fc.boolean(), (left, right, byNik) => {
        const pairs = pairPeople(left, right, byNik);
        expect(new Set(pairs.map(([i]) => i)).size).toBe(pairs.length);
        expect(new Set(pairs.map(([, j]) => j)).size).toBe(pairs.length);
        for (const [i, j] of pairs) {
          const l = left[i] as PersonIdentity;
          const r = right[j] as PersonIdentity;
          const byTheNik = byNik && l.nik !== null && l.nik === r.nik;
          const byTheName = l.nameBirth !== null && l.nameBirth === r.nameBirth && (byNik ? l.nik === null || r.nik === null : niksCompatible(l.nik, r.nik));
          expect(byTheNik || byTheName).toBe(true);
        }
        // With full NIKs, everyone whose NIK is on both sides is paired with that NIK.
        if (byNik) {
          for (const nik of niks) {
            const li = left.findIndex((p) => p.nik === nik);
            const rj = right.findIndex((p) => p.nik === nik);
            if (li >= 0 && rj >= 0) expect(pairs).toContainEqual([li, rj]);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('rows with neither NIK nor name: known by their place', () => {
  const at = (row: number) => ({ file: 'roster.xlsx', sheet: 'OPD', row });
  const nobody = (row: number) => personIdentity({ nik: '-', name: '-', birthDate: '', flags: ['nik_missing'], at: at(row) });

  it('get a place only when nothing else identifies them', () => {
    expect(nobody(9).place).toBe('roster.xlsx\u0000OPD\u00009');
    expect(personIdentity({ nik: '', name: 'BUDI', birthDate: '', at: at(9) }).place).toBeNull();
    expect(personIdentity({ nik: NIK_SITI, name: '-', birthDate: '', at: at(9) }).place).toBeNull();
  });

  it('pair with the row at the same place, and only with it', () => {
    expect(pairPeople([nobody(9), nobody(12)], [nobody(12), nobody(10), nobody(9)], true)).toEqual([
      [0, 2],
      [1, 0],
    ]);
  });
});
