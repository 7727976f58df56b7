// Why this file exists: two rows with the same NIK and name, born 05-05-1992 and 05-05-1962, were one person
// (the second `duplicate`, reason "same NIK") with nothing saying the birth dates differ, nor that the NIK's
// date fits only the first (explore4-D repro 04). The rule stays (a year mistyped on the same day and month, or
// one digit off, is not `farApart`: one person), but the duplicate row now carries `dob_differs` and a reason
// naming both dates and the row whose date the NIK encodes. All NIKs are synthetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/i18n/translate.js';
import { createMatcher } from '../../../src/match/create-matcher.js';
import { duplicateBirthDateReason } from '../../../src/match/duplicate-birth-date.js';
import { matchSettings } from '../../../src/match/match-settings.js';
import { makeNik, makeWorker, type RecordSpec } from './make-records.js';

const EKA = makeNik('327901', '1992-05-05', 'F', 5); // 3279014505920005
const eka = (birthDate: string | null, nik: string | null = EKA): RecordSpec => ({ nik, name: 'EKA PRATIWI', birthDate, agency: 'BAPPEDA', wage: 2_000_000 });

function decide(rows: readonly RecordSpec[]) {
  return createMatcher(rows.map((r, i) => makeWorker(i, r)), matchSettings()).finish().decisions;
}

describe('a duplicate whose birth date is not its kept row\'s', () => {
  it.each(['1962-05-05', '1985-05-05'])('born 1992-05-05 and %s with one NIK: one person, and the duplicate says the dates differ', (other) => {
    const [kept, dup] = decide([eka('1992-05-05'), eka(other)]);
    expect(kept?.status).toBe('unregistered');
    expect(kept?.flags).not.toContain('dob_differs');
    expect(dup?.status).toBe('duplicate');
    expect(dup?.flags).toContain('dob_differs');
    expect(dup?.reasons.map((r) => translate('en', r))).toEqual([
      'same person as row roster.xlsx [DINAS]:2 (same NIK)',
      `birth date ${other} differs from row roster.xlsx [DINAS]:2 (1992-05-05), whose date the NIK encodes: taken as one person with a mistyped date; if they are two people, this row carries the other's NIK`,
    ]);
  });

  it('the NIK encoding the duplicate\'s date, not the kept row\'s, is said the other way round', () => {
    const [, dup] = decide([eka('1962-05-05'), eka('1992-05-05')]);
    expect(dup?.status).toBe('duplicate');
    expect(dup?.reasons[1]?.code).toBe('match.reason.duplicate_dob_differs_nik_own');
  });

  it('a different day far apart is still two people (the documented rule), without the new reason', () => {
    const [, second] = decide([eka('1992-05-05'), eka('1965-08-17')]);
    expect(second?.status).not.toBe('duplicate');
    expect(second?.reasons.map((r) => r.code)).toContain('match.reason.nik_shared_birth_date');
  });

  it('equal birth dates: no flag, the reason as before', () => {
    const [, dup] = decide([eka('1992-05-05'), eka('1992-05-05')]);
    expect(dup?.flags).toEqual([]);
    expect(dup?.reasons.map((r) => r.code)).toEqual(['match.reason.duplicate_nik']);
  });

  it('a missing birth date is no conflict', () => {
    const [, dup] = decide([eka('1992-05-05'), eka(null)]);
    expect(dup?.status).toBe('duplicate');
    expect(dup?.flags).not.toContain('dob_differs');
  });
});

describe('duplicateBirthDateReason', () => {
  const w = (seq: number, spec: RecordSpec) => makeWorker(seq, spec);

  it('names the kept row\'s date when the NIK encodes it, this row\'s when it encodes that, else neither', () => {
    expect(duplicateBirthDateReason(w(1, eka('1962-05-05')), w(0, eka('1992-05-05')))).toEqual({
      code: 'match.reason.duplicate_dob_differs_nik_kept',
      params: { date: '1962-05-05', kept_date: '1992-05-05', ref: 'roster.xlsx [DINAS]:2' },
    });
    expect(duplicateBirthDateReason(w(1, eka('1992-05-05')), w(0, eka('1992-05-06')))?.code).toBe('match.reason.duplicate_dob_differs_nik_own');
    expect(duplicateBirthDateReason(w(1, eka('1992-05-07')), w(0, eka('1992-05-06')))?.code).toBe('match.reason.duplicate_dob_differs');
  });

  it('says nothing of a NIK the rows do not share (a copy found through its BPJS match)', () => {
    const other = makeNik('327901', '1962-05-05', 'F', 9);
    expect(duplicateBirthDateReason(w(1, eka('1962-05-05', other)), w(0, eka('1992-05-05')))?.code).toBe('match.reason.duplicate_dob_differs');
    expect(duplicateBirthDateReason(w(1, eka('1962-05-05', null)), w(0, eka('1992-05-05')))?.code).toBe('match.reason.duplicate_dob_differs');
  });

  it('property: a reason exactly when both dates are known and differ; the NIK variant exactly when it encodes one of them', () => {
    const date = fc
      .record({ y: fc.integer({ min: 1950, max: 2005 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.option(date, { nil: null }), fc.option(date, { nil: null }), date, fc.constantFrom<'F' | 'M'>('F', 'M'), (a, b, nikDate, sex) => {
        const nik = makeNik('327901', nikDate, sex, 5);
        const reason = duplicateBirthDateReason(w(1, eka(a, nik)), w(0, eka(b, nik)));
        if (a === null || b === null || a === b) {
          expect(reason).toBeNull();
          return;
        }
        const expected = nikDate === b ? 'match.reason.duplicate_dob_differs_nik_kept' : nikDate === a ? 'match.reason.duplicate_dob_differs_nik_own' : 'match.reason.duplicate_dob_differs';
        expect(reason).toEqual({ code: expected, params: { date: a, kept_date: b, ref: 'roster.xlsx [DINAS]:2' } });
      }),
    );
  });
});
