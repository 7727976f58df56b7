import { describe, expect, it } from 'vitest';
import {
  applyReviewAction,
  canUndo,
  currentReviewIndex,
  reviewProgress,
  sessionDecisionRows,
  startReview,
  type ReviewAction,
  type ReviewSession,
} from '../../../src/review/review-session.js';
import type { ManualDecision } from '../../../src/review/manual-decision.js';
import { NIK, pair, short } from './review-rows.js';

// Walk order: grouped by roster person (first appearance), best rank first:
// adi>budi, adi>eko, citra>dewi, citra>eko.
const ROWS = [pair('adi', 'budi', { rank: 1 }), pair('citra', 'dewi', { rank: 1 }), pair('adi', 'eko', { rank: 2 }), pair('citra', 'eko', { rank: 2 })];

function run(actions: readonly ReviewAction[], rows = ROWS, prior: ManualDecision[] = []): ReviewSession {
  return actions.reduce(applyReviewAction, startReview(rows, prior));
}

function current(s: ReviewSession): string | null {
  const i = currentReviewIndex(s);
  if (i === null) return null;
  return short([s.rows[i] as (typeof ROWS)[number]])[0]?.replace(/:-$/, '') ?? null;
}

describe('review session: sequences of actions', () => {
  const cases: { description: string; actions: ReviewAction[]; saved: string[]; current: string | null }[] = [
    { description: 'nothing done yet', actions: [], saved: [], current: 'adi>budi' },
    { description: "accepting settles the roster person's other candidates (no decision for them)", actions: ['accept'], saved: ['adi>budi:accept'], current: 'citra>dewi' },
    { description: 'reject everything', actions: ['reject', 'reject', 'reject', 'reject'], saved: ['adi>budi:reject', 'adi>eko:reject', 'citra>dewi:reject', 'citra>eko:reject'], current: null },
    { description: 'skip leaves a pair undecided and moves on', actions: ['skip', 'accept'], saved: ['adi>eko:accept'], current: 'citra>dewi' },
    { description: 'accepting a BPJS participant settles its pairs with other roster persons', actions: ['reject', 'accept', 'reject'], saved: ['adi>budi:reject', 'adi>eko:accept', 'citra>dewi:reject'], current: null },
    { description: 'undo after skip asks the skipped pair again', actions: ['skip', 'undo', 'accept'], saved: ['adi>budi:accept'], current: 'citra>dewi' },
    { description: 'undo at start does nothing', actions: ['undo', 'reject'], saved: ['adi>budi:reject'], current: 'adi>eko' },
    { description: 'undo of an accept brings the settled candidates back', actions: ['accept', 'undo', 'reject', 'reject'], saved: ['adi>budi:reject', 'adi>eko:reject'], current: 'citra>dewi' },
    { description: 'two undos go back two steps', actions: ['reject', 'skip', 'undo', 'undo', 'accept'], saved: ['adi>budi:accept'], current: 'citra>dewi' },
    { description: 'quit mid-way keeps what was decided and ignores later answers', actions: ['accept', 'quit', 'reject', 'undo'], saved: ['adi>budi:accept'], current: null },
    { description: 'quit at start saves nothing', actions: ['quit'], saved: [], current: null },
    { description: 'answers after the last pair change nothing', actions: ['reject', 'reject', 'reject', 'reject', 'accept'], saved: ['adi>budi:reject', 'adi>eko:reject', 'citra>dewi:reject', 'citra>eko:reject'], current: null },
    { description: 'undo after the last pair reopens it', actions: ['reject', 'reject', 'reject', 'reject', 'undo', 'accept'], saved: ['adi>budi:reject', 'adi>eko:reject', 'citra>dewi:reject', 'citra>eko:accept'], current: null },
  ];
  it.each(cases)('$description', ({ actions, saved, current: expected }) => {
    const s = run(actions);
    expect(short(sessionDecisionRows(s))).toEqual(saved);
    expect(current(s)).toBe(expected);
  });

  it('saved rows keep every column of the review row', () => {
    const s = run(['accept']);
    expect(sessionDecisionRows(s)).toEqual([{ ...ROWS[0], decision: 'accept' }]);
  });

  it('canUndo: false at start and after quit, true after an answer', () => {
    expect(canUndo(run([]))).toBe(false);
    expect(canUndo(run(['skip']))).toBe(true);
    expect(canUndo(run(['skip', 'quit']))).toBe(false);
  });

  it('does not mutate the session it is given', () => {
    const s0 = startReview(ROWS);
    const s1 = applyReviewAction(s0, 'accept');
    expect(s0.steps).toEqual([]);
    expect(s1.steps).toHaveLength(1);
  });
});

