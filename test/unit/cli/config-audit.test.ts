// Why this file exists: a mutation audit of src/cli/parse-config.ts and src/cli/config-file.ts found
// schema bounds and error params that the existing tests left unpinned (a review score of 0, a zero or
// fractional wage, "-inf" printed as "inf", which unknown key is named). These tests pin what an officer
// editing rekon.toml by hand is told, and one contradiction the config had accepted in silence (now refused).
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/cli/parse-config.js';
import { budgetSettingsFrom } from '../../../src/cli/budget-options.js';
import type { CliContext } from '../../../src/cli/cli-context.js';
import { DEFAULT_RATE_TABLE } from '../../../src/budget/default-rate-table.js';
import { InputError, RekonError } from '../../../src/errors.js';

const FILE = 'opd/rekon.toml';

/** The InputError parseConfig throws for `text`, as its message code and params. */
function errorOf(text: string): { code: string; params: Record<string, unknown>; exitCode: number } {
  try {
    parseConfig(FILE, text);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const err = e as InputError;
    return { code: err.detail.code, params: { ...(err.detail.params ?? {}) }, exitCode: err.exitCode };
  }
  throw new Error(`expected an InputError for ${JSON.stringify(text)}`);
}

describe('parseConfig: bounds the schema promises', () => {
  // A review score of 0 would send every pair with any evidence at all to review: positive(), like accept_score.
  it('review_score = 0 is refused, saying "> 0"', () => {
    expect(errorOf('[match]\nreview_score = 0\n')).toEqual({
      code: 'config.invalid',
      params: { file: FILE, key: 'match.review_score', value: '0', allowed: '> 0' },
      exitCode: 2,
    });
  });

  it.each(['wage_floor', 'default_wage', 'fixed_wage'])('budget.%s = 0 is refused (a wage of Rp 0 is no wage), saying "> 0"', (key) => {
    expect(errorOf(`[budget]\n${key} = 0\n`).params).toEqual({ file: FILE, key: `budget.${key}`, value: '0', allowed: '> 0' });
  });

  it.each(['wage_floor', 'default_wage'])('budget.%s must be whole rupiah: 2169348.5 is refused as a whole number', (key) => {
    expect(errorOf(`[budget]\n${key} = 2169348.5\n`)).toEqual({ code: 'config.invalid_type.int', params: { file: FILE, key: `budget.${key}`, value: '2169348.5' }, exitCode: 2 });
  });

  it('max_review_candidates = 10 is the largest taken', () => {
    expect(parseConfig(FILE, '[match]\nmax_review_candidates = 10\n').match).toStrictEqual({ maxReviewCandidates: 10 });
  });
});

describe('parseConfig: the message names what the file holds', () => {
  // TOML has -inf; JSON.stringify would print null, and "inf" would name the opposite value.
  it.each([
    ['-inf', '-inf'],
    ['+inf', 'inf'],
    ['nan', 'nan'],
  ])('accept_score = %s is refused, quoting it as %s', (written, quoted) => {
    const e = errorOf(`[match]\naccept_score = ${written}\n`);
    expect(e.code).toBe('config.invalid_type.number');
    expect(e.params['key']).toBe('match.accept_score');
    expect(e.params['value']).toBe(quoted);
  });

  // Was: only the first unknown key was named, so a file with two typos took two runs to fix.
  it('several unknown keys in one section: all are named, in the order of the file', () => {
    const e = errorOf('[match]\naccept = 12\nreview = 6\n');
    expect(e.code).toBe('config.unknown_keys');
    expect(e.params['keys']).toBe('"match.accept", "match.review"');
    expect(String(e.params['allowed']).split(', ')).toContain('accept_score');
  });

  it('an unknown column role names the role as written and lists every role', () => {
    const e = errorOf('[columns.roster]\nnama = "NAMA"\n');
    expect(e.params['key']).toBe('columns.roster.nama');
    expect(String(e.params['allowed']).split(', ')).toContain('nik');
  });
});

describe('rekon.toml budget keys as the commands combine them', () => {
  const ctx = { lang: 'en', today: '2026-11-23' } as CliContext;

  it('each [budget] key reaches the budget settings when the command line is silent', () => {
    const c = parseConfig(FILE, '[budget]\nprograms = "jkk,jkm,jht"\nscheme = "bpu"\nrisk = "high"\nperiod = "2027-03..2027-05"\nwage_floor = 2169348\ndefault_wage = 1500000\n');
    const s = budgetSettingsFrom(ctx, {}, c.budget, DEFAULT_RATE_TABLE);
    expect(s.programs).toEqual(['jkk', 'jkm', 'jht']);
    expect(s.scheme).toBe('bpu');
    expect(s.riskClass).toBe('high');
    expect(s.period).toEqual(['2027-03', '2027-04', '2027-05']);
    expect(s.wageBase).toEqual({ kind: 'floor', rupiah: 2169348 });
    expect(s.defaultWage).toBe(1500000);
  });

  // Was a bug: `--fixed-wage` and `--wage-floor` together are refused (commander conflicts), but a rekon.toml with
  // both fixed_wage and wage_floor was taken and wage_floor dropped without a word: the budget ignored the UMK floor
  // the officer wrote. It is refused (exit 2) naming the key, as the command line refuses the pair.
  it('fixed_wage and wage_floor together in rekon.toml are refused, as --fixed-wage with --wage-floor is', () => {
    let thrown: unknown;
    try {
      const c = parseConfig(FILE, '[budget]\nfixed_wage = 1000000\nwage_floor = 2169348\n');
      budgetSettingsFrom(ctx, {}, c.budget, DEFAULT_RATE_TABLE);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RekonError);
    expect((thrown as RekonError).exitCode).toBe(2);
    expect(errorOf('[budget]\nfixed_wage = 1000000\nwage_floor = 2169348\n')).toEqual({
      code: 'config.conflict',
      params: { file: FILE, key: 'budget.fixed_wage', other: 'budget.wage_floor' },
      exitCode: 2,
    });
  });
});
