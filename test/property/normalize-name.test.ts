import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKeyString, normalizeName } from '../../src/normalize/name.js';

const GIVEN = [
  'BUDI', 'SITI', 'AGUS', 'SRI', 'DEWI', 'RINA', 'AHMAD', 'YUSUF', 'NUR', 'EKO', 'JOKO', 'DJOKO', 'SOEKARNO', 'WAHYU',
  'KHAIRUL', 'CHAIRUL', 'FATIMAH', 'AMINAH', 'RATNA', 'SUPARMAN', 'HERU', 'INDAH', 'PUTRI', 'YULI', 'TJAHJO', 'RIZKY',
  'MUHAMMAD', 'ABDUL', 'ABDULLAH', 'LESTARI', 'SANTOSO', 'HIDAYAT', 'SETIAWAN', 'WAHYUNI', 'PRATAMA', 'KURNIAWAN',
  'NURHAYATI', 'SUSANTO', 'HARAHAP', 'SIREGAR', 'NASUTION', 'PANJAITAN', 'MANURUNG', 'TANJUNG', 'UTAMI', 'SARI',
];
const DEGREES_AFTER = [', S.Pd.', ', S.Pd', ' S.Pd', ' SPd', ', S. Pd', ', S.Pd.I', ', A.Md.Kep', ' A.Md', ', S.E., M.M.', ' S.Kom', ', S.H., M.H.', ', S.Kep., Ns.', ' SE', ' SH', ', M.Si', ' (Alm)'];
const TITLES_BEFORE = ['Dr. ', 'dr. ', 'Drs. ', 'Dra. ', 'Ir. ', 'H. ', 'Hj. ', 'Bpk. ', 'Ibu ', 'Sdr. ', 'Prof. Dr. '];

const baseName = fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 4 }).map((t) => t.join(' '));

/** Random casing, and 1–3 spaces wherever one space stands. */
const messUp = (s: string, seed: readonly boolean[], spaces: readonly number[]): string => {
  let i = 0;
  let out = '';
  for (const ch of s) {
    const flip = seed[i % Math.max(seed.length, 1)] === true;
    out += ch === ' ' ? ' '.repeat(spaces[i % Math.max(spaces.length, 1)] ?? 1) : flip ? ch.toLowerCase() : ch;
    i++;
  }
  return out;
};

describe('normalizeName properties', () => {
  it('is idempotent on its clean output (any text)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), baseName), (raw) => {
        const n = normalizeName(raw);
        const again = normalizeName(n.clean);
        expect(again.clean).toBe(n.clean);
        expect(again.tokens).toEqual(n.tokens);
        expect(again.keys).toEqual(n.keys);
        expect(again.weak).toEqual(n.weak);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent on messy names built from titles, names and degrees', () => {
    fc.assert(
      fc.property(fc.constantFrom('', ...TITLES_BEFORE), baseName, fc.constantFrom('', ...DEGREES_AFTER), fc.constantFrom('', ...DEGREES_AFTER), (t, b, d1, d2) => {
        const n = normalizeName(t + b + d1 + d2);
        expect(normalizeName(n.clean).clean).toBe(n.clean);
      }),
    );
  });

  it('is insensitive to added titles, degrees, extra spaces and case', () => {
    fc.assert(
      fc.property(
        baseName,
        fc.constantFrom('', ...TITLES_BEFORE),
        fc.array(fc.constantFrom(...DEGREES_AFTER), { maxLength: 2 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 5 }),
        (base, title, degrees, caseSeed, spaces) => {
          const plain = normalizeName(base);
          const messy = normalizeName(`  ${title}${messUp(base, caseSeed, spaces)}${degrees.join('')}  `);
          expect(messy.clean).toBe(plain.clean);
          expect(messy.keys).toEqual(plain.keys);
          expect(messy.weak).toEqual(plain.weak);
          expect(nameKeyString(messy)).toBe(nameKeyString(plain));
        },
      ),
    );
  });

  it('keeps tokens, keys and weak flags aligned, with non-empty uppercase tokens', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })), (raw) => {
        const n = normalizeName(raw);
        expect(n.keys).toHaveLength(n.tokens.length);
        expect(n.weak).toHaveLength(n.tokens.length);
        expect(n.clean).toBe(n.tokens.join(' '));
        for (const t of n.tokens) {
          expect(t.length).toBeGreaterThan(0);
          expect(t).toBe(t.toUpperCase());
          expect(t).not.toMatch(/[\s.,'\d]/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
