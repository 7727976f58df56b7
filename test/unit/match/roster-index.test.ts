// Direct tests of src/match/roster-index.ts. The roster index was covered only through
// create-matcher (where a key stored under the wrong family, a lost window or a duplicate left in the
// index shows up, if at all, as a different candidate count). Here each family is looked up with the
// same key functions the BPJS side uses (blocking-rules.ts), so the contract is pinned on its own:
// which rows go into which family under which keys, what `indexed` leaves out, roster order inside a
// block, and when `hasDamagedNik` is set. All NIKs are synthetic (made-up serials).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  kpjKey,
  NIK_WINDOWS,
  nameFullKeys,
  nameRegionKeys,
  nikWindowKey,
  prefixKey,
  queryBirthDateNameKeys,
  rosterBirthDateNameKeys,
  type KeyEmitter,
} from '../../../src/match/blocking-rules.js';
import type { KeyIndex } from '../../../src/match/key-index.js';
import { personFeatures, type PersonFeatures } from '../../../src/match/person-features.js';
import { createRosterIndexBuilder, type RosterIndex } from '../../../src/match/roster-index.js';
import { makeNik, makeParticipant, makeWorker, type RecordSpec } from './make-records.js';

const SITI_NIK = makeNik('367101', '1990-01-10', 'F', 1); // 3671015001900001 (Kota Tangerang)
const BUDI_NIK = makeNik('331001', '1985-03-12', 'M', 3); // 3310011203850003 (Klaten)
/** A numeric Excel cell: the 16th digit was zeroed (DOMAIN.md §5), so only 15 digits are trusted. */
const SITI_DAMAGED = { excel: '3671015001900000' };

const SITI: RecordSpec = { nik: SITI_NIK, name: 'Siti Aminah', birthDate: '1990-01-10', kpj: '12345678901' };
const BUDI: RecordSpec = { nik: BUDI_NIK, name: 'Budi Santoso', birthDate: '1985-03-12' };

const features = (spec: RecordSpec, seq = 0): PersonFeatures => personFeatures(makeWorker(seq, spec));
const participant = (spec: RecordSpec): PersonFeatures => personFeatures(makeParticipant(0, spec));

/** Builds an index over `specs` as rows 0, 1, …; `indexed` defaults to every row. */
function indexOf(specs: readonly RecordSpec[], indexed: (i: number) => boolean = () => true): RosterIndex {
  const b = createRosterIndexBuilder();
  const fs = specs.map((s, i) => features(s, i));
  fs.forEach((f, i) => b.add(f, i));
  return b.build(fs, indexed);
}

type Family = Exclude<keyof RosterIndex, 'hasDamagedNik'>;
const FAMILIES: readonly Family[] = ['nikWindows', 'nikPrefix', 'kpj', 'birthDateName', 'nameRegion', 'nameFull'];

/** The (h1, h2) keys a key function emits. */
function keysOf(emitKeys: (emit: KeyEmitter) => void): [number, number][] {
  const keys: [number, number][] = [];
  emitKeys((h1, h2) => keys.push([h1, h2]));
  return keys;
}

/** The rows stored under one key (cap large enough never to skip a block here). */
function rowsAt(ix: KeyIndex, [h1, h2]: [number, number]): number[] {
  const out: number[] = [];
  const n = ix.find(h1, h2, 1_000, out);
  return out.slice(0, n);
}

/** Every row found under any of the keys, in order of first appearance. */
function rowsUnder(ix: KeyIndex, emitKeys: (emit: KeyEmitter) => void): number[] {
  const seen: number[] = [];
  for (const k of keysOf(emitKeys)) for (const r of rowsAt(ix, k)) if (!seen.includes(r)) seen.push(r);
  return seen;
}

const windowKeys = (digits: string) => (emit: KeyEmitter) => {
  for (let w = 0; w < NIK_WINDOWS.length; w++) nikWindowKey(digits, w, emit);
};

