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
    { description: 'two words joined into one', left: 'SITI NUR HAYATI', right: 'SITI NURHAYATI', expected: 'equal_strong' },
    { description: 'one word split in two', left: 'NURLAILA', right: 'NUR LAILA', expected: 'equal_strong' },
    { description: 'ABDUL assimilated and joined', left: 'ABDUL RAHMAN WAHID', right: 'ABDURRAHMAN WAHID', expected: 'equal_strong' },
    { description: 'ABDUR written apart is ABDUL', left: 'ABDUR RAHMAN', right: 'ABDUL RAHMAN', expected: 'exact' },
    { description: 'joined words, one name longer', left: 'NUR HAYATI', right: 'SITI NURHAYATI', expected: 'subset' },
    { description: 'joined words that spell another name do not join', left: 'NUR HADI', right: 'NURHAYATI', expected: 'far' },
    { description: 'a long BPJS name cut off mid-word', left: 'HUSEN FEBRIANSYAH SETIAWAN', right: 'HUSEN FEBRIANSYAH SETI', expected: 'initials' },
    { description: 'a long BPJS name cut off, the last word lost', left: 'SITI FEBRIANSYAH RUSDIANTO SANTOSO', right: 'SITI FEBRIANSYAH RUSDI', expected: 'subset' },
    { description: 'a short name that begins another is another name', left: 'DEWI RAHMAWATI', right: 'DEWI RAHMA', expected: 'partial' },
    { description: 'only the BPJS name is taken to be cut', left: 'HUSEN FEBRIANSYAH SETI', right: 'HUSEN FEBRIANSYAH SETIAWAN', expected: 'partial' },
    { description: 'a lone letter that could be a title or an initial: still a dropped name', left: 'I. PRATAMA', right: 'IRFAN PRATAMA', expected: 'subset' },
    { description: 'a lone M is the initial of another name too', left: 'M. PERMANA', right: 'MEGA PERMANA', expected: 'initials' },
    { description: 'a legal title facing another first name', left: 'ANDI SAPUTRA', right: 'ANDIKA SAPUTRA', expected: 'partial' },
    { description: 'a legal title on both sides and a dropped name', left: 'ANDI MUHAMMAD ARIF', right: 'ANDI MUHAMMAD ARIF SYAM', expected: 'subset' },
  ] as const;
  it.each(cases)('$description', ({ left, right, expected }) => {
    expect(compareNames(side(left), side(right)).level).toBe(expected);
  });

  it('is symmetric in level', () => {
    for (const [a, b] of [['SITI A.', 'SITI AMINAH'], ['AHMAD FAUZI SANTOSO', 'AHMAD SANTOSO'], ['BUDI SANTOSA', 'BUDI SANTOSO']] as const) {
      expect(compareNames(side(a), side(b)).level).toBe(compareNames(side(b), side(a)).level);
    }
  });

  it('says which words were written apart and joined, on both sides', () => {
    expect(alignNames(side('SITI NUR HAYATI'), side('NURHAYATI SITI')).joined).toEqual([['NUR HAYATI', 'NURHAYATI']]);
    const split = alignNames(side('NURHAYATI'), side('NUR HAYATI'));
    expect(split.joined).toEqual([['NURHAYATI', 'NUR HAYATI']]);
    expect(split.unmatchedBpjs).toEqual([]);
  });

  it('says where the BPJS name was cut off', () => {
    expect(alignNames(side('HUSEN FEBRIANSYAH SETIAWAN'), side('HUSEN FEBRIANSYAH SETI')).cut).toEqual([['SETIAWAN', 'SETI']]);
    expect(alignNames(side('SITI A.'), side('SITI AMINAH')).cut).toEqual([]);
  });

  it('explains which tokens differ', () => {
    const al = alignNames(side('AHMAD FAUZI SANTOSA'), side('AHMAD SANTOSO'));
    expect(al.level).toBe('close');
    expect(al.typos).toEqual([['SANTOSA', 'SANTOSO']]);
    expect(al.unmatchedRoster).toEqual(['FAUZI']);
    expect(al.common).toEqual(['AHMAD']);
  });
});
