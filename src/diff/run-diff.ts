import type { Message } from '../i18n/message.js';
import type { Provenance } from '../io/provenance.js';
import type { DiffCategory, PersonStatus } from './diff-category.js';

/** One change between two runs, about one person (or, for BPJS-side problems, one finding). */
export interface DiffItem {
  readonly category: DiffCategory;
  /**
   * The current agency when the person is on a current roster, else the previous one; '' for BPJS-only people.
   * Its key (`agencyKey`: spacing collapsed, upper case), the name the per-agency counts and the budget use.
   */
  readonly agency: string;
  /** For agency_changed: the agency in the previous run (`agency` is the current one); '' otherwise. */
  readonly previousAgency: string;
  /** For nik_corrected only: the NIK the roster had in the previous run (`nik` is the corrected one). */
  readonly previousNik?: string;
  readonly name: string;
  /** As the runs wrote it (full unless a run used --mask-nik); the shell masks it for the terminal. */
  readonly nik: string;
  readonly birthDate: string;
  /** null for a problem that belongs to no roster person (a BPJS-side finding). */
  readonly previousStatus: PersonStatus | null;
  readonly currentStatus: PersonStatus | null;
  /** The person's row in the previous run (roster row, or the bpjs_only row), if any. */
  readonly previousAt: Provenance | null;
  /** The person's row in the current run, if any. */
  readonly currentAt: Provenance | null;
  /**
   * For problem_fixed / problem_new: the finding as the run wrote it; `message` is its detail as code +
   * parameters (null from a run without them), so it can be shown in the diff's language.
   */
  readonly problem: { readonly kind: string; readonly column: string; readonly detail: string; readonly message?: Message | null } | null;
}

/**
 * Where to find the person now; where they were when they are no longer on a roster. A worker gone whose BPJS
 * record is now on no roster (bpjs_only) is found at the roster row they left, not at that record: the record
 * was paired by NIK and may be someone else's.
 */
export function itemLocation(item: Pick<DiffItem, 'currentStatus' | 'previousAt' | 'currentAt'>): Provenance | null {
  if (item.currentStatus === 'bpjs_only' && item.previousAt !== null) return item.previousAt;
  return item.currentAt ?? item.previousAt;
}

/** One budget figure of an agency × budget group in both runs. */
export interface BudgetFigures {
  /** null when the run has no such line. */
  readonly previous: number | null;
  readonly current: number | null;
  /** current − previous, a missing line counting as 0. */
  readonly change: number;
}

/**
 * The period budget of one agency × budget group (summed over programs) in both runs. `previous`, `current` and
 * `change` are the period total (employer + worker share), the meaning diff_budget.csv and diff.json always gave
 * those keys; `employer` is the employer's share, the figure each run's summary leads with.
 */
export interface BudgetChange extends BudgetFigures {
  readonly agency: string;
  readonly group: string;
  /** Null (or absent) when a run has no employer share (its budget.csv lacks `period_employer`). */
  readonly employer?: BudgetFigures | null;
}

export interface RunDiff {
  /** Sorted by category (DIFF_CATEGORIES order), agency, name, then row. */
  readonly items: readonly DiffItem[];
  /** Sorted by agency (TOTAL last), then budget group (BUDGET_GROUPS order). */
  readonly budget: readonly BudgetChange[];
  /** How people were recognised across the runs. */
  readonly identity: 'nik' | 'name_birth_date';
  readonly notes: readonly Message[];
}
