// Why this file exists: a person listed twice whose kept (first) row had no wage was budgeted zero times:
// the kept row was "not budgeted (no wage)" and the copy holding Rp 2,500,000 was dropped as a duplicate
// (explore4-D repro 01). The budget now takes the first copy's wage for such a row, says so, and names copies
// whose wage differs from the one budgeted (the kept row still counts). All NIKs are synthetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetFromDecisions, budgetFromRoster, TOTAL_AGENCY } from '../../../src/budget/compute-budget.js';
import { budgetedWage, copyWagesOf, CopyWageNotes, personRosterWage, wageFromCopyNotes } from '../../../src/budget/copy-wage.js';
import { budgetInputsFromDecisions } from '../../../src/budget/budget-input.js';
import { DEFAULT_RATE_TABLE } from '../../../src/budget/default-rate-table.js';
import type { WorkerDecision } from '../../../src/match/match-decision.js';
import type { Worker } from '../../../src/normalize/person-record.js';
import { decision, JAN_2027, line, settings, worker } from './budget-fixtures.js';

const NIK_ADI = '3279011402910001';
const NIK_BUDI = '3279012106900002';

function copyOf(w: Worker, first: Worker): WorkerDecision {
  return { ...decision(w, 'duplicate'), duplicateOf: first };
}

/** ADI's kept row (no wage), BUDI, then ADI's copy with a wage: the repro's roster. */
function repro(keptWage: number | null = null, copyWage: number | null = 2_500_000) {
  const adi = worker(0, 'BAPPEDA', keptWage, NIK_ADI);
  const budi = worker(1, 'BAPPEDA', 2_000_000, NIK_BUDI);
  const adiAgain = worker(2, 'BAPPEDA', copyWage, NIK_ADI);
  const decisions = [decision(adi, 'unregistered'), decision(budi, 'unregistered'), copyOf(adiAgain, adi)];
  return { adi, budi, adiAgain, decisions };
}

const jan = settings({ period: JAN_2027 });

describe('a kept row without a wage takes its copy\'s', () => {
  it('budgets the person once at the copy\'s wage, and says where the wage came from', () => {
    const { adi, adiAgain, decisions } = repro();
    const r = budgetFromDecisions(decisions, jan, DEFAULT_RATE_TABLE);
    // JKK 0.24 % of 2,500,000 = 6,000 and of 2,000,000 = 4,800; JKM 0.30 %: 7,500 + 6,000.
    expect(line(r, TOTAL_AGENCY, 'all_roster', 'jkk')).toMatchObject({ workers: 2, monthlyEmployer: 10_800 });
    expect(line(r, TOTAL_AGENCY, 'all_roster', 'jkm')).toMatchObject({ workers: 2, monthlyEmployer: 13_500 });
    expect(line(r, TOTAL_AGENCY, 'unregistered', 'jkk')).toMatchObject({ workers: 2, monthlyEmployer: 10_800 });
    expect(r.notBudgeted).toEqual([]);
    const note = { code: 'budget.note.wage_from_copy', params: { row: 'roster.xlsx [BAPPEDA]:2', copy: 'roster.xlsx [BAPPEDA]:4', wage_rupiah: 2_500_000 } };
    expect(r.notes).toContainEqual(note);
    expect(wageFromCopyNotes(r.notes)).toEqual([note]);
    expect(adi.wage).toBeNull();
    expect(adiAgain.wage).toBe(2_500_000);
  });

  it('rekon budget\'s path (rows alone, the matcher\'s duplicates and copies) gives the same figure', () => {
    const { decisions } = repro();
    const workers = decisions.map((d) => d.worker);
    const r = budgetFromRoster(workers, jan, DEFAULT_RATE_TABLE, (i) => decisions[i]?.status === 'duplicate', copyWagesOf(decisions));
    expect(line(r, TOTAL_AGENCY, 'all_roster', 'jkk')).toMatchObject({ workers: 2, monthlyEmployer: 10_800 });
    expect(r.notBudgeted).toEqual([]);
  });

  it('the copy\'s wage beats the default wage, which is made up', () => {
    const { decisions } = repro();
    const r = budgetFromDecisions(decisions, settings({ period: JAN_2027, defaultWage: 1_000_000 }), DEFAULT_RATE_TABLE);
    expect(line(r, TOTAL_AGENCY, 'all_roster', 'jkk')?.monthlyEmployer).toBe(10_800);
  });

  it('a wage floor applies to the copy\'s wage as to any roster wage', () => {
    const { decisions } = repro(null, 1_500_000);
    const r = budgetFromDecisions(decisions, settings({ period: JAN_2027, wageBase: { kind: 'floor', rupiah: 2_000_000 } }), DEFAULT_RATE_TABLE);
    expect(line(r, TOTAL_AGENCY, 'all_roster', 'jkk')).toMatchObject({ workers: 2, monthlyEmployer: 9_600 });
  });

  it('a fixed wage reads no roster wage: nothing taken, nothing said', () => {
    const { decisions } = repro(1_000_000);
    const r = budgetFromDecisions(decisions, settings({ period: JAN_2027, wageBase: { kind: 'fixed', rupiah: 1_000_000 } }), DEFAULT_RATE_TABLE);
    expect(wageFromCopyNotes(r.notes)).toEqual([]);
    expect(r.notes.filter((n) => n.code.startsWith('budget.note.copy_wage'))).toEqual([]);
  });

  it('with no copy holding a wage the row stays not budgeted, as before', () => {
    const { decisions } = repro(null, null);
    const r = budgetFromDecisions(decisions, jan, DEFAULT_RATE_TABLE);
    expect(r.notBudgeted.map((n) => n.at.row)).toEqual([2]);
    expect(line(r, TOTAL_AGENCY, 'all_roster', 'jkk')?.workers).toBe(1);
  });

  it('a copy\'s unusable wage (0) stands in for nothing', () => {
    const { decisions } = repro(null, 0);
    expect(copyWagesOf(decisions).size).toBe(0);
    expect(budgetFromDecisions(decisions, jan, DEFAULT_RATE_TABLE).notBudgeted).toHaveLength(1);
  });
});

