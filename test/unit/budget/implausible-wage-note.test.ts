// Why this file exists: an OPD's honors written in thousands came out as a yearly budget of Rp 336 with no
// word. Rows budgeted on a monthly roster wage no honor can be are named in one budget note (they stay in
// the budget: dropping them would hide them too), unless the wage base does not come from the roster.
import { describe, expect, it } from 'vitest';
import { budgetFromRoster } from '../../../src/budget/compute-budget.js';
import { DEFAULT_RATE_TABLE } from '../../../src/budget/default-rate-table.js';
import { settings, worker } from './budget-fixtures.js';

const notesOf = (r: { notes: readonly { code: string; params?: unknown }[] }) => r.notes.filter((n) => n.code === 'budget.note.implausible_wages');

describe('the implausible-wage budget note', () => {
  it('names the rows budgeted on a wage below Rp 100,000 or above Rp 100,000,000, and keeps them in the budget', () => {
    const r = budgetFromRoster([worker(0, 'BAPPEDA', 2_500), worker(1, 'BAPPEDA', 2_600_000), worker(2, 'BAPPEDA', 250_000_000)], settings(), DEFAULT_RATE_TABLE);
    expect(notesOf(r)).toEqual([{ code: 'budget.note.implausible_wages', params: { count: 2, rows: 'roster.xlsx [BAPPEDA]:2, roster.xlsx [BAPPEDA]:4', floor_rupiah: 100_000, ceiling_rupiah: 100_000_000 } }]);
    expect(r.lines.find((l) => l.agency === 'BAPPEDA' && l.program === 'jkk')?.workers).toBe(3);
  });

  it('says nothing when every wage is plausible, or when the wage base is fixed or raised to a floor', () => {
    expect(notesOf(budgetFromRoster([worker(0, 'BAPPEDA', 2_600_000)], settings(), DEFAULT_RATE_TABLE))).toEqual([]);
    expect(notesOf(budgetFromRoster([worker(0, 'BAPPEDA', 2_500)], settings({ wageBase: { kind: 'fixed', rupiah: 1_000_000 } }), DEFAULT_RATE_TABLE))).toEqual([]);
    expect(notesOf(budgetFromRoster([worker(0, 'BAPPEDA', 2_500)], settings({ wageBase: { kind: 'floor', rupiah: 2_169_348 } }), DEFAULT_RATE_TABLE))).toEqual([]);
  });
});
