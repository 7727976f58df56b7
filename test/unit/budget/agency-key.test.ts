import { describe, expect, it } from 'vitest';
import { agencyKey, compareCodePoints } from '../../../src/budget/agency-key.js';

describe('agencyKey', () => {
  it('trims, collapses spaces, uppercases and composes (NFC)', () => {
    expect(agencyKey('  Dinas   Kesehatan ')).toBe('DINAS KESEHATAN');
    expect(agencyKey('DINAS\tKESEHATAN')).toBe('DINAS KESEHATAN');
    expect(agencyKey('Dinas Pe\u0301ndidikan')).toBe('DINAS P\u00c9NDIDIKAN');
    expect(agencyKey('')).toBe('');
  });

  it('gives the same keys in any order and past the number of keys it remembers', () => {
    const names = Array.from({ length: 5000 }, (_, i) => ` Dinas  ${i} `);
    const first = names.map(agencyKey);
    expect(first[42]).toBe('DINAS 42');
    expect([...names].reverse().map(agencyKey)).toEqual([...first].reverse());
    const long = `satpol   pp ${'x'.repeat(300)}`;
    expect(agencyKey(long)).toBe(`SATPOL PP ${'X'.repeat(300)}`);
  });
});

describe('compareCodePoints', () => {
  it('orders by code point, not by UTF-16 unit', () => {
    expect(compareCodePoints('A', 'B')).toBeLessThan(0);
    expect(compareCodePoints('\u{1F600}', '\uFFFF')).toBeGreaterThan(0);
    expect(compareCodePoints('AB', 'A')).toBeGreaterThan(0);
    expect(compareCodePoints('A', 'A')).toBe(0);
  });
});
