import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import { parseSex } from '../../../src/normalize/sex.js';

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
