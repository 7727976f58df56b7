import { describe, expect, it } from 'vitest';
import { FAIL_ON_CONDITIONS, failOnMet, parseFailOn, type FailOnCondition } from '../../../src/cli/fail-on.js';
import { UsageError } from '../../../src/errors.js';
import { usageErrorOf } from './usage-error-of.js';
import type { RunSummary, StatusCounts } from '../../../src/report/model/agency-summary.js';

const ALLOWED = 'unregistered, review, bpjs_only, problems, inactive';

/** A run whose totals are all zero except those given. */
function runWith(total: Partial<StatusCounts> = {}, other: { bpjsOnly?: number; problems?: number } = {}): { summary: RunSummary; problems: number } {
  const counts: StatusCounts = { workers: 0, registered: 0, inactive: 0, unregistered: 0, review: 0, duplicate: 0, coverage: null, ...total };
  return {
    summary: { agencies: [], total: counts, bpjsOnly: other.bpjsOnly ?? 0, bpjsOnlyInactive: 0, bpjsOnlyRelated: { other_registration: 0, review_candidate: 0 } },
    problems: other.problems ?? 0,
  };
}

describe('parseFailOn (--fail-on)', () => {
  it('no --fail-on means no condition: the run never exits 1 for one', () => {
    expect(parseFailOn(undefined)).toEqual([]);
  });

  it('the five documented conditions, in the order given', () => {
    expect(FAIL_ON_CONDITIONS).toEqual(['unregistered', 'review', 'bpjs_only', 'problems', 'inactive']);
    expect(parseFailOn('unregistered,review,bpjs_only,problems,inactive')).toEqual(['unregistered', 'review', 'bpjs_only', 'problems', 'inactive']);
    expect(parseFailOn('inactive,unregistered')).toEqual(['inactive', 'unregistered']);
  });

  it('each condition alone', () => {
    for (const c of FAIL_ON_CONDITIONS) expect(parseFailOn(c)).toEqual([c]);
  });

  it('ignores case, spaces around names and empty list items', () => {
    expect(parseFailOn(' Unregistered , REVIEW ')).toEqual(['unregistered', 'review']);
    expect(parseFailOn('review,,bpjs_only,')).toEqual(['review', 'bpjs_only']);
    expect(parseFailOn('\tProblems\t')).toEqual(['problems']);
  });

  it('a repeated condition is still that one condition', () => {
    expect(new Set(parseFailOn('review,REVIEW, review'))).toEqual(new Set(['review']));
  });

  it.each([
    ['unknown', 'unknown'],
    ['registered', 'registered'], // a worker status, but not a failure condition
    ['duplicate', 'duplicate'],
    ['bpjs-only', 'bpjs-only'], // hyphen is not normalised here
    ['review,Bogus', 'bogus'], // the offending item, lower-cased and trimmed
    ['review; unregistered', 'review; unregistered'], // only commas separate
  ])('rejects %j naming the item %j and listing the valid conditions', (value, item) => {
    const e = usageErrorOf(() => parseFailOn(value));
    expect(e.code).toBe('cli.bad_choice');
    expect(e.params).toEqual({ option: '--fail-on', value: item, allowed: ALLOWED });
  });

  it('a usage error exits 2', () => {
    let thrown: unknown;
    try {
      parseFailOn('nope');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as UsageError).exitCode).toBe(2);
  });

  // `--fail-on ""` (e.g. `--fail-on "$FAIL_ON"` in a cron script with the variable unset) used to turn the
  // CI gate off in silence (exit 0 whatever the run finds). Refused like `--only ""` and diff's `--fail-on ""`.
  it('an empty list is refused like --only "" and diff --fail-on ""', () => {
    for (const value of ['', ' ', ',', ' , ']) {
      const e = usageErrorOf(() => parseFailOn(value));
      expect(e.code).toBe('cli.bad_choice');
      expect(e.params['option']).toBe('--fail-on');
      expect(e.params['allowed']).toBe(ALLOWED);
    }
  });
});

/** Whether any condition holds: what decides exit code 1. */
const failOnHolds = (conditions: readonly FailOnCondition[], run: ReturnType<typeof runWith>): boolean => failOnMet(conditions, run).length > 0;

describe('failOnMet: does any condition hold (exit 1)', () => {
  it('no condition never holds, even on a run full of findings', () => {
    expect(failOnHolds([], runWith({ workers: 9, unregistered: 3, review: 2, inactive: 1 }, { bpjsOnly: 5, problems: 7 }))).toBe(false);
  });

  it('a clean run holds no condition', () => {
    expect(failOnHolds(FAIL_ON_CONDITIONS, runWith({ workers: 4, registered: 3, duplicate: 1 }))).toBe(false);
  });

  it.each<[FailOnCondition, ReturnType<typeof runWith>]>([
    ['unregistered', runWith({ unregistered: 1 })],
    ['review', runWith({ review: 1 })],
    ['inactive', runWith({ inactive: 1 })],
    ['bpjs_only', runWith({}, { bpjsOnly: 1 })],
    ['problems', runWith({}, { problems: 1 })],
  ])('%s holds from one occurrence, and only that condition', (condition, run) => {
    expect(failOnHolds([condition], run)).toBe(true);
    for (const other of FAIL_ON_CONDITIONS.filter((c) => c !== condition)) expect(failOnHolds([other], run), other).toBe(false);
  });

  it('registered and duplicate rows are never a failure', () => {
    expect(failOnHolds(FAIL_ON_CONDITIONS, runWith({ workers: 5, registered: 4, duplicate: 1 }))).toBe(false);
  });

  it('any one of several conditions is enough, whatever its position', () => {
    const run = runWith({ review: 2 });
    expect(failOnHolds(['unregistered', 'review'], run)).toBe(true);
    expect(failOnHolds(['review', 'unregistered'], run)).toBe(true);
    expect(failOnHolds(['unregistered', 'inactive', 'bpjs_only', 'problems'], run)).toBe(false);
  });

  it('goes with parseFailOn as the reconcile command uses them', () => {
    const run = runWith({ workers: 10, registered: 9, unregistered: 1 }, { problems: 0 });
    expect(failOnHolds(parseFailOn(' UNREGISTERED '), run)).toBe(true);
    expect(failOnHolds(parseFailOn('review,problems'), run)).toBe(false);
    expect(failOnHolds(parseFailOn(undefined), run)).toBe(false);
  });
});

describe('failOnMet: which conditions held, for the stderr line', () => {
  it('each condition that holds once, with its count, in the order given; the others left out', () => {
    const run = runWith({ workers: 9, unregistered: 3, review: 2, inactive: 0 }, { bpjsOnly: 5, problems: 7 });
    expect(failOnMet(['problems', 'inactive', 'review', 'problems', 'bpjs_only', 'unregistered'], run)).toEqual([
      { condition: 'problems', count: 7 },
      { condition: 'review', count: 2 },
      { condition: 'bpjs_only', count: 5 },
      { condition: 'unregistered', count: 3 },
    ]);
    expect(failOnMet([], run)).toEqual([]);
  });
});
