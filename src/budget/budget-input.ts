import type { Provenance } from '../io/provenance.js';
import type { WorkerDecision, WorkerStatus } from '../match/match-decision.js';
import type { Worker } from '../normalize/person-record.js';
import { matchedDeceased } from '../match/deceased-match.js';
import type { CopyWage, CopyWages } from './copy-wage.js';

/** What the budget needs to know about one roster row. */
export interface BudgetInput {
  /** Often the roster record itself (a record is its own Provenance): copy it (`provenanceOf`) to keep it. */
  readonly at: Provenance;
  readonly agency: string;
  /** The matcher's status; null when budgeting rosters alone (no BPJS export). */
  readonly status: WorkerStatus | null;
  /** Monthly wage in the roster, integer rupiah; null if absent. */
  readonly rosterWage: number | null;
  /** Monthly wage BPJS has for the matched participant; null if unknown or unmatched. */
  readonly bpjsWage: number | null;
  /**
   * Matched to a participant BPJS records as dead (`bpjs_deceased`): a death cannot be reactivated, so the row
   * stays out of the `inactive` group (it is still on the roster, so in `all_roster`). Absent: false.
   */
  readonly deceased?: boolean;
  /**
   * The row's copies (later rows of the same person, `duplicate` of it) whose usable roster wage differs
   * from this row's, in roster order; absent when there are none. The row counts, not its copies: their
   * wage stands in only when this row has none (see computeBudget).
   */
  readonly copies?: readonly CopyWage[];
}

const NO_COPIES: CopyWages = new Map();

function withCopies(input: BudgetInput, copies: CopyWages): BudgetInput {
  const own = copies.size === 0 ? undefined : copies.get(input.at);
  return own === undefined ? input : { ...input, copies: own };
}

/**
 * One input per matcher decision, in the decisions' order, made as the budget reads them: a million
 * inputs held at once were ~70 MB more on the heap right where a large run's memory peaks (after
 * matching, before the reports).
 */
export function* budgetInputsFromDecisions(decisions: readonly WorkerDecision[], copies: CopyWages = NO_COPIES): Generator<BudgetInput, void, undefined> {
  for (const d of decisions) {
    yield withCopies(
      {
        at: d.worker,
        agency: d.worker.agency,
        status: d.status,
        rosterWage: d.worker.wage,
        bpjsWage: d.bpjs?.wage ?? null,
        deceased: matchedDeceased(d),
      },
      copies,
    );
  }
}

/**
 * Inputs for a budget of the rosters alone: a row `duplicate(i)` marks is `duplicate` and not budgeted
 * twice. `rekon budget` marks the matcher's duplicates of a run without a BPJS export, so that it
 * budgets exactly reconcile's all_roster group; the default, for callers without the matcher, is every
 * later row with a valid NIK already seen (two people on one copied NIK then count once). `copies`
 * (copyWagesOf the same decisions) lets a kept row without a wage take its copy's.
 */
export function* budgetInputsFromWorkers(
  workers: readonly Worker[],
  duplicate?: (index: number) => boolean,
  copies: CopyWages = NO_COPIES,
): Generator<BudgetInput, void, undefined> {
  const seen = new Set<string>();
  for (let i = 0; i < workers.length; i++) {
    const w = workers[i]!;
    let repeated: boolean;
    if (duplicate !== undefined) repeated = duplicate(i);
    else {
      const nik = w.nik.status === 'valid' ? w.nik.nik : null;
      repeated = nik !== null && seen.has(nik);
      if (nik !== null) seen.add(nik);
    }
    yield withCopies({ at: w, agency: w.agency, status: repeated ? 'duplicate' : null, rosterWage: w.wage, bpjsWage: null }, copies);
  }
}
