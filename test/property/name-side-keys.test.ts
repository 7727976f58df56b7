import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nameSide } from '../../src/match/compare-name.js';
import type { NormalizedName } from '../../src/normalize/normalized-name.js';

/** What the keys must be: the tokens' keys sorted as Array.prototype.sort sorts strings, joined by a space. */
const sortedJoin = (keys: readonly string[]): string => [...keys].sort().join(' ');

describe('nameSide keys (property)', () => {
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
