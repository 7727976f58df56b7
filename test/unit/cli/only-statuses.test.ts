import { describe, expect, it } from 'vitest';
import { parseOnly, type OnlyFilter } from '../../../src/cli/only-statuses.js';
import { WORKER_STATUSES } from '../../../src/match/match-decision.js';
import { usageErrorOf } from './usage-error-of.js';

const ALLOWED = 'registered, inactive, unregistered, review, duplicate, bpjs_only';

function statusesOf(filter: OnlyFilter): string[] {
  expect(filter.kind).toBe('workers');
  return filter.kind === 'workers' ? [...filter.statuses].sort() : [];
}

describe('parseOnly (--only)', () => {
  it('no --only: every row', () => {
    expect(parseOnly(undefined)).toEqual({ kind: 'all' });
  });

  it('one worker status', () => {
    for (const s of WORKER_STATUSES) expect(statusesOf(parseOnly(s))).toEqual([s]);
  });

  it('several worker statuses, as a set', () => {
    expect(statusesOf(parseOnly('unregistered,review'))).toEqual(['review', 'unregistered']);
    expect(statusesOf(parseOnly(WORKER_STATUSES.join(',')))).toEqual([...WORKER_STATUSES].sort());
  });

  it('ignores case, spaces and empty list items; repeats collapse', () => {
    expect(statusesOf(parseOnly(' Unregistered ,REVIEW,, review ,'))).toEqual(['review', 'unregistered']);
  });

  it('bpjs_only selects the BPJS records on no roster (any case, spaces, a trailing comma)', () => {
    expect(parseOnly('bpjs_only')).toEqual({ kind: 'bpjs_only' });
    expect(parseOnly(' BPJS_Only ')).toEqual({ kind: 'bpjs_only' });
    expect(parseOnly('bpjs_only,')).toEqual({ kind: 'bpjs_only' });
  });

  it.each([
    ['unknown', 'unknown'],
    ['review,Bogus', 'bogus'],
    ['bpjs-only', 'bpjs-only'], // hyphen is not normalised
    ['problems', 'problems'], // a --fail-on condition, not a row status
    ['review;unregistered', 'review;unregistered'], // only commas separate
  ])('rejects %j naming the item %j and listing every valid value', (value, item) => {
    const e = usageErrorOf(() => parseOnly(value));
    expect(e).toEqual({ code: 'cli.bad_choice', params: { option: '--only', value: item, allowed: ALLOWED }, exitCode: 2 });
  });

  it.each(['', '   ', ',', ' , ,'])('an empty list %j is refused, quoting what was given', (value) => {
    const e = usageErrorOf(() => parseOnly(value));
    expect(e).toEqual({ code: 'cli.bad_choice', params: { option: '--only', value, allowed: ALLOWED }, exitCode: 2 });
  });

  it('bpjs_only cannot be combined with worker statuses (they are different lists)', () => {
    for (const value of ['review,bpjs_only', 'bpjs_only,review']) {
      const e = usageErrorOf(() => parseOnly(value));
      expect(e.code).toBe('cli.only_bpjs_alone');
    }
  });

  // Repeats collapse for worker statuses ('review,review'), and so they do for bpjs_only (it was refused).
  it('a repeated bpjs_only is bpjs_only, as repeats of worker statuses are', () => {
    expect(parseOnly('bpjs_only,bpjs_only')).toEqual({ kind: 'bpjs_only' });
    expect(parseOnly(' BPJS_ONLY , bpjs_only ')).toEqual({ kind: 'bpjs_only' });
  });

  // Mixing bpjs_only with worker statuses is said as the combination it is: the error used to call
  // bpjs_only invalid and then list it among the allowed values.
  it('mixing bpjs_only with worker statuses says bpjs_only stands alone, naming the statuses given', () => {
    const e = usageErrorOf(() => parseOnly('review,bpjs_only,review'));
    expect(e.code).toBe('cli.only_bpjs_alone');
    expect(e.params).toEqual({ statuses: 'review' });
    // An unknown value beside bpjs_only is still that value's error.
    expect(usageErrorOf(() => parseOnly('bpjs_only,reviewed')).params['value']).toBe('reviewed');
  });
});
