import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/budget/budget-period.js';
import { parsePrograms, type Program } from '../../../src/budget/budget-program.js';
import { parseBudgetScheme } from '../../../src/budget/budget-scheme.js';
import { defaultBudgetSettings, validateBudgetSettings, type BudgetSettings } from '../../../src/budget/budget-settings.js';
import { DEFAULT_RATE_TABLE } from '../../../src/budget/default-rate-table.js';
import type { RiskClass } from '../../../src/budget/risk-class.js';
import type { Message } from '../../../src/i18n/message.js';

const YEAR = parsePeriod('2027') ?? [];

describe('defaultBudgetSettings', () => {
  it('is JKK + JKM, PU, class I, roster wage, no default wage', () => {
    expect(defaultBudgetSettings(YEAR)).toEqual({
      programs: ['jkk', 'jkm'],
      scheme: 'pu',
      riskClass: 'very_low',
      agencyRiskClasses: {},
      period: YEAR,
      wageBase: { kind: 'roster' },
      defaultWage: null,
    });
    expect(validateBudgetSettings(defaultBudgetSettings(YEAR), DEFAULT_RATE_TABLE)).toEqual([]);
  });
});

describe('validateBudgetSettings', () => {
  const cases: { description: string; overrides: Partial<BudgetSettings>; expected: Message[] }[] = [
    { description: 'no programs', overrides: { programs: [] }, expected: [{ code: 'budget.invalid.no_programs' }] },
    { description: 'repeated program', overrides: { programs: ['jkk', 'jkk'] }, expected: [{ code: 'budget.invalid.program', params: { program: 'jkk' } }] },
    { description: 'unknown program', overrides: { programs: ['jkp' as Program] }, expected: [{ code: 'budget.invalid.program', params: { program: 'jkp' } }] },
    { description: 'JP under BPU', overrides: { scheme: 'bpu', programs: ['jkk', 'jkm', 'jp'] }, expected: [{ code: 'budget.invalid.program_not_in_scheme', params: { program: 'jp', scheme: 'bpu' } }] },
    { description: 'BPU with JHT is fine', overrides: { scheme: 'bpu', programs: ['jkk', 'jkm', 'jht'] }, expected: [] },
    { description: 'unknown risk class', overrides: { riskClass: 'extreme' as RiskClass }, expected: [{ code: 'budget.invalid.risk_class', params: { value: 'extreme' } }] },
    {
      description: 'unknown agency risk class',
      overrides: { agencyRiskClasses: { DLH: 'x' as RiskClass } },
      expected: [{ code: 'budget.invalid.agency_risk_class', params: { agency: 'DLH', value: 'x' } }],
    },
    {
      description: 'two classes for one agency spelled differently',
      overrides: { agencyRiskClasses: { 'Dinas LH': 'high', 'DINAS  LH': 'low' } },
      expected: [{ code: 'budget.invalid.agency_conflict', params: { agency: 'DINAS LH' } }],
    },
    { description: 'empty period', overrides: { period: [] }, expected: [{ code: 'budget.invalid.empty_period' }] },
    { description: 'malformed month', overrides: { period: ['2027-1'] }, expected: [{ code: 'budget.invalid.month', params: { month: '2027-1' } }] },
    { description: 'months out of order', overrides: { period: ['2027-02', '2027-01'] }, expected: [{ code: 'budget.invalid.period_order', params: { month: '2027-01' } }] },
    { description: 'repeated month', overrides: { period: ['2027-01', '2027-01'] }, expected: [{ code: 'budget.invalid.period_order', params: { month: '2027-01' } }] },
    {
      description: 'month before the rates',
      overrides: { period: ['2015-06'] },
      expected: [
        { code: 'budget.invalid.no_rate', params: { program: 'jkk', month: '2015-06' } },
        { code: 'budget.invalid.no_rate', params: { program: 'jkm', month: '2015-06' } },
      ],
    },
    { description: 'fixed wage of zero', overrides: { wageBase: { kind: 'fixed', rupiah: 0 } }, expected: [{ code: 'budget.invalid.wage_amount', params: { what: 'fixed', value: 0 } }] },
    { description: 'fractional floor', overrides: { wageBase: { kind: 'floor', rupiah: 1.5 } }, expected: [{ code: 'budget.invalid.wage_amount', params: { what: 'floor', value: 1.5 } }] },
    { description: 'negative default wage', overrides: { defaultWage: -1 }, expected: [{ code: 'budget.invalid.wage_amount', params: { what: 'default', value: -1 } }] },
  ];
  it.each(cases)('$description', ({ overrides, expected }) => {
    expect(validateBudgetSettings({ ...defaultBudgetSettings(YEAR), ...overrides }, DEFAULT_RATE_TABLE)).toEqual(expected);
  });

  it('reports every problem at once', () => {
    const problems = validateBudgetSettings({ ...defaultBudgetSettings([]), programs: [], defaultWage: 0 }, DEFAULT_RATE_TABLE);
    expect(problems.map((p) => p.code)).toEqual(['budget.invalid.no_programs', 'budget.invalid.empty_period', 'budget.invalid.wage_amount']);
  });
});

describe('parsePrograms', () => {
  const cases: { input: string; expected: Program[] | null }[] = [
    { input: 'jkk,jkm', expected: ['jkk', 'jkm'] },
    { input: 'JP, JKK ,jht', expected: ['jkk', 'jht', 'jp'] },
    { input: 'jkk,jkk', expected: ['jkk'] },
    { input: 'jkk,jkp', expected: null },
    { input: '', expected: null },
  ];
  it.each(cases)('"$input" → $expected', ({ input, expected }) => {
    expect(parsePrograms(input)).toEqual(expected);
  });
});

describe('parseBudgetScheme', () => {
  it('accepts pu and bpu in any case', () => {
    expect(parseBudgetScheme(' BPU ')).toBe('bpu');
    expect(parseBudgetScheme('pu')).toBe('pu');
    expect(parseBudgetScheme('jkn')).toBeNull();
  });
});
