import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BudgetInput } from '../../src/budget/budget-input.js';
import { PROGRAMS, type Program } from '../../src/budget/budget-program.js';
import { BUDGET_GROUPS } from '../../src/budget/budget-group.js';
import { parsePeriod } from '../../src/budget/budget-period.js';
import type { BudgetSettings } from '../../src/budget/budget-settings.js';
import { computeBudget, TOTAL_AGENCY, type BudgetLine, type BudgetResult } from '../../src/budget/compute-budget.js';
import { DEFAULT_RATE_TABLE } from '../../src/budget/default-rate-table.js';
import { appliedRateAt, premiumForMonth } from '../../src/budget/monthly-premium.js';
import { RISK_CLASSES } from '../../src/budget/risk-class.js';
import { WORKER_STATUSES } from '../../src/match/match-decision.js';
import type { WageBasePolicy } from '../../src/budget/wage-base-policy.js';

const wage = fc.integer({ min: 1, max: 50_000_000 });
const agency = fc.constantFrom('DINAS A', 'dinas b', 'Badan C', 'DLH');

const row: fc.Arbitrary<BudgetInput> = fc.record({
  at: fc.record({ file: fc.constant('roster.xlsx'), sheet: fc.constant('S'), row: fc.integer({ min: 1, max: 100_000 }) }),
  agency,
  status: fc.option(fc.constantFrom(...WORKER_STATUSES), { nil: null }),
  rosterWage: fc.option(fc.integer({ min: -10, max: 50_000_000 }), { nil: null, freq: 5 }),
  bpjsWage: fc.option(wage, { nil: null }),
});

// Periods around the March JP-cap changes, 1–30 months long.
const period = fc
  .tuple(fc.integer({ min: 2022, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 29 }))
  .map(([y, m, extra]) => {
    const start = `${y}-${String(m).padStart(2, '0')}`;
    const all = parsePeriod(`${start}..2030-12`) ?? [];
    return all.slice(0, extra + 1);
  });

const wageBase: fc.Arbitrary<WageBasePolicy> = fc.oneof(
  fc.constant<WageBasePolicy>({ kind: 'roster' }),
  wage.map((rupiah): WageBasePolicy => ({ kind: 'fixed', rupiah })),
  wage.map((rupiah): WageBasePolicy => ({ kind: 'floor', rupiah })),
);

const settings: fc.Arbitrary<BudgetSettings> = fc
  .record({
    scheme: fc.constantFrom('pu' as const, 'bpu' as const),
    programs: fc.subarray([...PROGRAMS], { minLength: 1 }),
    riskClass: fc.constantFrom(...RISK_CLASSES),
    dlh: fc.option(fc.constantFrom(...RISK_CLASSES), { nil: null }),
    period,
    wageBase,
    defaultWage: fc.option(wage, { nil: null }),
  })
  .map(({ scheme, programs, riskClass, dlh, period: months, wageBase: wb, defaultWage }) => ({
    programs: scheme === 'bpu' ? programs.filter((p) => p !== 'jp').concat(programs.every((p) => p === 'jp') ? ['jkk'] : []) : programs,
    scheme,
    riskClass,
    agencyRiskClasses: dlh === null ? {} : { dlh },
    period: months,
    wageBase: wb,
    defaultWage,
  }));

const AMOUNTS = ['workers', 'monthlyEmployer', 'monthlyWorker', 'monthlyTotal', 'periodEmployer', 'periodWorker', 'periodTotal'] as const;

function totalLine(r: BudgetResult, group: string, program: Program): BudgetLine | undefined {
  return r.lines.find((l) => l.agency === TOTAL_AGENCY && l.group === group && l.program === program);
}

