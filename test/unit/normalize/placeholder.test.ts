// Why this file exists: src/normalize/placeholder.ts decides which cell texts mean "nothing here"
// ("-", "BELUM ADA", "TIDAK ADA", "N/A", …) for the NIK, KPJ, date, sex, money and status parsers.
// A word wrongly added or lost changes every one of them, so the list and the matching rules
// (case, spaces, parentheses, punctuation-only cells) are pinned here directly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlaceholderText } from '../../../src/normalize/placeholder.js';

/** Every entry of the module's list, as written there. */
const LISTED = [
  'N/A', 'NA', '#N/A', 'N.A.', 'N.A', 'NULL', 'NONE', 'NIL', 'NAN', 'UNDEFINED',
  '#VALUE!', '#REF!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA',
  'KOSONG', 'BELUM', 'BLM', 'BELUM ADA', 'BLM ADA', 'TIDAK ADA', 'TDK ADA', 'TAK ADA', 'TIDAK', 'TDK',
  'BELUM PUNYA', 'TIDAK PUNYA', 'BELUM MEMILIKI', 'TIDAK MEMILIKI', 'BELUM TERDAFTAR',
  'TIDAK DIKETAHUI', 'TDK DIKETAHUI', 'TIDAK TAHU', 'BELUM DIISI', 'DALAM PROSES', 'PROSES', 'X', 'XX', 'XXX',
] as const;

describe('isPlaceholderText', () => {
  it.each(LISTED.map((word) => ({ word })))('"$word" is a placeholder', ({ word }) => {
    expect(isPlaceholderText(word)).toBe(true);
  });

  const cases: { description: string; input: string; expected: boolean }[] = [
    // Empty and punctuation-only cells.
    { description: 'an empty cell', input: '', expected: true },
    { description: 'a cell of spaces', input: '   ', expected: true },
    { description: 'a single dash', input: '-', expected: true },
    { description: 'a dash with spaces', input: ' - ', expected: true },
    { description: 'dashes with a space between', input: '- -', expected: true },
    { description: 'several dashes', input: '----', expected: true },
    { description: 'dots', input: '...', expected: true },
    { description: 'an underscore line', input: '____', expected: true },
    { description: 'a slash', input: '/', expected: true },
    { description: 'dash-slash-dash', input: '-/-', expected: true },
    { description: 'asterisks', input: '***', expected: true },
    { description: 'question marks', input: '???', expected: true },
    { description: 'an en dash (Word autocorrect)', input: '\u2013', expected: true },
    { description: 'an em dash', input: '\u2014', expected: true },
    { description: 'dashes with a non-breaking space between', input: '-\u00A0-', expected: true },
    { description: '24 dashes (the longest text examined)', input: '-'.repeat(24), expected: true },
    // Case and spacing.
    { description: 'lower case', input: 'belum ada', expected: true },
    { description: 'title case', input: 'Tidak Ada', expected: true },
    { description: 'mixed case', input: 'n/a', expected: true },
    { description: 'runs of inner spaces are collapsed', input: 'BELUM   ADA', expected: true },
    { description: 'a run with a tab is collapsed once it holds two spaces', input: 'TIDAK  \tADA', expected: true },
    { description: 'surrounding whitespace is trimmed', input: '\t belum diisi \n', expected: true },
    { description: 'a no-break space between the words (pasted from a web page)', input: 'BELUM\u00A0ADA', expected: true },
    { description: 'a single tab between the words', input: 'TIDAK\tADA', expected: true },
    { description: 'a dash in parentheses', input: '(-)', expected: true },
    { description: 'empty parentheses', input: '( )', expected: true },
    // Parentheses.
    { description: 'a listed word in parentheses', input: '(kosong)', expected: true },
    { description: 'parentheses with spaces inside', input: '( belum ada )', expected: true },
    { description: 'N/A in parentheses', input: '(N/A)', expected: true },
    // Values that are not placeholders.
    { description: '"0" is left to each parser', input: '0', expected: false },
    { description: 'a run of zeros', input: '0000000000000000', expected: false },
    { description: 'a synthetic NIK', input: '3671014501900001', expected: false },
    { description: 'a NIK typed with dashes', input: '3671-0145-0190-0001', expected: false },
    { description: 'a name', input: 'SITI AMINAH', expected: false },
    { description: '"ADA" (there is one)', input: 'ADA', expected: false },
    { description: 'a sentence around a placeholder', input: 'BELUM ADA NIK', expected: false },
    { description: 'four Xs', input: 'XXXX', expected: false },
    { description: 'a wage', input: 'Rp 1.500.000', expected: false },
    { description: 'a date', input: '05-01-1990', expected: false },
    { description: 'half-open parenthesis', input: '(kosong', expected: false },
    { description: 'a listed word with letters around it', input: 'NAN SURYANI', expected: false },
  ];
  it.each(cases)('$description: "$input" → $expected', ({ input, expected }) => {
    expect(isPlaceholderText(input)).toBe(expected);
  });

  it('accepts every listed word in any case, padded, with doubled inner spaces or in parentheses', () => {
    const variant = fc
      .tuple(
        fc.constantFrom(...LISTED),
        fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }),
        fc.constantFrom('', ' ', '\t', '\u00A0', '\n'),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
      )
      .map(([word, lower, pad, spaces, parens]) => {
        const cased = [...word].map((ch, i) => (lower[i] === true ? ch.toLowerCase() : ch)).join('');
        const spaced = cased.replace(/ /g, ' '.repeat(spaces));
        return pad + (parens ? `(${spaced})` : spaced) + pad;
      });
    fc.assert(
      fc.property(variant, (text) => {
        expect(isPlaceholderText(text)).toBe(true);
      }),
    );
  });

  it('accepts every cell of up to 24 dashes, dots, underscores, slashes, asterisks, question marks and spaces', () => {
    const punctuation = fc.string({ unit: fc.constantFrom(' ', '-', '.', '_', '/', '*', '?', '\u2013', '\u2014', '\u00A0'), maxLength: 24 });
    fc.assert(
      fc.property(punctuation, (text) => {
        expect(isPlaceholderText(text)).toBe(true);
      }),
    );
  });

  it('never throws, and never takes a cell holding an ASCII digit for a placeholder', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.constantFrom(...'0123456789'), fc.string({ maxLength: 12 }), (before, digit, after) => {
        expect(isPlaceholderText(before + digit + after)).toBe(false);
      }),
    );
  });

  it('does not depend on whitespace around the text', () => {
    const ws = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u00A0', '\uFEFF'), maxLength: 4 });
    const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...LISTED), fc.string({ unit: fc.constantFrom('-', '.', ' ', 'A', 'D'), maxLength: 30 }));
    fc.assert(
      fc.property(ws, text, ws, (left, s, right) => {
        expect(isPlaceholderText(left + s + right)).toBe(isPlaceholderText(s));
      }),
    );
  });
});