describe('copies that give another wage', () => {
  it('the kept row\'s wage counts (today\'s rule) and the other wage is named', () => {
    const { decisions } = repro(2_000_000, 2_500_000);
    const r = budgetFromDecisions(decisions, jan, DEFAULT_RATE_TABLE);
    expect(line(r, TOTAL_AGENCY, 'all_roster', 'jkk')?.monthlyEmployer).toBe(9_600);
    expect(r.notes.filter((n) => n.code.startsWith('budget.note.copy_wage'))).toEqual([
      { code: 'budget.note.copy_wage_differs', params: { row: 'roster.xlsx [BAPPEDA]:2', wage_rupiah: 2_000_000, copy: 'roster.xlsx [BAPPEDA]:4', other_rupiah: 2_500_000 } },
    ]);
    // The figure is the kept row's, as before: nothing for reconcile's terminal to explain.
    expect(wageFromCopyNotes(r.notes)).toEqual([]);
  });

  it('an equal wage on the copy is no news', () => {
    const { decisions } = repro(2_000_000, 2_000_000);
    expect(copyWagesOf(decisions).size).toBe(0);
    const r = budgetFromDecisions(decisions, jan, DEFAULT_RATE_TABLE);
    expect(r.notes.filter((n) => n.code.startsWith('budget.note.copy_wage') || n.code.startsWith('budget.note.wage_from'))).toEqual([]);
  });

  it('without a kept wage, the first copy with one counts; a later copy with another wage is named', () => {
    const { adi, decisions } = repro();
    const third = worker(3, 'DINSOS', 1_800_000, NIK_ADI);
    const fourth = worker(4, 'DINSOS', 2_500_000, NIK_ADI);
    const r = budgetFromDecisions([...decisions, copyOf(third, adi), copyOf(fourth, adi)], jan, DEFAULT_RATE_TABLE);
    expect(line(r, TOTAL_AGENCY, 'all_roster', 'jkk')?.monthlyEmployer).toBe(10_800);
    expect(r.notes.filter((n) => n.code.includes('copy')).map((n) => [n.code, n.params?.['copy']])).toEqual([
      ['budget.note.wage_from_copy', 'roster.xlsx [BAPPEDA]:4'],
      ['budget.note.copy_wage_differs', 'roster.xlsx [DINSOS]:5'],
    ]);
  });
});

