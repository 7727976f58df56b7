// Why this file exists: src/normalize/record-zeroed-nik.ts judges whether a whole NIK column of text
// cells went through Excel as numbers (the 16th digit set to 0, DOMAIN.md §5). One value cannot show
// it; the column-level counts and thresholds (≥ 5 values, ≥ 60% ending in 0) decide whether every
// NIK of a sheet is treated as damaged, so they are pinned here. All NIKs are synthetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import { judgeZeroedNikColumn, ZEROED_MIN_SHARE, ZEROED_MIN_VALUES } from '../../../src/normalize/record-zeroed-nik.js';

const num = (raw: string): RawCell => ({ kind: 'number', raw });
const date = (iso: string): RawCell => ({ kind: 'date', iso, serial: null });

/** Synthetic NIKs of one kecamatan (36 71 01), birth 05-01-1990 for a woman, serials 0001…; `last` replaces the 16th digit. */
const nik = (serial: number, last?: string): string => {
  const s = `367101450190${String(serial).padStart(4, '0')}`;
  return last === undefined ? s : s.slice(0, 15) + last;
};
/** n NIKs as Excel leaves them: the 16th digit zeroed. */
const zeroed = (n: number): string[] => Array.from({ length: n }, (_, i) => nik(i + 1, '0'));
/** n NIKs whose 16th digit is not 0. */
const intact = (n: number): string[] => Array.from({ length: n }, (_, i) => nik(i + 1, String((i % 9) + 1)));

