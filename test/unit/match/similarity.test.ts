import { describe, expect, it } from 'vitest';
import { adjacentTransposition, hammingWithin, isSpellingVariant, isTokenTypo, jaroWinkler } from '../../../src/match/similarity.js';

describe('similarity', () => {
  it('Jaro-Winkler matches the published examples', () => {
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.9611, 3);
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.8133, 3);
    expect(jaroWinkler('ABC', 'XYZ')).toBe(0);
    expect(jaroWinkler('', '')).toBe(1);
  });
  it('Hamming distance stops past the limit', () => {
    expect(hammingWithin('12345', '12345', 1)).toBe(0);
    expect(hammingWithin('12345', '12305', 1)).toBe(1);
    expect(hammingWithin('12345', '00000', 1)).toBe(2);
    expect(hammingWithin('1234', '12345', 1)).toBe(2);
  });
  it('finds an adjacent transposition', () => {
    expect(adjacentTransposition('123456', '124356')).toBe(2);
    expect(adjacentTransposition('123456', '123465')).toBe(4);
    expect(adjacentTransposition('123456', '153426')).toBe(-1);
    expect(adjacentTransposition('123456', '123456')).toBe(-1);
  });
  const typos = [
    { description: 'one substitution in a long token', left: 'SANTOSO', right: 'SANTOSA', expected: true },
    { description: 'one deletion', left: 'SUPRIYADI', right: 'SUPRIADI', expected: true },
    { description: 'short tokens are different names', left: 'ADI', right: 'EDI', expected: false },
    { description: 'two edits in a short token', left: 'ANDI', right: 'RUDI', expected: false },
    { description: 'two edits in a long, similar token', left: 'KURNIAWATI', right: 'KURNIAWAN', expected: true },
    { description: 'two adjacent letters swapped', left: 'GUNAWNA', right: 'GUNAWAN', expected: true },
    { description: 'a swap in a 4-letter token', left: 'ARIF', right: 'ARFI', expected: true },
    { description: 'a swap in a 3-letter token is another name', left: 'ANI', right: 'AIN', expected: false },
    { description: 'two separate substitutions in a mid-length token', left: 'HIDAYAT', right: 'HIDAYIN', expected: false },
  ];
  it.each(typos)('isTokenTypo: $description', ({ left, right, expected }) => {
    expect(isTokenTypo(left, right)).toBe(expected);
  });
  const variants = [
    { description: 'every typing error is one', left: 'SOPIAH', right: 'SOFIAH', expected: true },
    { description: 'two letters apart in a long word (Sundanese P/F, E/I)', left: 'SAEPUDIN', right: 'SAIFUDIN', expected: true },
    { description: 'two letters apart in a six-letter word', left: 'SUPENI', right: 'SUFINI', expected: true },
    { description: 'two letters apart in a five-letter word is another name', left: 'HASAN', right: 'HUSEN', expected: false },
    { description: 'another first letter is another name', left: 'RIYANTO', right: 'SUYANTO', expected: false },
    { description: 'three letters apart', left: 'SAEPUDIN', right: 'SAIFUDDIN', expected: false },
  ];
  it.each(variants)('isSpellingVariant: $description', ({ left, right, expected }) => {
    expect(isSpellingVariant(left, right)).toBe(expected);
    expect(isSpellingVariant(right, left)).toBe(expected);
  });
});
