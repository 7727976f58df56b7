import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDigits, compareNik, excelPrefixAgrees, mayBeRounded, roundedApart } from '../../../src/match/compare-nik.js';
import { parseNik } from '../../../src/normalize/nik.js';
import type { RawCell } from '../../../src/io/raw-cell.js';

const excel = (raw: string): RawCell => ({ kind: 'number', raw });

describe('compareNik levels', () => {
  const cases: { description: string; left: RawCell; right: RawCell; expected: { level: string; position: number } }[] = [
    { description: 'same valid NIK', left: '3671015001900001', right: '3671015001900001', expected: { level: 'exact', position: 0 } },
    { description: 'one digit substituted (position 10)', left: '3671015002900001', right: '3671015001900001', expected: { level: 'one_substitution', position: 10 } },
    { description: 'last digit substituted (twin serial)', left: '3671015001900002', right: '3671015001900001', expected: { level: 'one_substitution', position: 16 } },
    { description: 'adjacent digits swapped (positions 13–14)', left: '3671015001901001', right: '3671015001900101', expected: { level: 'transposition', position: 13 } },
    { description: 'swap inside the day digits', left: '3671011501900001', right: '3671015101900001', expected: { level: 'transposition', position: 7 } },
    { description: 'two substitutions (positions 6 and 16)', left: '3671015001900001', right: '3671025001900002', expected: { level: 'two_substitutions', position: 6 } },
    { description: 'three substitutions', left: '3671015001900001', right: '3671025001900102', expected: { level: 'far', position: 0 } },
    { description: 'swap across the day/month boundary (positions 8–9)', left: '3671011203900001', right: '3671011023900001', expected: { level: 'transposition', position: 8 } },
    { description: 'different person entirely', left: '3273012203850004', right: '3671015001900001', expected: { level: 'far', position: 0 } },
    { description: 'roster NIK lost its last digit in Excel', left: excel('3671015001900000'), right: '3671015001900007', expected: { level: 'damaged_prefix', position: 0 } },
    { description: 'scientific notation keeps 15 digits', left: excel('3.67101500190000E+15'), right: '3671015001900003', expected: { level: 'damaged_prefix', position: 0 } },
    { description: 'damaged NIK whose trusted digits differ', left: excel('3671015001900000'), right: '3273012203850004', expected: { level: 'unusable', position: 0 } },
    { description: 'missing roster NIK', left: null, right: '3671015001900001', expected: { level: 'missing', position: 0 } },
    { description: 'a NIK typed one digit short, the start of the other', left: '367101500190000', right: '3671015001900007', expected: { level: 'damaged_prefix', position: 0 } },
    { description: 'a NIK typed one digit short, not the start of the other', left: '367101500190000', right: '3273012203850004', expected: { level: 'unusable', position: 0 } },
    { description: 'Excel kept 6 digits, the last rounded up, of this NIK: no evidence either way', left: excel('7.37102E+15'), right: '7371016401660006', expected: { level: 'missing', position: 0 } },
    { description: 'Excel kept 6 digits of a NIK from another region', left: excel('7.37102E+15'), right: '3273012203850004', expected: { level: 'unusable', position: 0 } },
    { description: 'Excel kept 4 digits: not compared', left: excel('3.301E+15'), right: '3273012203850004', expected: { level: 'missing', position: 0 } },
    { description: 'placeholder dash', left: '-', right: '3671015001900001', expected: { level: 'missing', position: 0 } },
    { description: 'an 18-digit NIP in the NIK column is not NIK evidence', left: '199001102015032001', right: '3671015001900001', expected: { level: 'missing', position: 0 } },
    { description: 'a Papua NIK read as a number and rounded, with a carry', left: '9401016910700040', right: '9401016910700039', expected: { level: 'rounded', position: 16 } },
    { description: 'the rounded one on the BPJS side', left: '9401016999999999', right: '9401017000000000', expected: { level: 'rounded', position: 16 } },
    { description: 'one digit off, as rounding gives it', left: '9401016910700040', right: '9401016910700041', expected: { level: 'rounded', position: 16 } },
    { description: 'one digit off, where no rounding gives it (…0042 is exact)', left: '9401016910700042', right: '9401016910700041', expected: { level: 'one_substitution', position: 16 } },
    { description: 'one apart with a carry where no rounding gives it', left: '9401016910700030', right: '9401016910700029', expected: { level: 'two_substitutions', position: 15 } },
    { description: 'one apart with a carry below 2^53', left: '3671015001900040', right: '3671015001900039', expected: { level: 'two_substitutions', position: 15 } },
    { description: 'invalid month (typo) still compared digit by digit', left: '3671015013900001', right: '3671015003900001', expected: { level: 'one_substitution', position: 9 } },
  ];
  it.each(cases)('$description', ({ left, right, expected }) => {
    const got = compareNik(parseNik(left, { referenceYear: 2025 }), parseNik(right, { referenceYear: 2025 }));
    expect({ level: got.level, position: got.position }).toEqual(expected);
  });
});

