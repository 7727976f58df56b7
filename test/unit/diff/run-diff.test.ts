// Why this file exists: src/diff/run-diff.ts is the result of `rekon diff` that the CSV, JSON and terminal
// renderers read. It holds types only, with promises in its doc comments: items sorted by category,
// agency, name, then row; budget changes sorted by agency (TOTAL last) then budget group, with
// change = current − previous and a missing line counting 0; which agency an item names; when statuses
// and problem are null. The first half pins the types (checked by `tsc`, which the project runs over
// test/); the second checks every promise on what diffRuns produces for generated pairs of runs, plus
// the worked cases that show each rule. All NIKs are synthetic.
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { agencyKey } from '../../../src/budget/agency-key.js';
import { BUDGET_GROUPS } from '../../../src/budget/budget-group.js';
import { TOTAL_AGENCY } from '../../../src/budget/compute-budget.js';
import { DIFF_CATEGORIES, type DiffCategory, type PersonStatus } from '../../../src/diff/diff-category.js';
import { diffRuns } from '../../../src/diff/diff-runs.js';
import type { BudgetChange, DiffItem, RunDiff } from '../../../src/diff/run-diff.js';
import type { RunSnapshot, SnapshotBudgetLine, SnapshotWorker } from '../../../src/diff/run-snapshot.js';
import type { Message } from '../../../src/i18n/message.js';
import type { Provenance } from '../../../src/io/provenance.js';
import { CAST, maskedNik, shuffled, snapshotArb } from './snapshot-arbitraries.js';

describe('RunDiff: the types', () => {
  it('a diff item: category, who (as written), both statuses and rows, and the finding', () => {
    expectTypeOf<DiffItem>().toEqualTypeOf<{
      readonly category: DiffCategory;
      readonly agency: string;
      readonly previousAgency: string;
      readonly previousNik?: string;
      readonly name: string;
      readonly nik: string;
      readonly birthDate: string;
      readonly previousStatus: PersonStatus | null;
      readonly currentStatus: PersonStatus | null;
      readonly previousAt: Provenance | null;
      readonly currentAt: Provenance | null;
      readonly problem: { readonly kind: string; readonly column: string; readonly detail: string; readonly message?: Message | null } | null;
    }>();
  });

  it('a budget change: both totals nullable (no such line), the change always a number; the employer share likewise, when both runs have it', () => {
    expectTypeOf<BudgetChange>().toEqualTypeOf<{
      readonly agency: string;
      readonly group: string;
      readonly previous: number | null;
      readonly current: number | null;
      readonly change: number;
      readonly employer?: { readonly previous: number | null; readonly current: number | null; readonly change: number } | null;
    }>();
  });

  it('the diff: read-only lists, two ways of recognising people, notes as messages', () => {
    expectTypeOf<RunDiff>().toEqualTypeOf<{
      readonly items: readonly DiffItem[];
      readonly budget: readonly BudgetChange[];
      readonly identity: 'nik' | 'name_birth_date';
      readonly notes: readonly Message[];
    }>();
    expectTypeOf(diffRuns).returns.toEqualTypeOf<RunDiff>();
    const _mustNotCompile = (diff: RunDiff, item: DiffItem): void => {
      // @ts-expect-error -- read-only
      diff.items.push(item);
      // @ts-expect-error -- no third way of recognising people
      const _identity: RunDiff['identity'] = 'row';
      // @ts-expect-error -- a status is a PersonStatus, not a roster `duplicate`
      const _status: DiffItem['currentStatus'] = 'duplicate';
    };
    expectTypeOf(_mustNotCompile).parameters.toEqualTypeOf<[RunDiff, DiffItem]>();
  });
});

/** Code-point order, as the diff promises (the same on every machine and locale). */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const locKey = (at: Provenance): string => `${at.file}\u0000${at.sheet}\u0000${at.row}`;
const PROBLEM_CATEGORIES: readonly DiffCategory[] = ['problem_fixed', 'problem_new'];
const ROSTER_STATUSES: readonly PersonStatus[] = ['registered', 'inactive', 'unregistered', 'review'];

