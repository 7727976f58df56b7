import type { Provenance } from '../io/provenance.js';
import type { WorkerDecision, WorkerStatus } from '../match/match-decision.js';
import type { Worker } from '../normalize/person-record.js';

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
}

/**
 * One input per matcher decision, in the decisions' order, made as the budget reads them: a million
 * inputs held at once were ~70 MB more on the heap right where a large run's memory peaks (after
 * matching, before the reports).
 */
export function* budgetInputsFromDecisions(decisions: readonly WorkerDecision[]): Generator<BudgetInput, void, undefined> {
  for (const d of decisions) {
    yield {
      at: d.worker,
      agency: d.worker.agency,
      status: d.status,
      rosterWage: d.worker.wage,
      bpjsWage: d.bpjs?.wage ?? null,
    };
  }
}

/**
 * Inputs for a budget of the rosters alone. Without the matcher, duplicates are found by valid NIK only:
 * every later row with a NIK already seen (in the given order, which should be roster order) becomes
 * `duplicate` and is not budgeted twice. Rows without a valid NIK are all kept.
 */
export function* budgetInputsFromWorkers(workers: readonly Worker[]): Generator<BudgetInput, void, undefined> {
  const seen = new Set<string>();
  for (const w of workers) {
    const nik = w.nik.status === 'valid' ? w.nik.nik : null;
    const duplicate = nik !== null && seen.has(nik);
    if (nik !== null) seen.add(nik);
    yield { at: w, agency: w.agency, status: duplicate ? 'duplicate' : null, rosterWage: w.wage, bpjsWage: null };
  }
}
