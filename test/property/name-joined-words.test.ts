import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignNames, compareNames, nameSide } from '../../src/match/compare-name.js';
import { normalizeName } from '../../src/normalize/name.js';

const GIVEN = [
  'BUDI', 'SITI', 'AGUS', 'DEWI', 'RINA', 'AHMAD', 'YUSUF', 'EKO', 'WAHYU', 'FATIMAH', 'AMINAH', 'RATNA', 'SUPARMAN',
  'HERU', 'INDAH', 'PUTRI', 'LESTARI', 'SANTOSO', 'HIDAYAT', 'SETIAWAN', 'WAHYUNI', 'PRATAMA', 'KURNIAWAN', 'NURHAYATI',
  'SUSANTO', 'HARAHAP', 'SIREGAR', 'NASUTION', 'PANJAITAN', 'MANURUNG', 'TANJUNG', 'UTAMI', 'SARI', 'SYUKUR',
];

/** A name of distinct words, one word (5+ letters) split at an inner point into two words of 2+ letters. */
const splitName = fc
  .uniqueArray(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 4 })
  .chain((words) => {
    const long = words.map((w, i) => (w.length >= 5 ? i : -1)).filter((i) => i >= 0);
    if (long.length === 0) return fc.constant(null);
    return fc.tuple(fc.constant(words), fc.constantFrom(...long), fc.integer({ min: 2, max: 20 })).map(([w, i, cut]) => {
      const word = w[i]!;
      const at = 2 + (cut % (word.length - 3));
      const split = [...w.slice(0, i), word.slice(0, at), word.slice(at), ...w.slice(i + 1)];
      return { joined: w.join(' '), split: split.join(' '), piece: i };
    });
  })
  .filter((x): x is { joined: string; split: string; piece: number } => {
    if (x === null) return false;
    const s = normalizeName(x.split);
    const j = normalizeName(x.joined);
    const pieces = [x.piece, x.piece + 1];
    // The pieces must be plain words: not a title or a Muhammad form, nor the key of another word.
    return (
      s.weak.every((w) => !w) &&
      pieces.every((i) => s.keys[i] === s.tokens[i] && !j.keys.includes(s.keys[i]!)) &&
      s.keys[x.piece] !== s.keys[x.piece + 1]
    );
  });

describe('words written apart on one side and joined on the other', () => {
  it('compare as equal names, in either direction, and are explained as joined', () => {
    const seen = new Set<number>();
    fc.assert(
      fc.property(splitName, ({ joined, split }) => {
        seen.add(joined.split(' ').length);
        const a = nameSide(normalizeName(split));
        const b = nameSide(normalizeName(joined));
        expect(compareNames(a, b).level).toBe('equal_strong');
        expect(compareNames(b, a).level).toBe('equal_strong');
        expect(alignNames(a, b).joined).toHaveLength(1);
        expect(alignNames(b, a).unmatchedBpjs).toEqual([]);
      }),
      { numRuns: 1000 },
    );
    // Names of one to four words were tried, not only mononyms.
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });
});
