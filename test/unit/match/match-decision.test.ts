import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  MATCH_METHODS,
  WORKER_FLAGS,
  WORKER_STATUSES,
  type BpjsOnlyLinkKind,
  type MatchMethod,
  type WorkerFlag,
  type WorkerStatus,
} from '../../../src/match/match-decision.js';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');

/** The backticked words of the README between two phrases. */
function readmeCodes(from: string, to: string): string[] {
  const start = README.indexOf(from);
  const end = README.indexOf(to, start + from.length);
  expect(start, `README has "${from}"`).toBeGreaterThanOrEqual(0);
  expect(end, `README has "${to}" after it`).toBeGreaterThan(start);
  return [...README.slice(start + from.length, end).matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!);
}

describe('stable machine values (workers.csv, summary.json, --only, diff of run directories)', () => {
  it('roster-row statuses, in the order the README documents them', () => {
    expect(WORKER_STATUSES).toEqual(['registered', 'inactive', 'unregistered', 'review', 'duplicate']);
    expect(readmeCodes('Statuses of a roster row (stable machine values):', 'Flags:')).toEqual([...WORKER_STATUSES]);
    // The type is the list (checked by tsc).
    expectTypeOf<WorkerStatus>().toEqualTypeOf<'registered' | 'inactive' | 'unregistered' | 'review' | 'duplicate'>();
  });

  it('flags, in the order the README documents them (the order flags are written in)', () => {
    expect(WORKER_FLAGS).toEqual(['nik_invalid', 'nik_excel_damaged', 'nik_missing', 'nik_differs', 'name_differs', 'dob_differs', 'wage_underreported']);
    expect(readmeCodes('Flags:', 'BPJS records on no roster')).toEqual([...WORKER_FLAGS]);
    expectTypeOf<WorkerFlag>().toEqualTypeOf<
      'nik_invalid' | 'nik_excel_damaged' | 'nik_missing' | 'nik_differs' | 'name_differs' | 'dob_differs' | 'wage_underreported'
    >();
  });

  it('match methods', () => {
    expect(MATCH_METHODS).toEqual(['nik', 'fuzzy', 'manual', 'none']);
    expectTypeOf<MatchMethod>().toEqualTypeOf<'nik' | 'fuzzy' | 'manual' | 'none'>();
  });

  it('the BPJS-only link kinds of bpjs_only.csv `related` are the ones the README names', () => {
    const kinds: Record<BpjsOnlyLinkKind, true> = { other_registration: true, review_candidate: true };
    for (const k of Object.keys(kinds)) expect(README).toContain(`\`${k}\``);
    expectTypeOf<BpjsOnlyLinkKind>().toEqualTypeOf<'other_registration' | 'review_candidate'>();
  });

  it('each list has no duplicates and only snake_case words (no space, comma or quote to escape in CSV)', () => {
    for (const list of [WORKER_STATUSES, WORKER_FLAGS, MATCH_METHODS]) {
      expect(new Set(list).size).toBe(list.length);
      for (const v of list) expect(v).toMatch(/^[a-z]+(_[a-z]+)*$/);
    }
  });

  it('no status is named like the BPJS-only category, which shares the status column of reports and --only', () => {
    expect(WORKER_STATUSES as readonly string[]).not.toContain('bpjs_only');
  });

  it('flags fit the bit masks classify.ts builds (one bit per flag in a 32-bit integer)', () => {
    expect(WORKER_FLAGS.length).toBeLessThan(31);
  });
});

describe('flags survive the workers.csv round trip (joined by a space, split on spaces when a run is read back)', () => {
  it('any subset, in WORKER_FLAGS order', () => {
    fc.assert(
      fc.property(fc.subarray([...WORKER_FLAGS]), (flags) => {
        const cell = flags.join(' ');
        expect(cell.split(' ').filter((f) => f !== '')).toEqual(flags);
      }),
    );
  });
});
