import type { ManualDecision } from './manual-decision.js';
import type { ReviewDecision, ReviewRow } from './review-row.js';

/** What the reviewer can do at a prompt. Stable machine values. */
export const REVIEW_ACTIONS = ['accept', 'reject', 'skip', 'undo', 'quit'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** One answered prompt; `undo` removes the last one (a skip included). */
export interface ReviewStep {
  /** Index into ReviewSession.rows. */
  readonly index: number;
  readonly action: 'accept' | 'reject' | 'skip';
}

/**
 * The state of a `rekon review` walk (pure data, no I/O). Everything the CLI shows — the current
 * pair, progress, what to save — is derived from `steps`, so undo is just dropping the last step.
 */
export interface ReviewSession {
  /** The review rows as loaded (review.csv), in file order. */
  readonly rows: readonly ReviewRow[];
  /** Indexes into `rows` of the pairs to ask about: grouped by roster person, best rank first. */
  readonly queue: readonly number[];
  readonly steps: readonly ReviewStep[];
  readonly quit: boolean;
  /** Roster / BPJS keys accepted before this session (decisions file, or rows decided in review.csv). */
  readonly acceptedRoster: ReadonlySet<string>;
  readonly acceptedBpjs: ReadonlySet<string>;
  /** Pairs ("roster\0bpjs") with any earlier decision, with that decision. */
  readonly prior: ReadonlyMap<string, ReviewDecision>;
}

const pairKey = (roster: string, bpjs: string): string => `${roster}\u0000${bpjs}`;

/**
 * Starts a walk over `rows`. Asked: rows without a decision whose pair has no earlier decision in
 * `prior` (the decisions file), whose people no earlier accept has matched, and that have both keys — a row without a key cannot carry a
 * decision (no valid NIK and no birth date; see personKey()), so it is not asked at all.
 * Rows that already carry a decision are kept and saved as they are.
 */
export function startReview(rows: readonly ReviewRow[], prior: readonly ManualDecision[] = []): ReviewSession {
  const priorMap = new Map<string, ReviewDecision>();
  const acceptedRoster = new Set<string>();
  const acceptedBpjs = new Set<string>();
  for (const d of prior) {
    priorMap.set(pairKey(d.roster, d.bpjs), d.decision);
    if (d.decision === 'accept') {
      acceptedRoster.add(d.roster);
      acceptedBpjs.add(d.bpjs);
    }
  }
  for (const r of rows) {
    if (r.decision === 'accept' && r.rosterKey !== null && r.bpjsKey !== null) {
      acceptedRoster.add(r.rosterKey);
      acceptedBpjs.add(r.bpjsKey);
    }
  }
  // Group by roster person in order of first appearance, then best rank first (unranked last), then file order.
  const groupOrder = new Map<string, number>();
  const asked: number[] = [];
  rows.forEach((r, i) => {
    if (r.rosterKey !== null && !groupOrder.has(r.rosterKey)) groupOrder.set(r.rosterKey, groupOrder.size);
    if (r.decision !== null || r.rosterKey === null || r.bpjsKey === null) return;
    if (priorMap.has(pairKey(r.rosterKey, r.bpjsKey))) return;
    // Already matched by an earlier accept: settled before the walk starts, so not even counted.
    if (acceptedRoster.has(r.rosterKey) || acceptedBpjs.has(r.bpjsKey)) return;
    asked.push(i);
  });
  const rankOf = (i: number): number => rows[i]?.rank ?? Number.POSITIVE_INFINITY;
  const groupOf = (i: number): number => groupOrder.get(rows[i]?.rosterKey ?? '') ?? 0;
  const queue = asked.sort((a, b) => groupOf(a) - groupOf(b) || rankOf(a) - rankOf(b) || a - b);
  return { rows, queue, steps: [], quit: false, acceptedRoster, acceptedBpjs, prior: priorMap };
}

/** The next state. Actions after quit, undo with nothing to undo, and answers when nothing is left change nothing. */
export function applyReviewAction(s: ReviewSession, action: ReviewAction): ReviewSession {
  if (s.quit) return s;
  switch (action) {
    case 'quit':
      return { ...s, quit: true };
    case 'undo':
      return s.steps.length === 0 ? s : { ...s, steps: s.steps.slice(0, -1) };
    case 'accept':
    case 'reject':
    case 'skip': {
      const index = currentReviewIndex(s);
      return index === null ? s : { ...s, steps: [...s.steps, { index, action }] };
    }
  }
}

export function canUndo(s: ReviewSession): boolean {
  return !s.quit && s.steps.length > 0;
}

interface Derived {
  readonly stepOf: ReadonlyMap<number, ReviewStep['action']>;
  readonly acceptedRoster: ReadonlySet<string>;
  readonly acceptedBpjs: ReadonlySet<string>;
}

function derive(s: ReviewSession): Derived {
  const stepOf = new Map<number, ReviewStep['action']>();
  const acceptedRoster = new Set(s.acceptedRoster);
  const acceptedBpjs = new Set(s.acceptedBpjs);
  for (const step of s.steps) {
    stepOf.set(step.index, step.action);
    const row = s.rows[step.index];
    if (step.action === 'accept' && row !== undefined && row.rosterKey !== null && row.bpjsKey !== null) {
      acceptedRoster.add(row.rosterKey);
      acceptedBpjs.add(row.bpjsKey);
    }
  }
  return { stepOf, acceptedRoster, acceptedBpjs };
}

/**
 * Once a pair is accepted, the roster person and the BPJS participant are matched (one-to-one,
 * like the matcher's assignment): their other candidate pairs are settled — not shown any more
 * and given no decision (a rejection would be a claim the reviewer never made; reconcile leaves
 * them unproposed anyway because both people are matched). Undoing the accept brings them back.
 */
function isSettled(d: Derived, row: ReviewRow, index: number): boolean {
  const action = d.stepOf.get(index);
  if (action === 'accept' || action === 'reject') return false;
  return (row.rosterKey !== null && d.acceptedRoster.has(row.rosterKey)) || (row.bpjsKey !== null && d.acceptedBpjs.has(row.bpjsKey));
}

function currentFrom(s: ReviewSession, d: Derived): number | null {
  if (s.quit) return null;
  for (const i of s.queue) {
    const row = s.rows[i];
    if (row === undefined || d.stepOf.has(i) || isSettled(d, row, i)) continue;
    return i;
  }
  return null;
}

/** Index into `rows` of the pair to ask about now; null when quit or nothing is left. */
export function currentReviewIndex(s: ReviewSession): number | null {
  return currentFrom(s, derive(s));
}

export interface ReviewProgress {
  /** Pairs this session walks. */
  readonly total: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Skipped and still open: asked again next time. */
  readonly skipped: number;
  /** Not asked because an accept matched the roster person or the BPJS participant. */
  readonly settled: number;
  /** Still without a decision and not settled (skipped ones included). */
  readonly left: number;
  /** Where the current pair stands; null when nothing is being asked. */
  readonly current: {
    /** 1-based position of the pair in the walk. */
    readonly pair: number;
    /** 1-based number of the roster person among the persons of the walk, and how many there are. */
    readonly person: number;
    readonly persons: number;
    /** 1-based number of the candidate among this person's pairs in the walk, and how many. */
    readonly candidate: number;
    readonly candidates: number;
  } | null;
}

export function reviewProgress(s: ReviewSession): ReviewProgress {
  const d = derive(s);
  let accepted = 0;
  let rejected = 0;
  let skipped = 0;
  let settled = 0;
  for (const i of s.queue) {
    const row = s.rows[i];
    if (row === undefined) continue;
    const action = d.stepOf.get(i);
    if (action === 'accept') accepted++;
    else if (action === 'reject') rejected++;
    else if (isSettled(d, row, i)) settled++;
    else if (action === 'skip') skipped++;
  }
  const index = currentFrom(s, d);
  let current: ReviewProgress['current'] = null;
  if (index !== null) {
    const key = s.rows[index]?.rosterKey ?? null;
    const persons: (string | null)[] = [];
    for (const i of s.queue) {
      const k = s.rows[i]?.rosterKey ?? null;
      if (persons[persons.length - 1] !== k) persons.push(k);
    }
    const group = s.queue.filter((i) => (s.rows[i]?.rosterKey ?? null) === key);
    current = {
      pair: s.queue.indexOf(index) + 1,
      person: persons.indexOf(key) + 1,
      persons: persons.length,
      candidate: group.indexOf(index) + 1,
      candidates: group.length,
    };
  }
  return { total: s.queue.length, accepted, rejected, skipped, settled, left: s.queue.length - accepted - rejected - settled, current };
}

/**
 * The decided rows to save, in order: rows that came already decided in review.csv (unless the
 * decisions file says exactly the same), then this session's accepts and rejects in the order
 * they were given. Skipped and settled pairs are not saved: they stay open.
 * `rowsAreSaved`: review.csv is itself the decisions file, so its decided rows are there already —
 * saving one again (an accept `decisionsOf` dropped for a later conflicting one) would make it the later.
 */
export function sessionDecisionRows(s: ReviewSession, rowsAreSaved = false): ReviewRow[] {
  const out: ReviewRow[] = [];
  for (const r of rowsAreSaved ? [] : s.rows) {
    if (r.decision === null || r.rosterKey === null || r.bpjsKey === null) continue;
    if (s.prior.get(pairKey(r.rosterKey, r.bpjsKey)) === r.decision) continue;
    out.push(r);
  }
  for (const step of s.steps) {
    const row = s.rows[step.index];
    if (row === undefined || step.action === 'skip') continue;
    out.push({ ...row, decision: step.action });
  }
  return out;
}
