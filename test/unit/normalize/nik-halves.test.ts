import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grown, nikHalves, NikHalvesTable } from '../../../src/normalize/nik-halves.js';

const digits16 = fc.array(fc.constantFrom(...'0123456789'), { minLength: 16, maxLength: 16 }).map((ds) => ds.join(''));

describe('nikHalves', () => {
  it('splits 16 digits into two 8-digit numbers', () => {
    expect(nikHalves('9471015001900001')).toEqual([94710150, 1900001]);
    expect(nikHalves('0000000000000000')).toEqual([0, 0]);
  });

  it('refuses anything but 16 ASCII digits', () => {
    for (const s of ['947101500190000', '94710150019000012', '94710150O1900001', '9471015001900 01', '', '٣٦٧١٠١٥٠٠١٩٠٠٠٠١']) {
      expect(nikHalves(s)).toBeNull();
    }
  });

  it('round-trips every 16-digit string', () => {
    fc.assert(
      fc.property(digits16, (s) => {
        const [hi, lo] = nikHalves(s)!;
        expect(String(hi).padStart(8, '0') + String(lo).padStart(8, '0')).toBe(s);
      }),
    );
  });
});

describe('NikHalvesTable', () => {
  it('numbers NIKs in insertion order and finds each again, as a Map would', () => {
    // Many distinct NIKs (past the initial sizes of 512 entries / 1024 slots) and many repeats.
    const nik = fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 4000 }).map((i) => String(3171010101900000 + i * 7919)) },
      { weight: 1, arbitrary: digits16 },
    );
    fc.assert(
      fc.property(fc.array(nik, { maxLength: 3000 }), (niks) => {
        const table = new NikHalvesTable();
        const model = new Map<string, number>();
        for (const s of niks) {
          const [hi, lo] = nikHalves(s)!;
          const found = table.find(hi, lo);
          expect(found).toBe(model.get(s) ?? -1);
          if (found < 0) {
            const e = table.add(hi, lo);
            expect(e).toBe(model.size);
            model.set(s, e);
          }
        }
        expect(table.size).toBe(model.size);
        for (const [s, e] of model) expect(table.find(...nikHalves(s)!)).toBe(e);
      }),
      { numRuns: 30 },
    );
  });
});

describe('grown', () => {
  it('doubles the length and keeps the values', () => {
    expect([...grown(Int32Array.of(1, -2, 3))]).toEqual([1, -2, 3, 0, 0, 0]);
  });
});
