// Why this file exists: src/table/row-shape.ts holds the row helpers used by table detection and
// row classification: the "1 2 3 …" / "(1) (2) (3)" numbering row under an OPD roster's header
// (DOMAIN.md §3.2), counting non-blank cells, and the one-line preview in skip reports, which must
// mask NIK/NIP-length digit runs (DOMAIN.md §6). They were only tested through their callers.
// All NIK-like digits are synthetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import { isNumberingRow, nonBlankCount, rowPreview } from '../../../src/table/row-shape.js';

const num = (raw: string): RawCell => ({ kind: 'number', raw });
const date = (iso: string): RawCell => ({ kind: 'date', iso, serial: null });
const texts = (...values: string[]): RawCell[] => values;

describe('isNumberingRow', () => {
  const cases: { description: string; cells: RawCell[]; expected: boolean }[] = [
    { description: 'NO | NAMA | NIK | TTL | JABATAN numbered 1 to 5', cells: texts('1', '2', '3', '4', '5'), expected: true },
    { description: 'numbers in parentheses', cells: texts('(1)', '(2)', '(3)', '(4)'), expected: true },
    { description: 'numbers with a trailing dot', cells: texts('1.', '2.', '3.'), expected: true },
    { description: 'spaces inside and around the parentheses', cells: texts(' ( 1 ) ', '(2 )', '( 3)'), expected: true },
    { description: 'blank cells (merged header cells) are skipped', cells: [null, '1', '', '2', '  ', null, '3'], expected: true },
    { description: 'numeric cells from XLSX', cells: [num('1'), num('2'), num('3')], expected: true },
    { description: 'text, numeric and parenthesised cells mixed', cells: ['1', num('2'), '(3)'], expected: true },
    { description: 'starting at 0', cells: texts('0', '1', '2'), expected: true },
    { description: 'starting at 2 (the NO column left blank)', cells: [null, '2', '3', '4'], expected: true },
    { description: 'two-digit numbers', cells: texts('1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'), expected: true },
    { description: 'only two numbered cells', cells: texts('1', '2'), expected: false },
    { description: 'a gap', cells: texts('1', '3', '4'), expected: false },
    { description: 'a repeated number', cells: texts('1', '2', '3', '3'), expected: false },
    { description: 'counting down', cells: texts('3', '2', '1'), expected: false },
    { description: 'starting at 3', cells: texts('3', '4', '5'), expected: false },
    { description: 'a three-digit number', cells: texts('98', '99', '100'), expected: false },
    { description: 'the header row', cells: texts('NO', 'NAMA', 'NIK', 'JABATAN'), expected: false },
    { description: 'a data row', cells: texts('1', 'SITI AMINAH', '3671014501900001', 'Staf'), expected: false },
    { description: 'a numbering row with a total label', cells: texts('1', '2', '3', 'Jumlah'), expected: false },
    { description: 'a number with a letter', cells: texts('1', '2', '3a'), expected: false },
    { description: 'a decimal number', cells: [num('1'), num('2'), num('3.5')], expected: false },
    { description: 'a date cell', cells: ['1', '2', date('2025-01-03')], expected: false },
    { description: 'an empty row', cells: [], expected: false },
    { description: 'a row of blanks', cells: [null, '', '  '], expected: false },
  ];
  it.each(cases)('$description → $expected', ({ cells, expected }) => {
    expect(isNumberingRow(cells)).toBe(expected);
  });

  const style = fc.constantFrom<(n: number) => RawCell>(
    (n) => String(n),
    (n) => `(${n})`,
    (n) => `${n}.`,
    (n) => ` ${n} `,
    (n) => num(String(n)),
  );
  const blank = fc.constantFrom<RawCell>(null, '', '   ', '\u00A0');
  /** start, start+1, … written in any style, with blank cells anywhere. */
  const numbering = (start: fc.Arbitrary<number>) =>
    fc
      .tuple(start, fc.integer({ min: 3, max: 20 }), fc.array(fc.tuple(style, fc.option(blank, { nil: undefined })), { minLength: 20, maxLength: 20 }))
      .map(([first, length, looks]) => {
        const cells: RawCell[] = [];
        for (let i = 0; i < length; i++) {
          const [write, before] = looks[i] ?? [(n: number) => String(n), undefined];
          if (before !== undefined) cells.push(before);
          cells.push(write(first + i));
        }
        return cells;
      });

  it('accepts every run of ≥ 3 consecutive numbers starting at 0, 1 or 2, however written', () => {
    fc.assert(
      fc.property(numbering(fc.integer({ min: 0, max: 2 })), (cells) => {
        expect(isNumberingRow(cells)).toBe(true);
      }),
    );
  });

  it('refuses the same runs starting at 3 or later', () => {
    fc.assert(
      fc.property(numbering(fc.integer({ min: 3, max: 79 })), (cells) => {
        expect(isNumberingRow(cells)).toBe(false);
      }),
    );
  });

  it('refuses a numbering row with one number left out', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 20 }), fc.nat(), (length, pick) => {
        const cells: RawCell[] = Array.from({ length }, (_, i) => String(i + 1));
        cells.splice(1 + (pick % (length - 2)), 1); // drop an inner number
        expect(isNumberingRow(cells)).toBe(false);
      }),
    );
  });
});

