import type { WorkerStatus } from '../match/match-decision.js';

/**
 * What a budget line is for. Stable machine values, in output order.
 * - `unregistered`: roster workers not found at BPJS — the cost of enrolling them;
 * - `inactive`: found but non-active — the cost of reactivating them;
 * - `review`: uncertain matches — an upper bound, kept separate;
 * - `all_roster`: everyone on the rosters (duplicates once) — the annual APBD line;
 * - `underreported_gap`: for registered workers whose BPJS wage is below the wage base, the premium
 *   difference premium(wage base) − premium(BPJS wage).
 */
export const BUDGET_GROUPS = ['unregistered', 'inactive', 'review', 'all_roster', 'underreported_gap'] as const;
export type BudgetGroup = (typeof BUDGET_GROUPS)[number];

/** Groups that make sense for a budget of the rosters alone, without a BPJS export. */
export const ROSTER_ONLY_GROUPS: readonly BudgetGroup[] = ['all_roster'];

/**
 * The full-premium groups a roster row counts in, from its match status (null: rosters alone, no BPJS).
 * `underreported_gap` is decided from wages, not from the status alone. A `duplicate` row counts in
 * none, so no person is budgeted twice.
 */
export function groupsForStatus(status: WorkerStatus | null): readonly BudgetGroup[] {
  switch (status) {
    case null:
    case 'registered':
      return ['all_roster'];
    case 'inactive':
      return ['inactive', 'all_roster'];
    case 'unregistered':
      return ['unregistered', 'all_roster'];
    case 'review':
      return ['review', 'all_roster'];
    case 'duplicate':
      return [];
  }
}
