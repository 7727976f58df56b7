/**
 * A human's verdict on one roster person × BPJS participant pair, keyed by the people (personKey()
 * strings from src/match/person-key.ts), never by row numbers, which shift every month (issue
 * "Review that sticks"). The matcher declares a structurally identical type; the two are compatible.
 */
export interface ManualDecision {
  /** personKey() of the roster person, e.g. "nik:3273…" or "name:ADI PERMANA|1990-01-05". */
  roster: string;
  /** personKey() of the BPJS participant. */
  bpjs: string;
  decision: 'accept' | 'reject';
}
