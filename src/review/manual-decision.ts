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
  /** Where the roster person was (roster_agency, roster_file, roster_sheet): singles out one of several rows with the key. */
  rosterAgency?: string;
  rosterFile?: string;
  rosterSheet?: string;
  /** The two people as the decisions file shows them, for messages ('' when the file does not say). */
  shown?: DecisionPeople;
}

export interface DecisionPeople {
  readonly rosterName: string;
  readonly rosterBirthDate: string;
  readonly bpjsName: string;
  readonly bpjsKpj: string;
}
