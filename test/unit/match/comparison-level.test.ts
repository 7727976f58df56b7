import { describe, expect, it } from 'vitest';
import {
  DATE_LEVELS,
  DATE_WEIGHTS,
  KPJ_LEVELS,
  KPJ_WEIGHTS,
  MAX_DATE_FREQUENCY_PENALTY,
  MAX_NAME_FREQUENCY_PENALTY,
  MAX_TOKEN_FREQUENCY_PENALTY,
  NAME_LEVELS,
  NAME_WEIGHTS,
  NIK_LEVELS,
  NIK_WEIGHTS,
  REGION_LEVELS,
  REGION_WEIGHTS,
  SEX_LEVELS,
  SEX_WEIGHTS,
  WEAK_DATE_WEIGHTS,
  WEAK_SEX_WEIGHTS,
} from '../../../src/match/comparison-level.js';
import { DEFAULT_MATCH_SETTINGS } from '../../../src/match/match-settings.js';

const { acceptScore, reviewScore } = DEFAULT_MATCH_SETTINGS;

/** Every level table with the level list it must cover, and the level that means "no comparison". */
const TABLES = [
  { name: 'NIK', levels: NIK_LEVELS, weights: NIK_WEIGHTS as Record<string, number>, none: 'missing' },
  { name: 'NAME', levels: NAME_LEVELS, weights: NAME_WEIGHTS as Record<string, number>, none: 'missing' },
  { name: 'DATE', levels: DATE_LEVELS, weights: DATE_WEIGHTS as Record<string, number>, none: 'missing' },
  { name: 'WEAK_DATE', levels: DATE_LEVELS, weights: WEAK_DATE_WEIGHTS as Record<string, number>, none: 'missing' },
  { name: 'SEX', levels: SEX_LEVELS, weights: SEX_WEIGHTS as Record<string, number>, none: 'missing' },
  { name: 'WEAK_SEX', levels: SEX_LEVELS, weights: WEAK_SEX_WEIGHTS as Record<string, number>, none: 'missing' },
  { name: 'KPJ', levels: KPJ_LEVELS, weights: KPJ_WEIGHTS as Record<string, number>, none: 'missing' },
  { name: 'REGION', levels: REGION_LEVELS, weights: REGION_WEIGHTS as Record<string, number>, none: 'not_compared' },
] as const;

describe('level lists: stable machine values (JSON output), ordered from exact to far, then "no value"', () => {
  it('NIK levels', () => {
    expect(NIK_LEVELS).toEqual(['exact', 'damaged_prefix', 'rounded', 'one_substitution', 'transposition', 'two_substitutions', 'far', 'unusable', 'missing']);
  });
  it('name levels', () => {
    expect(NAME_LEVELS).toEqual(['exact', 'equal_strong', 'initials', 'subset', 'close', 'partial', 'far', 'missing']);
  });
  it('birth-date levels', () => {
    expect(DATE_LEVELS).toEqual(['exact', 'swapped', 'one_digit', 'year_off', 'far', 'missing']);
  });
  it('sex, KPJ and region levels', () => {
    expect(SEX_LEVELS).toEqual(['equal', 'differs', 'missing']);
    expect(KPJ_LEVELS).toEqual(['equal', 'differs', 'missing']);
    expect(REGION_LEVELS).toEqual(['equal', 'differs', 'not_compared']);
  });
  it.each(TABLES)('$name: no duplicates, snake_case values, the "no value" level last', ({ levels, none }) => {
    expect(new Set(levels).size).toBe(levels.length);
    for (const l of levels) expect(l).toMatch(/^[a-z]+(_[a-z]+)*$/);
    expect(levels[levels.length - 1]).toBe(none);
  });
});

describe('weight tables', () => {
  it.each(TABLES)('$name: one finite weight per level, nothing else', ({ levels, weights }) => {
    expect(Object.keys(weights).sort()).toEqual([...levels].sort());
    for (const l of levels) expect(Number.isFinite(weights[l])).toBe(true);
  });

  it.each(TABLES)('$name: a comparison that could not be made weighs nothing', ({ weights, none }) => {
    expect(weights[none]).toBe(0);
  });

  it.each(TABLES)('$name: a better level never weighs less than a worse one (list order, down to far/differs)', ({ levels: lv, weights }) => {
    const levels: readonly string[] = lv;
    const last = levels.includes('far') ? levels.indexOf('far') : levels.indexOf('differs');
    expect(last).toBeGreaterThan(0);
    for (let i = 1; i <= last; i++) {
      const better = weights[levels[i - 1]!]!;
      const worse = weights[levels[i]!]!;
      expect(worse, `${levels[i - 1]} ≥ ${levels[i]}`).toBeLessThanOrEqual(better);
    }
    // Agreement is evidence for, full disagreement evidence against.
    expect(weights[levels[0]!]).toBeGreaterThan(0);
    expect(weights[levels[last]!]).toBeLessThan(0);
  });
});