/** The documented item order: category (DIFF_CATEGORIES order), agency, name, then row. */
function itemOrder(a: DiffItem, b: DiffItem): number {
  const la = a.currentAt ?? a.previousAt;
  const lb = b.currentAt ?? b.previousAt;
  return (
    DIFF_CATEGORIES.indexOf(a.category) - DIFF_CATEGORIES.indexOf(b.category) ||
    cmp(a.agency, b.agency) ||
    cmp(a.name, b.name) ||
    cmp(la?.file ?? '', lb?.file ?? '') ||
    cmp(la?.sheet ?? '', lb?.sheet ?? '') ||
    (la?.row ?? 0) - (lb?.row ?? 0)
  );
}

/** The documented budget order: agency (TOTAL last), then BUDGET_GROUPS order (unknown groups after). */
function budgetOrder(a: BudgetChange, b: BudgetChange): number {
  const rank = (g: string): number => {
    const i = (BUDGET_GROUPS as readonly string[]).indexOf(g);
    return i < 0 ? BUDGET_GROUPS.length : i;
  };
  return Number(a.agency === TOTAL_AGENCY) - Number(b.agency === TOTAL_AGENCY) || cmp(a.agency, b.agency) || rank(a.group) - rank(b.group);
}

function sums(lines: readonly SnapshotBudgetLine[], figure: (l: SnapshotBudgetLine) => number = (l) => l.periodTotal): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of lines) m.set(`${l.agency}|${l.group}`, (m.get(`${l.agency}|${l.group}`) ?? 0) + figure(l));
  return m;
}

const pairOfRuns = fc.oneof(
  fc.tuple(snapshotArb(), snapshotArb()),
  fc.tuple(snapshotArb({ masked: true }), snapshotArb()),
  fc.tuple(snapshotArb(), snapshotArb({ masked: true })),
);

