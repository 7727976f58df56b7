import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import { parseSex, parseSexMarks } from '../../../src/normalize/sex.js';

describe('parseSex', () => {
  const male = ['L', 'l', 'LK', 'L/K', 'Lk.', 'LAKI-LAKI', 'Laki-laki', 'LAKI LAKI', 'laki - laki', 'LAKI2', 'LAKI', 'LELAKI', 'PRIA', 'M', 'MALE', 'Male'];
  const female = ['P', 'p', 'PR', 'Pr.', 'PEREMPUAN', 'Perempuan', 'WANITA', 'W', 'F', 'FEMALE', 'female'];
  it.each(male)('%s → M', (s) => expect(parseSex(s)).toEqual({ kind: 'ok', sex: 'M' }));
  it.each(female)('%s → F', (s) => expect(parseSex(s)).toEqual({ kind: 'ok', sex: 'F' }));

  it.each([undefined, null, '', ' ', '-', 'N/A'] as (RawCell | undefined)[])('%j → empty', (input) => {
    expect(parseSex(input)).toEqual({ kind: 'empty' });
  });

  it('does not guess numeric codes', () => {
    for (const v of ['1', '2', '0', { kind: 'number', raw: '1' } as RawCell]) {
      expect(parseSex(v)).toMatchObject({ kind: 'invalid', reason: { code: 'sex.numeric_code' } });
    }
  });

  it('rejects anything else with the text', () => {
    expect(parseSex('Z')).toEqual({ kind: 'invalid', reason: { code: 'sex.unrecognized', params: { text: 'Z' } } });
    expect(parseSex('HONORER')).toMatchObject({ kind: 'invalid', reason: { code: 'sex.unrecognized' } });
  });
});

// Was a bug (exploratory test of reading): rosters tick one of two columns L | P under JENIS KELAMIN.
describe('parseSexMarks (L | P tick columns)', () => {
  it.each(['√', '✓', 'V', 'v', 'X', 'x', '1', { kind: 'number', raw: '1' } as RawCell, 'ya'])('%j in L → M, in P → F', (tick) => {
    expect(parseSexMarks(tick, null)).toEqual({ kind: 'ok', sex: 'M' });
    expect(parseSexMarks('', tick)).toEqual({ kind: 'ok', sex: 'F' });
  });

  it("the column's own letter is a tick; 0, a dash or nothing is none", () => {
    expect(parseSexMarks('L', '')).toEqual({ kind: 'ok', sex: 'M' });
    expect(parseSexMarks('0', 'P')).toEqual({ kind: 'ok', sex: 'F' });
    expect(parseSexMarks('-', { kind: 'number', raw: '0' })).toEqual({ kind: 'empty' });
    expect(parseSexMarks(null, undefined)).toEqual({ kind: 'empty' });
  });

  it('both ticked is invalid (sex unknown), and so is a value that is no tick', () => {
    expect(parseSexMarks('√', 'V')).toEqual({ kind: 'invalid', reason: { code: 'sex.both_marked', params: { male: '√', female: 'V' } } });
    expect(parseSexMarks('P', null)).toEqual({ kind: 'invalid', reason: { code: 'sex.mark_unrecognized', params: { text: 'P', column: 'L' } } });
    expect(parseSexMarks(null, 'honorer')).toMatchObject({ kind: 'invalid', reason: { code: 'sex.mark_unrecognized' } });
  });
});