/** The keys the roster side is meant to store `f` under, per family (the BPJS side computes the same). */
function familyKeys(f: PersonFeatures): Record<Family, [number, number][]> {
  return {
    nikWindows: f.digits16 === null ? [] : keysOf(windowKeys(f.digits16)),
    nikPrefix: f.prefix15 === null ? [] : keysOf((e) => prefixKey(f.prefix15!, e)),
    kpj: f.kpj === null ? [] : keysOf((e) => kpjKey(f.kpj!, e)),
    birthDateName: keysOf((e) => rosterBirthDateNameKeys(f, e)),
    nameRegion: keysOf((e) => nameRegionKeys(f, e)),
    nameFull: keysOf((e) => nameFullKeys(f, e)),
  };
}

function replaceDigit(digits: string, at: number, d: string): string {
  return digits.slice(0, at) + d + digits.slice(at + 1);
}

function swapAdjacent(digits: string, at: number): string {
  return digits.slice(0, at) + digits[at + 1] + digits[at] + digits.slice(at + 2);
}

describe('createRosterIndexBuilder: what goes into each family', () => {
  it('stores a fully filled row under every key of every family, and nothing else', () => {
    const f = features(SITI);
    const ix = indexOf([SITI]);
    const keys = familyKeys(f);
    // One key per NIK window (7), the 15-digit prefix, the KPJ, birth date + first and last name token
    // (SITI, AMINAH: blocking-rules.ts rosterBirthDateNameKeys), name + region, whole name.
    expect(Object.fromEntries(FAMILIES.map((fam) => [fam, keys[fam].length]))).toEqual({
      nikWindows: NIK_WINDOWS.length,
      nikPrefix: 1,
      kpj: 1,
      birthDateName: 2,
      nameRegion: 1,
      nameFull: 1,
    });
    for (const fam of FAMILIES) {
      for (const k of keys[fam]) expect(rowsAt(ix[fam], k), `${fam} key ${k.join(',')}`).toEqual([0]);
      expect(ix[fam].entries, fam).toBe(keys[fam].length);
    }
  });

  it('window 0 is the exact-NIK block: the same 16 digits from the BPJS side find the row there', () => {
    const ix = indexOf([BUDI, SITI]);
    const p = participant({ nik: SITI_NIK, name: 'S. Aminah' });
    expect(keysOf((e) => nikWindowKey(p.digits16!, 0, e)).flatMap((k) => rowsAt(ix.nikWindows, k))).toEqual([1]);
  });

  it('records the row number passed to add(), not how many rows were added before', () => {
    const b = createRosterIndexBuilder();
    const f = features(SITI);
    b.add(f, 41);
    const ix = b.build([], () => true);
    for (const fam of FAMILIES) for (const k of familyKeys(f)[fam]) expect(rowsAt(ix[fam], k), fam).toEqual([41]);
  });

  it('keeps the families apart: no key of one family finds the row in another', () => {
    // Equal strings of different families must never meet (blocking-rules.ts: one hash kind per family);
    // the index keeps one KeyIndex per family, so a key routed to the wrong builder shows up here.
    const f = features(SITI);
    const ix = indexOf([SITI]);
    const keys = familyKeys(f);
    for (const stored of FAMILIES) {
      for (const asked of FAMILIES) {
        if (asked === stored) continue;
        for (const k of keys[asked]) expect(rowsAt(ix[stored], k), `${asked} key looked up in ${stored}`).toEqual([]);
      }
    }
  });

  it('a row with only a name goes into the name family alone', () => {
    // No NIK → no windows, no prefix, no region (it comes from the NIK); no KPJ; no birth date in
    // the column or the NIK → no birth_date_name key.
    const ix = indexOf([{ name: 'Budi Santoso' }]);
    expect(FAMILIES.map((fam) => [fam, ix[fam].entries])).toEqual([
      ['nikWindows', 0],
      ['nikPrefix', 0],
      ['kpj', 0],
      ['birthDateName', 0],
      ['nameRegion', 0],
      ['nameFull', 1],
    ]);
    expect(rowsUnder(ix.nameFull, (e) => nameFullKeys(participant({ name: 'BUDI SANTOSO' }), e))).toEqual([0]);
  });

  it('a row without a name keeps its NIK keys but has no name keys', () => {
    const ix = indexOf([{ nik: SITI_NIK, name: '' }]);
    expect(ix.nikWindows.entries).toBe(NIK_WINDOWS.length);
    expect(ix.nikPrefix.entries).toBe(1);
    expect(ix.birthDateName.entries).toBe(0);
    expect(ix.nameRegion.entries).toBe(0);
    expect(ix.nameFull.entries).toBe(0);
  });

  it('an invalid 16-digit NIK gets the near-NIK windows (typos) but no prefix key', () => {
    // person-features.ts: digits16 holds valid or invalid-but-16-digit NIKs; prefix15 only trusted digits
    // (a valid NIK or an Excel-damaged one). Month 13 makes this NIK invalid.
    const invalid = '3671011013900001';
    const f = features({ nik: invalid, name: 'Siti Aminah' });
    expect(f.digits16).toBe(invalid);
    expect(f.prefix15).toBeNull();
    const ix = indexOf([{ nik: invalid, name: 'Siti Aminah' }]);
    expect(ix.nikWindows.entries).toBe(NIK_WINDOWS.length);
    expect(rowsUnder(ix.nikWindows, windowKeys(invalid))).toEqual([0]);
    expect(ix.nikPrefix.entries).toBe(0);
    expect(ix.hasDamagedNik).toBe(false);
  });

  it('an Excel-damaged NIK gets the prefix key (its first 15 digits) and no near-NIK window', () => {
    // DOMAIN.md §5: the 16th digit is lost, the first 15 are trusted; a full valid BPJS NIK with the
    // same first 15 digits must find the row through nik_prefix.
    const ix = indexOf([{ nik: SITI_DAMAGED, name: 'Siti Aminah' }]);
    expect(ix.nikWindows.entries).toBe(0);
    expect(ix.nikPrefix.entries).toBe(1);
    const p = participant({ nik: SITI_NIK, name: 'Siti Aminah' });
    expect(rowsUnder(ix.nikPrefix, (e) => prefixKey(p.prefix15!, e))).toEqual([0]);
    expect(ix.hasDamagedNik).toBe(true);
  });

  it('a NIK typed with 15 digits gets the prefix key: a BPJS NIK that only adds the 16th digit finds it', () => {
    const typed15 = SITI_NIK.slice(0, 15);
    const f = features({ nik: typed15, name: 'Siti Aminah' });
    expect([f.digits16, f.prefix15]).toEqual([null, typed15]);
    const ix = indexOf([{ nik: typed15, name: 'Siti Aminah' }]);
    expect(ix.nikWindows.entries).toBe(0);
    const p = participant({ nik: SITI_NIK, name: 'Siti Aminah' });
    expect(rowsUnder(ix.nikPrefix, (e) => prefixKey(p.prefix15!, e))).toEqual([0]);
  });

  it('a BPJS participant sharing the birth date and one name token finds the row through birth_date_name', () => {
    // The roster stores the first and the last strong token: a dropped middle name or a typo in one token
    // still leaves a shared key (blocking-rules.ts).
    const ix = indexOf([BUDI, { nik: SITI_NIK, name: 'Siti Nur Aminah', birthDate: '1990-01-10' }]);
    const lastOnly = participant({ name: 'Sity Aminah', birthDate: '1990-01-10' });
    expect(rowsUnder(ix.birthDateName, (e) => queryBirthDateNameKeys(lastOnly, e))).toEqual([1]);
    const otherDay = participant({ name: 'Siti Nur Aminah', birthDate: '1990-01-11' });
    expect(rowsUnder(ix.birthDateName, (e) => queryBirthDateNameKeys(otherDay, e))).toEqual([]);
  });

  it('name_region needs the same NIK region as well as the same name', () => {
    const ix = indexOf([SITI]);
    expect(rowsUnder(ix.nameRegion, (e) => nameRegionKeys(participant({ nik: makeNik('367101', '1991-02-02', 'F', 9), name: 'Aminah Siti' }), e))).toEqual([0]);
    expect(rowsUnder(ix.nameRegion, (e) => nameRegionKeys(participant({ nik: makeNik('331001', '1990-01-10', 'F', 1), name: 'Siti Aminah' }), e))).toEqual([]);
  });
});

