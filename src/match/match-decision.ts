import type { Message } from '../i18n/message.js';
import type { BpjsParticipant, Worker } from '../normalize/person-record.js';

/** Status of a roster row. Stable machine values. */
export const WORKER_STATUSES = ['registered', 'inactive', 'unregistered', 'review', 'duplicate'] as const;
export type WorkerStatus = (typeof WORKER_STATUSES)[number];

/** Orthogonal flags on a roster row. Stable machine values. */
export const WORKER_FLAGS = [
  'nik_invalid',
  'nik_excel_damaged',
  'nik_missing',
  'nik_differs',
  'name_differs',
  'dob_differs',
  'wage_underreported',
] as const;
export type WorkerFlag = (typeof WORKER_FLAGS)[number];

export const MATCH_METHODS = ['nik', 'fuzzy', 'manual', 'none'] as const;
export type MatchMethod = (typeof MATCH_METHODS)[number];

/** A BPJS record proposed for a roster row, with its score and the reasons behind it. */
export interface MatchCandidate {
  readonly bpjs: BpjsParticipant;
  readonly score: number;
  readonly reasons: readonly Message[];
}

/** The decision for one roster row. */
export interface WorkerDecision {
  readonly worker: Worker;
  readonly status: WorkerStatus;
  readonly method: MatchMethod;
  /** Score of the accepted (or best review) pair; null when there was no candidate. */
  readonly score: number | null;
  /** The matched participant (for `duplicate`: the earlier row's match, if any). */
  readonly bpjs: BpjsParticipant | null;
  /** For `duplicate`: the earlier roster row of the same person. */
  readonly duplicateOf: Worker | null;
  /** For `review`: the best candidates, best first. */
  readonly candidates: readonly MatchCandidate[];
  readonly flags: readonly WorkerFlag[];
  readonly reasons: readonly Message[];
}

export interface ReconcileResult {
  /** One decision per roster row, in roster order (Worker.seq). */
  readonly decisions: readonly WorkerDecision[];
  /**
   * BPJS participants matched to no roster row, in export order (BpjsParticipant.seq) — but only those
   * the matcher retained, i.e. that had a candidate pair at or above the review score (or an accepted
   * manual decision) and ended unassigned. The participants without any candidate pair were returned
   * by `Matcher.addParticipants` batch by batch and never kept (a BPJS export may be far larger than
   * memory): the full BPJS-only list is those plus these.
   */
  readonly bpjsOnly: readonly BpjsParticipant[];
  /**
   * Per `bpjsOnly` record (same index), the roster row it is tied to although matched to none, or null:
   * another registration of a participant matched to that row, or a candidate of that row in review.
   */
  readonly bpjsOnlyLinks?: readonly (BpjsOnlyLink | null)[];
  /** Things the user should know about the run, e.g. "the BPJS export has no birth-date column". */
  readonly notes: readonly Message[];
  /**
   * Indices (ascending) into the manual decisions passed to createMatcher that took effect: accepted
   * pairs that were matched, rejected pairs whose two people were both present. The decisions not
   * listed no longer apply (a person vanished, or the pair lost to another decision) and should be
   * reported. Absent when no manual decisions were given.
   */
  readonly manualApplied?: readonly number[];
  /** Why each decision not in manualApplied does not apply (ascending by decision); absent without decisions. */
  readonly manualNotApplied?: readonly ManualNotApplied[];
}

/**
 * Why a review decision did not take effect (stable machine values):
 * - `roster_ambiguous`: its roster key fits several rows that its agency (file, sheet) does not tell apart (`rows`);
 * - `bpjs_ambiguous`: its BPJS key fits participants that are not one person (`participants`);
 * - `nik_elsewhere`: an accept taken while the worker had no NIK; the NIK now on the roster (`rows`) is not the
 *   participant's, it is that of `participants` (none when that NIK is in no registration);
 * - `matched_otherwise`: no row has the roster key any more, but the participant is matched (`participants`) to a
 *   row of the same name (`rows`): a NIK filled in or corrected; the decision is no longer needed;
 * - `roster_absent` / `bpjs_absent`: no row has the roster key / no participant arrived with the BPJS key;
 * - `taken`: both are present, and another decision took one of them.
 */
export type ManualNotAppliedKind = 'roster_ambiguous' | 'bpjs_ambiguous' | 'nik_elsewhere' | 'matched_otherwise' | 'roster_absent' | 'bpjs_absent' | 'taken';

export interface ManualNotApplied {
  /** Index into the manual decisions passed to createMatcher. */
  readonly decision: number;
  readonly kind: ManualNotAppliedKind;
  readonly rows: readonly Worker[];
  readonly participants: readonly BpjsParticipant[];
}

/**
 * Why a BPJS record matched to no roster row is still tied to one (stable machine values):
 * - `other_registration`: the same person (same NIK and birth date, another KPJ) is matched to the row
 *   under another registration — one of the two registrations is to be closed;
 * - `review_candidate`: a candidate of the row, which waits for a human decision.
 */
export type BpjsOnlyLinkKind = 'other_registration' | 'review_candidate';

export interface BpjsOnlyLink {
  readonly kind: BpjsOnlyLinkKind;
  readonly roster: Worker;
}
