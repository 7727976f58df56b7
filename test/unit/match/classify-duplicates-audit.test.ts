// Why this file exists: a mutation audit of find-duplicates.ts and vlookup-baseline.ts (classify.ts had no
// surviving mutation) left rules whose removal no existing test noticed: a third person on a shared NIK, the
// birth-date reason of a shared NIK, the region-digit bound, row-order symmetry and a hash collision of the
// agency key. Each case below pins one such rule from its doc comment. All NIKs are synthetic.
import { describe, expect, it } from 'vitest';
import { agencyKey } from '../../../src/budget/agency-key.js';
import { hashFinish, hashStart, LANE1, mixString } from '../../../src/match/key-hash.js';
import { personFeatures } from '../../../src/match/person-features.js';
import { vlookupBaseline } from '../../../src/match/vlookup-baseline.js';
import { clear, duplicates } from './duplicates-of.js';
import { makeNik, makeParticipant, makeWorker, type RecordSpec } from './make-records.js';

const SITI = makeNik('367101', '1990-01-10', 'F', 1); // 3671015001900001
const HENDRA = makeNik('737101', '1991-07-07', 'M', 15); // 7371010707910015

describe('findDuplicates: several people on one NIK', () => {
  it('a copy of the third person on a NIK is her duplicate, not one more person sharing it', () => {
    // Up to MAX_PEOPLE_PER_NIK (8) different people per NIK are remembered; the third must be among them.
    const r = duplicates([
      { nik: SITI, name: 'SITI AMINAH', birthDate: '1990-01-10' },
      { nik: SITI, name: 'BAMBANG SUGIHARTO', birthDate: '1975-07-28' },
      { nik: SITI, name: 'AGUS PRIYANTO', birthDate: '1980-04-04' },
      { nik: SITI, name: 'AGUS PRIYANTO', birthDate: '1980-04-04' },
    ]);
    expect(r.firstOf).toEqual([-1, -1, -1, 2]);
    expect(r.kind).toEqual([null, null, null, 'same_nik']);
    expect(r.sharedNikWith).toEqual([-1, 0, 0, -1]);
  });

  it('sharedNikByBirthDate is set only when the row named in sharedNikWith is the namesake told apart by birth date', () => {
    // Row 0 (another name) holds the NIK first; SRI RAHAJOE (born 1982) agrees in name with SRI RAHAYU (row 1,
    // born 2001, whose NIK it is), not with row 0. sharedNikWith names row 0, so the "birth date tells them
    // apart" reason would be about the wrong person.
    const nik = makeNik('330101', '2001-07-13', 'F', 6);
    const r = duplicates([
      { nik, name: 'BAMBANG SUGIHARTO', birthDate: '1975-07-28' },
      { nik, name: 'SRI RAHAYU', birthDate: '2001-07-13' },
      { nik, name: 'SRI RAHAJOE', birthDate: '1982-07-11' },
    ]);
    expect(r).toEqual({ ...clear(3), sharedNikWith: [-1, 0, 0], nikShared: [1, 1, 1], sharedNikByBirthDate: [0, 0, 0] });
  });
});

describe('findDuplicates: a nameless row on a shared NIK', () => {
  // A row with a NIK but no name agrees with any name (sameNamed), so it may join either person; it must not
  // join two people whose names plainly differ into one, or the second is hidden as a duplicate of the first
  // (looking covered by the first's BPJS registration) instead of being flagged as sharing the NIK.
  const nameless: RecordSpec = { nik: SITI, name: '', birthDate: '1990-01-10', agency: 'B' };
  const siti: RecordSpec = { nik: SITI, name: 'SITI AMINAH', birthDate: '1990-01-10' };
  const dewi: RecordSpec = { nik: SITI, name: 'DEWI LESTARI', birthDate: '1990-01-10' };
  /** The first row of row i's person. */
  const root = (firstOf: readonly number[], i: number): number => ((firstOf[i] ?? -1) >= 0 ? (firstOf[i] ?? i) : i);

  it.each([
    ['SITI, nameless, DEWI', [siti, nameless, dewi], 0, 2],
    ['SITI, DEWI, nameless', [siti, dewi, nameless], 0, 1],
  ] as const)('%s: SITI AMINAH and DEWI LESTARI stay two people, DEWI flagged as sharing the NIK', (_, rows, s, d) => {
    const r = duplicates(rows);
    expect(root(r.firstOf, s)).not.toBe(root(r.firstOf, d));
    expect(r.nikShared[d]).toBe(1);
  });

  // Was a bug: with the nameless row first, SITI AMINAH and DEWI LESTARI both became its same_nik duplicates (one
  // person) and no row was flagged nikShared; the result depended on row order.
  it('nameless, SITI, DEWI: SITI AMINAH and DEWI LESTARI stay two people, DEWI flagged as sharing the NIK', () => {
    const r = duplicates([nameless, siti, dewi]);
    expect(root(r.firstOf, 1)).not.toBe(root(r.firstOf, 2));
    expect(r.nikShared[2]).toBe(1);
  });
});