describe('createRosterIndexBuilder: near-NIK windows', () => {
  // NIK_WINDOWS: every single substitution and every adjacent transposition lies inside some 4-digit
  // window, so a BPJS NIK one typo away from a roster NIK shares at least one 12-digit key with it.
  // No two adjacent digits of this NIK are equal, so every transposition changes it.
  const TYPED = makeNik('367102', '1987-04-15', 'M', 1234); // 3671021504871234
  const ix = indexOf([BUDI, { nik: TYPED, name: 'Agus Salim' }]);

  it.each(Array.from({ length: 16 }, (_, at) => at))('a substitution at digit %i (0-based) still finds the row', (at) => {
    const typo = replaceDigit(TYPED, at, TYPED[at] === '9' ? '8' : '9');
    expect(rowsUnder(ix.nikWindows, windowKeys(typo))).toEqual([1]);
  });

  it.each(Array.from({ length: 15 }, (_, at) => [at, at + 1] as const))('a transposition of digits %i and %i still finds the row', (at) => {
    expect(rowsUnder(ix.nikWindows, windowKeys(swapAdjacent(TYPED, at)))).toEqual([1]);
  });

  it('property: any 16-digit NIK one substitution or one adjacent transposition away shares a window key', () => {
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 16, maxLength: 16 });
    fc.assert(
      fc.property(digits, fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 9 }), fc.boolean(), (nik, at, shift, transpose) => {
        const b = createRosterIndexBuilder();
        const f: PersonFeatures = { ...features({ name: 'Budi' }), digits16: nik };
        b.add(f, 3);
        const built = b.build([f], () => true);
        const other = transpose && at < 15 ? swapAdjacent(nik, at) : replaceDigit(nik, at, String((Number(nik[at]) + shift) % 10));
        expect(rowsUnder(built.nikWindows, windowKeys(other))).toEqual([3]);
      }),
    );
  });

  it('two substitutions at opposite ends share no window (the index proposes near NIKs only)', () => {
    const far = replaceDigit(replaceDigit(TYPED, 0, '9'), 15, '9');
    expect(rowsUnder(ix.nikWindows, windowKeys(far))).toEqual([]);
  });
});

