import { describe, expect, it } from 'vitest';
import { alignNames, compareNames, nameSide } from '../../../src/match/compare-name.js';
import { normalizeName } from '../../../src/normalize/name.js';

const side = (s: string) => nameSide(normalizeName(s));

describe('compareNames levels', () => {
  const cases = [
    { description: 'identical', left: 'SITI AMINAH', right: 'SITI AMINAH', expected: 'exact' },
    { description: 'title removed (S.Pd)', left: 'Budi Santoso, S.Pd', right: 'BUDI SANTOSO', expected: 'exact' },
    { description: 'old spelling DJOKO/JOKO, SOEPARMAN/SUPARMAN', left: 'DJOKO SOEPARMAN', right: 'JOKO SUPARMAN', expected: 'exact' },
    { description: 'MOCH. abbreviation of MUHAMMAD', left: 'MOCH. RIZKI', right: 'MUHAMMAD RIZKI', expected: 'exact' },
    { description: 'token order', left: 'SANTOSO BUDI', right: 'BUDI SANTOSO', expected: 'exact' },
    { description: 'bin + patronymic on one side only', left: 'AHMAD FAUZI BIN HASAN', right: 'AHMAD FAUZI', expected: 'equal_strong' },
    { description: 'initial for the last name', left: 'SITI A.', right: 'SITI AMINAH', expected: 'initials' },
    { description: 'dropped middle name', left: 'AHMAD FAUZI SANTOSO', right: 'AHMAD SANTOSO', expected: 'subset' },
    { description: 'one-letter typo', left: 'BUDI SANTOSA', right: 'BUDI SANTOSO', expected: 'close' },
    { description: 'mononym with a typo', left: 'SUPARMIN', right: 'SUPARMAN', expected: 'close' },
    { description: 'twins: same surname, other first name', left: 'AGUS SAPUTRA', right: 'RUDI SAPUTRA', expected: 'partial' },
    { description: 'short names are not forgiven a letter', left: 'ANI LESTARI', right: 'ANA LESTARI', expected: 'partial' },
    { description: 'nothing in common', left: 'SITI AMINAH', right: 'BAMBANG SUGIHARTO', expected: 'far' },
    { description: 'empty name', left: '', right: 'SITI AMINAH', expected: 'missing' },
  ] as const;
  it.each(cases)('$description', ({ left, right, expected }) => {
    expect(compareNames(side(left), side(right)).level).toBe(expected);
  });

  it('is symmetric in level', () => {
    for (const [a, b] of [['SITI A.', 'SITI AMINAH'], ['AHMAD FAUZI SANTOSO', 'AHMAD SANTOSO'], ['BUDI SANTOSA', 'BUDI SANTOSO']] as const) {
      expect(compareNames(side(a), side(b)).level).toBe(compareNames(side(b), side(a)).level);
    }
  });

  it('explains which tokens differ', () => {
    const al = alignNames(side('AHMAD FAUZI SANTOSA'), side('AHMAD SANTOSO'));
    expect(al.level).toBe('close');
    expect(al.typos).toEqual([['SANTOSA', 'SANTOSO']]);
    expect(al.unmatchedRoster).toEqual(['FAUZI']);
    expect(al.common).toEqual(['AHMAD']);
  });
});
