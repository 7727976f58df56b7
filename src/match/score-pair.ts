import type { DateLevel, KpjLevel, RegionLevel, SexLevel } from './comparison-level.js';
import {
  DATE_WEIGHTS,
  KPJ_WEIGHTS,
  MAX_DATE_FREQUENCY_PENALTY,
  MAX_NAME_FREQUENCY_PENALTY,
  MAX_TOKEN_FREQUENCY_PENALTY,
  NAME_WEIGHTS,
  NIK_WEIGHTS,
  REGION_WEIGHTS,
  SEX_WEIGHTS,
  WEAK_DATE_WEIGHTS,
  WEAK_SEX_WEIGHTS,
} from './comparison-level.js';
import { compareBirthDates, farApart } from './compare-birth-date.js';
import { compareNames, differOnlyInSpelling, type NameComparison, type NameSide } from './compare-name.js';
import { compareDigits, compareNik, type NikComparison } from './compare-nik.js';
import { frequencyPenalty, type MatchFrequencies } from './frequency-table.js';
import { NIK_SERIAL_POSITION } from '../normalize/nik-layout.js';
import type { ParsedNik } from '../normalize/parsed-nik.js';
import { nikYearsFromOwn, type PersonFeatures } from './person-features.js';

/** Which level fired for each comparison of a pair (Splink: every pair explains itself). */
export interface PairLevels {
  readonly nik: NikComparison;
  readonly name: NameComparison;
  readonly birthDate: DateLevel;
  /** True when at least one of the dates compared is only the date encoded in a NIK. */
  readonly birthDateWeak: boolean;
  readonly sex: SexLevel;
  readonly kpj: KpjLevel;
  readonly region: RegionLevel;
}

/** Weight (bits) contributed by each comparison; `score` is their sum. */
export interface PairWeights {
  readonly nik: number;
  readonly name: number;
  readonly birthDate: number;
  readonly sex: number;
  readonly kpj: number;
  readonly region: number;
}

export interface ScoredPair {
  readonly score: number;
  readonly levels: PairLevels;
  readonly weights: PairWeights;
  /** Bits taken off the name / birth-date weight because the roster value is common. */
  readonly namePenalty: number;
  readonly birthDatePenalty: number;
}

const NIK_MISSING: NikComparison = { level: 'missing', position: 0 };

const NIK_TIES_PERSON: ReadonlySet<string> = new Set(['exact', 'damaged_prefix', 'rounded', 'one_substitution', 'transposition']);

/**
 * Scores roster row `row` (features w) against a BPJS record (p): the sum of the comparison weights,
 * with name and birth-date agreement weighed down when the roster value is common (`penalties`).
 * `wNik`/`pNik` are the parsed NIKs of the two records (the features keep only digits).
 */
export function scorePair(
  w: PersonFeatures,
  wNik: ParsedNik,
  p: PersonFeatures,
  pNik: ParsedNik,
  freq: MatchFrequencies,
  penalties: RosterPenalties,
  row: number,
  into?: ScoredPairScratch,
): ScoredPair {
  return scorePairAtLeast(w, wNik, p, pNik, freq, penalties, row, -Infinity, into)!;
}

/**
 * True when a record's NIK cannot be its own: the birth date it encodes is far from the record's
 * birth-date column (not a swap, a digit or a year: Dukcapil's NIK date can differ a little, DOMAIN.md §1.1).
 */
export function nikNotOwn(f: PersonFeatures): boolean {
  return f.birthDate !== 0 && f.nikBirthDate !== 0 && compareBirthDates(f.birthDate, f.nikBirthDate) === 'far';
}

/**
 * NIKs one typo apart in the serial number (positions 13–16) while the names share only some words:
 * what twins and siblings born the same day look like (the serials are consecutive, the family name is
 * shared, the given names differ). Neither comparison alone says so, both together do: the near NIK is
 * then no evidence of one person, and counts as an unrelated one. Not when the words that differ are
 * spellings of one another (SAEPUDIN / SAIFUDIN): twins get different names, not one name spelt twice,
 * and the pair must at least reach review (exploratory test: such a worker was reported not found).
 */
export function looksLikeSiblings(nik: NikComparison, name: NameComparison, w: NameSide, p: NameSide): boolean {
  return (
    (nik.level === 'one_substitution' || nik.level === 'transposition' || nik.level === 'rounded') &&
    nik.position >= NIK_SERIAL_POSITION &&
    name.level === 'partial' &&
    !differOnlyInSpelling(w, p)
  );
}

