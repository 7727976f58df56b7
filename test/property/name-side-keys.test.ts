import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nameSide, shareAnyKey } from '../../src/match/compare-name.js';
import { personFeatures } from '../../src/match/person-features.js';
import { parseNik } from '../../src/normalize/nik.js';
import type { NormalizedName } from '../../src/normalize/normalized-name.js';
import type { PersonRecord } from '../../src/normalize/person-record.js';

/** What the keys must be: the tokens' keys sorted as Array.prototype.sort sorts strings, joined by a space. */
const sortedJoin = (keys: readonly string[]): string => [...keys].sort().join(' ');

const token = fc.string({ unit: fc.constantFrom('A', 'B', 'Z', 'É', 'a', 'SITI', 'AMINAH', 'M', 'ß', '\u{1F600}'), minLength: 1, maxLength: 4 });
const name = fc.array(fc.tuple(token, fc.boolean()), { maxLength: 8 }).map((parts): NormalizedName => {
  const keys = parts.map(([k]) => k);
  return { original: keys.join(' '), clean: keys.join(' '), tokens: keys, keys, weak: parts.map(([, w]) => w), removed: [] };
});
const record = (n: NormalizedName): PersonRecord => ({
  file: 'roster.csv',
  sheet: '',
  row: 2,
  nik: parseNik(''),
  name: n,
  birthDate: null,
  birthPlace: null,
  sex: null,
  agency: null,
  position: null,
  wage: null,
  kpj: null,
  problems: [],
});

describe('nameSide keys (property)', () => {
  it('shareAnyKey is true exactly when the strong keys intersect (equal joined keys are a shortcut, not a rule of their own)', () => {
    // Few distinct tokens, so that equal names and shared keys are common.
    const few = fc.array(fc.tuple(fc.constantFrom('SITI', 'AMINAH', 'BUDI', 'A'), fc.boolean()), { maxLength: 4 }).map((parts): NormalizedName => {
      const keys = parts.map(([k]) => k);
      return { original: keys.join(' '), clean: keys.join(' '), tokens: keys, keys, weak: parts.map(([, w]) => w), removed: [] };
    });
    let equalKeys = 0;
    fc.assert(
      fc.property(few, few, (a, b) => {
        const sa = nameSide(a);
        const sb = nameSide(b);
        if (sa.strongKey !== '' && sa.strongKey === sb.strongKey) equalKeys++;
        expect(shareAnyKey(sa, sb)).toBe(sa.strong.some((k) => sb.strong.includes(k)));
      }),
      { numRuns: 2000 },
    );
    expect(equalKeys).toBeGreaterThan(50);
  });

  it("a record's features carry exactly its nameSide's fields, unchanged by the next record's", () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const fa = personFeatures(record(a));
        personFeatures(record(b));
        const side = nameSide(a);
        expect({ strong: fa.strong, strongTokens: fa.strongTokens, strongKey: fa.strongKey, fullKey: fa.fullKey, source: fa.source }).toEqual(side);
        expect(fa.source).toBe(a);
      }),
      { numRuns: 1000 },
    );
  });

  it('strongKey and fullKey are the sorted keys joined, whatever the number of tokens and weak ones', () => {
    const token = fc.string({ unit: fc.constantFrom('A', 'B', 'Z', 'É', 'a', 'SITI', 'AMINAH', 'M', 'ß', '\u{1F600}'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(fc.tuple(token, fc.boolean()), { maxLength: 8 }), (parts) => {
        const keys = parts.map(([k]) => k);
        const weak = parts.map(([, w]) => w);
        const n: NormalizedName = { original: keys.join(' '), clean: keys.join(' '), tokens: keys, keys, weak, removed: [] };
        const side = nameSide(n);
        const strong = weak.some((w) => w) && weak.some((w) => !w) ? keys.filter((_, i) => !weak[i]) : keys;
        expect(side.strongKey).toBe(sortedJoin(strong));
        expect(side.fullKey).toBe(sortedJoin(keys));
        expect(keys).toEqual(parts.map(([k]) => k));
      }),
      { numRuns: 2000 },
    );
  });
});
