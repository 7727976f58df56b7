import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { AGENCY_NAMED_TOTAL, TOTAL_AGENCY, agencyKey } from '../../../src/budget/agency-key.js';
import { BUDGET_GROUPS as CORE_BUDGET_GROUPS, type BudgetGroup as CoreBudgetGroup } from '../../../src/budget/budget-group.js';
import { parsePeriod } from '../../../src/budget/budget-period.js';
import { defaultBudgetSettings } from '../../../src/budget/budget-settings.js';
import { TOTAL_AGENCY as COMPUTE_TOTAL_AGENCY, computeBudget, type BudgetLine } from '../../../src/budget/compute-budget.js';
import { DEFAULT_RATE_TABLE } from '../../../src/budget/default-rate-table.js';
import { BUDGET_GROUPS, TOTAL_AGENCY_LINE, type BudgetGroup, type BudgetLineLike, type ReportBudget } from '../../../src/report/model/report-input.js';
import { input } from '../budget/budget-fixtures.js';

describe('TOTAL_AGENCY_LINE', () => {
  it('is the agency the budget core gives its total lines', () => {
    expect(TOTAL_AGENCY_LINE).toBe(TOTAL_AGENCY);
    expect(TOTAL_AGENCY_LINE).toBe(COMPUTE_TOTAL_AGENCY);
    expect(TOTAL_AGENCY_LINE).toBe('TOTAL');
  });

  it('marks exactly the total lines of a real budget, even with an agency named "Total"', () => {
    const period = parsePeriod('2027-01') ?? [];
    const rows = [input('Total', null, 2_000_000), input('Dinas Kesehatan', null, 2_169_348), input('dinas  kesehatan', null, 1_000_000)];
    const budget = computeBudget(rows, defaultBudgetSettings(period), DEFAULT_RATE_TABLE, ['all_roster']);
    const totals = budget.lines.filter((l) => l.agency === TOTAL_AGENCY_LINE);
    const agencyLines = budget.lines.filter((l) => l.agency !== TOTAL_AGENCY_LINE);
    expect(totals.map((l) => l.program)).toEqual(['jkk', 'jkm']);
    expect(totals.map((l) => l.workers)).toEqual([3, 3]);
    expect([...new Set(agencyLines.map((l) => l.agency))]).toEqual(['DINAS KESEHATAN', AGENCY_NAMED_TOTAL]);
    // Skipping the total lines leaves the agency lines, which add up to them: nothing counts twice or is dropped.
    for (const t of totals) {
      const same = agencyLines.filter((l) => l.program === t.program && l.group === t.group);
      expect(same.reduce((n, l) => n + l.periodTotal, 0)).toBe(t.periodTotal);
      expect(same.reduce((n, l) => n + l.workers, 0)).toBe(t.workers);
    }
  });

  it('property: no agency name, however written, gets the total lines\' key', () => {
    const spaced = fc.tuple(fc.constantFrom('', ' ', '  ', '\t'), fc.constantFrom('total', 'Total', 'TOTAL', 'ToTaL'), fc.constantFrom('', ' ', '\u00a0', '\n'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), spaced.map(([a, b, c]) => `${a}${b}${c}`)), (agency) => {
        expect(agencyKey(agency)).not.toBe(TOTAL_AGENCY_LINE);
      }),
    );
  });
});

describe('BUDGET_GROUPS', () => {
  it('are the budget core\'s groups, in the same (output) order', () => {
    expect(BUDGET_GROUPS).toEqual(CORE_BUDGET_GROUPS);
    expect(BUDGET_GROUPS).toEqual(['unregistered', 'inactive', 'review', 'all_roster', 'underreported_gap']);
    expectTypeOf<BudgetGroup>().toEqualTypeOf<CoreBudgetGroup>();
  });

  it('are stable English snake_case machine values', () => {
    for (const g of BUDGET_GROUPS) expect(g).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });
});

describe('BudgetLineLike', () => {
  it('is structurally the budget core\'s line, so budget lines go into a report as they are', () => {
    expectTypeOf<BudgetLine>().toExtend<BudgetLineLike>();
    const period = parsePeriod('2027-01') ?? [];
    const lines: readonly BudgetLine[] = computeBudget([input('DINAS A', 'unregistered', 1_000_000)], defaultBudgetSettings(period), DEFAULT_RATE_TABLE).lines;
    const budget: ReportBudget = { lines, notBudgeted: [], notes: [] };
    expect(budget.lines.length).toBeGreaterThan(0);
    for (const l of budget.lines) expect(BUDGET_GROUPS).toContain(l.group);
  });
});