describe('RunDiff: what diffRuns promises', () => {
  it('items are sorted by category, agency, name, then row', () => {
    fc.assert(
      fc.property(pairOfRuns, ([previous, current]) => {
        const items = diffRuns(previous, current).items;
        for (let i = 1; i < items.length; i++) expect(itemOrder(items[i - 1]!, items[i]!), `items ${i - 1} and ${i}`).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('budget: one change per agency × group of either run, totals summed over programs, change = current − previous', () => {
    fc.assert(
      fc.property(pairOfRuns, ([previous, current]) => {
        const budget = diffRuns(previous, current).budget;
        const before = sums(previous.budget);
        const now = sums(current.budget);
        expect(budget.map((b) => `${b.agency}|${b.group}`).sort()).toEqual([...new Set([...before.keys(), ...now.keys()])].sort());
        for (const b of budget) {
          const key = `${b.agency}|${b.group}`;
          expect(b.previous).toBe(before.get(key) ?? null);
          expect(b.current).toBe(now.get(key) ?? null);
          expect(b.change).toBe((b.current ?? 0) - (b.previous ?? 0));
          const employer = (l: SnapshotBudgetLine): number => l.periodEmployer ?? 0;
          expect(b.employer).toEqual({ previous: sums(previous.budget, employer).get(key) ?? null, current: sums(current.budget, employer).get(key) ?? null, change: (b.employer?.current ?? 0) - (b.employer?.previous ?? 0) });
        }
        for (let i = 1; i < budget.length; i++) expect(budgetOrder(budget[i - 1]!, budget[i]!)).toBeLessThan(0);
      }),
    );
  });

  it('problem items, and only they, carry a problem; statuses are null only for a finding about no roster person', () => {
    fc.assert(
      fc.property(pairOfRuns, ([previous, current]) => {
        for (const item of diffRuns(previous, current).items) {
          const isProblem = PROBLEM_CATEGORIES.includes(item.category);
          expect(item.problem !== null).toBe(isProblem);
          expect(item.previousStatus === null).toBe(item.currentStatus === null);
          if (item.previousStatus === null) expect(isProblem).toBe(true);
          if (isProblem) {
            // The finding's own row, in the run it belongs to.
            const run = item.category === 'problem_fixed' ? previous : current;
            const at = item.category === 'problem_fixed' ? item.previousAt : item.currentAt;
            expect(at).not.toBeNull();
            const found = run.problems.some((p) => locKey(p.at) === locKey(at!) && p.kind === item.problem?.kind && p.detail === item.problem.detail && p.column === item.problem.column);
            expect(found).toBe(true);
          }
        }
      }),
    );
  });

  it('a person item\'s rows are there exactly when the person was in that run', () => {
    fc.assert(
      fc.property(pairOfRuns, ([previous, current]) => {
        for (const item of diffRuns(previous, current).items) {
          if (item.previousStatus === null || PROBLEM_CATEGORIES.includes(item.category)) continue;
          expect(item.previousAt === null).toBe(item.previousStatus === 'absent');
          expect(item.currentAt === null).toBe(item.currentStatus === 'absent');
          const rowIn = (run: RunSnapshot, at: Provenance | null, status: PersonStatus | null): boolean => {
            if (at === null) return true;
            const where = status === 'bpjs_only' ? run.bpjsOnly.map((p) => p.at) : run.workers.filter((w) => w.status === status).map((w) => w.at);
            return where.some((a) => locKey(a) === locKey(at));
          };
          expect(rowIn(previous, item.previousAt, item.previousStatus)).toBe(true);
          expect(rowIn(current, item.currentAt, item.currentStatus)).toBe(true);
        }
      }),
    );
  });

  it('agency: the current one when on a current roster, else the previous one, as the budget keys it; \'\' for BPJS-only people', () => {
    fc.assert(
      fc.property(pairOfRuns, ([previous, current]) => {
        const agencyAt = (run: RunSnapshot, at: Provenance | null): string | undefined => {
          const written = at === null ? undefined : run.workers.find((w) => locKey(w.at) === locKey(at))?.agency;
          return written === undefined ? undefined : agencyKey(written);
        };
        for (const item of diffRuns(previous, current).items) {
          if (item.currentStatus === null || item.previousStatus === null) continue;
          if (ROSTER_STATUSES.includes(item.currentStatus)) expect(item.agency).toBe(agencyAt(current, item.currentAt));
          else if (ROSTER_STATUSES.includes(item.previousStatus)) expect(item.agency).toBe(agencyAt(previous, item.previousAt));
          else expect(item.agency).toBe('');
        }
      }),
    );
  });

  it('identity is by NIK unless a run masked its NIKs, and then a note says so', () => {
    fc.assert(
      fc.property(pairOfRuns, ([previous, current]) => {
        const diff = diffRuns(previous, current);
        const masked = [previous, current].some((r) => [...r.workers, ...r.bpjsOnly].some((p) => p.nik.includes('*')));
        expect(diff.identity).toBe(masked ? 'name_birth_date' : 'nik');
        expect(diff.notes.map((n) => n.code)).toEqual(masked ? ['diff.note.masked_nik'] : []);
      }),
    );
  });

  it('NIK, name and birth date are as one of the runs wrote them', () => {
    fc.assert(
      fc.property(pairOfRuns, ([previous, current]) => {
        const written = [previous, current].flatMap((r) => [...r.workers, ...r.bpjsOnly]);
        for (const item of diffRuns(previous, current).items) {
          if (item.name === '' && item.nik === '') continue;
          expect(written.some((p) => p.name === item.name)).toBe(true);
          expect(item.nik === '' || written.some((p) => p.nik === item.nik)).toBe(true);
          expect(item.birthDate === '' || written.some((p) => p.birthDate === item.birthDate)).toBe(true);
        }
      }),
    );
  });

  it('is deterministic: the same runs give the same diff, whatever order the budget lines came in', () => {
    fc.assert(
      fc.property(pairOfRuns, fc.integer(), ([previous, current], seed) => {
        const again = diffRuns({ ...previous, budget: shuffled(previous.budget, seed) }, { ...current, budget: shuffled(current.budget, seed + 1) });
        expect(again).toEqual(diffRuns(previous, current));
      }),
      { numRuns: 50 },
    );
  });
});

describe('RunDiff: worked cases', () => {
  const [siti, agus] = [CAST[0]!, CAST[1]!];
  const worker = (p: typeof siti, row: number, status: SnapshotWorker['status'], agency: string, nik = p.nik): SnapshotWorker => ({
    status, at: { file: 'roster.xlsx', sheet: 'OPD', row }, nik, name: p.name, agency, birthDate: p.birthDate, flags: [],
  });
  const run = (parts: Partial<RunSnapshot>): RunSnapshot => ({ workers: [], bpjsOnly: [], problems: [], budget: [], ...parts });

  it('a worker who moved agency and got registered is listed under the new agency, and the move with both agencies', () => {
    const diff = diffRuns(run({ workers: [worker(siti, 2, 'unregistered', 'DINAS A')] }), run({ workers: [worker(siti, 5, 'registered', 'DINAS B')] }));
    const both = { name: siti.name, nik: siti.nik, birthDate: siti.birthDate, previousStatus: 'unregistered', currentStatus: 'registered', previousAt: { file: 'roster.xlsx', sheet: 'OPD', row: 2 }, currentAt: { file: 'roster.xlsx', sheet: 'OPD', row: 5 }, problem: null };
    expect(diff.items).toStrictEqual([
      { category: 'newly_registered', agency: 'DINAS B', previousAgency: '', ...both },
      { category: 'agency_changed', agency: 'DINAS B', previousAgency: 'DINAS A', ...both },
    ]);
  });

  it('a worker gone from the rosters but still in BPJS keeps the previous agency and both rows', () => {
    const bpjsRow = { file: 'bpjs.csv', sheet: '', row: 40 };
    const diff = diffRuns(run({ workers: [worker(agus, 3, 'registered', 'DINAS A')] }), run({ bpjsOnly: [{ at: bpjsRow, nik: agus.nik, name: agus.name, birthDate: agus.birthDate }] }));
    expect(diff.items.map((i) => [i.category, i.agency, i.previousStatus, i.currentStatus])).toEqual([
      ['worker_gone', 'DINAS A', 'registered', 'bpjs_only'],
    ]);
    expect(diff.items.map((i) => i.currentAt)).toEqual([bpjsRow]);
  });

  it('the NIK shown is the current run\'s when the previous run masked it', () => {
    const diff = diffRuns(run({ workers: [worker(siti, 2, 'unregistered', 'DINAS A', maskedNik(siti.nik))] }), run({ workers: [worker(siti, 2, 'registered', 'DINAS A')] }));
    expect(diff.items.map((i) => i.nik)).toEqual([siti.nik]);
    expect(diff.identity).toBe('name_birth_date');
  });

  it('a line in one run only: the other side is null and counts as 0', () => {
    const line = (agency: string, group: string, periodTotal: number): SnapshotBudgetLine => ({ agency, group, program: 'jkk', periodTotal, periodEmployer: periodTotal });
    const diff = diffRuns(run({ budget: [line('TOTAL', 'inactive', 500), line('DINAS A', 'inactive', 500)] }), run({ budget: [line('TOTAL', 'unregistered', 300), line('DINAS A', 'unregistered', 300), line('DINAS A', 'all_roster', 0)] }));
    const both = (previous: number | null, current: number | null, change: number) => ({ previous, current, change, employer: { previous, current, change } });
    expect(diff.budget).toStrictEqual([
      { agency: 'DINAS A', group: 'unregistered', ...both(null, 300, 300) },
      { agency: 'DINAS A', group: 'inactive', ...both(500, null, -500) },
      { agency: 'DINAS A', group: 'all_roster', ...both(null, 0, 0) },
      { agency: 'TOTAL', group: 'unregistered', ...both(null, 300, 300) },
      { agency: 'TOTAL', group: 'inactive', ...both(500, null, -500) },
    ]);
  });

  it('no runs, no changes', () => {
    expect(diffRuns(run({}), run({}))).toStrictEqual({ items: [], budget: [], identity: 'nik', notes: [] });
  });
});
