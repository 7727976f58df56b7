import { describe, expect, it } from 'vitest';
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