describe('nonBlankCount', () => {
  const cases: { description: string; cells: RawCell[]; expected: number }[] = [
    { description: 'an empty row', cells: [], expected: 0 },
    { description: 'nulls, empty strings and whitespace', cells: [null, '', '   ', '\t', '\u00A0'], expected: 0 },
    { description: 'a data row with gaps', cells: ['1', null, 'SITI AMINAH', '', '3671014501900001', '  '], expected: 3 },
    { description: 'numeric and date cells count', cells: [num('1500000'), date('1990-01-05'), null], expected: 2 },
    { description: '"0" and "-" are not blank', cells: ['0', '-'], expected: 2 },
  ];
  it.each(cases)('$description → $expected', ({ cells, expected }) => {
    expect(nonBlankCount(cells)).toBe(expected);
  });

  const anyCell: fc.Arbitrary<RawCell> = fc.oneof(
    fc.constant(null),
    fc.string({ unit: fc.constantFrom(' ', '\t', '\u00A0', 'A', '1', '-'), maxLength: 4 }),
    fc.string().map(num),
    fc.constant(date('2025-01-01')),
  );

  it('counts cells with something other than whitespace, and adds up over concatenation', () => {
    fc.assert(
      fc.property(fc.array(anyCell, { maxLength: 20 }), fc.array(anyCell, { maxLength: 20 }), (a, b) => {
        const expected = a.filter((c) => c !== null && (typeof c !== 'string' || /\S/.test(c))).length;
        expect(nonBlankCount(a)).toBe(expected);
        expect(nonBlankCount([...a, ...b])).toBe(nonBlankCount(a) + nonBlankCount(b));
      }),
    );
  });
});

describe('rowPreview', () => {
  const cases: { description: string; cells: RawCell[]; expected: string }[] = [
    { description: 'non-blank cells joined with " | "', cells: ['1', null, 'SITI AMINAH', '', 'Staf TU'], expected: '1 | SITI AMINAH | Staf TU' },
    { description: 'cells trimmed and inner whitespace collapsed', cells: ['  SITI   AMINAH ', 'Dinas\tPendidikan\n'], expected: 'SITI AMINAH | Dinas Pendidikan' },
    { description: 'a 16-digit NIK shows its first and last 4 digits', cells: ['BUDI', '3671014501900001'], expected: 'BUDI | 3671********0001' },
    { description: 'a NIK behind an apostrophe is masked too', cells: ["'3671014501900001"], expected: "'3671********0001" },
    { description: 'an 18-digit NIP', cells: ['NIP 199001052015031002'], expected: 'NIP 1990**********1002' },
    { description: 'a 10-digit run is masked', cells: ['0812345678'], expected: '0812**5678' },
    { description: 'a NIK typed in groups of four is masked', cells: ['SITI', '3671 0145 0190 0001'], expected: 'SITI | 3671********0001' },
    { description: 'a NIK typed 6-6-4 with dots is masked', cells: ['367101.450190.0001'], expected: '3671********0001' },
    { description: 'a 9-digit run is not', cells: ['081234567'], expected: '081234567' },
    { description: 'a numeric cell is masked', cells: [num('3671014501900001'), num('1500000')], expected: '3671********0001 | 1500000' },
    { description: 'a date cell shows its ISO date', cells: ['Tgl', date('1990-01-05')], expected: 'Tgl | 1990-01-05' },
    { description: 'a wage with dots is not masked', cells: ['Rp 12.500.000.000'], expected: 'Rp 12.500.000.000' },
    { description: 'digits in neighbouring cells are not joined', cells: ['36710145', '01900001'], expected: '36710145 | 01900001' },
    { description: 'a row of blanks', cells: [null, '  ', ''], expected: '' },
    { description: 'exactly 100 characters are kept', cells: ['A'.repeat(100)], expected: 'A'.repeat(100) },
    { description: '101 characters are cut to 99 and an ellipsis', cells: ['A'.repeat(101)], expected: `${'A'.repeat(99)}…` },
    { description: 'the cut comes after the separators are added', cells: ['A'.repeat(60), 'B'.repeat(60)], expected: `${'A'.repeat(60)} | ${'B'.repeat(36)}…` },
  ];
  it.each(cases)('$description', ({ cells, expected }) => {
    expect(rowPreview(cells)).toBe(expected);
  });

  const anyCell: fc.Arbitrary<RawCell> = fc.oneof(
    fc.constant(null),
    fc.string(),
    fc.string({ unit: fc.constantFrom(...'0123456789 .-'), maxLength: 40 }),
    fc.stringMatching(/^\d{8,30}$/),
    fc.stringMatching(/^\d{8,30}$/).map(num),
    fc.constant(date('1990-01-05')),
  );

  it('is at most 100 characters and never shows 10 digits in a row', () => {
    fc.assert(
      fc.property(fc.array(anyCell, { maxLength: 12 }), (cells) => {
        const preview = rowPreview(cells);
        expect(preview.length).toBeLessThanOrEqual(100);
        expect(preview).not.toMatch(/\d{10}/);
      }),
    );
  });

  it('masks a digit run of 10 or more to its first 4 and last 4 digits, keeping its length', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10,60}$/), (run) => {
        expect(rowPreview([`NIK ${run}`])).toBe(`NIK ${run.slice(0, 4)}${'*'.repeat(run.length - 8)}${run.slice(-4)}`);
      }),
    );
  });

  it('shows short digit-free rows exactly as their trimmed cells joined', () => {
    const word = fc.stringMatching(/^[A-Z][A-Z ]{0,9}$/);
    fc.assert(
      fc.property(fc.array(fc.option(word, { nil: null }), { maxLength: 6 }), (cells) => {
        const expected = cells.flatMap((c) => (c === null || c.trim() === '' ? [] : [c.trim().replace(/\s+/g, ' ')])).join(' | ');
        expect(rowPreview(cells)).toBe(expected);
      }),
    );
  });
});