const SIBLING_NIK_WEIGHT = NIK_WEIGHTS.far;

/** The best a name comparison can add: an exact name, no frequency penalty. */
const BEST_NAME_WEIGHT = Math.max(...Object.values(NAME_WEIGHTS));

/**
 * scorePair when its score can reach `floor`, else null — decided before the names are compared
 * (the costliest comparison): the other comparisons plus the best name weight (exact, no
 * penalty) bound the score from above. Streaming drops every pair under the review score, so most
 * candidates found by name or birth date alone whose NIK disagrees are settled without aligning names.
 */
export function scorePairAtLeast(
  w: PersonFeatures,
  wNik: ParsedNik,
  p: PersonFeatures,
  pNik: ParsedNik,
  freq: MatchFrequencies,
  penalties: RosterPenalties,
  row: number,
  floor: number,
  into?: ScoredPairScratch,
): ScoredPair | null {
  // Birth date: the columns when both have one; else fall back to the NIK's date (weak). When both
  // dates come from NIKs that already agree, the dates are the same evidence counted twice: weight 0.
  const columns = w.birthDate !== 0 && p.birthDate !== 0;
  const da = w.birthDate !== 0 ? w.birthDate : w.nikBirthDate;
  const db = p.birthDate !== 0 ? p.birthDate : p.nikBirthDate;
  const birthDate = columns ? compareBirthDates(w.birthDate, p.birthDate) : compareBirthDates(da, db);

  let nik = w.digits16 !== null && p.digits16 !== null ? compareDigits(w.digits16, p.digits16) : compareNik(wNik, pNik);
  // A roster NIK shared with another roster person may be the other person's, and one whose birth date
  // is far from the row's own birth date is not this person's either (copied from another row, or
  // another document's number): its disagreement is no evidence.
  if ((nik.level === 'far' || nik.level === 'two_substitutions') && (w.nikShared || nikNotOwn(w))) nik = NIK_MISSING;
  // Nor is its agreement, when the BPJS record's birth date is far from the row's too: that record is
  // the NIK's owner, another roster row (SRI RAHAYU born 2001; this row, SRI RAHAJOE, born 1982, copied
  // her NIK). A row whose own NIK merely encodes another date keeps it (the BPJS birth date agrees).
  else if (nik.level === 'exact' && w.nikShared && nikYearsFromOwn(w) && farApart(da, db)) nik = NIK_MISSING;
  const nikW = NIK_WEIGHTS[nik.level];
  const nikTies = NIK_TIES_PERSON.has(nik.level);
  const birthDateWeak = !columns;
  let birthDatePenalty = 0;
  let dateW: number;
  if (columns) {
    if (birthDate === 'exact') birthDatePenalty = penalties.birthDate[row] ?? 0;
    dateW = DATE_WEIGHTS[birthDate] - birthDatePenalty;
  } else if (w.birthDate === 0 && p.birthDate === 0 && nikTies) dateW = 0;
  else dateW = WEAK_DATE_WEIGHTS[birthDate];

  const sex: SexLevel = w.sex === null || p.sex === null ? 'missing' : w.sex === p.sex ? 'equal' : 'differs';
  let sexW: number;
  if (!w.sexFromNik && !p.sexFromNik) sexW = SEX_WEIGHTS[sex];
  else if (w.sexFromNik && p.sexFromNik && nikTies) sexW = 0;
  else sexW = WEAK_SEX_WEIGHTS[sex];

  const kpj: KpjLevel = w.kpj === null || p.kpj === null ? 'missing' : w.kpj === p.kpj ? 'equal' : 'differs';
  const kpjW = KPJ_WEIGHTS[kpj];

  const region: RegionLevel =
    (nik.level === 'far' || nik.level === 'unusable') && w.region !== 0 && p.region !== 0
      ? w.region === p.region
        ? 'equal'
        : 'differs'
      : 'not_compared';
  const regionW = REGION_WEIGHTS[region];

  const rest = nikW + dateW + sexW + kpjW + regionW;
  if (rest + BEST_NAME_WEIGHT < floor) return null;

  const name = compareNames(w, p);
  let namePenalty = 0;
  switch (name.level) {
    case 'exact':
    case 'equal_strong':
      namePenalty = penalties.name[row] ?? 0;
      break;
    case 'initials':
    case 'subset':
    case 'close':
    case 'partial': {
      const cap = name.level === 'partial' ? NAME_WEIGHTS.partial : MAX_TOKEN_FREQUENCY_PENALTY;
      namePenalty = name.rosterExactMask === 0
        ? frequencyPenalty(freq.names.count(w.strongKey), freq.names.mean, cap)
        : rarestTokenPenalty(w, name.rosterExactMask, freq, cap);
      break;
    }
    default:
      break;
  }
  const nameW = NAME_WEIGHTS[name.level] - namePenalty;
  const nikWeight = looksLikeSiblings(nik, name, w, p) ? SIBLING_NIK_WEIGHT : nikW;

  const score = nikWeight + nameW + dateW + sexW + kpjW + regionW;
  if (into === undefined) {
    return {
      score,
      levels: { nik, name, birthDate, birthDateWeak, sex, kpj, region },
      weights: { nik: nikWeight, name: nameW, birthDate: dateW, sex: sexW, kpj: kpjW, region: regionW },
      namePenalty,
      birthDatePenalty,
    };
  }
  // Streaming path: overwrite the caller's scratch object (a million pairs allocate nothing here).
  into.score = score;
  const l = into.levels;
  l.nik = nik;
  l.name = name;
  l.birthDate = birthDate;
  l.birthDateWeak = birthDateWeak;
  l.sex = sex;
  l.kpj = kpj;
  l.region = region;
  const wt = into.weights;
  wt.nik = nikWeight;
  wt.name = nameW;
  wt.birthDate = dateW;
  wt.sex = sexW;
  wt.kpj = kpjW;
  wt.region = regionW;
  into.namePenalty = namePenalty;
  into.birthDatePenalty = birthDatePenalty;
  return into;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A reusable ScoredPair for the streaming path; valid until the next call that fills it. */
export interface ScoredPairScratch extends Mutable<Omit<ScoredPair, 'levels' | 'weights'>> {
  readonly levels: Mutable<PairLevels>;
  readonly weights: Mutable<PairWeights>;
}

export function createScoredPairScratch(): ScoredPairScratch {
  return {
    score: 0,
    levels: {
      nik: NIK_MISSING,
      name: { level: 'missing', rosterExactMask: 0, agreeing: 0 },
      birthDate: 'missing',
      birthDateWeak: false,
      sex: 'missing',
      kpj: 'missing',
      region: 'not_compared',
    },
    weights: { nik: 0, name: 0, birthDate: 0, sex: 0, kpj: 0, region: 0 },
    namePenalty: 0,
    birthDatePenalty: 0,
  };
}

/**
 * Per roster row, the bits taken off an exact agreement on its name and on its birth date
 * (frequency-table.ts), computed once per row so that scoring a pair reads two numbers instead of
 * looking values up. Typed arrays rather than fields of the features: a fractional value stored into
 * a field that held small integers makes V8 migrate every one of a million objects to boxed doubles.
 */
export interface RosterPenalties {
  readonly name: Float64Array;
  readonly birthDate: Float64Array;
}

/** Penalties of roster rows `features`; `nameCount(i)` when the caller already has the counts. */
export function rosterPenalties(
  features: readonly PersonFeatures[],
  freq: MatchFrequencies,
  nameCount: (i: number) => number = (i) => freq.names.count(features[i]?.strongKey ?? ''),
): RosterPenalties {
  const n = features.length;
  const name = new Float64Array(n);
  const birthDate = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const w = features[i]!;
    name[i] = frequencyPenalty(nameCount(i), freq.names.mean, MAX_NAME_FREQUENCY_PENALTY);
    birthDate[i] = w.birthDate !== 0 ? frequencyPenalty(freq.birthDates.count(w.birthDate), freq.birthDates.mean, MAX_DATE_FREQUENCY_PENALTY) : 0;
  }
  return { name, birthDate };
}

/** Penalty of the rarest roster token that matched exactly: one rare shared token is good evidence. */
function rarestTokenPenalty(w: PersonFeatures, mask: number, freq: MatchFrequencies, cap: number): number {
  let best = cap;
  for (let i = 0; i < w.strong.length && i < 31; i++) {
    if ((mask & (1 << i)) === 0) continue;
    const p = frequencyPenalty(freq.tokens.count(w.strong[i] ?? ''), freq.tokens.mean, cap);
    if (p < best) best = p;
  }
  return best;
}
