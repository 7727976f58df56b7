import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDigits } from '../../../src/match/compare-nik.js';
import {
  NO_DIGITS,
  packComparableDigits,
  packedDigitsNear,
  packRosterDigits,
} from '../../../src/match/packed-nik-digits.js';

/** The levels a near-NIK candidate is looked up for: the same NIK, one typing error, or a Papua NIK rounded. */
const nearLevel = (level: string): boolean => level === 'exact' || level === 'rounded' || level === 'one_substitution' || level === 'transposition';

const digit = fc.constantFrom(...'0123456789');
const digits16 = fc.array(digit, { minLength: 16, maxLength: 16 }).map((ds) => ds.join(''));

/** A second NIK derived from the first the way typing errors and neighbours do. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('substitute' as const), at: fc.nat(15), to: digit }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(14) }),
  fc.record({ kind: fc.constant('two' as const), at: fc.nat(15), at2: fc.nat(15), to: digit, to2: digit }),
  fc.record({ kind: fc.constant('other' as const), other: digits16 }),
  fc.record({ kind: fc.constant('plus' as const), by: fc.integer({ min: -3, max: 3 }) }),
);
type Edit =
  | { kind: 'substitute'; at: number; to: string }
  | { kind: 'swap'; at: number }
  | { kind: 'two'; at: number; at2: number; to: string; to2: string }
  | { kind: 'other'; other: string }
  | { kind: 'plus'; by: number };

function applyEdit(s: string, e: Edit): string {
  const cs = [...s];
  if (e.kind === 'substitute') cs[e.at] = e.to;
  else if (e.kind === 'swap') [cs[e.at], cs[e.at + 1]] = [cs[e.at + 1]!, cs[e.at]!];
  else if (e.kind === 'two') {
    cs[e.at] = e.to;
    cs[e.at2] = e.to2;
  } else if (e.kind === 'plus') {
    const v = BigInt(s) + BigInt(e.by);
    return v < 0n || v >= 10n ** 16n ? s : v.toString().padStart(16, '0');
  } else return e.other;
  return cs.join('');
}

function near(a: string, b: string): boolean {
  const [aHi, aLo] = packComparableDigits(a);
  const [bHi, bLo] = packComparableDigits(b);
  return packedDigitsNear(aHi, aLo, bHi, bLo);
}

describe('packComparableDigits', () => {
  it('throws on anything but 16 ASCII digits rather than treat it as no NIK', () => {
    expect(packComparableDigits('9471015001900001')).toEqual([94710150, 1900001]);
    expect(() => packComparableDigits('3671-01500190000')).toThrow(/16 ASCII digits/);
    expect(() => packComparableDigits('367101500190000')).toThrow(/16 ASCII digits/);
  });
});

describe('packedDigitsNear agrees with compareDigits', () => {
  it.each([
    ['equal', '3671015001900001', '3671015001900001', true],
    ['twin serial (last digit)', '3671015001900002', '3671015001900001', true],
    ['swap of digits 8 and 9 (across the halves)', '3671011203900001', '3671011023900001', true],
    ['substitution in digit 8 only', '3671011203900001', '3671011303900001', true],
    ['substitution in digit 9 only', '3671011203900001', '3671011213900001', true],
    ['one substitution in each half', '3671015001900001', '3671025001900002', false],
    ['digits 8 and 9 both changed, not swapped', '3671011203900001', '3671011043900001', false],
    ['swap of non-adjacent digits', '3671015001900001', '3671015001100009', false],
    ['unrelated', '3273012203850004', '3671015001900001', false],
    ['a Papua NIK rounded to even, with a carry', '9401016910700039', '9401016910700040', true],
    ['the same across the halves', '9401016999999999', '9401017000000000', true],
    ['one apart, not what rounding gives, but one typo anyway', '9401016910700041', '9401016910700042', true],
    ['one apart with a carry, not what rounding gives (…0030 is exact)', '9401016910700029', '9401016910700030', false],
    ['one apart below 2^53 (a double holds both)', '3671015001900039', '3671015001900040', false],
    ['two odd NIKs that round alike', '9401016910700039', '9401016910700041', false],
    ['2^53 - 1 and 2^53: a double holds both (one typo anyway)', '9007199254740991', '9007199254740992', true],
    ['2^53 - 11 and 2^53 - 10: a carry below 2^53', '9007199254740979', '9007199254740980', false],
    ['2^53 + 1 and 2^53', '9007199254740993', '9007199254740992', true],
  ])('%s', (_label, a, b, expected) => {
    expect(near(a, b)).toBe(expected);
    expect(near(b, a)).toBe(expected);
    expect(nearLevel(compareDigits(a, b).level)).toBe(expected);
  });

  it('for random NIKs and their typing errors', () => {
    fc.assert(
      fc.property(fc.oneof(digits16, digits16.map((d) => `9${d.slice(1)}`)), edit, (a, e) => {
        const b = applyEdit(a, e);
        expect(near(a, b)).toBe(nearLevel(compareDigits(a, b).level));
        expect(near(b, a)).toBe(nearLevel(compareDigits(b, a).level));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('packRosterDigits', () => {
  it('marks rows without comparable digits', () => {
    const rows = ['3671015001900001', null, '0000000100000002'];
    const packed = packRosterDigits(rows.length, (i) => rows[i] ?? null);
    expect([...packed.hi]).toEqual([36710150, NO_DIGITS, 1]);
    expect([...packed.lo]).toEqual([1900001, 0, 2]);
  });

  it('throws on a value that is not 16 digits rather than treat it as no NIK', () => {
    expect(() => packRosterDigits(1, () => '36710150019')).toThrow(/16 ASCII digits/);
  });
});