describe('createRosterIndexBuilder: build(features, indexed)', () => {
  it('leaves the rows that `indexed` rejects out of every family (duplicates take their first occurrence\u2019s match)', () => {
    const dup: RecordSpec = { ...SITI };
    const ix = indexOf([SITI, BUDI, dup], (i) => i !== 2);
    const f = features(SITI);
    for (const fam of FAMILIES) for (const k of familyKeys(f)[fam]) expect(rowsAt(ix[fam], k), fam).toEqual([0]);
    // Entries of rows 0 and 1 only: BUDI has no KPJ.
    expect(ix.nikWindows.entries).toBe(2 * NIK_WINDOWS.length);
    expect(ix.kpj.entries).toBe(1);
    expect(ix.nameFull.entries).toBe(2);
  });

  it('with every row rejected, every family is empty', () => {
    const ix = indexOf([SITI, BUDI, { nik: SITI_DAMAGED, name: 'X' }], () => false);
    for (const fam of FAMILIES) expect(ix[fam].entries, fam).toBe(0);
    expect(ix.hasDamagedNik).toBe(false);
  });

  it('an empty roster gives empty families that find nothing', () => {
    const ix = createRosterIndexBuilder().build([], () => true);
    for (const fam of FAMILIES) expect(ix[fam].entries, fam).toBe(0);
    const keys = familyKeys(features(SITI));
    for (const fam of FAMILIES) for (const k of keys[fam]) expect(rowsAt(ix[fam], k), fam).toEqual([]);
    expect(ix.hasDamagedNik).toBe(false);
  });

  it('rows sharing a key come back in roster order, the same on every build', () => {
    const namesakes: RecordSpec[] = [0, 1, 2, 3].map((i) => ({ nik: makeNik('367101', '1990-01-10', 'F', i + 1), name: 'Siti Aminah', birthDate: '1990-01-10' }));
    const specs = [BUDI, ...namesakes];
    const query = participant({ name: 'SITI AMINAH', birthDate: '1990-01-10' });
    const first = indexOf(specs);
    const second = indexOf(specs);
    expect(rowsUnder(first.nameFull, (e) => nameFullKeys(query, e))).toEqual([1, 2, 3, 4]);
    expect(rowsUnder(first.birthDateName, (e) => queryBirthDateNameKeys(query, e))).toEqual([1, 2, 3, 4]);
    // Window 0 leaves out the serial: the four namesakes (serials 0001–0004) share it.
    expect(keysOf((e) => nikWindowKey(SITI_NIK, 0, e)).flatMap((k) => rowsAt(first.nikWindows, k))).toEqual([1, 2, 3, 4]);
    for (const fam of FAMILIES) {
      for (const k of familyKeys(features(namesakes[0]!))[fam]) expect(rowsAt(second[fam], k), fam).toEqual(rowsAt(first[fam], k));
    }
  });

  it('the same NIK on two rows: both stored under it while both are indexed', () => {
    const ix = indexOf([SITI, { nik: SITI_NIK, name: 'Budi Santoso' }]);
    expect(rowsUnder(ix.nikWindows, windowKeys(SITI_NIK))).toEqual([0, 1]);
    expect(rowsUnder(ix.nikPrefix, (e) => prefixKey(SITI_NIK, e))).toEqual([0, 1]);
  });
});

