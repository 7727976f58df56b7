import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRupiah } from '../../../src/normalize/money.js';
import { parseRupiahAmount, parseWageBasePolicy, resolveWageBase, type WageBaseOutcome, type WageBasePolicy } from '../../../src/budget/wage-base-policy.js';

describe('resolveWageBase', () => {
  const roster: WageBasePolicy = { kind: 'roster' };
  const floor: WageBasePolicy = { kind: 'floor', rupiah: 2_000_000 };
  const fixed: WageBasePolicy = { kind: 'fixed', rupiah: 1_000_000 };
  const cases: { description: string; policy: WageBasePolicy; wage: number | null; defaultWage: number | null; expected: WageBaseOutcome }[] = [
    { description: 'roster wage as is', policy: roster, wage: 1_500_000, defaultWage: null, expected: { kind: 'base', rupiah: 1_500_000, source: 'roster' } },
    { description: 'missing wage, default set', policy: roster, wage: null, defaultWage: 900_000, expected: { kind: 'base', rupiah: 900_000, source: 'default' } },
    { description: 'missing wage, no default', policy: roster, wage: null, defaultWage: null, expected: { kind: 'none', reason: { code: 'budget.not_budgeted.no_wage' } } },
    { description: 'zero wage, no default', policy: roster, wage: 0, defaultWage: null, expected: { kind: 'none', reason: { code: 'budget.not_budgeted.bad_wage', params: { wage: 0 } } } },
    { description: 'fractional wage, no default', policy: roster, wage: 1.5, defaultWage: null, expected: { kind: 'none', reason: { code: 'budget.not_budgeted.bad_wage', params: { wage: 1.5 } } } },
    { description: 'floor raises', policy: floor, wage: 1_500_000, defaultWage: null, expected: { kind: 'base', rupiah: 2_000_000, source: 'floor' } },
    { description: 'floor keeps a higher wage', policy: floor, wage: 2_500_000, defaultWage: null, expected: { kind: 'base', rupiah: 2_500_000, source: 'roster' } },
    { description: 'floor on a default wage stays marked default', policy: floor, wage: null, defaultWage: 1_000_000, expected: { kind: 'base', rupiah: 2_000_000, source: 'default' } },
    { description: 'fixed, whatever the roster says', policy: fixed, wage: null, defaultWage: null, expected: { kind: 'base', rupiah: 1_000_000, source: 'fixed' } },
  ];
  it.each(cases)('$description', ({ policy, wage, defaultWage, expected }) => {
    expect(resolveWageBase(policy, wage, defaultWage)).toEqual(expected);
  });
});

describe('parseWageBasePolicy', () => {
  const cases: { input: string; expected: WageBasePolicy | null }[] = [
    { input: 'roster', expected: { kind: 'roster' } },
    { input: 'Actual', expected: { kind: 'roster' } },
    { input: 'fixed:1000000', expected: { kind: 'fixed', rupiah: 1_000_000 } },
    { input: 'fixed:1.000.000', expected: { kind: 'fixed', rupiah: 1_000_000 } },
    { input: 'floor=2,169,348', expected: { kind: 'floor', rupiah: 2_169_348 } },
    { input: 'min:Rp 2.169.348', expected: { kind: 'floor', rupiah: 2_169_348 } },
    { input: 'fixed:0', expected: null },
    { input: 'fixed:1.000.000,50', expected: null },
    { input: 'fixed:', expected: null },
    { input: 'umk', expected: null },
  ];
  it.each(cases)('"$input"', ({ input, expected }) => {
    expect(parseWageBasePolicy(input)).toEqual(expected);
  });
  it('parseRupiahAmount rejects misplaced separators', () => {
    expect(parseRupiahAmount('10.00.000')).toBeNull();
    expect(parseRupiahAmount('2169348')).toBe(2_169_348);
  });
});

// Was a bug (exploratory test of reading): --wage-floor refused "2,2jt", the way the same officer writes wages
// in the roster, which parseRupiah reads.
describe('parseRupiahAmount: the roster wage shorthand', () => {
  it.each([
    ['2,2jt', 2_200_000], ['2,2 jt', 2_200_000], ['2.2 juta', 2_200_000], ['2jt', 2_000_000], ['Rp 2,2 jt', 2_200_000],
    ['Rp. 2,25JT', 2_250_000], ['750rb', 750_000], ['2.169348 jt', 2_169_348], ['1.500 jt', 1_500_000],
  ])('"%s" → %d', (text, rupiah) => {
    expect(parseRupiahAmount(text)).toBe(rupiah);
    expect(parseWageBasePolicy(`floor:${text}`)).toEqual({ kind: 'floor', rupiah });
  });

  it.each(['2,2', '0 jt', '1.000,5 jt', '2,2345678 jt', '1,5555 rb', '2,2 jt rupiah', 'jt'])('"%s" is refused (a decimal without unit, no rupiah, mixed separators, part of a rupiah)', (text) => {
    expect(parseRupiahAmount(text)).toBeNull();
  });

  it('reads what parseRupiah reads: millions with up to 6 decimals, either decimal mark, any spelling of the unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 }),
        fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 6 }),
        fc.constantFrom(',', '.'),
        fc.constantFrom('', 'Rp ', 'Rp.', 'rp '),
        fc.constantFrom('', ' '),
        fc.constantFrom('jt', 'JT', 'juta', 'Juta'),
        (whole, decimals, mark, currency, space, unit) => {
          const text = `${currency}${whole}${decimals === '' ? '' : `${mark}${decimals}`}${space}${unit}`;
          const rupiah = whole * 1_000_000 + Number(decimals.padEnd(6, '0'));
          const wage = parseRupiah(text);
          expect(wage).toEqual({ kind: 'ok', rupiah });
          expect(parseRupiahAmount(text)).toBe(rupiah === 0 ? null : rupiah);
        },
      ),
    );
  });
});