describe('copyWagesOf and the inputs', () => {
  it('only the kept row carries copies; other inputs are as before (no `copies` key)', () => {
    const { adi, adiAgain, decisions } = repro();
    const inputs = [...budgetInputsFromDecisions(decisions, copyWagesOf(decisions))];
    expect(inputs[0]?.copies).toEqual([{ at: adiAgain, wage: 2_500_000 }]);
    expect(inputs[0]?.at).toBe(adi);
    expect(inputs.slice(1).every((i) => !('copies' in i))).toBe(true);
  });

  it('personRosterWage: the own usable wage wins; else the first copy; never under a fixed wage', () => {
    const c = [{ at: { file: 'a', sheet: '', row: 3 }, wage: 7 }];
    expect(personRosterWage(5, c, { kind: 'roster' })).toEqual({ wage: 5, from: null });
    expect(personRosterWage(null, c, { kind: 'roster' })).toEqual({ wage: 7, from: c[0] });
    expect(personRosterWage(0, c, { kind: 'floor', rupiah: 9 })).toEqual({ wage: 7, from: c[0] });
    expect(personRosterWage(null, c, { kind: 'fixed', rupiah: 9 })).toEqual({ wage: null, from: null });
    expect(personRosterWage(null, undefined, { kind: 'roster' })).toEqual({ wage: null, from: null });
  });

  it('CopyWageNotes names 20 of each kind and counts the rest', () => {
    const notes = new CopyWageNotes();
    const copies = Array.from({ length: 25 }, (_, i) => ({ at: { file: 'r.csv', sheet: '', row: 100 + i }, wage: 1_000_000 + i }));
    notes.add({ file: 'r.csv', sheet: '', row: 2 }, 999, null, copies);
    for (let row = 3; row < 30; row++) notes.add({ file: 'r.csv', sheet: '', row }, 7, { at: { file: 'r.csv', sheet: '', row: 200 + row }, wage: 7 }, []);
    const differs = notes.differsNotes();
    expect(differs).toHaveLength(21);
    expect(differs[20]).toEqual({ code: 'budget.note.copy_wage_differs_more', params: { count: 5 } });
    const fromCopy = notes.fromCopyNotes();
    expect(fromCopy).toHaveLength(21);
    expect(fromCopy[20]).toEqual({ code: 'budget.note.wage_from_copy_more', params: { count: 7 } });
  });

  it('property: every person with a usable wage somewhere on their rows is budgeted exactly once', () => {
    const wage = fc.option(fc.constantFrom(0, 1_000_000, 2_000_000, 2_500_000), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), wage), { maxLength: 30 }), (rows) => {
        const firstOf = new Map<number, Worker>();
        const decisions = rows.map(([person, w], i) => {
          const row = worker(i, 'OPD', w, `32790114029100${String(person).padStart(2, '0')}`);
          const first = firstOf.get(person);
          if (first === undefined) {
            firstOf.set(person, row);
            return decision(row, 'unregistered');
          }
          return copyOf(row, first);
        });
        const r = budgetFromDecisions(decisions, jan, DEFAULT_RATE_TABLE);
        const paid = new Set(rows.filter(([, w]) => w !== null && w > 0).map(([p]) => p));
        expect(line(r, TOTAL_AGENCY, 'all_roster', 'jkk')?.workers ?? 0).toBe(paid.size);
        expect(r.notBudgeted).toHaveLength(firstOf.size - paid.size);
      }),
    );
  });
});

// Review pass: the workbook's "Budgeted wage" column had resolved the wage basis on the row's own wage only, so a
// kept row without a wage showed nothing (floor) or the default wage, while the Budget sheet used its copy's.
describe('budgetedWage: the wage the Budget sheet uses for a kept row', () => {
  const copies = [{ at: { file: 'opd.csv', sheet: '', row: 4 }, wage: 2_500_000 }];
  it("takes the copy's wage when the row has none, then applies the basis", () => {
    expect(budgetedWage({ wageBase: { kind: 'floor', rupiah: 2_000_000 }, defaultWage: null }, null, copies)).toBe(2_500_000);
    expect(budgetedWage({ wageBase: { kind: 'floor', rupiah: 3_000_000 }, defaultWage: null }, null, copies)).toBe(3_000_000);
    expect(budgetedWage({ wageBase: { kind: 'roster' }, defaultWage: 1_000_000 }, null, copies)).toBe(2_500_000);
    expect(budgetedWage({ wageBase: { kind: 'roster' }, defaultWage: 1_000_000 }, null, undefined)).toBe(1_000_000);
    expect(budgetedWage({ wageBase: { kind: 'roster' }, defaultWage: null }, null, undefined)).toBeNull();
    expect(budgetedWage({ wageBase: { kind: 'fixed', rupiah: 1_800_000 }, defaultWage: null }, null, copies)).toBe(1_800_000);
  });

  it('agrees with the Budget sheet for the repro roster under a floor', () => {
    const { decisions } = repro();
    const s = settings({ period: JAN_2027, wageBase: { kind: 'floor', rupiah: 2_000_000 } });
    const kept = decisions[0]!.worker;
    expect(budgetedWage(s, kept.wage, copyWagesOf(decisions).get(kept))).toBe(2_500_000);
  });
});