describe('review session: what is asked', () => {
  it('pairs decided in the decisions file are not asked', () => {
    const s = startReview(ROWS, [{ roster: `nik:${NIK.adi}`, bpjs: `nik:${NIK.budi}`, decision: 'reject' }]);
    expect(current(s)).toBe('adi>eko');
    expect(reviewProgress(s).total).toBe(3);
  });

  it('a roster person accepted in the decisions file (with anyone) is not asked at all', () => {
    const s = startReview(ROWS, [{ roster: `nik:${NIK.adi}`, bpjs: 'name:SOMEONE ELSE|1980-02-03', decision: 'accept' }]);
    expect(current(s)).toBe('citra>dewi');
    expect(reviewProgress(s)).toMatchObject({ total: 2, settled: 0, left: 2 });
  });

  it('rows decided in review.csv itself are kept, settle their people and are saved once', () => {
    const rows = [pair('adi', 'budi', { decision: 'accept' }), ...ROWS.slice(1)];
    const s = run(['reject'], rows);
    expect(short(sessionDecisionRows(s))).toEqual(['adi>budi:accept', 'citra>dewi:reject']);
    // The same decision already in the decisions file is not written twice.
    const again = run(['reject'], rows, [{ roster: `nik:${NIK.adi}`, bpjs: `nik:${NIK.budi}`, decision: 'accept' }]);
    expect(short(sessionDecisionRows(again))).toEqual(['citra>dewi:reject']);
  });

  it('rows without a person key are never asked (they cannot carry a decision)', () => {
    const keyless = { ...pair('adi', 'budi'), rosterKey: null };
    const s = startReview([keyless, pair('citra', 'dewi')]);
    expect(reviewProgress(s).total).toBe(1);
    expect(current(s)).toBe('citra>dewi');
  });

  it('candidates are walked best rank first, unranked last, within each roster person', () => {
    const rows = [pair('adi', 'eko', { rank: null }), pair('adi', 'dewi', { rank: 2 }), pair('citra', 'budi'), pair('adi', 'budi', { rank: 1 })];
    const s = startReview(rows);
    expect(s.queue).toEqual([3, 1, 0, 2]);
  });
});

describe('review session: progress', () => {
  const cases: { description: string; actions: ReviewAction[]; expected: object }[] = [
    { description: 'at start', actions: [], expected: { total: 4, accepted: 0, rejected: 0, skipped: 0, settled: 0, left: 4, current: { pair: 1, person: 1, persons: 2, candidate: 1, candidates: 2 } } },
    { description: 'after a skip', actions: ['skip'], expected: { skipped: 1, left: 4, current: { pair: 2, person: 1, persons: 2, candidate: 2, candidates: 2 } } },
    { description: 'after an accept', actions: ['accept'], expected: { accepted: 1, settled: 1, left: 2, current: { pair: 3, person: 2, persons: 2, candidate: 1, candidates: 2 } } },
    { description: 'a skipped candidate of a person accepted later is settled, not left', actions: ['skip', 'accept'], expected: { accepted: 1, skipped: 0, settled: 2, left: 1 } },
    { description: 'after quit', actions: ['reject', 'quit'], expected: { rejected: 1, left: 3, current: null } },
  ];
  it.each(cases)('$description', ({ actions, expected }) => {
    expect(reviewProgress(run(actions))).toMatchObject(expected);
  });
});