describe('NIK weights (doc comment of NIK_WEIGHTS)', () => {
  it('an exact NIK is the strongest single piece of evidence', () => {
    const others = [...Object.values(NAME_WEIGHTS), ...Object.values(DATE_WEIGHTS), ...Object.values(KPJ_WEIGHTS), ...Object.values(SEX_WEIGHTS)];
    expect(NIK_WEIGHTS.exact).toBeGreaterThan(Math.max(...others));
  });
  it('fifteen digits left by Excel are a little weaker than exact, stronger than a near NIK', () => {
    expect(NIK_WEIGHTS.damaged_prefix).toBeLessThan(NIK_WEIGHTS.exact);
    expect(NIK_WEIGHTS.damaged_prefix).toBeGreaterThan(NIK_WEIGHTS.one_substitution);
  });
  it('a rounded Papua NIK weighs what a typo in the serial does (twins look the same)', () => {
    expect(NIK_WEIGHTS.rounded).toBe(NIK_WEIGHTS.one_substitution);
    expect(NIK_WEIGHTS.transposition).toBe(NIK_WEIGHTS.one_substitution);
    expect(NIK_WEIGHTS.one_substitution).toBeLessThan(NIK_WEIGHTS.exact);
  });
  it('two digits wrong is weak counter-evidence: an equal rare name and birth date still reach review', () => {
    expect(NIK_WEIGHTS.two_substitutions).toBeLessThan(0);
    expect(NIK_WEIGHTS.two_substitutions).toBeGreaterThan(NIK_WEIGHTS.far);
    expect(NIK_WEIGHTS.two_substitutions + NAME_WEIGHTS.exact + DATE_WEIGHTS.exact).toBeGreaterThanOrEqual(reviewScore);
  });
  it('two unrelated NIKs: strong counter-evidence, yet an equal name and birth date still reach review, even from another district', () => {
    // A namesake sharing one name word and the birth date, with another NIK, is not even reviewed.
    expect(NIK_WEIGHTS.far + NAME_WEIGHTS.partial + DATE_WEIGHTS.exact + SEX_WEIGHTS.equal).toBeLessThan(reviewScore);
    expect(NIK_WEIGHTS.far + NAME_WEIGHTS.exact + DATE_WEIGHTS.exact + REGION_WEIGHTS.differs).toBeGreaterThanOrEqual(reviewScore);
  });
  it('a damaged NIK that disagrees is weak counter-evidence, milder than two unrelated NIKs', () => {
    expect(NIK_WEIGHTS.unusable).toBeLessThan(0);
    expect(NIK_WEIGHTS.unusable).toBeGreaterThan(NIK_WEIGHTS.far);
  });
  it('an exact NIK confirmed by the weakest confirming name (one typo, common token) reaches the accept score', () => {
    // classify.ts: an exact NIK must be confirmed by the name (exact … close); such a pair must be acceptable by score.
    expect(NIK_WEIGHTS.exact + NAME_WEIGHTS.close - MAX_TOKEN_FREQUENCY_PENALTY).toBeGreaterThanOrEqual(acceptScore);
  });
});

describe('name weights (doc comment of NAME_WEIGHTS)', () => {
  it('exact after normalization is the best a name can do', () => {
    expect(NAME_WEIGHTS.exact).toBe(Math.max(...Object.values(NAME_WEIGHTS)));
    expect(NAME_WEIGHTS.equal_strong).toBeLessThan(NAME_WEIGHTS.exact);
  });
  it('sharing one token only is barely evidence', () => {
    expect(NAME_WEIGHTS.partial).toBeGreaterThan(0);
    expect(NAME_WEIGHTS.partial).toBeLessThan(NAME_WEIGHTS.close);
    expect(NAME_WEIGHTS.partial).toBeLessThan(reviewScore);
  });
  it('nothing in common outweighs a birth date shared by neighbours whose NIKs are one serial apart', () => {
    expect(NAME_WEIGHTS.far + DATE_WEIGHTS.exact).toBeLessThan(0);
    // Neighbours: NIK one serial apart, same birth date and sex, unrelated names → not even reviewed.
    expect(NIK_WEIGHTS.one_substitution + DATE_WEIGHTS.exact + SEX_WEIGHTS.equal + NAME_WEIGHTS.far).toBeLessThan(reviewScore);
  });
  it('without a NIK, an exact name and birth date and the same sex can still be accepted', () => {
    expect(NAME_WEIGHTS.exact + DATE_WEIGHTS.exact + SEX_WEIGHTS.equal).toBeGreaterThanOrEqual(acceptScore);
  });
});

