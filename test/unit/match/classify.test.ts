// Direct tests of the accept guards, match method, matched status and row flags (src/match/classify.ts).
// The guards encode the hard negatives (twins, siblings, a NIK typed into the wrong row); through the
// matcher a guard change can hide behind the score and margin, so each rule is pinned here on its own.
import { describe, expect, it } from 'vitest';
import { matchedStatus, matchMethod, passesAcceptGuard, workerFlags } from '../../../src/match/classify.js';
import type { NameComparison } from '../../../src/match/compare-name.js';
import type { NikComparison } from '../../../src/match/compare-nik.js';
import { NIK_LEVELS, type DateLevel, type KpjLevel, type NameLevel, type NikLevel } from '../../../src/match/comparison-level.js';
import type { WorkerFlag } from '../../../src/match/match-decision.js';
import { DEFAULT_MATCH_SETTINGS, matchSettings, type MatchSettings } from '../../../src/match/match-settings.js';
import type { PairLevels } from '../../../src/match/score-pair.js';
import type { BpjsStatus } from '../../../src/normalize/person-record.js';
import { makeNik, makeParticipant, makeWorker, type RecordSpec } from './make-records.js';

const SITI = makeNik('367101', '1990-01-10', 'F', 1); // 3671015001900001
const SITI_TYPO = '3671015001900007'; // one substitution at 16
const INVALID = '12345';
const DAMAGED = { excel: '3671015001900000' }; // numeric cell, 16th digit zeroed by Excel

const nik = (level: NikLevel, position = 0): NikComparison => ({ level, position });
const exactMayBeRounded: NikComparison = { level: 'exact', position: 0, mayBeRounded: true };
const twoSubs = (position: number, second: number): NikComparison => ({ level: 'two_substitutions', position, second });

/** `agreeing` is what the guards read besides the level; the mask only feeds frequency penalties. */
const name = (level: NameLevel, agreeing: number): NameComparison => ({ level, rosterExactMask: (1 << agreeing) - 1, agreeing });

interface LevelSpec {
  readonly nik: NikComparison;
  readonly name: NameComparison;
  readonly birthDate: DateLevel;
  /** Default false: both dates from birth-date columns. */
  readonly birthDateWeak?: boolean;
  /** Default 'missing'. */
  readonly kpj?: KpjLevel;
}

function levels(s: LevelSpec): PairLevels {
  return { nik: s.nik, name: s.name, birthDate: s.birthDate, birthDateWeak: s.birthDateWeak ?? false, sex: 'missing', kpj: s.kpj ?? 'missing', region: 'not_compared' };
}

interface GuardCase extends LevelSpec {
  readonly description: string;
  readonly settings?: Partial<MatchSettings>;
  readonly accept: boolean;
}

