import { describe, expect, it } from 'vitest';
import type { Program } from '../../../src/budget/budget-program.js';
import type { BudgetScheme } from '../../../src/budget/budget-scheme.js';
import { DEFAULT_RATE_TABLE } from '../../../src/budget/default-rate-table.js';
import { exactPercent, formatPercent } from '../../../src/budget/exact-rate.js';
import { appliedRateAt, premiumForMonth, type Premium } from '../../../src/budget/monthly-premium.js';
import type { RiskClass } from '../../../src/budget/risk-class.js';

function premium(program: Program, wage: number, month = '2027-01', riskClass: RiskClass = 'very_low', scheme: BudgetScheme = 'pu'): Premium | null {
  const rate = appliedRateAt(program, scheme, riskClass, month, DEFAULT_RATE_TABLE);
  return rate === null ? null : premiumForMonth(rate, wage);
}

// Hand-computed on the UMP Jateng 2025 wage, Rp 2,169,348 (DOMAIN.md §2.4, §2.6).
const W = 2_169_348;

describe('PU premiums per worker-month (hand-computed)', () => {
  const cases: { description: string; program: Program; riskClass: RiskClass; wage: number; expected: Premium }[] = [
    { description: 'JKK I 0.24 %: 5206.4352 → 5,206', program: 'jkk', riskClass: 'very_low', wage: W, expected: { employer: 5206, worker: 0 } },
    { description: 'JKK II 0.54 % (§2.1): 11714.4792 → 11,714, the figure §2.6 gets for JKK I + JKM', program: 'jkk', riskClass: 'low', wage: W, expected: { employer: 11714, worker: 0 } },
    { description: 'JKK III 0.89 %: 19307.1972 → 19,307', program: 'jkk', riskClass: 'medium', wage: W, expected: { employer: 19307, worker: 0 } },
    { description: 'JKK IV 1.27 %: 27550.7196 → 27,551', program: 'jkk', riskClass: 'high', wage: W, expected: { employer: 27551, worker: 0 } },
    { description: 'JKK V 1.74 %: 37746.6552 → 37,747', program: 'jkk', riskClass: 'very_high', wage: W, expected: { employer: 37747, worker: 0 } },
    { description: 'JKM 0.30 %: 6508.044 → 6,508', program: 'jkm', riskClass: 'very_low', wage: W, expected: { employer: 6508, worker: 0 } },
    { description: 'JHT 3.7 % + 2 %: 80265.876 → 80,266; 43386.96 → 43,387', program: 'jht', riskClass: 'very_low', wage: W, expected: { employer: 80266, worker: 43387 } },
    { description: 'JP 2 % + 1 % below the cap: 43,387 + 21693.48 → 21,693', program: 'jp', riskClass: 'very_low', wage: W, expected: { employer: 43387, worker: 21693 } },
    { description: 'JKK I exactly .5 rounds up: 0.24 % × 2,169,375 = 5206.5 → 5,207', program: 'jkk', riskClass: 'very_low', wage: 2_169_375, expected: { employer: 5207, worker: 0 } },
    { description: 'JKK I .4976 rounds down: 0.24 % × 2,169,374 = 5206.4976 → 5,206', program: 'jkk', riskClass: 'very_low', wage: 2_169_374, expected: { employer: 5206, worker: 0 } },
    { description: 'JKK I smallest .5: 0.24 % × 625 = 1.5 → 2', program: 'jkk', riskClass: 'very_low', wage: 625, expected: { employer: 2, worker: 0 } },
    { description: 'Sulsel: JKK I on Rp 1,000,000 = 2,400', program: 'jkk', riskClass: 'very_low', wage: 1_000_000, expected: { employer: 2400, worker: 0 } },
    { description: 'Sulsel: JKM on Rp 1,000,000 = 3,000', program: 'jkm', riskClass: 'very_low', wage: 1_000_000, expected: { employer: 3000, worker: 0 } },
  ];
  it.each(cases)('$description', ({ program, riskClass, wage, expected }) => {
    expect(premium(program, wage, '2027-01', riskClass)).toEqual(expected);
  });
  it('JKK I + JKM on the §2.6 wage is 11,714 a month', () => {
    const sum = (premium('jkk', W)?.employer ?? 0) + (premium('jkm', W)?.employer ?? 0);
    expect(sum).toBe(11714);
  });
});