describe('budget properties', () => {
  it('the period total of one worker is the sum of its monthly premiums over every month', () => {
    fc.assert(
      fc.property(settings, wage, (s, w) => {
        const r = computeBudget([{ at: { file: 'f', sheet: '', row: 2 }, agency: 'X', status: null, rosterWage: w, bpjsWage: null }], s, DEFAULT_RATE_TABLE, ['all_roster']);
        const base = s.wageBase.kind === 'fixed' ? s.wageBase.rupiah : s.wageBase.kind === 'floor' ? Math.max(w, s.wageBase.rupiah) : w;
        for (const program of s.programs) {
          let employer = 0;
          let worker = 0;
          for (const month of s.period) {
            const rate = appliedRateAt(program, s.scheme, s.riskClass, month, DEFAULT_RATE_TABLE);
            if (rate === null) throw new Error('no rate');
            const p = premiumForMonth(rate, base);
            employer += p.employer;
            worker += p.worker;
          }
          const l = totalLine(r, 'all_roster', program);
          expect(l?.periodEmployer).toBe(employer);
          expect(l?.periodWorker).toBe(worker);
          expect(l?.periodTotal).toBe(employer + worker);
          const first = appliedRateAt(program, s.scheme, s.riskClass, s.period[0] ?? '', DEFAULT_RATE_TABLE);
          expect(first === null ? null : premiumForMonth(first, base)).toEqual({ employer: l?.monthlyEmployer, worker: l?.monthlyWorker });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('totals are additive over any split of the workers', () => {
    fc.assert(
      fc.property(settings, fc.array(fc.tuple(row, fc.boolean()), { maxLength: 40 }), (s, tagged) => {
        const rows = tagged.map(([r]) => r);
        const left = tagged.filter(([, side]) => side).map(([r]) => r);
        const right = tagged.filter(([, side]) => !side).map(([r]) => r);
        const whole = computeBudget(rows, s, DEFAULT_RATE_TABLE);
        const a = computeBudget(left, s, DEFAULT_RATE_TABLE);
        const b = computeBudget(right, s, DEFAULT_RATE_TABLE);
        for (const group of BUDGET_GROUPS) {
          for (const program of s.programs) {
            for (const field of AMOUNTS) {
              expect(totalLine(whole, group, program)?.[field]).toBe((totalLine(a, group, program)?.[field] ?? NaN) + (totalLine(b, group, program)?.[field] ?? NaN));
            }
          }
        }
        expect(whole.notBudgeted.length).toBe(a.notBudgeted.length + b.notBudgeted.length);
      }),
      { numRuns: 150 },
    );
  });

  it('no figure is ever negative, and TOTAL rows sum the agency rows', () => {
    fc.assert(
      fc.property(settings, fc.array(row, { maxLength: 40 }), (s, rows) => {
        const r = computeBudget(rows, s, DEFAULT_RATE_TABLE);
        for (const l of r.lines) {
          for (const field of AMOUNTS) {
            expect(l[field]).toBeGreaterThanOrEqual(0);
            expect(Number.isSafeInteger(l[field])).toBe(true);
          }
          expect(l.monthlyTotal).toBe(l.monthlyEmployer + l.monthlyWorker);
          expect(l.periodTotal).toBe(l.periodEmployer + l.periodWorker);
        }
        for (const total of r.lines.filter((l) => l.agency === TOTAL_AGENCY)) {
          const parts = r.lines.filter((l) => l.agency !== TOTAL_AGENCY && l.group === total.group && l.program === total.program);
          expect(total.periodTotal).toBe(parts.reduce((sum, l) => sum + l.periodTotal, 0));
          expect(total.workers).toBe(parts.reduce((sum, l) => sum + l.workers, 0));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the premium never decreases when the wage rises', () => {
    fc.assert(
      fc.property(settings, wage, wage, (s, w1, w2) => {
        const [lo, hi] = w1 <= w2 ? [w1, w2] : [w2, w1];
        for (const program of s.programs) {
          for (const month of s.period) {
            const rate = appliedRateAt(program, s.scheme, s.riskClass, month, DEFAULT_RATE_TABLE);
            if (rate === null) throw new Error('no rate');
            const a = premiumForMonth(rate, lo);
            const b = premiumForMonth(rate, hi);
            expect(b.employer).toBeGreaterThanOrEqual(a.employer);
            expect(b.worker).toBeGreaterThanOrEqual(a.worker);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