// Positions are 1-based; the serial number (where twins' NIKs differ) starts at digit 13.
const guardCases: readonly GuardCase[] = [
  // exact NIK: the name confirms, or a partial name is backed by equal column birth dates.
  { description: 'exact NIK, exact name, no birth date', nik: nik('exact'), name: name('exact', 2), birthDate: 'missing', accept: true },
  { description: 'exact NIK, equal_strong name', nik: nik('exact'), name: name('equal_strong', 2), birthDate: 'missing', accept: true },
  { description: 'exact NIK, initials', nik: nik('exact'), name: name('initials', 1), birthDate: 'missing', accept: true },
  { description: 'exact NIK, subset (dropped name)', nik: nik('exact'), name: name('subset', 1), birthDate: 'missing', accept: true },
  { description: 'exact NIK, one-typo name, birth date far', nik: nik('exact'), name: name('close', 1), birthDate: 'far', accept: true },
  { description: 'exact NIK that may be rounded, confirming name', nik: exactMayBeRounded, name: name('close', 1), birthDate: 'missing', accept: true },
  { description: 'exact NIK, partial name, equal column birth dates', nik: nik('exact'), name: name('partial', 1), birthDate: 'exact', accept: true },
  { description: 'exact NIK, partial name, birth dates equal only via a NIK date (weak)', nik: nik('exact'), name: name('partial', 1), birthDate: 'exact', birthDateWeak: true, accept: false },
  { description: 'exact NIK, partial name, birth dates swapped', nik: nik('exact'), name: name('partial', 1), birthDate: 'swapped', accept: false },
  { description: 'exact NIK that may be rounded, partial name, equal column birth dates', nik: exactMayBeRounded, name: name('partial', 1), birthDate: 'exact', accept: false },
  { description: 'exact NIK, far name, equal column birth dates (NIK typed into the wrong row)', nik: nik('exact'), name: name('far', 0), birthDate: 'exact', accept: false },
  { description: 'exact NIK, missing name, equal birth dates and KPJ', nik: nik('exact'), name: name('missing', 0), birthDate: 'exact', kpj: 'equal', accept: false },
  { description: 'exact NIK, exact name, acceptDamagedNik off (irrelevant)', nik: nik('exact'), name: name('exact', 2), birthDate: 'missing', settings: { acceptDamagedNik: false }, accept: true },

  // damaged_prefix: needs the setting, a name that identifies alone, and a birth date not far.
  { description: 'damaged prefix, exact name, no birth date', nik: nik('damaged_prefix'), name: name('exact', 1), birthDate: 'missing', accept: true },
  { description: 'damaged prefix, exact name, birth year off', nik: nik('damaged_prefix'), name: name('exact', 2), birthDate: 'year_off', accept: true },
  { description: 'damaged prefix, equal_strong name sharing two words', nik: nik('damaged_prefix'), name: name('equal_strong', 2), birthDate: 'exact', accept: true },
  { description: 'damaged prefix, equal_strong name sharing one word', nik: nik('damaged_prefix'), name: name('equal_strong', 1), birthDate: 'exact', accept: false },
  { description: 'damaged prefix, subset sharing two words', nik: nik('damaged_prefix'), name: name('subset', 2), birthDate: 'exact', accept: true },
  { description: 'damaged prefix, subset sharing one word', nik: nik('damaged_prefix'), name: name('subset', 1), birthDate: 'exact', accept: false },
  { description: 'damaged prefix, initials sharing one word', nik: nik('damaged_prefix'), name: name('initials', 1), birthDate: 'exact', accept: false },
  { description: 'damaged prefix, one-typo name sharing two words', nik: nik('damaged_prefix'), name: name('close', 2), birthDate: 'exact', accept: false },
  { description: 'damaged prefix, exact name, birth date far', nik: nik('damaged_prefix'), name: name('exact', 2), birthDate: 'far', accept: false },
  { description: 'damaged prefix, exact name, acceptDamagedNik off', nik: nik('damaged_prefix'), name: name('exact', 2), birthDate: 'exact', settings: { acceptDamagedNik: false }, accept: false },

  // rounded / one_substitution / transposition in the serial (a twin's NIK): the name must identify alone.
  { description: 'one substitution in serial (13), exact name, no birth date', nik: nik('one_substitution', 13), name: name('exact', 1), birthDate: 'missing', accept: true },
  { description: 'one substitution in serial (16), subset sharing two words', nik: nik('one_substitution', 16), name: name('subset', 2), birthDate: 'exact', accept: true },
  { description: 'one substitution in serial (13), subset sharing one word', nik: nik('one_substitution', 13), name: name('subset', 1), birthDate: 'exact', accept: false },
  { description: 'one substitution in serial (13), initials sharing one word, equal columns', nik: nik('one_substitution', 13), name: name('initials', 1), birthDate: 'exact', accept: false },
  { description: 'one substitution in serial (13), one-typo name, equal columns', nik: nik('one_substitution', 13), name: name('close', 2), birthDate: 'exact', accept: false },
  { description: 'one substitution in serial (13), exact name, birth date far', nik: nik('one_substitution', 13), name: name('exact', 2), birthDate: 'far', accept: false },
  { description: 'rounded (16), exact name, equal columns', nik: nik('rounded', 16), name: name('exact', 2), birthDate: 'exact', accept: true },
  { description: 'rounded (16), initials sharing one word, equal columns', nik: nik('rounded', 16), name: name('initials', 1), birthDate: 'exact', accept: false },
  { description: 'rounded (16), one-typo name, equal columns', nik: nik('rounded', 16), name: name('close', 1), birthDate: 'exact', accept: false },
  { description: 'rounded (16), exact name, birth date far', nik: nik('rounded', 16), name: name('exact', 2), birthDate: 'far', accept: false },
  // Two swapped digits are never consecutive serials (ab / ba are a multiple of 9 apart): a typo, not a twin.
  { description: 'transposition at 12/13 reaches the serial but is no twin: initials accepted', nik: nik('transposition', 12), name: name('initials', 1), birthDate: 'exact', accept: true },
  { description: 'transposition at 15/16: one-typo name, equal columns accepted', nik: nik('transposition', 15), name: name('close', 2), birthDate: 'exact', accept: true },
  { description: 'transposition at 15/16: one-typo name, birth date one digit off refused', nik: nik('transposition', 15), name: name('close', 2), birthDate: 'one_digit', accept: false },
  { description: 'transposition at 14/15: subset sharing one word refused', nik: nik('transposition', 14), name: name('subset', 1), birthDate: 'exact', accept: false },
  { description: 'transposition at 12/13, exact name', nik: nik('transposition', 12), name: name('exact', 2), birthDate: 'missing', accept: true },

  // ... outside the serial (no twin can be the other record): an initial, or a typo with equal columns.
  { description: 'one substitution at 12, initials sharing one word, no birth date', nik: nik('one_substitution', 12), name: name('initials', 1), birthDate: 'missing', accept: true },
  { description: 'one substitution at 12, initials sharing no word', nik: nik('one_substitution', 12), name: name('initials', 0), birthDate: 'exact', accept: false },
  { description: 'one substitution at 3, one-typo name, equal columns', nik: nik('one_substitution', 3), name: name('close', 1), birthDate: 'exact', accept: true },
  { description: 'one substitution at 3, one-typo name, birth dates equal only via a NIK date', nik: nik('one_substitution', 3), name: name('close', 1), birthDate: 'exact', birthDateWeak: true, accept: false },
  { description: 'one substitution at 3, one-typo name, birth date one digit off', nik: nik('one_substitution', 3), name: name('close', 1), birthDate: 'one_digit', accept: false },
  { description: 'one substitution at 3, subset sharing one word, equal columns', nik: nik('one_substitution', 3), name: name('subset', 1), birthDate: 'exact', accept: false },
  { description: 'one substitution at 3, partial name, equal columns', nik: nik('one_substitution', 3), name: name('partial', 1), birthDate: 'exact', accept: false },
  { description: 'one substitution at 3, exact name, birth date swapped', nik: nik('one_substitution', 3), name: name('exact', 2), birthDate: 'swapped', accept: true },
  { description: 'one substitution at 3, initials, birth date far', nik: nik('one_substitution', 3), name: name('initials', 2), birthDate: 'far', accept: false },
  { description: 'transposition at 11/12 stays outside the serial: initials accepted', nik: nik('transposition', 11), name: name('initials', 1), birthDate: 'missing', accept: true },
  { description: 'transposition at 11/12, one-typo name, equal columns', nik: nik('transposition', 11), name: name('close', 1), birthDate: 'exact', accept: true },
  { description: 'transposition at 11/12, exact name, birth date far', nik: nik('transposition', 11), name: name('exact', 2), birthDate: 'far', accept: false },
  { description: 'rounded outside the serial (not produced by compareNik), one-typo name, equal columns', nik: nik('rounded', 12), name: name('close', 1), birthDate: 'exact', accept: true },

  // two_substitutions: an equal name, equal column birth dates, a typo in the region or the birth date digits.
  { description: 'two substitutions at 3 and 5, exact name, equal columns', nik: twoSubs(3, 5), name: name('exact', 1), birthDate: 'exact', accept: true },
  { description: 'two substitutions at 10 and 16 (one in the birth date, one in the serial), exact name, equal columns', nik: twoSubs(10, 16), name: name('exact', 2), birthDate: 'exact', accept: true },
  { description: 'two substitutions at 11 and 13, exact name, equal columns', nik: twoSubs(11, 13), name: name('exact', 2), birthDate: 'exact', accept: true },
  { description: 'two substitutions at 7 and 15, equal_strong name sharing two words, equal columns', nik: twoSubs(7, 15), name: name('equal_strong', 2), birthDate: 'exact', accept: true },
  { description: 'two substitutions at 6 and 16 (a namesake from the next kecamatan), exact name, equal columns', nik: twoSubs(6, 16), name: name('exact', 2), birthDate: 'exact', accept: false },
  { description: 'two substitutions at 1 and 13, exact name, equal columns', nik: twoSubs(1, 13), name: name('exact', 2), birthDate: 'exact', accept: false },
  { description: 'two substitutions at 13 and 16 (both in the serial), exact name, equal columns', nik: twoSubs(13, 16), name: name('exact', 2), birthDate: 'exact', accept: false },
  { description: 'two substitutions at 7 and 12, equal_strong name sharing two words, equal columns', nik: twoSubs(7, 12), name: name('equal_strong', 2), birthDate: 'exact', accept: true },
  { description: 'two substitutions at 12 and 13 (siblings\u2019 serials), exact name, equal columns', nik: twoSubs(12, 13), name: name('exact', 2), birthDate: 'exact', accept: false },
  { description: 'two substitutions at 15 and 16, exact name, equal columns', nik: twoSubs(15, 16), name: name('exact', 2), birthDate: 'exact', accept: false },
  { description: 'two substitutions, equal_strong name sharing one word', nik: twoSubs(3, 5), name: name('equal_strong', 1), birthDate: 'exact', accept: false },
  { description: 'two substitutions, subset sharing three words', nik: twoSubs(3, 5), name: name('subset', 3), birthDate: 'exact', accept: false },
  { description: 'two substitutions, initials', nik: twoSubs(3, 5), name: name('initials', 2), birthDate: 'exact', accept: false },
  { description: 'two substitutions, exact name, birth dates equal only via a NIK date', nik: twoSubs(3, 5), name: name('exact', 2), birthDate: 'exact', birthDateWeak: true, accept: false },
  { description: 'two substitutions, exact name, no birth date', nik: twoSubs(3, 5), name: name('exact', 2), birthDate: 'missing', accept: false },
  { description: 'two substitutions, exact name, equal KPJ but no birth date', nik: twoSubs(3, 5), name: name('exact', 2), birthDate: 'missing', kpj: 'equal', accept: false },

  // missing NIK: identifying name + equal column birth dates, or identifying name + equal KPJ.
  { description: 'missing NIK, exact name, equal columns', nik: nik('missing'), name: name('exact', 2), birthDate: 'exact', accept: true },
  { description: 'missing NIK, subset sharing two words, equal columns', nik: nik('missing'), name: name('subset', 2), birthDate: 'exact', accept: true },
  { description: 'missing NIK, subset sharing one word, equal columns', nik: nik('missing'), name: name('subset', 1), birthDate: 'exact', accept: false },
  { description: 'missing NIK, initials sharing one word, equal columns', nik: nik('missing'), name: name('initials', 1), birthDate: 'exact', accept: true },
  { description: 'missing NIK, one-typo name, equal columns (no typo allowance)', nik: nik('missing'), name: name('close', 2), birthDate: 'exact', accept: false },
  { description: 'missing NIK, exact name, birth dates equal only via a NIK date', nik: nik('missing'), name: name('exact', 2), birthDate: 'exact', birthDateWeak: true, accept: false },
  { description: 'missing NIK, exact name, birth date swapped', nik: nik('missing'), name: name('exact', 2), birthDate: 'swapped', accept: false },
  { description: 'missing NIK, exact name, no birth date, no KPJ', nik: nik('missing'), name: name('exact', 2), birthDate: 'missing', accept: false },
  { description: 'missing NIK, exact name, equal KPJ, no birth date', nik: nik('missing'), name: name('exact', 2), birthDate: 'missing', kpj: 'equal', accept: true },
  { description: 'missing NIK, subset sharing one word, equal KPJ', nik: nik('missing'), name: name('subset', 1), birthDate: 'missing', kpj: 'equal', accept: true },
  { description: 'missing NIK, one-typo name, equal KPJ', nik: nik('missing'), name: name('close', 2), birthDate: 'missing', kpj: 'equal', accept: false },
  { description: 'missing NIK, partial name, equal KPJ and equal columns', nik: nik('missing'), name: name('partial', 1), birthDate: 'exact', kpj: 'equal', accept: false },
  { description: 'missing NIK, exact name, KPJ differs, no birth date', nik: nik('missing'), name: name('exact', 2), birthDate: 'missing', kpj: 'differs', accept: false },
  { description: 'missing NIK, exact name, equal KPJ, birth date far (the KPJ route ignores the date)', nik: nik('missing'), name: name('exact', 2), birthDate: 'far', kpj: 'equal', accept: true },

  // far and unusable: never, whatever else agrees.
  { description: 'far NIK, exact name, equal columns and KPJ', nik: nik('far'), name: name('exact', 3), birthDate: 'exact', kpj: 'equal', accept: false },
  { description: 'unusable NIK, exact name, equal columns and KPJ', nik: nik('unusable'), name: name('exact', 3), birthDate: 'exact', kpj: 'equal', accept: false },
];

