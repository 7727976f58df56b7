// Why this file exists: src/normalize/id-text.ts is the string cleaning shared by the NIK and KPJ
// parsers (DOMAIN.md §5: apostrophes and ="…" that force text in Excel, spaces and dots people type,
// ".0" left by numeric exports, "3.67101E+15" texts). It was only tested through parseNik/parseKpj;
// these tests pin each helper directly. All NIK-like digits here are synthetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expandScientific,
  hasNonAscii,
  isAllDigits,
  isCommaGroupedNumber,
  lossyScientificText,
  parseScientificText,
  stripIdSeparators,
  unwrapIdText,
} from '../../../src/normalize/id-text.js';

/** Synthetic NIK: 36 71 01 | 45 01 90 | 0001 (a woman born 05-01-1990, serial 0001). */
const NIK = '3671014501900001';
/** Full-width digits (U+FF10…U+FF19), as typed with an East-Asian input method. */
const fullWidth = (s: string): string => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

const digitString = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength, maxLength });
const sixteenDigitsNoLeadingZero = fc
  .tuple(fc.constantFrom(...'123456789'), digitString(15, 15))
  .map(([head, tail]) => head + tail);

/** Any text: ASCII, full Unicode code points (also lone surrogates), and the characters seen in ID cells. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom(...'0123456789 .,-_=\'"`Ee+', '\u2018', '\u2019', '\u201C', '\u201D', '\u00B4', '\u00A0', '\u200B', '\uFEFF', '\uFF10', '\uFF15') }),
);

describe('unwrapIdText', () => {
  const cases: { description: string; input: string; expected: string }[] = [
    { description: 'plain digits are kept', input: NIK, expected: NIK },
    { description: 'surrounding spaces are trimmed', input: `  ${NIK}\t`, expected: NIK },
    { description: "a leading apostrophe (Excel's text marker) is removed", input: `'${NIK}`, expected: NIK },
    { description: 'the text-forcing formula ="…" is unwrapped', input: `="${NIK}"`, expected: NIK },
    { description: 'the formula with spaces around it', input: ` = "${NIK}" `, expected: NIK },
    { description: 'double quotes from a CSV export are removed', input: `"${NIK}"`, expected: NIK },
    { description: 'a backtick is removed', input: `\`${NIK}`, expected: NIK },
    { description: 'curly single quotes (Word/WhatsApp autocorrect) are removed', input: `\u2018${NIK}\u2019`, expected: NIK },
    { description: 'curly double quotes are removed', input: `\u201C${NIK}\u201D`, expected: NIK },
    { description: 'an acute accent typed for an apostrophe is removed', input: `\u00B4${NIK}`, expected: NIK },
    { description: 'quotes inside the value are removed too', input: `3671'0145'0190'0001`, expected: NIK },
    { description: 'spaces left after removing the apostrophe are trimmed', input: `'   ${NIK}`, expected: NIK },
    { description: 'full-width digits become ASCII (NFKC)', input: fullWidth(NIK), expected: NIK },
    { description: 'full-width =＂…＂ is unwrapped after NFKC', input: `\uFF1D\uFF02${fullWidth(NIK)}\uFF02`, expected: NIK },
    { description: 'zero-width space and BOM are dropped', input: `\uFEFF\u200B${NIK}\u200B`, expected: NIK },
    { description: 'word joiner and zero-width joiners are dropped', input: `3671\u2060014501\u200C900\u200D001`, expected: NIK },
    { description: 'non-breaking spaces at the ends are trimmed', input: `\u00A0${NIK}\u00A0`, expected: NIK },
    { description: 'an inner non-breaking space becomes a plain space', input: '3671\u00A00145\u00A00190\u00A00001', expected: '3671 0145 0190 0001' },
    { description: 'inner spaces are left for stripIdSeparators', input: '3671 0145 0190 0001', expected: '3671 0145 0190 0001' },
    { description: 'dots are left for stripIdSeparators', input: "'3671.0145.0190.0001", expected: '3671.0145.0190.0001' },
    { description: 'a placeholder is returned as text', input: ' BELUM ADA ', expected: 'BELUM ADA' },
    { description: 'only one leading "=" is unwrapped', input: '==3671', expected: '=3671' },
    { description: 'an empty cell stays empty', input: '', expected: '' },
    { description: 'a cell of spaces becomes empty', input: '   ', expected: '' },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(unwrapIdText(input)).toBe(expected);
  });

  it('never throws; its output is trimmed and holds no quote or invisible character', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = unwrapIdText(s);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/['"`\u2018\u2019\u201C\u201D\u00B4\u200B-\u200D\u2060\uFEFF]/);
      }),
      { numRuns: 500 },
    );
  });

  it('gives back the digits under every way a roster wraps them', () => {
    const wrappers: readonly ((d: string) => string)[] = [
      (d) => d,
      (d) => `'${d}`,
      (d) => `="${d}"`,
      (d) => ` = "${d}"  `,
      (d) => `"${d}"`,
      (d) => `\u2018${d}\u2019`,
      (d) => `\u201C${d}\u201D`,
      (d) => fullWidth(d),
      (d) => `'${fullWidth(d)}`,
      (d) => `\uFEFF${d}`,
      (d) => `\u200B'${d}\u00A0`,
    ];
    fc.assert(
      fc.property(digitString(1, 20), fc.constantFrom(...wrappers), fc.constantFrom('', ' ', '\t', '\u00A0'), (d, wrap, pad) => {
        expect(unwrapIdText(pad + wrap(d) + pad)).toBe(d);
      }),
    );
  });

  it('is idempotent on ID-cell text without "="', () => {
    const idCell = fc.string({
      unit: fc.constantFrom(...'0123456789 .-_/ABCNIK\'"`', '\u2018', '\u2019', '\u00A0', '\u200B', '\uFEFF', '\uFF10', '\uFF19'),
      maxLength: 30,
    });
    fc.assert(
      fc.property(idCell, (s) => {
        const once = unwrapIdText(s);
        expect(unwrapIdText(once)).toBe(once);
      }),
    );
  });
});

describe('hasNonAscii', () => {
  const cases: { description: string; input: string; expected: boolean }[] = [
    { description: 'empty', input: '', expected: false },
    { description: 'ASCII digits and punctuation', input: "'3671-0145 0190.0001", expected: false },
    { description: 'DEL (127) is still ASCII', input: 'a\u007F', expected: false },
    { description: 'non-breaking space', input: '3671\u00A00145', expected: true },
    { description: 'full-width digit', input: fullWidth('1'), expected: true },
    { description: 'curly apostrophe', input: '\u2019' + NIK, expected: true },
    { description: 'BOM at the start', input: '\uFEFF' + NIK, expected: true },
  ];
  it.each(cases)('$description → $expected', ({ input, expected }) => {
    expect(hasNonAscii(input)).toBe(expected);
  });

  it('is true exactly when some UTF-16 unit is above 127', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii' })), (s) => {
        expect(hasNonAscii(s)).toBe(/[\u0080-\uFFFF]/.test(s));
      }),
    );
  });
});

describe('isAllDigits', () => {
  const cases: { description: string; input: string; expected: boolean }[] = [
    { description: 'a 16-digit NIK', input: NIK, expected: true },
    { description: 'a single zero', input: '0', expected: true },
    { description: 'empty is not digits', input: '', expected: false },
    { description: 'a space inside', input: '3671 0145', expected: false },
    { description: 'a trailing ".0"', input: `${NIK}.0`, expected: false },
    { description: 'a minus sign', input: '-1', expected: false },
    { description: 'full-width digits are not ASCII digits', input: fullWidth(NIK), expected: false },
    { description: 'Arabic-Indic digits are not ASCII digits', input: '\u0663\u0666', expected: false },
    { description: 'scientific notation', input: '3.67101E+15', expected: false },
  ];
  it.each(cases)('$description → $expected', ({ input, expected }) => {
    expect(isAllDigits(input)).toBe(expected);
  });

  it('agrees with /^[0-9]+$/ on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), digitString(0, 20), fc.string({ unit: 'binary' })), (s) => {
        expect(isAllDigits(s)).toBe(/^[0-9]+$/.test(s));
      }),
    );
  });
});

describe('parseScientificText', () => {
  const cases: { description: string; input: string; expected: ReturnType<typeof parseScientificText> }[] = [
    { description: 'Excel General display of a 16-digit NIK', input: '3.67101E+15', expected: { significant: '367101', integerDigits: 16 } },
    { description: 'decimal comma (Indonesian locale)', input: '3,67101E+15', expected: { significant: '367101', integerDigits: 16 } },
    { description: 'lower-case e', input: '3.67101e+15', expected: { significant: '367101', integerDigits: 16 } },
    { description: 'no plus sign', input: '3.67101E15', expected: { significant: '367101', integerDigits: 16 } },
    { description: 'spaces around E and the sign', input: '3.67101 E + 15', expected: { significant: '367101', integerDigits: 16 } },
    { description: 'all 16 digits in the mantissa', input: '3.671014501900001E+15', expected: { significant: NIK, integerDigits: 16 } },
    { description: 'two digits before the separator', input: '36.71014501900001E+14', expected: { significant: NIK, integerDigits: 16 } },
    { description: 'trailing mantissa zeros are kept', input: '3.6710E+15', expected: { significant: '36710', integerDigits: 16 } },
    { description: 'leading zeros of the integer part are dropped', input: '003.67101E+15', expected: { significant: '367101', integerDigits: 16 } },
    { description: 'Papua NIK display (above 2^53)', input: '9.47101570890000E+15', expected: { significant: '947101570890000', integerDigits: 16 } },
    { description: 'KPJ display', input: '1.2345678901E+10', expected: { significant: '12345678901', integerDigits: 11 } },
    { description: 'no separator', input: '1E+3', expected: { significant: '1', integerDigits: 4 } },
    { description: 'mantissa below 1: leading fraction zeros lower the digit count', input: '0.05E+3', expected: { significant: '5', integerDigits: 2 } },
    { description: 'a three-digit exponent', input: '1E+100', expected: { significant: '1', integerDigits: 101 } },
    { description: 'plain digits (no E)', input: NIK, expected: null },
    { description: 'empty', input: '', expected: null },
    { description: 'too short', input: '1E', expected: null },
    { description: 'negative exponent', input: '3.67101E-15', expected: null },
    { description: 'negative mantissa', input: '-3.67101E+15', expected: null },
    { description: 'four-digit exponent', input: '3.67101E+1500', expected: null },
    { description: 'zero is no identifier', input: '0E+00', expected: null },
    { description: 'zero with a fraction', input: '0.000E+5', expected: null },
    { description: 'surrounding spaces (callers strip them first)', input: ' 3.67101E+15', expected: null },
    { description: 'two separators in the mantissa', input: '3.671.01E+15', expected: null },
    { description: 'no mantissa', input: 'E+15', expected: null },
    { description: 'a placeholder with an E', input: 'BELUM ADA', expected: null },
  ];
  it.each(cases)('$description: "$input"', ({ input, expected }) => {
    expect(parseScientificText(input)).toEqual(expected);
  });

  it('never throws; a result has digits only, with no leading zero', () => {
    const sciLike = fc
      .tuple(digitString(1, 4), fc.constantFrom('', '.', ','), digitString(0, 18), fc.constantFrom('E', 'e', 'E+', ' E +', 'E-'), digitString(0, 4))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(anyText, sciLike), (s) => {
        const r = parseScientificText(s);
        if (r !== null) {
          expect(r.significant).toMatch(/^[1-9]\d*$/);
          expect(Number.isInteger(r.integerDigits)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('expandScientific', () => {
  const cases: { description: string; input: string; expected: string | null }[] = [
    { description: 'all 16 digits shown: exact', input: '3.671014501900001E+15', expected: NIK },
    { description: 'decimal comma: exact', input: '3,671014501900001E+15', expected: NIK },
    { description: 'extra zeros written after the last digit', input: '3.6710145019000010000E+15', expected: NIK },
    { description: 'a NIK ending in 0 written in full', input: '3.671014501900000E+15', expected: '3671014501900000' },
    { description: 'six significant digits (Excel General display): lost', input: '3.67101E+15', expected: null },
    { description: '15 significant digits (Excel precision): the 16th is lost', input: '3.67101450190000E+15', expected: null },
    { description: 'an 11-digit KPJ shown in full', input: '1.2345678901E+10', expected: '12345678901' },
    { description: 'unwritten trailing zeros count as lost', input: '1E+3', expected: null },
    { description: 'a fraction is no integer', input: '1.5E+0', expected: null },
    { description: 'a fraction of zeros is dropped', input: '1.0E+0', expected: '1' },
  ];
  it.each(cases)('$description: "$input" → $expected', ({ input, expected }) => {
    const sci = parseScientificText(input);
    expect(sci).not.toBeNull();
    expect(expandScientific(sci!)).toBe(expected);
  });

  it('works on a hand-made ScientificText', () => {
    expect(expandScientific({ significant: '12', integerDigits: 2 })).toBe('12');
    expect(expandScientific({ significant: '1200', integerDigits: 2 })).toBe('12');
    expect(expandScientific({ significant: '1201', integerDigits: 2 })).toBeNull();
    expect(expandScientific({ significant: '12', integerDigits: 3 })).toBeNull();
  });

  it('round-trips every 16-digit NIK written in scientific notation with all its digits', () => {
    fc.assert(
      fc.property(sixteenDigitsNoLeadingZero, fc.constantFrom('.', ','), fc.nat(4), fc.constantFrom('E+15', 'e+15', 'E15'), (d, sep, zeros, exp) => {
        const text = `${d[0]}${sep}${d.slice(1)}${'0'.repeat(zeros)}${exp}`;
        const sci = parseScientificText(text);
        expect(sci).toEqual({ significant: d + '0'.repeat(zeros), integerDigits: 16 });
        expect(expandScientific(sci!)).toBe(d);
      }),
    );
  });

  it('refuses every mantissa cut short, even when the cut digits were zeros', () => {
    fc.assert(
      fc.property(sixteenDigitsNoLeadingZero, fc.integer({ min: 1, max: 15 }), (d, kept) => {
        const mantissa = kept === 1 ? d[0] : `${d[0]}.${d.slice(1, kept)}`;
        const sci = parseScientificText(`${mantissa}E+15`);
        expect(sci?.integerDigits).toBe(16);
        expect(expandScientific(sci!)).toBeNull();
      }),
    );
  });
});

describe('lossyScientificText', () => {
  it('scientific notation that lost digits, cleaned as written (quotes, ="…", spaces removed)', () => {
    expect(lossyScientificText('3.67101E+15')).toBe('3.67101E+15');
    expect(lossyScientificText(' ="3,67101E+15" ')).toBe('3,67101E+15');
    expect(lossyScientificText("'3.67101450190000 E+15")).toBe('3.67101450190000E+15');
  });

  it('null for notation that kept every digit, and for anything that is no scientific notation', () => {
    for (const raw of ['3.671014501900001E+15', NIK, '', 'BELUM ADA', '3671-0145-0190-0001', 'E+15', 'KTP HILANG']) expect(lossyScientificText(raw), raw).toBeNull();
  });

  it('every 16-digit NIK cut short in scientific notation is shown as written', () => {
    fc.assert(
      fc.property(sixteenDigitsNoLeadingZero, fc.integer({ min: 1, max: 15 }), (d, kept) => {
        const text = `${kept === 1 ? d[0] : `${d[0]}.${d.slice(1, kept)}`}E+15`;
        expect(lossyScientificText(text)).toBe(text);
      }),
    );
  });
});

describe('stripIdSeparators', () => {
  const cases: { description: string; input: string; expected: string }[] = [
    { description: 'spaces in groups of four', input: '3671 0145 0190 0001', expected: NIK },
    { description: 'dotted groups keep their digits', input: '3671.0145.0190.0001', expected: NIK },
    { description: 'dotted groups ending in zeros keep them (more than one dot)', input: '3671.0145.0190.0000', expected: '3671014501900000' },
    { description: 'region-code style dots', input: '36.71.01.450190.0001', expected: NIK },
    { description: 'dashes', input: '3671-0145-0190-0001', expected: NIK },
    { description: 'underscores', input: '3671_0145_0190_0001', expected: NIK },
    { description: 'tabs, newlines and runs of spaces', input: '3671\t0145\n0190   0001', expected: NIK },
    { description: 'mixed separators', input: '3671 - 0145.0190_0001', expected: NIK },
    { description: 'a numeric export\'s ".0"', input: `${NIK}.0`, expected: NIK },
    { description: 'a numeric export\'s ".00"', input: `${NIK}.00`, expected: NIK },
    { description: 'a decimal comma ",0"', input: `${NIK},0`, expected: NIK },
    { description: 'a NIK ending in 0 with ".000"', input: '3671014501900000.000', expected: '3671014501900000' },
    { description: 'dashed groups then ".0"', input: '3671-0145-0190-0001.0', expected: NIK },
    { description: 'a non-zero fraction is not a decimal suffix: only the dot goes', input: `${NIK}.5`, expected: `${NIK}5` },
    { description: 'commas are not separators', input: '3671,0145', expected: '3671,0145' },
    { description: 'letters are kept', input: 'NIK: 3671 0145', expected: 'NIK:36710145' },
    { description: 'empty', input: '', expected: '' },
  ];
  it.each(cases)('$description: "$input"', ({ input, expected }) => {
    expect(stripIdSeparators(input)).toBe(expected);
  });

  it('never leaves whitespace, dots, dashes or underscores', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(stripIdSeparators(s)).not.toMatch(/[\s.\-_]/);
      }),
      { numRuns: 500 },
    );
  });

  it('gives back the digits of a NIK however it was grouped, with or without a ".0" suffix', () => {
    const grouped = fc
      .tuple(
        digitString(16, 16),
        fc.uniqueArray(fc.integer({ min: 1, max: 15 }), { maxLength: 6 }),
        fc.array(fc.constantFrom(' ', '-', '_', '\t', ' - ', '  '), { minLength: 6, maxLength: 6 }),
        fc.constantFrom('', '.0', '.00', ',0', ',000'),
      )
      // The ".0" suffix is only recognised after digits, spaces, dots and dashes (not underscores),
      // so underscores are only used for groups without a suffix.
      .map(([d, cuts, rawSeps, suffix]) => {
        const seps = suffix === '' ? rawSeps : rawSeps.map((sep) => (sep === '_' ? '-' : sep));
        const sorted = [...cuts].sort((a, b) => a - b);
        let text = '';
        let from = 0;
        sorted.forEach((cut, i) => {
          text += d.slice(from, cut) + (seps[i] ?? ' ');
          from = cut;
        });
        return { d, text: text + d.slice(from) + suffix };
      });
    fc.assert(
      fc.property(grouped, ({ d, text }) => {
        expect(stripIdSeparators(text)).toBe(d);
      }),
    );
  });

  it('keeps every digit of dotted groups when there is more than one dot', () => {
    fc.assert(
      fc.property(digitString(16, 16), fc.uniqueArray(fc.integer({ min: 1, max: 15 }), { minLength: 2, maxLength: 6 }), (d, cuts) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const pieces = [0, ...sorted].map((from, i) => d.slice(from, sorted[i] ?? 16));
        expect(stripIdSeparators(pieces.join('.'))).toBe(d);
      }),
    );
  });

  it('is idempotent on text without a comma', () => {
    fc.assert(
      fc.property(anyText.filter((s) => !s.includes(',')), (s) => {
        const once = stripIdSeparators(s);
        expect(stripIdSeparators(once)).toBe(once);
      }),
    );
  });
});

describe('isCommaGroupedNumber', () => {
  const cases: { description: string; input: string; expected: boolean }[] = [
    { description: 'a NIK after a float, shown with thousands separators', input: '3,671,014,501,900,000', expected: true },
    { description: 'the shortest grouped number', input: '1,000', expected: true },
    { description: 'a two-digit head', input: '12,345,678', expected: true },
    { description: 'plain digits', input: NIK, expected: false },
    { description: 'too short to be grouped', input: '1,00', expected: false },
    { description: 'Indonesian thousands dots', input: '3.671.014.501.900.000', expected: false },
    { description: 'a decimal comma', input: '3671,014', expected: false },
    { description: 'a four-digit head', input: '3671,014,501', expected: false },
    { description: 'Indian grouping', input: '12,34,567', expected: false },
    { description: 'a trailing comma', input: '1,000,', expected: false },
    { description: 'a leading comma', input: ',000', expected: false },
    { description: 'spaces as grouping', input: '1 000 000', expected: false },
    { description: 'empty', input: '', expected: false },
  ];
  it.each(cases)('$description: "$input" → $expected', ({ input, expected }) => {
    expect(isCommaGroupedNumber(input)).toBe(expected);
  });

  const group = (n: bigint): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

  it('recognises every integer of 1,000 and above written with comma groups, and nothing below', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), (n) => {
        expect(isCommaGroupedNumber(group(n))).toBe(n >= 1000n);
        expect(isCommaGroupedNumber(n.toString())).toBe(false);
      }),
    );
  });
});
