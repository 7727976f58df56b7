// Why this file exists: src/diff/diff-summary.ts produces the per-agency × category counts of
// `rekon diff` (the summary table, JSON `counts`, and the totals that `--fail-on` tests) and the
// `--only` selection. They were only checked through render-diff and the e2e diff; these tests pin
// the counts, the agency order (BPJS side '' last, code-point order) and what `--only` keeps.
// All NIKs are synthetic (kecamatan 36 71 01, made-up serials).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIFF_CATEGORIES, type DiffCategory } from '../../../src/diff/diff-category.js';
import { COUNT_COLUMNS, categoryTotals, countColumnsOf, countDiff, selectCategories, type CategoryCounts, type CountColumn } from '../../../src/diff/diff-summary.js';
import type { DiffItem, RunDiff } from '../../../src/diff/run-diff.js';

let serial = 0;
function item(category: DiffCategory, agency: string, name = 'SITI AMINAH', previousAgency = ''): DiffItem {
  serial += 1;
  return {
    category,
    agency,
    previousAgency,
    name,
    nik: `36710145049${String(serial).padStart(5, '0')}`,
    birthDate: '1990-04-05',
    previousStatus: agency === '' ? null : 'unregistered',
    currentStatus: agency === '' ? null : 'registered',
    previousAt: null,
    currentAt: { file: 'roster.csv', sheet: '', row: serial + 1 },
    problem: null,
  };
}

/** Every count column, zero unless given. */
function counts(given: Partial<Record<CountColumn, number>> = {}): CategoryCounts {
  return { newly_registered: 0, lost_coverage: 0, new_worker: 0, worker_gone: 0, moved_out: 0, moved_in: 0, nik_corrected: 0, problem_fixed: 0, problem_new: 0, ...given };
}

function runDiff(items: DiffItem[]): RunDiff {
  return {
    items,
    budget: [{ agency: 'DINAS PENDIDIKAN', group: 'unregistered', previous: 120_000, current: 60_000, change: -60_000 }],
    identity: 'nik',
    notes: [{ code: 'diff.note.masked_nik' }],
  };
}

