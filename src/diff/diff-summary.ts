import { agencyKey } from '../budget/agency-key.js';
import { DIFF_CATEGORIES, type DiffCategory } from './diff-category.js';
import type { DiffItem, RunDiff } from './run-diff.js';

/**
 * The columns of the per-agency counts (summary table, JSON `counts`): the categories, with `agency_changed`
 * counted from each agency's side: `moved_out` of the old agency, `moved_in` to the new one. Counted under the
 * new agency only, the old agency's row showed no change while its budget line fell (exploratory repro 09).
 */
export const COUNT_COLUMNS = ['newly_registered', 'lost_coverage', 'new_worker', 'worker_gone', 'moved_out', 'moved_in', 'nik_corrected', 'problem_fixed', 'problem_new'] as const;
export type CountColumn = (typeof COUNT_COLUMNS)[number];

export type CategoryCounts = Readonly<Record<CountColumn, number>>;

export interface DiffCounts {
  /** Per agency ('' = people on no roster, i.e. BPJS-side findings), sorted by agency. */
  readonly agencies: readonly { readonly agency: string; readonly counts: CategoryCounts }[];
  /** Sums over the agencies: `moved_out` and `moved_in` are each the number of moves. */
  readonly total: CategoryCounts;
}

/** The count columns that show the given categories, in COUNT_COLUMNS order. */
export function countColumnsOf(categories: readonly DiffCategory[]): CountColumn[] {
  return COUNT_COLUMNS.filter((c) => categories.includes(c === 'moved_out' || c === 'moved_in' ? 'agency_changed' : c));
}

function zero(): Record<CountColumn, number> {
  return Object.fromEntries(COUNT_COLUMNS.map((c) => [c, 0])) as Record<CountColumn, number>;
}

/** Where an item counts: one agency and column, or two for a move. */
function countedAt(item: DiffItem): [string, CountColumn][] {
  if (item.category === 'agency_changed') return [[item.previousAgency, 'moved_out'], [item.agency, 'moved_in']];
  return [[item.agency, item.category]];
}

/** Changes counted per agency and column (the summary table and JSON `counts`). */
export function countDiff(diff: Pick<RunDiff, 'items'>): DiffCounts {
  const by = new Map<string, Record<CountColumn, number>>();
  const total = zero();
  for (const item of diff.items) {
    for (const [name, column] of countedAt(item)) {
      // Grouped like the run's own summary and budget ("Dinas Pertanian" and "DINAS PERTANIAN" are one).
      const agency = name === '' ? '' : agencyKey(name);
      let c = by.get(agency);
      if (c === undefined) {
        c = zero();
        by.set(agency, c);
      }
      c[column] += 1;
      total[column] += 1;
    }
  }
  const agencies = [...by.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([agency, counts]) => ({ agency, counts }));
  return { agencies, total };
}

/** How many changes fall in each category (what `--fail-on` tests): a move counts once. */
export function categoryTotals(diff: Pick<RunDiff, 'items'>): Readonly<Record<DiffCategory, number>> {
  const out = Object.fromEntries(DIFF_CATEGORIES.map((c) => [c, 0])) as Record<DiffCategory, number>;
  for (const item of diff.items) out[item.category] += 1;
  return out;
}

/** The diff restricted to some categories (--only); the budget change is kept whole. */
export function selectCategories(diff: RunDiff, categories: ReadonlySet<DiffCategory> | null): RunDiff {
  if (categories === null) return diff;
  return { ...diff, items: diff.items.filter((i) => categories.has(i.category)) };
}