it('two substitutions name both positions', () => {
  const nik = (x: string) => parseNik(x, { referenceYear: 2025 });
  expect(compareNik(nik('3671015001900001'), nik('3671025001900002')).second).toBe(16);
});

describe('mayBeRounded', () => {
  it('is true for even NIKs above 2^53 only', () => {
    expect(mayBeRounded('9471015708900000')).toBe(true); // Number('9471015708900001')
    expect(mayBeRounded('9471015708900001')).toBe(false);
    expect(mayBeRounded('9007199254740992')).toBe(true);
    expect(mayBeRounded('9007199254740990')).toBe(false);
    expect(mayBeRounded('3671015001900002')).toBe(false);
  });

  it('marks an exact comparison of such a NIK', () => {
    const nik = (s: string) => parseNik(s, { referenceYear: 2025 });
    expect(compareNik(nik('9471015708900002'), nik('9471015708900002')).mayBeRounded).toBe(true);
    expect(compareNik(nik('9471015708900003'), nik('9471015708900003')).mayBeRounded).toBeUndefined();
  });
});

describe('roundedApart', () => {
  it('is true when one NIK is the other read as a number, whichever side', () => {
    expect(roundedApart('9471015708900039', '9471015708900040')).toBe(true);
    expect(roundedApart('9471015708900040', '9471015708900041')).toBe(true);
    expect(roundedApart('9471015708900039', '9471015708900041')).toBe(false); // both odd: neither is the other's rounding
    expect(roundedApart('9471015708900040', '9471015708900040')).toBe(false);
    expect(roundedApart('3671015001900039', '3671015001900040')).toBe(false);
  });

  it('a Papua NIK read as a number is compared to the one it came from as rounded', () => {
    const papua = fc.tuple(fc.integer({ min: 91, max: 96 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 14, maxLength: 14 })).map(([p, ds]) => `${p}${ds.join('')}`);
    fc.assert(
      fc.property(papua, (nik) => {
        const read = BigInt(Number(nik)).toString();
        const level = compareDigits(nik, read).level;
        if (read === nik) expect(level).toBe('exact');
        else expect(level).toBe('rounded');
        if (read !== nik) expect(roundedApart(read, nik)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('excelPrefixAgrees', () => {
  it('accepts the digits as kept or with the last one rounded up', () => {
    expect(excelPrefixAgrees('737101', '7371016401660006')).toBe(true);
    expect(excelPrefixAgrees('737102', '7371016401660006')).toBe(true);
    expect(excelPrefixAgrees('737102', '7371014401660006')).toBe(false); // next digit 4: no rounding up
    expect(excelPrefixAgrees('737100', '7371016401660006')).toBe(false);
    expect(excelPrefixAgrees('0100', '0099500000000000')).toBe(true); // the carry runs through
  });
});