describe('countDiff', () => {
  it('no changes: no agencies, every category zero', () => {
    const got = countDiff({ items: [] });
    expect(got).toEqual({ agencies: [], total: counts() });
    expect(Object.keys(got.total)).toEqual([...COUNT_COLUMNS]);
  });

  it('counts each agency × category and the total', () => {
    const got = countDiff({
      items: [
        item('newly_registered', 'DINAS KESEHATAN'),
        item('newly_registered', 'DINAS KESEHATAN'),
        item('lost_coverage', 'DINAS PENDIDIKAN'),
        item('worker_gone', 'DINAS PENDIDIKAN'),
        item('new_worker', 'DINAS KESEHATAN'),
        item('problem_new', ''),
        item('problem_fixed', ''),
        item('problem_new', ''),
      ],
    });
    expect(got).toEqual({
      agencies: [
        { agency: 'DINAS KESEHATAN', counts: counts({ newly_registered: 2, new_worker: 1 }) },
        { agency: 'DINAS PENDIDIKAN', counts: counts({ lost_coverage: 1, worker_gone: 1 }) },
        { agency: '', counts: counts({ problem_fixed: 1, problem_new: 2 }) },
      ],
      total: counts({ newly_registered: 2, lost_coverage: 1, new_worker: 1, worker_gone: 1, problem_fixed: 1, problem_new: 2 }),
    });
  });

  it('a person in two categories (registered worker who left) counts once in each', () => {
    const got = countDiff({ items: [item('lost_coverage', 'DINAS SOSIAL', 'HASAN BASRI'), item('worker_gone', 'DINAS SOSIAL', 'HASAN BASRI')] });
    expect(got.agencies).toEqual([{ agency: 'DINAS SOSIAL', counts: counts({ lost_coverage: 1, worker_gone: 1 }) }]);
    expect(got.total).toEqual(counts({ lost_coverage: 1, worker_gone: 1 }));
  });

  it('groups agencies as the run summary does (case, spaces) and sorts them in code-point order, the BPJS side last', () => {
    const agencies = ['SETDA', '', 'DINAS 2', 'Dinas  Pertanian ', 'DINAS 10', 'ÉDUCATION', 'BAPPEDA', 'DINAS PERTANIAN'];
    const got = countDiff({ items: agencies.map((a) => item('problem_new', a)) });
    expect(got.agencies.map((a) => a.agency)).toEqual(['BAPPEDA', 'DINAS 10', 'DINAS 2', 'DINAS PERTANIAN', 'SETDA', 'ÉDUCATION', '']);
    expect(got.agencies.find((a) => a.agency === 'DINAS PERTANIAN')?.counts.problem_new).toBe(2);
  });

  it('only the BPJS side: one row with agency ""', () => {
    expect(countDiff({ items: [item('problem_fixed', '')] }).agencies).toEqual([{ agency: '', counts: counts({ problem_fixed: 1 }) }]);
  });

  it('keeps each agency’s counts apart (no shared count object)', () => {
    const got = countDiff({ items: [item('new_worker', 'DINAS A'), item('worker_gone', 'DINAS B')] });
    expect(got.agencies).toEqual([
      { agency: 'DINAS A', counts: counts({ new_worker: 1 }) },
      { agency: 'DINAS B', counts: counts({ worker_gone: 1 }) },
    ]);
    expect(got.total).toEqual(counts({ new_worker: 1, worker_gone: 1 }));
  });

  it('a move counts as moved out of the old agency and moved in to the new one (grouped as the budget groups them)', () => {
    const got = countDiff({ items: [item('agency_changed', 'SATPOL PP', 'IMAS SARTIKA', 'dlh'), item('new_worker', 'DLH', 'ASEP SURYANA')] });
    expect(got.agencies).toEqual([
      { agency: 'DLH', counts: counts({ new_worker: 1, moved_out: 1 }) },
      { agency: 'SATPOL PP', counts: counts({ moved_in: 1 }) },
    ]);
    expect(got.total).toEqual(counts({ new_worker: 1, moved_out: 1, moved_in: 1 }));
    // --fail-on counts the move once, as one change.
    expect(categoryTotals({ items: [item('agency_changed', 'SATPOL PP', 'IMAS SARTIKA', 'DLH')] })).toEqual({ newly_registered: 0, lost_coverage: 0, new_worker: 0, worker_gone: 0, agency_changed: 1, nik_corrected: 0, problem_fixed: 0, problem_new: 0 });
  });

  it('a move shows in the table as its two columns, under --only agency_changed too', () => {
    expect(countColumnsOf(DIFF_CATEGORIES)).toEqual([...COUNT_COLUMNS]);
    expect(countColumnsOf(['agency_changed', 'worker_gone'])).toEqual(['worker_gone', 'moved_out', 'moved_in']);
    expect(countColumnsOf(['problem_new'])).toEqual(['problem_new']);
  });

  it('totals are the sums over agencies, and every item is counted once, a move once on each side (property)', () => {
    const agencyArb = fc.constantFrom('DINAS A', 'DINAS B', 'dinas a', 'SETDA', 'RSUD');
    const anItem = fc.record({ category: fc.constantFrom(...DIFF_CATEGORIES), agency: fc.oneof(agencyArb, fc.constant('')), previousAgency: agencyArb });
    fc.assert(
      fc.property(fc.array(anItem, { maxLength: 60 }), (raw) => {
        const items = raw.map((r) => (r.category === 'agency_changed' ? item(r.category, r.agency === '' ? 'SETDA' : r.agency, 'SITI AMINAH', r.previousAgency) : item(r.category, r.agency)));
        const got = countDiff({ items });
        const names = got.agencies.map((a) => a.agency);
        const key = (agency: string): string => agency.toUpperCase();
        const moves = items.filter((i) => i.category === 'agency_changed');
        expect(new Set(names).size).toBe(names.length);
        expect(new Set(names)).toEqual(new Set([...items.map((i) => key(i.agency)), ...moves.map((i) => key(i.previousAgency))]));
        const nonEmpty = names.filter((a) => a !== '');
        expect(nonEmpty).toEqual([...nonEmpty].sort());
        if (names.includes('')) expect(names[names.length - 1]).toBe('');
        for (const c of COUNT_COLUMNS) expect(got.agencies.reduce((s, a) => s + a.counts[c], 0)).toBe(got.total[c]);
        for (const c of DIFF_CATEGORIES) {
          if (c === 'agency_changed') continue;
          expect(got.total[c]).toBe(items.filter((i) => i.category === c).length);
          for (const a of got.agencies) expect(a.counts[c]).toBe(items.filter((i) => key(i.agency) === a.agency && i.category === c).length);
        }
        expect(got.total.moved_out).toBe(moves.length);
        expect(got.total.moved_in).toBe(moves.length);
        for (const a of got.agencies) {
          expect(a.counts.moved_out).toBe(moves.filter((i) => key(i.previousAgency) === a.agency).length);
          expect(a.counts.moved_in).toBe(moves.filter((i) => key(i.agency) === a.agency).length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('selectCategories (--only)', () => {
  const items = [item('newly_registered', 'DINAS A'), item('lost_coverage', 'DINAS A'), item('worker_gone', 'DINAS B'), item('problem_new', ''), item('lost_coverage', 'DINAS C')];

  it('without --only returns the diff itself', () => {
    const diff = runDiff(items);
    expect(selectCategories(diff, null)).toBe(diff);
  });

  it('keeps the items of the chosen categories, in their order', () => {
    const diff = runDiff(items);
    const got = selectCategories(diff, new Set<DiffCategory>(['lost_coverage', 'problem_new']));
    expect(got.items).toEqual([items[1], items[3], items[4]]);
  });

  it('keeps the budget change, identity and notes whole', () => {
    const diff = runDiff(items);
    const got = selectCategories(diff, new Set<DiffCategory>(['worker_gone']));
    expect(got.items).toEqual([items[2]]);
    expect(got.budget).toBe(diff.budget);
    expect(got.identity).toBe('nik');
    expect(got.notes).toBe(diff.notes);
  });

  it('a category with no changes leaves no items, and the diff given is not changed', () => {
    const diff = runDiff(items);
    const got = selectCategories(diff, new Set<DiffCategory>(['problem_fixed']));
    expect(got.items).toEqual([]);
    expect(got.budget).toHaveLength(1);
    expect(diff.items).toHaveLength(5);
  });

  it('counting the selection counts only the chosen categories', () => {
    const got = countDiff(selectCategories(runDiff(items), new Set<DiffCategory>(['lost_coverage'])));
    expect(got).toEqual({
      agencies: [
        { agency: 'DINAS A', counts: counts({ lost_coverage: 1 }) },
        { agency: 'DINAS C', counts: counts({ lost_coverage: 1 }) },
      ],
      total: counts({ lost_coverage: 2 }),
    });
  });
});