describe('judgeZeroedNikColumn', () => {
  it('uses the documented thresholds', () => {
    expect(ZEROED_MIN_VALUES).toBe(5);
    expect(ZEROED_MIN_SHARE).toBe(0.6);
  });

  const cases: { description: string; cells: (RawCell | undefined)[]; expected: { zeroed: boolean; sixteen: number; endingZero: number } }[] = [
    { description: 'five texts, all ending in 0: zeroed', cells: zeroed(5), expected: { zeroed: true, sixteen: 5, endingZero: 5 } },
    { description: 'four texts ending in 0 are too few to judge', cells: zeroed(4), expected: { zeroed: false, sixteen: 4, endingZero: 4 } },
    { description: '3 of 5 ending in 0 (exactly 60%): zeroed', cells: [...zeroed(3), ...intact(2)], expected: { zeroed: true, sixteen: 5, endingZero: 3 } },
    { description: '2 of 5 ending in 0: not zeroed', cells: [...zeroed(2), ...intact(3)], expected: { zeroed: false, sixteen: 5, endingZero: 2 } },
    { description: '6 of 10 ending in 0: zeroed', cells: [...intact(4), ...zeroed(6)], expected: { zeroed: true, sixteen: 10, endingZero: 6 } },
    { description: '5 of 10 ending in 0: not zeroed', cells: [...intact(5), ...zeroed(5)], expected: { zeroed: false, sixteen: 10, endingZero: 5 } },
    {
      description: 'serials 0001–0020 as typed: about 1 in 10 ends in 0',
      cells: Array.from({ length: 20 }, (_, i) => nik(i + 1)),
      expected: { zeroed: false, sixteen: 20, endingZero: 2 },
    },
    {
      description: 'texts typed with spaces, dots, dashes, apostrophes, ="…" and ".0" are counted',
      cells: ['3671 0145 0190 0010', '3671.0145.0190.0020', '3671-0145-0190-0030', "'3671014501900040", '="3671014501900050"', '3671014501900060.0'],
      expected: { zeroed: true, sixteen: 6, endingZero: 6 },
    },
    {
      description: 'full-width digits and a non-breaking space are counted',
      cells: [...zeroed(4), '\u00A0\uFF13\uFF16\uFF17\uFF11\uFF10\uFF11\uFF14\uFF15\uFF10\uFF11\uFF19\uFF10\uFF10\uFF10\uFF19\uFF10'],
      expected: { zeroed: true, sixteen: 5, endingZero: 5 },
    },
    {
      description: 'numeric cells are left out (parseNik judges them one by one)',
      cells: zeroed(5).map(num),
      expected: { zeroed: false, sixteen: 0, endingZero: 0 },
    },
    {
      description: 'blanks, placeholders, names, dates and other lengths are not counted',
      cells: [
        null, undefined, '', '   ', '-', 'BELUM ADA', 'TIDAK ADA', 'SITI AMINAH', date('1990-01-05'),
        '367101450190001', '36710145019000100', '3.67101E+15', '3,671,014,501,900,000', '3671O14501900010', '367101450190000A',
      ],
      expected: { zeroed: false, sixteen: 0, endingZero: 0 },
    },
    {
      description: 'a zeroed column with noise around it is still zeroed',
      cells: [null, 'NIK', ...zeroed(5), '-', num('3671014501900001'), 'BELUM ADA', ...intact(1)],
      expected: { zeroed: true, sixteen: 6, endingZero: 5 },
    },
    { description: 'an empty column', cells: [], expected: { zeroed: false, sixteen: 0, endingZero: 0 } },
  ];
  it.each(cases)('$description', ({ cells, expected }) => {
    expect(judgeZeroedNikColumn(cells)).toEqual(expected);
  });

  it('reads any iterable, such as a generator of one column', () => {
    function* column(): Generator<RawCell | undefined> {
      yield 'NIK';
      for (const s of zeroed(5)) yield s;
      yield undefined;
    }
    expect(judgeZeroedNikColumn(column())).toEqual({ zeroed: true, sixteen: 5, endingZero: 5 });
  });

  const digits16 = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 16, maxLength: 16 });
  const decorate = fc.constantFrom<(d: string) => string>(
    (d) => d,
    (d) => ` ${d} `,
    (d) => `'${d}`,
    (d) => `="${d}"`,
    (d) => `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8, 12)} ${d.slice(12)}`,
    (d) => `${d.slice(0, 4)}.${d.slice(4, 8)}.${d.slice(8, 12)}.${d.slice(12)}`,
    (d) => `${d.slice(0, 4)}-${d.slice(4, 8)}-${d.slice(8, 12)}-${d.slice(12)}`,
  );
  /** A cell that is never counted. */
  const noise: fc.Arbitrary<RawCell | undefined> = fc.oneof(
    fc.constantFrom<RawCell | undefined>(null, undefined, '', '-', 'BELUM ADA', 'TIDAK ADA', 'N/A', 'SITI AMINAH', date('1990-01-05'), '3.67101E+15'),
    digits16.map((d) => num(d)),
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 15 }),
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 17, maxLength: 20 }),
  );
  type Cell = { counted: true; digits: string; cell: RawCell } | { counted: false; cell: RawCell | undefined };
  const cell: fc.Arbitrary<Cell> = fc.oneof(
    fc.tuple(digits16, decorate).map(([d, dec]): Cell => ({ counted: true, digits: d, cell: dec(d) })),
    // Raise the share of zero endings so that both verdicts come up often.
    fc.tuple(digits16, decorate).map(([d, dec]): Cell => ({ counted: true, digits: `${d.slice(0, 15)}0`, cell: dec(`${d.slice(0, 15)}0`) })),
    noise.map((c): Cell => ({ counted: false, cell: c })),
  );

  it('counts 16-digit texts and their zero endings, and judges by the thresholds', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 30 }), (cells) => {
        const counted = cells.flatMap((c) => (c.counted ? [c.digits] : []));
        const sixteen = counted.length;
        const endingZero = counted.filter((d) => d.endsWith('0')).length;
        const verdict = judgeZeroedNikColumn(cells.map((c) => c.cell));
        expect(verdict).toEqual({ sixteen, endingZero, zeroed: sixteen >= 5 && endingZero / sixteen >= 0.6 });
        expect(judgeZeroedNikColumn([...cells].reverse().map((c) => c.cell))).toEqual(verdict);
      }),
    );
  });

  it('never throws on any column, and its counts stay consistent', () => {
    const anyCell: fc.Arbitrary<RawCell | undefined> = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), noise);
    fc.assert(
      fc.property(fc.array(anyCell, { maxLength: 20 }), (cells) => {
        const v = judgeZeroedNikColumn(cells);
        expect(v.endingZero).toBeGreaterThanOrEqual(0);
        expect(v.endingZero).toBeLessThanOrEqual(v.sixteen);
        expect(v.sixteen).toBeLessThanOrEqual(cells.filter((c) => typeof c === 'string').length);
        if (v.zeroed) expect(v.sixteen).toBeGreaterThanOrEqual(ZEROED_MIN_VALUES);
      }),
    );
  });
});