describe('passesAcceptGuard', () => {
  it('the table covers every NIK level', () => {
    expect(new Set(guardCases.map((c) => c.nik.level))).toEqual(new Set(NIK_LEVELS));
  });

  it.each(guardCases.map((c) => [`${c.description} → ${c.accept ? 'accept' : 'refuse'}`, c] as const))('%s', (_title, c) => {
    const settings = c.settings === undefined ? DEFAULT_MATCH_SETTINGS : matchSettings(c.settings);
    expect(passesAcceptGuard(levels(c), settings)).toBe(c.accept);
  });
});

describe('matchMethod', () => {
  const anyName = name('exact', 2);
  it.each([
    { description: 'exact NIK', nik: nik('exact'), method: 'nik' },
    { description: 'exact NIK that may be rounded', nik: exactMayBeRounded, method: 'nik' },
    { description: 'rounded NIK', nik: nik('rounded', 16), method: 'fuzzy' },
    { description: 'damaged prefix', nik: nik('damaged_prefix'), method: 'fuzzy' },
    { description: 'one substitution', nik: nik('one_substitution', 15), method: 'fuzzy' },
    { description: 'transposition', nik: nik('transposition', 9), method: 'fuzzy' },
    { description: 'two substitutions', nik: twoSubs(3, 5), method: 'fuzzy' },
    { description: 'missing NIK', nik: nik('missing'), method: 'fuzzy' },
    { description: 'far NIK', nik: nik('far'), method: 'fuzzy' },
    { description: 'unusable NIK', nik: nik('unusable'), method: 'fuzzy' },
  ].map((c) => [`${c.description} → ${c.method}`, c] as const))('%s', (_title, { nik: n, method }) => {
    expect(matchMethod(levels({ nik: n, name: anyName, birthDate: 'exact' }))).toBe(method);
  });
});