describe('createRosterIndexBuilder: hasDamagedNik', () => {
  // "Whether any indexed roster row has an Excel-damaged NIK (then valid BPJS NIKs look up prefixes too)":
  // damaged = trusted 15-digit prefix but no 16 comparable digits.
  const VALID: RecordSpec = BUDI;
  const DAMAGED: RecordSpec = { nik: SITI_DAMAGED, name: 'Siti Aminah' };
  const cases: { description: string; rows: RecordSpec[]; indexed?: (i: number) => boolean; expected: boolean }[] = [
    { description: 'empty roster', rows: [], expected: false },
    { description: 'valid NIKs only', rows: [VALID, SITI], expected: false },
    { description: 'one damaged NIK, indexed', rows: [DAMAGED], expected: true },
    { description: 'damaged NIK first, among valid ones', rows: [DAMAGED, VALID, SITI], expected: true },
    { description: 'damaged NIK last, among valid ones', rows: [VALID, SITI, DAMAGED], expected: true },
    { description: 'damaged NIK on a duplicate row that is not indexed', rows: [VALID, DAMAGED], indexed: (i) => i !== 1, expected: false },
    { description: 'damaged NIK not indexed, a second damaged one indexed', rows: [DAMAGED, VALID, DAMAGED], indexed: (i) => i !== 0, expected: true },
    { description: 'invalid 16-digit NIK (typo, not Excel damage)', rows: [{ nik: '3671011013900001', name: 'A' }], expected: false },
    // A NIK typed with 15 digits lost one (compare-nik's damagedPrefix reads it as a prefix): blocked the same way.
    { description: 'NIK typed with 15 digits (not from a numeric cell)', rows: [{ nik: '367101500190000', name: 'A' }], expected: true },
    { description: 'NIK typed with 14 digits', rows: [{ nik: '36710150019000', name: 'A' }], expected: false },
    { description: 'no NIK at all', rows: [{ name: 'Budi' }], expected: false },
    { description: 'only 6 significant digits left (9.47102E+15): no trusted prefix of 15', rows: [{ nik: { excel: '9.47102E+15' }, name: 'A' }], expected: false },
  ];
  it.each(cases)('$description → $expected', ({ rows, indexed, expected }) => {
    expect(indexOf(rows, indexed).hasDamagedNik).toBe(expected);
  });
});