describe('JP wage cap', () => {
  const cases: { description: string; wage: number; month: string; expected: Premium }[] = [
    { description: 'just below the 2026 cap is not capped', wage: 11_086_299, month: '2026-03', expected: { employer: 221726, worker: 110863 } },
    { description: 'at the 2026 cap', wage: 11_086_300, month: '2026-03', expected: { employer: 221726, worker: 110863 } },
    { description: 'above the cap: Feb 2026 uses 10,547,400', wage: 12_000_000, month: '2026-02', expected: { employer: 210948, worker: 105474 } },
    { description: 'above the cap: Mar 2026 uses 11,086,300', wage: 12_000_000, month: '2026-03', expected: { employer: 221726, worker: 110863 } },
    { description: 'above the cap: Mar 2024 uses 10,042,300', wage: 12_000_000, month: '2024-03', expected: { employer: 200846, worker: 100423 } },
    { description: 'above the cap: Feb 2016 uses the 2015 cap 7,000,000', wage: 12_000_000, month: '2016-02', expected: { employer: 140000, worker: 70000 } },
    // 2 % of 7,335,300 = 146,706; 1 % = 73,353.
    { description: 'above the cap: Jun 2016 uses 7,335,300', wage: 12_000_000, month: '2016-06', expected: { employer: 146706, worker: 73353 } },
    // 2 % of 8,754,600 = 175,092; 1 % = 87,546 (the cap fell in 2021 with GDP).
    { description: 'above the cap: Jun 2021 uses 8,754,600', wage: 12_000_000, month: '2021-06', expected: { employer: 175092, worker: 87546 } },
  ];
  it.each(cases)('$description', ({ wage, month, expected }) => {
    expect(premium('jp', wage, month)).toEqual(expected);
  });
  it('has no JP rate before PP 45/2015 took effect', () => {
    expect(premium('jp', 1_000_000, '2015-06')).toBeNull();
  });
});

describe('BPU premiums (Permenaker 1/2016; the pemda pays on the workers\' behalf)', () => {
  const cases: { description: string; program: Program; wage: number; expected: Premium | null }[] = [
    { description: 'JKK 1 % on the minimum declared income = 10,000', program: 'jkk', wage: 1_000_000, expected: { employer: 10000, worker: 0 } },
    { description: 'JKK: income below the minimum is raised to Rp 1,000,000', program: 'jkk', wage: 500_000, expected: { employer: 10000, worker: 0 } },
    { description: 'JKK 1 % of a higher declared income', program: 'jkk', wage: 1_500_050, expected: { employer: 15001, worker: 0 } },
    { description: 'JKM is flat Rp 6,800', program: 'jkm', wage: 3_000_000, expected: { employer: 6800, worker: 0 } },
    { description: 'JHT 2 % (optional) on the minimum = 20,000', program: 'jht', wage: 1, expected: { employer: 20000, worker: 0 } },
    { description: 'no JP for BPU', program: 'jp', wage: 1_000_000, expected: null },
  ];
  it.each(cases)('$description', ({ program, wage, expected }) => {
    expect(premium(program, wage, '2027-01', 'very_high', 'bpu')).toEqual(expected);
  });
  it('the minimum package is Rp 16,800 (JKK + JKM), Rp 36,800 with JHT', () => {
    const p = (program: Program): number => premium(program, 800_000, '2027-01', 'very_low', 'bpu')?.employer ?? -1;
    expect(p('jkk') + p('jkm')).toBe(16_800);
    expect(p('jkk') + p('jkm') + p('jht')).toBe(36_800);
  });
});

describe('exactPercent', () => {
  it('keeps decimal percentages exact', () => {
    expect(exactPercent('0.24')).toEqual({ num: 24, den: 10_000 });
    expect(exactPercent('5.7')).toEqual({ num: 57, den: 1_000 });
    expect(exactPercent('2')).toEqual({ num: 2, den: 100 });
    expect(exactPercent('0.445')).toEqual({ num: 445, den: 100_000 });
    expect(formatPercent(exactPercent('0.445'))).toBe('0.445');
    expect(formatPercent(exactPercent('2'))).toBe('2');
    expect(formatPercent(exactPercent('0.30'))).toBe('0.30');
    expect(() => exactPercent('0,24')).toThrow(RangeError);
  });
});
