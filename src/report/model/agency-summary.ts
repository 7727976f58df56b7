import type { BpjsOnlyLinkKind, ReconcileResult, WorkerStatus } from '../../match/match-decision.js';
import { agencyKey, compareCodePoints } from '../../budget/agency-key.js';

export interface StatusCounts {
  readonly workers: number;
  readonly registered: number;
  readonly inactive: number;
  readonly unregistered: number;
  readonly review: number;
  readonly duplicate: number;
  /** registered ÷ distinct people (workers − duplicates), 0..1; null when there is nobody. */
  readonly coverage: number | null;
}

export interface AgencySummary extends StatusCounts {
  readonly agency: string;
}

export interface RunSummary {
  readonly agencies: readonly AgencySummary[];
  readonly total: StatusCounts;
  readonly bpjsOnly: number;
  /**
   * Of `bpjsOnly`, those whose membership is not active (MENINGGAL, KELUAR, PHK…): on no roster but not paid for
   * either, so the "paid for, but not listed" figure leaves them out (exploratory round 4, C05).
   */
  readonly bpjsOnlyInactive: number;
  /** Of `bpjsOnly`, those still tied to a roster row, by kind (ReconcileResult.bpjsOnlyLinks). */
  readonly bpjsOnlyRelated: Readonly<Record<BpjsOnlyLinkKind, number>>;
}

type Mutable = { -readonly [K in keyof StatusCounts]: StatusCounts[K] };

function empty(): Mutable {
  return { workers: 0, registered: 0, inactive: 0, unregistered: 0, review: 0, duplicate: 0, coverage: null };
}

function bump(c: Mutable, status: WorkerStatus): void {
  c.workers++;
  c[status]++;
}

function withCoverage(c: Mutable): StatusCounts {
  const people = c.workers - c.duplicate;
  return { ...c, coverage: people === 0 ? null : c.registered / people };
}

/**
 * Per-agency counts, agencies (as agencyKey) in code-point order (deterministic, locale-free).
 * Coverage counts only `registered` as protected: an inactive participation pays no benefit.
 */
export function summarize(
  result: ReconcileResult,
  bpjsOnly: number = result.bpjsOnly.length,
  bpjsOnlyInactive: number = result.bpjsOnly.filter((p) => p.status === 'inactive').length,
): RunSummary {
  const byAgency = new Map<string, Mutable>();
  const total = empty();
  for (const d of result.decisions) {
    // Grouped like the budget (agencyKey), so a summary row and its budget line always agree.
    const key = agencyKey(d.worker.agency);
    let c = byAgency.get(key);
    if (c === undefined) {
      c = empty();
      byAgency.set(key, c);
    }
    bump(c, d.status);
    bump(total, d.status);
  }
  const agencies = [...byAgency.entries()]
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([agency, c]) => ({ agency, ...withCoverage(c) }));
  const bpjsOnlyRelated = { other_registration: 0, review_candidate: 0 };
  for (const link of result.bpjsOnlyLinks ?? []) if (link !== null) bpjsOnlyRelated[link.kind]++;
  return { agencies, total: withCoverage(total), bpjsOnly, bpjsOnlyInactive, bpjsOnlyRelated };
}