describe('birth-date weights', () => {
  it('swapped and one-digit dates are half-way; another year only a little', () => {
    expect(DATE_WEIGHTS.swapped).toBeGreaterThan(DATE_WEIGHTS.year_off);
    expect(DATE_WEIGHTS.one_digit).toBeGreaterThan(DATE_WEIGHTS.year_off);
    expect(DATE_WEIGHTS.year_off).toBeGreaterThanOrEqual(0);
    expect(DATE_WEIGHTS.swapped).toBeLessThan(DATE_WEIGHTS.exact);
  });
  it.each(DATE_LEVELS)('a date from a NIK is weaker evidence than one from a column, never of the opposite sign: %s', (level) => {
    const weak = WEAK_DATE_WEIGHTS[level];
    const strong = DATE_WEIGHTS[level];
    expect(Math.abs(weak)).toBeLessThanOrEqual(Math.abs(strong));
    expect(weak * strong).toBeGreaterThanOrEqual(0);
    if (strong !== 0) expect(Math.abs(weak)).toBeLessThan(Math.abs(strong));
  });
});

describe('sex, KPJ and region weights', () => {
  it('a sex column disagreeing is strong counter-evidence; agreeing says little (half the people share it)', () => {
    expect(SEX_WEIGHTS.differs).toBeLessThan(-SEX_WEIGHTS.equal);
    expect(SEX_WEIGHTS.equal).toBeGreaterThan(0);
    expect(SEX_WEIGHTS.equal).toBeLessThan(DATE_WEIGHTS.exact);
  });
  it.each(SEX_LEVELS)('sex from a NIK digit counts less than from a column, same sign: %s', (level) => {
    expect(Math.abs(WEAK_SEX_WEIGHTS[level])).toBeLessThanOrEqual(Math.abs(SEX_WEIGHTS[level]));
    expect(WEAK_SEX_WEIGHTS[level] * SEX_WEIGHTS[level]).toBeGreaterThanOrEqual(0);
  });
  it('weak sex still disagrees (negative) and agrees (positive)', () => {
    expect(WEAK_SEX_WEIGHTS.differs).toBeLessThan(0);
    expect(WEAK_SEX_WEIGHTS.equal).toBeGreaterThan(0);
    expect(WEAK_SEX_WEIGHTS.differs).toBeGreaterThan(SEX_WEIGHTS.differs);
  });
  it('an equal KPJ is strong; a different one is only mild counter-evidence (a second registration)', () => {
    expect(KPJ_WEIGHTS.equal).toBeGreaterThanOrEqual(DATE_WEIGHTS.exact);
    expect(KPJ_WEIGHTS.differs).toBeLessThan(0);
    expect(Math.abs(KPJ_WEIGHTS.differs)).toBeLessThan(KPJ_WEIGHTS.equal);
    expect(KPJ_WEIGHTS.differs).toBeGreaterThan(NIK_WEIGHTS.far);
  });
  it('the region only tips the balance: symmetric, and less than the weakest name agreement', () => {
    expect(REGION_WEIGHTS.equal).toBeGreaterThan(0);
    expect(REGION_WEIGHTS.differs).toBe(-REGION_WEIGHTS.equal);
    expect(REGION_WEIGHTS.equal).toBeLessThan(NAME_WEIGHTS.partial);
  });
});

describe('frequency-penalty caps: a very common value still counts for something (frequency-table.ts)', () => {
  it('each cap is positive', () => {
    for (const cap of [MAX_NAME_FREQUENCY_PENALTY, MAX_TOKEN_FREQUENCY_PENALTY, MAX_DATE_FREQUENCY_PENALTY]) expect(cap).toBeGreaterThan(0);
  });
  it('a common full name keeps a positive weight', () => {
    expect(NAME_WEIGHTS.exact - MAX_NAME_FREQUENCY_PENALTY).toBeGreaterThan(0);
    expect(NAME_WEIGHTS.equal_strong - MAX_NAME_FREQUENCY_PENALTY).toBeGreaterThan(0);
  });
  it('a common shared token keeps a positive weight on the token levels', () => {
    for (const l of ['initials', 'subset', 'close'] as const) expect(NAME_WEIGHTS[l] - MAX_TOKEN_FREQUENCY_PENALTY).toBeGreaterThan(0);
  });
  it('a common birth date keeps a positive weight', () => {
    expect(DATE_WEIGHTS.exact - MAX_DATE_FREQUENCY_PENALTY).toBeGreaterThan(0);
  });
  it('without a NIK, a very common name and birth date are reviewed, not accepted (docs/decisions.md, "by design")', () => {
    const commonBoth = NAME_WEIGHTS.exact - MAX_NAME_FREQUENCY_PENALTY + DATE_WEIGHTS.exact - MAX_DATE_FREQUENCY_PENALTY + SEX_WEIGHTS.equal;
    expect(commonBoth).toBeLessThan(acceptScore);
    expect(commonBoth).toBeGreaterThanOrEqual(reviewScore);
  });
});
