import { agencyKey } from '../budget/agency-key.js';
import { DIFF_CATEGORIES, type DiffCategory } from './diff-category.js';
import type { RunDiff } from './run-diff.js';

export type CategoryCounts = Readonly<Record<DiffCategory, number>>;

export interface DiffCounts {
  /** Per agency ('' = people on no roster, i.e. BPJS-side findings), sorted by agency. */
  readonly agencies: readonly { readonly agency: string; readonly counts: CategoryCounts }[];
  readonly total: CategoryCounts;
}

function zero(): Record<DiffCategory, number> {
  return Object.fromEntries(DIFF_CATEGORIES.map((c) => [c, 0])) as Record<DiffCategory, number>;
}

/** Changes counted per agency and category (the summary table and JSON `counts`). */
export function countDiff(diff: Pick<RunDiff, 'items'>): DiffCounts {
  const by = new Map<string, Record<DiffCategory, number>>();
  const total = zero();
  for (const item of diff.items) {
    // Grouped like the run's own summary and budget ("Dinas Pertanian" and "DINAS PERTANIAN" are one).
    const agency = item.agency === '' ? '' : agencyKey(item.agency);
    let c = by.get(agency);
    if (c === undefined) {
      c = zero();
      by.set(agency, c);
    }
    c[item.category] += 1;
    total[item.category] += 1;
  }
  const agencies = [...by.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([agency, counts]) => ({ agency, counts }));
  return { agencies, total };
}

/** The diff restricted to some categories (--only); the budget change is kept whole. */
export function selectCategories(diff: RunDiff, categories: ReadonlySet<DiffCategory> | null): RunDiff {
  if (categories === null) return diff;
  return { ...diff, items: diff.items.filter((i) => categories.has(i.category)) };
}