describe('matchedStatus', () => {
  it.each([
    { status: 'inactive' as BpjsStatus | null, expected: 'inactive' },
    { status: 'active' as BpjsStatus | null, expected: 'registered' },
    // No status column in the export: taken as active.
    { status: null as BpjsStatus | null, expected: 'registered' },
  ])('BPJS status $status → $expected', ({ status, expected }) => {
    expect(matchedStatus(makeParticipant(0, { nik: SITI, name: 'SITI AMINAH', status }))).toBe(expected);
  });
});

describe('workerFlags', () => {
  it.each([
    { description: 'valid NIK', nik: SITI as RecordSpec['nik'], flags: [] as WorkerFlag[] },
    { description: 'invalid NIK', nik: INVALID, flags: ['nik_invalid'] },
    { description: 'Excel-damaged NIK', nik: DAMAGED, flags: ['nik_excel_damaged'] },
    { description: 'no NIK', nik: null, flags: ['nik_missing'] },
  ].map((c) => [`unmatched row, ${c.description} → [${c.flags.join(', ')}]`, c] as const))('%s', (_title, { nik: cell, flags }) => {
    expect(workerFlags(makeWorker(0, { nik: cell, name: 'SITI AMINAH' }), null)).toEqual(flags);
  });

  it('the roster records have the NIK statuses the flags are read from', () => {
    expect([SITI, INVALID, DAMAGED, null].map((n) => makeWorker(0, { nik: n }).nik.status)).toEqual(['valid', 'invalid', 'excel_damaged', 'missing']);
  });

  const same = { name: 'SITI AMINAH', birthDate: '1990-01-10', wage: 2_000_000 };
  const exactLevels = levels({ nik: nik('exact'), name: name('exact', 2), birthDate: 'exact' });

  interface MatchedCase {
    readonly description: string;
    readonly roster: RecordSpec;
    readonly bpjs: RecordSpec;
    readonly nik: NikComparison;
    readonly name?: NameComparison;
    readonly birthDate?: DateLevel;
    readonly flags: readonly WorkerFlag[];
  }
  const matchedCases: readonly MatchedCase[] = [
    { description: 'everything agrees', roster: { ...same, nik: SITI }, bpjs: { ...same, nik: SITI }, nik: nik('exact'), flags: [] },
    { description: 'NIK one typo apart', roster: { ...same, nik: SITI_TYPO }, bpjs: { ...same, nik: SITI }, nik: nik('one_substitution', 16), flags: ['nik_differs'] },
    { description: 'NIK far (accepted by hand)', roster: { ...same, nik: SITI_TYPO }, bpjs: { ...same, nik: SITI }, nik: nik('far'), flags: ['nik_differs'] },
    { description: 'no roster NIK: missing, not differing', roster: { ...same, nik: null }, bpjs: { ...same, nik: SITI }, nik: nik('missing'), flags: ['nik_missing'] },
    { description: 'Excel-damaged roster NIK: damaged and differing', roster: { ...same, nik: DAMAGED }, bpjs: { ...same, nik: SITI }, nik: nik('damaged_prefix'), flags: ['nik_excel_damaged', 'nik_differs'] },
    // Was a bug (exploratory test): both report columns showed 3671015001900000 under "nik_differs".
    {
      description: 'Excel-damaged roster NIK whose lost digit was a 0: damaged, not differing (the digits read as the BPJS NIK)',
      roster: { ...same, nik: DAMAGED },
      bpjs: { ...same, nik: '3671015001900000' },
      nik: nik('damaged_prefix'),
      flags: ['nik_excel_damaged'],
    },
    { description: 'invalid roster NIK: invalid and differing', roster: { ...same, nik: INVALID }, bpjs: { ...same, nik: SITI }, nik: nik('missing'), flags: ['nik_invalid', 'nik_differs'] },
    { description: 'valid roster NIK, no BPJS NIK: differing', roster: { ...same, nik: SITI }, bpjs: { ...same, nik: null }, nik: nik('missing'), flags: ['nik_differs'] },
    { description: 'name differs only in a title (equal_strong)', roster: { ...same, nik: SITI, name: 'HJ SITI AMINAH' }, bpjs: { ...same, nik: SITI }, nik: nik('exact'), name: name('equal_strong', 2), flags: ['name_differs'] },
    { description: 'name with one typo', roster: { ...same, nik: SITI }, bpjs: { ...same, nik: SITI, name: 'SITI AMINA' }, nik: nik('exact'), name: name('close', 1), flags: ['name_differs'] },
    { description: 'birth dates differ', roster: { ...same, nik: SITI }, bpjs: { ...same, nik: SITI, birthDate: '1990-10-01' }, nik: nik('exact'), birthDate: 'swapped', flags: ['dob_differs'] },
    { description: 'no roster birth date', roster: { ...same, nik: SITI, birthDate: null }, bpjs: { ...same, nik: SITI }, nik: nik('exact'), flags: [] },
    { description: 'no BPJS birth date', roster: { ...same, nik: SITI }, bpjs: { ...same, nik: SITI, birthDate: null }, nik: nik('exact'), flags: [] },
    { description: 'BPJS wage lower', roster: { ...same, nik: SITI }, bpjs: { ...same, nik: SITI, wage: 1_999_999 }, nik: nik('exact'), flags: ['wage_underreported'] },
    { description: 'BPJS wage equal', roster: { ...same, nik: SITI }, bpjs: { ...same, nik: SITI, wage: 2_000_000 }, nik: nik('exact'), flags: [] },
    { description: 'BPJS wage higher', roster: { ...same, nik: SITI }, bpjs: { ...same, nik: SITI, wage: 3_000_000 }, nik: nik('exact'), flags: [] },
    { description: 'BPJS wage zero', roster: { ...same, nik: SITI }, bpjs: { ...same, nik: SITI, wage: 0 }, nik: nik('exact'), flags: ['wage_underreported'] },
    { description: 'no BPJS wage', roster: { ...same, nik: SITI }, bpjs: { ...same, nik: SITI, wage: null }, nik: nik('exact'), flags: [] },
    { description: 'no roster wage', roster: { ...same, nik: SITI, wage: null }, bpjs: { ...same, nik: SITI, wage: 1_000_000 }, nik: nik('exact'), flags: [] },
    {
      description: 'everything differs, flags in WORKER_FLAGS order',
      roster: { nik: INVALID, name: 'SITI AMINAH', birthDate: '1990-01-10', wage: 2_500_000 },
      bpjs: { nik: SITI, name: 'SITI AMINA', birthDate: '1991-01-10', wage: 1_000_000 },
      nik: nik('missing'),
      name: name('close', 1),
      birthDate: 'year_off',
      flags: ['nik_invalid', 'nik_differs', 'name_differs', 'dob_differs', 'wage_underreported'],
    },
  ];

  it.each(matchedCases.map((c) => [`matched row, ${c.description} → [${c.flags.join(', ')}]`, c] as const))('%s', (_title, c) => {
    const w = makeWorker(0, c.roster);
    const bpjs = makeParticipant(0, c.bpjs);
    const l = levels({ nik: c.nik, name: c.name ?? name('exact', 2), birthDate: c.birthDate ?? 'exact' });
    expect(workerFlags(w, { bpjs, levels: l })).toEqual(c.flags);
  });

  it('dob_differs compares the dates themselves, not the birth-date level', () => {
    // The level says 'exact' (as a weak NIK-date comparison could), yet the columns differ.
    const w = makeWorker(0, { ...same, nik: SITI });
    const bpjs = makeParticipant(0, { ...same, nik: SITI, birthDate: '1990-01-11' });
    expect(workerFlags(w, { bpjs, levels: exactLevels })).toEqual(['dob_differs']);
  });

  it('returns frozen arrays, shared between rows with the same flags', () => {
    const a = workerFlags(makeWorker(0, { nik: null, name: 'A B' }), null);
    const b = workerFlags(makeWorker(1, { nik: null, name: 'C D' }), null);
    expect(a).toEqual(['nik_missing']);
    expect(Object.isFrozen(a)).toBe(true);
    expect(b).toBe(a);
  });
});
