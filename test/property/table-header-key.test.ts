import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasCompactKey, headerKey } from '../../src/table/header-text.js';

const HEADERS = ['NAMA', 'NIK', 'TGLLAHIR', 'TEMPATTGLLAHIR', 'JENISKELAMIN', 'LP', 'GAJIHONOR', 'NO'];

describe('hasCompactKey', () => {
  it('agrees with headerKey(text).compact for any text, ASCII or not', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 24 }),
      fc.string({ unit: fc.constantFrom('N', 'a', 'm', 'A', ' ', '.', '/', '-', 'ｎ', 'Ａ', 'é', '1', 'K', 'i', 'O', '0', 'o'), maxLength: 12 }),
      // A header with a few characters put in or its case changed: the near misses that matter.
      fc
        .tuple(fc.constantFrom(...HEADERS), fc.array(fc.record({ at: fc.nat(), ch: fc.constantFrom('1', '0', ' ', '.', 'a', 'ñ', 'Ｏ', 'N') }), { maxLength: 3 }), fc.boolean())
        .map(([h, inserts, lower]) => {
          let t = lower ? h.toLowerCase() : h;
          for (const { at, ch } of inserts) t = t.slice(0, at % (t.length + 1)) + ch + t.slice(at % (t.length + 1));
          return t;
        }),
      fc.constantFrom('Nama', 'N A M A', 'Nama.', 'Tgl. Lahir', 'L/P', 'NIK ', 'ＮＩＫ', 'Nik.', 'NAMA LENGKAP', 'No.'),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(...HEADERS), (t, compact) => {
        expect(hasCompactKey(t, compact)).toBe(headerKey(t).compact === compact);
      }),
      { numRuns: 3000 },
    );
  });
});