describe('findDuplicates: near NIKs with the same name and birth date', () => {
  const sri = (nik: string | null, birthDate = '1984-06-07'): RecordSpec => ({ nik, name: 'SRI RAHAYU', birthDate });
  // A third SRI RAHAYU born another day makes the name common (3 rows > RARE_NAME_ROWS).
  const namesake = sri(null, '1970-01-01');

  it('a common name whose NIKs differ in the 6th digit (kecamatan, still the region code): two people', () => {
    const a = makeNik('327301', '1984-06-07', 'F', 22);
    const otherKecamatan = makeNik('327302', '1984-06-07', 'F', 22);
    expect(duplicates([sri(a), sri(otherKecamatan), namesake])).toEqual(clear(3));
  });

  it('the same invalid 16-digit NIK (month 13) on both rows, other agencies: one person listed twice', () => {
    // The digits are compared although the NIK fails the hard checks: an identical number is the strongest
    // "near" NIK there is.
    const badMonth = '3671015013900001';
    const row = (agency: string): RecordSpec => ({ nik: badMonth, name: 'HENDRA GUNAWAN', birthDate: '1990-01-10', agency });
    expect(makeWorker(0, row('A')).nik.status).toBe('invalid');
    expect(duplicates([row('A'), row('B')])).toEqual({ ...clear(2), firstOf: [-1, 0], kind: [null, 'same_name_birth_date_near_nik'] });
  });

  it('a NIK Excel showed as 7.37102E+15 listed before the valid one: still a near-NIK duplicate (row order is free)', () => {
    const bornOtherDays: RecordSpec[] = ['1970-01-01', '1980-02-02'].map((birthDate) => ({ nik: null, name: 'NURUL HIDAYAH', birthDate }));
    const nurul = (nik: RecordSpec['nik'], agency: string): RecordSpec => ({ nik, name: 'NURUL HIDAYAH', birthDate: '1966-01-24', agency });
    const r = duplicates([nurul({ excel: '7.37102E+15' }, 'B'), nurul('7371016401660006', 'A'), ...bornOtherDays]);
    expect(r).toEqual({ ...clear(4), firstOf: [-1, 0, -1, -1], kind: [null, 'same_name_birth_date_near_nik', null, null] });
  });
});

describe('findDuplicates: the one-valid-NIK rule needs a valid NIK', () => {
  it('an Excel-damaged NIK and no NIK, other agencies, rare name: not duplicates, in either order', () => {
    // The doc: "a valid NIK on exactly one of the rows". A damaged NIK is no valid NIK, so both rows are
    // NIK-less and the agencies must agree. Whichever row comes first, the answer must be the same.
    const damaged: RecordSpec = { nik: { excel: makeNik('737101', '1991-07-07', 'M', 10) }, name: 'HENDRA GUNAWAN', birthDate: '1991-07-07', agency: 'A' };
    const none: RecordSpec = { nik: null, name: 'HENDRA GUNAWAN', birthDate: '1991-07-07', agency: 'B' };
    expect(makeWorker(0, damaged).nik.status).toBe('excel_damaged');
    expect(duplicates([damaged, none])).toEqual(clear(2));
    expect(duplicates([none, damaged])).toEqual(clear(2));
  });

  it('the same rows in one agency are duplicates by the agency rule', () => {
    const damaged: RecordSpec = { nik: { excel: `${HENDRA.slice(0, 15)}0` }, name: 'HENDRA GUNAWAN', birthDate: '1991-07-07', agency: 'A' };
    const none: RecordSpec = { nik: null, name: 'HENDRA GUNAWAN', birthDate: '1991-07-07', agency: 'A' };
    expect(duplicates([none, damaged])).toEqual({ ...clear(2), firstOf: [-1, 0], kind: [null, 'same_name_birth_date_agency'] });
  });
});

describe('findDuplicates: agency keys whose hashes collide', () => {
  // With name key AMINAH SITI and birth date 1990-01-10, the agencies "DINAS 6012" and "DINAS 59327" give the
  // same 32-bit name+date+agency hash (found by search). A hit must be verified: namesakes born the same day
  // in two agencies are the hard negative the agency rule exists for.
  const row = (agency: string): RecordSpec => ({ nik: null, name: 'SITI AMINAH', birthDate: '1990-01-10', agency });
  const agencyHash = (agency: string): number => {
    const w = makeWorker(0, row(agency));
    const anyKey = hashFinish(mixString(mixString(hashStart(LANE1, 7), personFeatures(w).fullKey), '1990-01-10'));
    return hashFinish(mixString(anyKey, agencyKey(agency)));
  };

  it('namesakes in the two colliding agencies stay apart; a real copy in the second agency is still found', () => {
    // The premise: otherwise this is no collision test.
    expect(agencyHash('DINAS 6012')).toBe(agencyHash('DINAS 59327'));
    expect(duplicates([row('DINAS 6012'), row('DINAS 59327')])).toEqual(clear(2));
    expect(duplicates([row('DINAS 6012'), row('DINAS 59327'), row('DINAS 59327')]).firstOf).toEqual([-1, -1, 1]);
  });
});

describe('vlookupBaseline', () => {
  it('the first BPJS row in export order (seq) wins even when the array is not in that order', () => {
    const workers = [makeWorker(0, { nik: SITI, name: 'SITI AMINAH' })];
    const participants = [makeParticipant(7, { nik: SITI, name: 'SITI AMINAH (LAMA)' }), makeParticipant(3, { nik: SITI, name: 'SITI AMINAH' })];
    expect([...vlookupBaseline(workers, participants)]).toEqual([[0, 3]]);
  });

  it('pairs identical cleaned digits whatever the NIK status, as a spreadsheet VLOOKUP would', () => {
    // 15 digits on both sides (invalid), an impossible month (invalid): the text is equal, so VLOOKUP finds it.
    const fifteen = SITI.slice(0, 15);
    const badMonth = '3671015013900001';
    const workers = [makeWorker(0, { nik: fifteen }), makeWorker(1, { nik: badMonth })];
    const participants = [makeParticipant(0, { nik: badMonth }), makeParticipant(1, { nik: fifteen })];
    expect(workers.map((w) => w.nik.status)).toEqual(['invalid', 'invalid']);
    expect([...vlookupBaseline(workers, participants)]).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});
