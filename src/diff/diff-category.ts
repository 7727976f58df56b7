/**
 * Month-over-month change categories: stable machine values (CSV `category`, JSON keys, --only,
 * --fail-on). A person can be in more than one: a new worker registered at once is `new_worker` and
 * `newly_registered`. `lost_coverage` is a worker still on a roster who is no longer registered
 * (inactive, unregistered, in review); a registered worker who left the rosters is `worker_gone` only. Reactivation (inactive → registered) counts as `newly_registered`: for the
 * budget and the officer's follow-up it is the same event, a person who is covered again.
 * `agency_changed` is a worker on a roster in both runs under another agency (compared as the budget groups
 * agencies): each agency's budget line moved with them, and reading it as `worker_gone` + `new_worker` would
 * say the person left, so a move is never those two.
 * `nik_corrected` is a worker on a roster in both runs whose NIK was corrected on the roster (src/diff/corrected-nik.ts):
 * the same person, never also `worker_gone`/`new_worker`.
 */
export const DIFF_CATEGORIES = ['newly_registered', 'lost_coverage', 'new_worker', 'worker_gone', 'agency_changed', 'nik_corrected', 'problem_fixed', 'problem_new'] as const;
export type DiffCategory = (typeof DIFF_CATEGORIES)[number];

export function isDiffCategory(value: string): value is DiffCategory {
  return (DIFF_CATEGORIES as readonly string[]).includes(value);
}

/**
 * Where a person stands in one run: a roster status (duplicates are never a person of their own),
 * `bpjs_only` (in the BPJS export but on no roster), or `absent` (in neither file).
 */
export const PERSON_STATUSES = ['registered', 'inactive', 'unregistered', 'review', 'bpjs_only', 'absent'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
