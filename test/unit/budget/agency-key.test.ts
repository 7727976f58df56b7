import { describe, expect, it } from 'vitest';
import { AGENCY_NAMED_TOTAL, agencyKey, compareCodePoints, TOTAL_AGENCY } from '../../../src/budget/agency-key.js';

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

describe('an agency named "Total"', () => {
  // "TOTAL" is what the total lines are called in budget.csv, summary.json and the workbook. A roster
  // without an agency column in a file total.csv (or a sheet "Total") falls back to that name: as "TOTAL"
  // its budget lines were dropped from the workbook as total lines and counted twice on the terminal.
  it('gets a key of its own, never the total lines\' one', () => {
    for (const name of ['Total', ' TOTAL ', 'total', 'To\u0074al']) expect(agencyKey(name)).toBe(AGENCY_NAMED_TOTAL);
    expect(AGENCY_NAMED_TOTAL).not.toBe(TOTAL_AGENCY);
    // Only the whole name: other agencies that contain the word keep theirs.
    expect(agencyKey('Total Bangun Persada')).toBe('TOTAL BANGUN PERSADA');
    expect(agencyKey('SUBTOTAL')).toBe('SUBTOTAL');
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
