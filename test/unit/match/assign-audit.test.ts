/**
 * Mutation audit of src/match/find-duplicates.ts, src/match/assign-one-to-one.ts and
 * src/match/explain-pair.ts: tests that pin behaviour the existing tests left open (each one kills a
 * deliberate mutation of the source that the existing tests let pass). All NIKs are synthetic.
 */
import { describe, expect, it } from 'vitest';
import { assignInOrder, assignOneToOne } from '../../../src/match/assign-one-to-one.js';
import { clear, duplicates } from './duplicates-of.js';
import { makeNik, type RecordSpec } from './make-records.js';
import { pairReasons } from './pair-scores.js';

// ---------------------------------------------------------------------------------------------
// findDuplicates
// ---------------------------------------------------------------------------------------------


describe('findDuplicates (audit)', () => {
  it('sharedNikByBirthDate only when the name agrees with the row in sharedNikWith, not with a later person on the NIK', () => {
    // BAMBANG carries SRI RAHAYU's NIK first; SRI RAHAJOE (born 1982) copied it too. Her name agrees
    // with SRI RAHAYU's (row 1), not with BAMBANG's (row 0, the row in sharedNikWith): no flag.
    const nik = makeNik('330101', '2001-07-13', 'F', 6);
    const r = duplicates([
      { nik, name: 'BAMBANG SUGIHARTO', birthDate: '1975-07-28' },
      { nik, name: 'SRI RAHAYU', birthDate: '2001-07-13' },
      { nik, name: 'SRI RAHAJOE', birthDate: '1982-07-11' },
    ]);
    expect(r).toEqual({ ...clear(3), sharedNikWith: [-1, 0, 0], nikShared: [1, 1, 1] });
  });

  it('a difference in the last region digit (position 6) needs a rare name, like the others', () => {
    const a = makeNik('327301', '1984-06-07', 'F', 22);
    const b = makeNik('327302', '1984-06-07', 'F', 22);
    const sri = (nik: string | null, birthDate = '1984-06-07'): RecordSpec => ({ nik, name: 'SRI RAHAYU', birthDate });
    expect(duplicates([sri(a), sri(b), sri(null, '1970-01-01')])).toEqual(clear(3));
    expect(duplicates([sri(a), sri(b)])).toEqual({ ...clear(2), firstOf: [-1, 0], kind: [null, 'same_name_birth_date_near_nik'] });
  });

  it('a Papua NIK and its rounding by a number-reading program (odd → even): a near-NIK duplicate, even for a common name', () => {
    // 9101015507900013 read as a double is 9101015507900012 (DOMAIN.md §1.5).
    const row = (nik: string | null, birthDate = '1990-07-15'): RecordSpec => ({ nik, name: 'MARIA WENDA', birthDate });
    const r = duplicates([row('9101015507900013'), row('9101015507900012'), row(null, '1970-01-01')]);
    expect(r).toEqual({ ...clear(3), firstOf: [-1, 0, -1], kind: [null, 'same_name_birth_date_near_nik', null] });
  });

  it('a NIK shown by Excel with few digits listed before the valid one: still a near-NIK duplicate', () => {
    const nurul = (nik: RecordSpec['nik'], agency: string, birthDate = '1966-01-24'): RecordSpec => ({ nik, name: 'NURUL HIDAYAH', birthDate, agency });
    const r = duplicates([nurul({ excel: '7.37102E+15' }, 'B'), nurul('7371016401660006', 'A'), nurul(null, 'C', '1970-01-01'), nurul(null, 'D', '1980-02-02')]);
    expect(r).toEqual({ ...clear(4), firstOf: [-1, 0, -1, -1], kind: [null, 'same_name_birth_date_near_nik', null, null] });
  });

  it('an Excel-damaged NIK (not valid) on one row, none on the other, other agencies: not duplicates', () => {
    // Neither row has a valid NIK, so the agency must agree; the damaged NIK's date is no corroboration.
    const r = duplicates([
      { nik: { excel: '7371010707910010' }, name: 'HENDRA GUNAWAN', birthDate: '1991-07-07', agency: 'A' },
      { nik: null, name: 'HENDRA GUNAWAN', birthDate: '1991-07-07', agency: 'B' },
    ]);
    expect(r).toEqual(clear(2));
  });

  it('at most 8 different people per NIK are kept apart (MAX_PEOPLE_PER_NIK): by the NIK alone, a copy of the 8th is found, of the 9th not', () => {
    // The copies have the birth date mistyped, so only the NIK rule can tie them (an exact copy would
    // still be found by the name + birth date rules).
    const nik = makeNik('367101', '1990-01-10', 'F', 1);
    const people = ['SITI AMINAH', 'BAMBANG SUGIHARTO', 'AGUS PRIYANTO', 'DEWI LESTARI', 'RINA MARLINA', 'HENDRA GUNAWAN', 'NURUL HIDAYAH', 'JOKO WIDODO', 'TAUFIK HIDAYAT'];
    const rows: RecordSpec[] = people.map((name) => ({ nik, name, birthDate: '1990-01-10' }));
    const r = duplicates([...rows, { ...rows[7]!, birthDate: '1990-01-11' }, { ...rows[8]!, birthDate: '1990-01-11' }]);
    expect(r.firstOf.slice(9)).toEqual([7, -1]);
    expect(r.kind.slice(9)).toEqual(['same_nik', null]);
    expect(r.sharedNikWith.slice(9)).toEqual([-1, 0]);
    expect(r.sharedNikWith.slice(0, 9)).toEqual([-1, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

// ---------------------------------------------------------------------------------------------
// assignOneToOne / assignInOrder
// ---------------------------------------------------------------------------------------------

type Pair = [roster: number, bpjs: number, score: number];

function columns(pairs: readonly Pair[]) {
  return { length: pairs.length, roster: pairs.map((p) => p[0]), bpjs: pairs.map((p) => p[1]), score: pairs.map((p) => p[2]) };
}

describe('assignOneToOne (audit)', () => {
  it('a pair that is not eligible is never assigned, and does not block a lower eligible pair', () => {
    const pairs: Pair[] = [
      [0, 0, 30],
      [0, 1, 20],
      [1, 0, 10],
    ];
    const a = assignOneToOne(columns(pairs), (k) => k !== 0, [0, 1], [0, 1], 2, 2);
    expect([...a.byRoster]).toEqual([1, 2]);
    expect([...a.byBpjs]).toEqual([2, 1]);
  });

  it('nothing eligible: every row of both sides unassigned', () => {
    const a = assignOneToOne(columns([[0, 0, 30]]), () => false, [0], [0], 1, 1);
    expect([...a.byRoster]).toEqual([-1]);
    expect([...a.byBpjs]).toEqual([-1]);
  });

  it('equal score and roster row: the BPJS tie is broken by BPJS seq, not by the row index', () => {
    // BPJS row 0 has seq 9, row 1 seq 2: BPJS row 1 wins.
    const a = assignOneToOne(columns([[0, 0, 15], [0, 1, 15]]), () => true, [0], [9, 2], 1, 2);
    expect([...a.byRoster]).toEqual([1]);
    expect([...a.byBpjs]).toEqual([-1, 1]);
  });

  it('byBpjs is the inverse of byRoster', () => {
    const pairs: Pair[] = [
      [0, 2, 12],
      [1, 0, 14],
      [2, 1, 9],
      [2, 2, 13],
    ];
    const a = assignOneToOne(columns(pairs), () => true, [0, 1, 2], [0, 1, 2], 3, 3);
    expect([...a.byRoster]).toEqual([-1, 1, 3]);
    expect([...a.byBpjs]).toEqual([1, -1, 3]);
  });

  it('assignInOrder takes the pairs in the order given, not by score', () => {
    const cols = columns([[0, 0, 1], [0, 1, 99], [1, 1, 50]]);
    const a = assignInOrder([0, 2, 1], cols, 2, 2);
    expect([...a.byRoster]).toEqual([0, 2]);
    expect([...a.byBpjs]).toEqual([0, 2]);
  });
});

// ---------------------------------------------------------------------------------------------
// explainPair
// ---------------------------------------------------------------------------------------------

/** The reasons for roster row 0 against one BPJS record; `others` are counted in the frequency tables. */
function reasons(roster: RecordSpec, bpjs: RecordSpec, others: readonly RecordSpec[] = [], birthDateCount = 77): { codes: string[]; params: unknown[] } {
  return pairReasons(roster, bpjs, others, birthDateCount);
}

const NIK = '7371010707910015';
const BORN = '1991-07-07';

describe('explainPair (audit)', () => {
  it('a transposed NIK names both swapped positions', () => {
    const r = reasons({ nik: NIK, name: 'SITI AMINAH', birthDate: BORN }, { nik: '7371010707910051', name: 'SITI AMINAH', birthDate: BORN });
    expect(r.codes).toEqual(['match.reason.nik_transposed', 'match.reason.name_equal', 'match.reason.dob_equal']);
    expect(r.params[0]).toEqual({ position: 15, next: 16 });
  });

  it('a NIK one digit off names the 1-based position of that digit', () => {
    const r = reasons({ nik: NIK, name: 'SITI AMINAH', birthDate: BORN }, { nik: '7371010707910016', name: 'SITI AMINAH', birthDate: BORN });
    expect(r.codes[0]).toBe('match.reason.nik_one_digit');
    expect(r.params[0]).toEqual({ position: 16 });
  });

  it("a roster NIK whose date is years from the row's own birth date is said to be not the person's", () => {
    const r = reasons({ nik: NIK, name: 'SITI AMINAH', birthDate: '1980-02-02' }, { nik: '9999010101800001', name: 'SITI AMINAH', birthDate: '1980-02-02' });
    expect(r.codes).toEqual(['match.reason.nik_not_own', 'match.reason.name_equal', 'match.reason.dob_equal']);
  });

  it('no NIK on the BPJS side: the NIK is missing, not "not own", even when the roster NIK is far from its birth date', () => {
    const r = reasons({ nik: NIK, name: 'SITI AMINAH', birthDate: '1980-02-02' }, { nik: null, name: 'SITI AMINAH', birthDate: '1980-02-02' });
    expect(r.codes[0]).toBe('match.reason.nik_missing');
  });

  it('names equal after spelling normalization quote both spellings', () => {
    const r = reasons({ nik: NIK, name: 'DJOKO SOEPARMAN', birthDate: BORN }, { nik: NIK, name: 'JOKO SUPARMAN', birthDate: BORN });
    expect(r.codes).toEqual(['match.reason.nik_exact', 'match.reason.name_equal_normalized', 'match.reason.dob_equal']);
    expect(r.params[1]).toEqual({ roster: 'DJOKO SOEPARMAN', bpjs: 'JOKO SUPARMAN' });
  });

  it('names equal except a weak word quote that word', () => {
    const r = reasons({ nik: NIK, name: 'SITI AMINAH BINTI AHMAD', birthDate: BORN }, { nik: NIK, name: 'SITI AMINAH', birthDate: BORN });
    expect(r.codes[1]).toBe('match.reason.name_equal_except_weak');
    expect(r.params[1]).toEqual({ tokens: 'BINTI AHMAD' });
  });

  it('names that are a subset quote the words only one side has, from either side', () => {
    const a = reasons({ nik: NIK, name: 'SITI AMINAH NURHAYATI', birthDate: BORN }, { nik: NIK, name: 'SITI AMINAH', birthDate: BORN });
    expect(a.codes[1]).toBe('match.reason.name_subset');
    expect(a.params[1]).toEqual({ tokens: 'NURHAYATI' });
    const b = reasons({ nik: NIK, name: 'SITI AMINAH', birthDate: BORN }, { nik: NIK, name: 'SITI NURHAYATI AMINAH', birthDate: BORN });
    expect(b.codes[1]).toBe('match.reason.name_subset');
    expect(b.params[1]).toEqual({ tokens: 'NURHAYATI' });
  });

  it('a name missing on one side, and names that differ', () => {
    expect(reasons({ nik: NIK, name: 'SITI AMINAH', birthDate: BORN }, { nik: NIK, name: '', birthDate: BORN }).codes[1]).toBe('match.reason.name_missing');
    const far = reasons({ nik: NIK, name: 'SITI AMINAH', birthDate: BORN }, { nik: NIK, name: 'BAMBANG SUGIHARTO', birthDate: BORN });
    expect(far.codes[1]).toBe('match.reason.name_differs');
    expect(far.params[1]).toEqual({ roster: 'SITI AMINAH', bpjs: 'BAMBANG SUGIHARTO' });
  });

  it('a rare name and a rare birth date: no "common" reason', () => {
    const r = reasons({ nik: NIK, name: 'SITI AMINAH', birthDate: BORN }, { nik: NIK, name: 'SITI AMINAH', birthDate: BORN });
    expect(r.codes).toEqual(['match.reason.nik_exact', 'match.reason.name_equal', 'match.reason.dob_equal']);
  });

  it('sex and KPJ: differing sex and an equal or differing KPJ are each said', () => {
    const eq = reasons({ nik: NIK, name: 'SITI AMINAH', birthDate: BORN, sex: 'M', kpj: '1' }, { nik: NIK, name: 'SITI AMINAH', birthDate: BORN, sex: 'F', kpj: '1' });
    expect(eq.codes.slice(3)).toEqual(['match.reason.sex_differs', 'match.reason.kpj_equal']);
    const differs = reasons({ nik: NIK, name: 'SITI AMINAH', birthDate: BORN, kpj: '1' }, { nik: NIK, name: 'SITI AMINAH', birthDate: BORN, kpj: '2' });
    expect(differs.codes.slice(3)).toEqual(['match.reason.kpj_differs']);
  });

  it('birth dates one digit apart quote the roster date, then the BPJS date', () => {
    const r = reasons({ nik: NIK, name: 'SITI AMINAH', birthDate: BORN }, { nik: NIK, name: 'SITI AMINAH', birthDate: '1991-07-17' });
    expect(r.codes[2]).toBe('match.reason.dob_one_digit');
    expect(r.params[2]).toEqual({ roster: '1991-07-07', bpjs: '1991-07-17' });
  });

  it('a birth date known only from the NIK is compared and quoted as the NIK date', () => {
    const r = reasons({ nik: NIK, name: 'SITI AMINAH' }, { nik: '7371010707910016', name: 'SITI AMINAH', birthDate: '1991-07-17' });
    expect(r.codes[2]).toBe('match.reason.dob_one_digit');
    expect(r.params[2]).toEqual({ roster: '1991-07-07', bpjs: '1991-07-17' });
  });

  it('the NIK date agreeing with a birth-date column: "same birth date (from the NIK)"', () => {
    const r = reasons({ nik: NIK, name: 'SITI AMINAH', birthDate: BORN }, { nik: NIK, name: 'SITI AMINAH' });
    expect(r.codes).toEqual(['match.reason.nik_exact', 'match.reason.name_equal', 'match.reason.dob_equal_nik']);
  });

  it('no birth-date column on either side and the same NIK: the NIK date is not given as a separate reason', () => {
    const r = reasons({ nik: NIK, name: 'SITI AMINAH' }, { nik: NIK, name: 'SITI AMINAH' });
    expect(r.codes).toEqual(['match.reason.nik_exact', 'match.reason.name_equal']);
  });

  it('titles removed on the BPJS side are quoted too', () => {
    const r = reasons({ nik: NIK, name: 'SITI AMINAH', birthDate: BORN }, { nik: NIK, name: 'Hj. SITI AMINAH S.Pd', birthDate: BORN });
    expect(r.codes[1]).toBe('match.reason.name_titles_removed');
    expect(r.params[1]).toEqual({ titles: "Hj.', 'S.Pd" });
  });

  // It read "names share only –" (exploratory test round 2): the joined word is what they share.
  it('names sharing no word exactly, only a joined one, are said to share that word', () => {
    const r = reasons({ nik: NIK, name: 'NUR HAYATI RAHAYU', birthDate: BORN }, { nik: NIK, name: 'NURHAYATI BUDIARTI', birthDate: BORN });
    expect(r.codes.slice(1, 3)).toEqual(['match.reason.name_joined', 'match.reason.name_partial']);
    expect(r.params[2]).toEqual({ tokens: 'NUR HAYATI' });
  });

  it('the same weak word repeated on one side: the reason still names the weak word', () => {
    const r = reasons({ nik: NIK, name: 'RADEN RADEN SITI', birthDate: BORN }, { nik: NIK, name: 'RADEN SITI', birthDate: BORN });
    expect(r.codes[1]).toBe('match.reason.name_equal_except_weak');
    expect((r.params[1] as { tokens: string }).tokens).toMatch(/^RADEN( RADEN)*$/);
  });

  // The words were compared with includes(), not as a multiset, so the fallback listed every weak word of both sides ("RADEN RADEN RADEN").
  it('the same weak word repeated on one side: the reason names it once', () => {
    const r = reasons({ nik: NIK, name: 'RADEN RADEN SITI', birthDate: BORN }, { nik: NIK, name: 'RADEN SITI', birthDate: BORN });
    expect(r.params[1]).toEqual({ tokens: 'RADEN' });
  });
});

describe('explainPair (audit): common names and birth dates', () => {
  const born = '1988-04-05';
  const namesakes = (n: number): RecordSpec[] => Array.from({ length: n }, (_, i) => ({ nik: null, name: 'AGUS SETIAWAN', birthDate: `19${50 + i}-02-03` }));
  const sameDay = (n: number): RecordSpec[] => Array.from({ length: n }, (_, i) => ({ nik: null, name: `${String.fromCharCode(65 + i)}X TANGGAL`, birthDate: born }));
  // Other names found once and born on other days: they set the mean counts.
  const fillers = (n: number): RecordSpec[] => Array.from({ length: n }, (_, i) => ({ nik: null, name: `${String.fromCharCode(65 + i)}Q WARGA`, birthDate: `19${60 + i}-03-04` }));
  const agus: RecordSpec = { nik: null, name: 'AGUS SETIAWAN', birthDate: born };

  it('a name 4 times as frequent as the mean (penalty exactly 1 bit) is called common; a little less is not', () => {
    // 10 of 15 rows, 6 distinct names: mean 2.5, log2(10 / 2.5) - 1 = 1.
    const at = reasons(agus, agus, [...namesakes(9), ...fillers(5)]);
    expect(at.codes).toEqual(['match.reason.nik_missing', 'match.reason.name_equal', 'match.reason.name_common', 'match.reason.dob_equal']);
    expect(at.params[2]).toEqual({ count: 10 });
    expect(reasons(agus, agus, [...namesakes(8), ...fillers(5)]).codes).not.toContain('match.reason.name_common');
  });

  it('a birth date 4 times as frequent as the mean is called common, quoting the birth-date count', () => {
    const at = reasons(agus, agus, [...sameDay(9), ...fillers(5)], 10);
    expect(at.codes).toEqual(['match.reason.nik_missing', 'match.reason.name_equal', 'match.reason.dob_equal', 'match.reason.dob_common']);
    expect(at.params[3]).toEqual({ count: 10 });
    expect(reasons(agus, agus, [...sameDay(8), ...fillers(5)], 9).codes).not.toContain('match.reason.dob_common');
  });

  it('equal strong words of a common name: the whole name count is quoted', () => {
    const r = reasons({ nik: null, name: 'AGUS SETIAWAN BIN SLAMET', birthDate: born }, agus, [...namesakes(40), ...fillers(20)]);
    expect(r.codes.slice(1, 3)).toEqual(['match.reason.name_equal_except_weak', 'match.reason.name_common']);
    expect(r.params[2]).toEqual({ count: 41 });
  });
});
