// Mutation audit of name comparison, pair scoring and the accept guards (compare-name.ts,
// score-pair.ts, classify.ts): each test pins a behaviour that a small change of the source left
// unnoticed by the existing tests. Values asserted are the ones the doc comments, comparison-level.ts
// and DOMAIN.md promise.
import { describe, expect, it } from 'vitest';
import { compareNames, nameSide, shareAnyKey } from '../../../src/match/compare-name.js';
import { NAME_WEIGHTS } from '../../../src/match/comparison-level.js';
import { passesAcceptGuard } from '../../../src/match/classify.js';
import type { NikComparison } from '../../../src/match/compare-nik.js';
import { DEFAULT_MATCH_SETTINGS } from '../../../src/match/match-settings.js';
import { createMatchFrequencyCounter } from '../../../src/match/frequency-table.js';
import { personFeatures } from '../../../src/match/person-features.js';
import { createScoredPairScratch, looksLikeSiblings, rosterPenalties, scorePair, type PairLevels, type ScoredPair } from '../../../src/match/score-pair.js';
import { normalizeName } from '../../../src/normalize/name.js';
import { makeNik, makeParticipant, makeWorker, type RecordSpec } from './make-records.js';
import { pairScores } from './pair-scores.js';

const side = (s: string) => nameSide(normalizeName(s));
const compare = (roster: string, bpjs: string) => compareNames(side(roster), side(bpjs));

describe('compareNames: initials', () => {
  it('a lone letter on the BPJS side stands for a roster word with that first letter, as written (MEGA / M.)', () => {
    // M. keys as MUHAMMAD; as an initial it is the letter M, whichever side it is on.
    expect(compare('MEGA PERMANA', 'M. PERMANA').level).toBe('initials');
    expect(compare('M. PERMANA', 'MEGA PERMANA').level).toBe('initials');
  });

  it('an initial is not the initial of a word with another first letter', () => {
    expect(compare('SITI A.', 'SITI BUDI').level).toBe('partial');
    expect(compare('SITI BUDI', 'SITI A.').level).toBe('partial');
  });

  it('a lone initial against a one-word name is only partial, not one typing error', () => {
    expect(compare('A.', 'AMINAH').level).toBe('partial');
    expect(compare('AMINAH', 'A.').level).toBe('partial');
  });
});

describe('compareNames: a long BPJS name cut off', () => {
  it('is taken as cut from 20 characters on, not below', () => {
    // "BUDIMAN HARTANTO SUS" is 20 characters, "BUDIMAN HARTONO SUS" 19.
    expect(normalizeName('BUDIMAN HARTANTO SUS').clean).toHaveLength(20);
    expect(compare('BUDIMAN HARTANTO SUSILO', 'BUDIMAN HARTANTO SUS').level).toBe('initials');
    expect(normalizeName('BUDIMAN HARTONO SUS').clean).toHaveLength(19);
    expect(compare('BUDIMAN HARTONO SUSILO', 'BUDIMAN HARTONO SUS').level).toBe('partial');
  });

  it('a cut that leaves two letters of the last word still lines up', () => {
    expect(compare('FEBRIANSYAH HARTANTO SUSILO', 'FEBRIANSYAH HARTANTO SU').level).toBe('initials');
  });
});

describe('compareNames: typing errors', () => {
  it('a typo that shows only in the written words counts (the keys fold OE to U and differ more)', () => {
    // Keys SUDIRMAN / SOADIRMAN are two edits apart; the words as written one.
    expect(compare('BUDI SOEDIRMAN', 'BUDI SOADIRMAN').level).toBe('close');
  });
});

describe('compareNames: missing names', () => {
  it('two empty names are missing, not an exact agreement', () => {
    expect(compare('', '')).toMatchObject({ level: 'missing', rosterExactMask: 0, agreeing: 0 });
    expect(shareAnyKey(side(''), side(''))).toBe(false);
  });
});

describe('compareNames: words written apart or joined', () => {
  it('a join counts as two agreeing words (it identifies like two equal words, classify.ts)', () => {
    expect(compare('NUR HAYATI', 'NURHAYATI')).toMatchObject({ level: 'equal_strong', agreeing: 2 });
    expect(compare('NURHAYATI', 'NUR HAYATI')).toMatchObject({ level: 'equal_strong', agreeing: 2 });
    expect(compare('SITI NUR HAYATI', 'SITI NURHAYATI')).toMatchObject({ level: 'equal_strong', agreeing: 3 });
    expect(compare('AGUS SAPUTRA', 'RUDI SAPUTRA').agreeing).toBe(1);
    expect(compare('SITI A.', 'SITI AMINAH').agreeing).toBe(1);
  });

  it('the joined roster words are marked as exactly matched for the token frequencies', () => {
    expect(compare('NUR HAYATI', 'NURHAYATI').rosterExactMask).toBe(0b11);
    expect(compare('NURHAYATI', 'NUR HAYATI').rosterExactMask).toBe(0b1);
    expect(compare('SITI NUR HAYATI', 'SITI NURHAYATI').rosterExactMask).toBe(0b111);
  });

  it('old spellings in the joined word still join (written lengths differ by the folded letters)', () => {
    // SRI + MULYANI is 10 letters, SRIMOELYANI 11: same key SRIMULYANI.
    expect(compare('SRI MULYANI', 'SRIMOELYANI')).toMatchObject({ level: 'equal_strong', agreeing: 2 });
  });
});

// ---------------------------------------------------------------------------------------------
// scorePair

const SITI = makeNik('367101', '1990-01-10', 'F', 1); // 3671015001900001
const base: RecordSpec = { nik: SITI, name: 'SITI AMINAH', birthDate: '1990-01-10', sex: 'F' };

/** Letters-only filler word number i (names keep no digits). */
const word = (i: number): string => `Q${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}N`;

/**
 * Scores roster `roster` (row 0; `others` only fill the frequency tables) against `bpjs`; `shared`
 * marks the roster row's NIK as shared with another roster person, as create-matcher.ts does.
 */
function scored(roster: RecordSpec, bpjs: RecordSpec, opts: { shared?: boolean; others?: readonly RecordSpec[] } = {}): { pair: ScoredPair; scratch: ScoredPair } {
  const workers = [roster, ...(opts.others ?? [])].map((s, i) => makeWorker(i, s));
  const wf = workers.map(personFeatures);
  if (opts.shared === true) wf[0]!.nikShared = true;
  const counter = createMatchFrequencyCounter();
  for (const f of wf) counter.add(f);
  const freq = counter.tables();
  const pens = rosterPenalties(wf, freq);
  const p = makeParticipant(0, bpjs);
  const pf = personFeatures(p);
  const pair = scorePair(wf[0]!, workers[0]!.nik, pf, p.nik, freq, pens, 0);
  const scratch = scorePair(wf[0]!, workers[0]!.nik, pf, p.nik, freq, pens, 0, createScoredPairScratch());
  return { pair, scratch };
}
const score = (roster: RecordSpec, bpjs: RecordSpec, opts: { shared?: boolean; others?: readonly RecordSpec[] } = {}) => scored(roster, bpjs, opts).pair;

describe('scorePair: a roster NIK that is not this person’s', () => {
  it('a shared roster NIK two digits from the BPJS NIK says nothing (missing, weight 0)', () => {
    const s = score(base, { ...base, nik: '3671015001901002' }, { shared: true });
    expect(s.levels.nik.level).toBe('missing');
    expect(s.weights.nik).toBe(0);
    // Not shared: two substitutions, -2.
    expect(score(base, { ...base, nik: '3671015001901002' }).weights.nik).toBe(-2);
  });

  it('a roster NIK encoding a birth date far from the row’s own is set aside when it differs by two digits', () => {
    const own = { ...base, birthDate: '1975-06-20' };
    const s = score(own, { ...own, nik: '3671015001901002' });
    expect(s.levels.nik.level).toBe('missing');
    expect(s.weights.nik).toBe(0);
  });

  it('a shared NIK that encodes another date stays exact when the BPJS birth date agrees with the row', () => {
    // SRI RAHAJOE born 1982 carries a NIK that encodes 1990; her BPJS record is born 1982 too.
    const rahajoe: RecordSpec = { nik: SITI, name: 'SRI RAHAJOE', birthDate: '1982-05-05', sex: 'F' };
    const kept = score(rahajoe, rahajoe, { shared: true });
    expect(kept.levels.nik.level).toBe('exact');
    expect(kept.weights.nik).toBe(14);
    // The NIK's owner (born 1990) is another person: the exact NIK is no evidence.
    const owner = score(rahajoe, { ...rahajoe, name: 'SRI RAHAYU', birthDate: '1990-01-10' }, { shared: true });
    expect(owner.levels.nik.level).toBe('missing');
  });
});

describe('scorePair: birth dates', () => {
  // 200 rows born on the row's birth date among 200 rows with spread dates: the date is common.
  const sameDay = Array.from({ length: 200 }, (_, i) => ({ nik: null, name: `${word(i)} ORANG`, birthDate: '1990-01-10' }));
  const spread = Array.from({ length: 200 }, (_, i) => ({ nik: null, name: `${word(i)} WARGA`, birthDate: `19${50 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}` }));

  it('a common birth date lowers only an exact agreement, capped at 3 bits', () => {
    const exact = score({ ...base, nik: null }, { ...base, nik: null }, { others: [...sameDay, ...spread] });
    expect(exact.birthDatePenalty).toBe(3);
    expect(exact.weights.birthDate).toBe(3);
    const swapped = score({ ...base, nik: null }, { ...base, nik: null, birthDate: '1990-10-01' }, { others: [...sameDay, ...spread] });
    expect(swapped.levels.birthDate).toBe('swapped');
    expect(swapped.birthDatePenalty).toBe(0);
    expect(swapped.weights.birthDate).toBe(3);
  });

  it('two NIK dates weigh 0 when the NIKs tie the records, and the weak weight when they do not', () => {
    const tied = score({ ...base, birthDate: null }, { ...base, birthDate: null });
    expect(tied.levels.birthDateWeak).toBe(true);
    expect(tied.weights.birthDate).toBe(0);
    // An Excel-damaged roster NIK ties the records too (its date digits are intact).
    const damaged = score({ ...base, nik: { excel: '3671015001900000' }, birthDate: null }, { ...base, birthDate: null });
    expect(damaged.levels.nik.level).toBe('damaged_prefix');
    expect(damaged.weights.birthDate).toBe(0);
    // Unrelated NIKs from another region, both encoding 10 Jan 1990: weak exact, 2.
    const far = score({ ...base, birthDate: null }, { ...base, birthDate: null, nik: makeNik('357801', '1990-01-10', 'F', 9) });
    expect(far.levels.nik.level).toBe('far');
    expect(far.weights.birthDate).toBe(2);
  });

  it('a column date against a NIK date is weak evidence even with an exact NIK', () => {
    const s = score({ ...base, birthDate: null }, base);
    expect(s.levels.birthDateWeak).toBe(true);
    expect(s.weights.birthDate).toBe(2);
  });
});

describe('scorePair: sex', () => {
  it('sex from a column on both sides weighs 1; from one NIK, 0.5; from both NIKs that tie the records, 0', () => {
    expect(score(base, base).weights.sex).toBe(1);
    expect(score({ ...base, sex: null }, base).weights.sex).toBe(0.5);
    expect(score(base, { ...base, sex: null }).weights.sex).toBe(0.5);
    expect(score({ ...base, sex: null }, { ...base, sex: null }).weights.sex).toBe(0);
    const damaged = score({ ...base, nik: { excel: '3671015001900000' }, sex: null }, { ...base, sex: null });
    expect(damaged.weights.sex).toBe(0);
  });

  it('sex from both NIKs counts (weakly) when the NIKs do not tie the records', () => {
    const s = score({ ...base, sex: null }, { ...base, sex: null, nik: '3578015001900001' });
    expect(s.levels.nik.level).toBe('two_substitutions');
    expect(s.weights.sex).toBe(0.5);
  });
});

describe('scorePair: region of first NIK issue', () => {
  it('is compared when the NIKs are unrelated: +1 equal, -1 differs', () => {
    const equal = score(base, { ...base, nik: '3671015009951234' });
    expect(equal.levels.nik.level).toBe('far');
    expect(equal.levels.region).toBe('equal');
    expect(equal.weights.region).toBe(1);
    const differs = score(base, { ...base, nik: '3578015001901234' });
    expect(differs.levels.region).toBe('differs');
    expect(differs.weights.region).toBe(-1);
  });

  it('is compared when an Excel-damaged NIK disagrees in its trusted digits (unusable)', () => {
    const differs = score({ ...base, nik: { excel: '3578015001900000' } }, base);
    expect(differs.levels.nik.level).toBe('unusable');
    expect(differs.levels.region).toBe('differs');
    expect(differs.weights.region).toBe(-1);
    const equal = score({ ...base, nik: { excel: '3671015001950000' } }, base);
    expect(equal.levels.nik.level).toBe('unusable');
    expect(equal.weights.region).toBe(1);
  });

  it('is not compared when the NIKs agree', () => {
    expect(score(base, base).levels.region).toBe('not_compared');
  });
});

describe('scorePair: name frequency penalties', () => {
  it('a partial name sharing a very common word loses at most its own 2 bits', () => {
    const saputra = Array.from({ length: 100 }, (_, i) => ({ nik: null, name: `${word(i)} SAPUTRA`, birthDate: '1970-01-01' }));
    const s = score({ ...base, nik: null, name: 'AGUS SAPUTRA' }, { ...base, nik: null, name: 'RUDI SAPUTRA' }, { others: saputra });
    expect(s.levels.name.level).toBe('partial');
    expect(s.namePenalty).toBe(NAME_WEIGHTS.partial);
    expect(s.weights.name).toBe(0);
  });

  it('a dropped name is weighed by its rarest exactly shared word', () => {
    const sitis = Array.from({ length: 100 }, (_, i) => ({ nik: null, name: `SITI ${word(i)}`, birthDate: '1970-01-01' }));
    const rare = score({ ...base, nik: null, name: 'SITI AMINAH ZULFA' }, { ...base, nik: null, name: 'SITI ZULFA' }, { others: sitis });
    expect(rare.levels.name.level).toBe('subset');
    expect(rare.namePenalty).toBe(0);
    expect(rare.weights.name).toBe(6);
    // Sharing only the common SITI: the token penalty's cap (4).
    const common = score({ ...base, nik: null, name: 'SITI AMINAH ZULFA' }, { ...base, nik: null, name: 'SITI' }, { others: sitis });
    expect(common.namePenalty).toBe(4);
    expect(common.weights.name).toBe(2);
  });

  it('an equal name that differs only in a weak word is penalized like an exact one when common', () => {
    const namesakes = Array.from({ length: 100 }, (_, i) => ({ nik: null, name: i < 30 ? 'SITI AMINAH' : `${word(i)} ORANG`, birthDate: '1990-01-10' }));
    const exact = score({ ...base, nik: null }, { ...base, nik: null }, { others: namesakes });
    const equalStrong = score({ ...base, nik: null, name: 'SITI AMINAH BINTI HASAN' }, { ...base, nik: null }, { others: namesakes });
    expect(exact.namePenalty).toBeGreaterThan(0);
    expect(equalStrong.levels.name.level).toBe('equal_strong');
    expect(equalStrong.namePenalty).toBe(exact.namePenalty);
    expect(equalStrong.weights.name).toBeCloseTo(7 - exact.namePenalty, 12);
  });
});

describe('scorePair: twins and siblings (looksLikeSiblings)', () => {
  const partial = { level: 'partial', rosterExactMask: 1, agreeing: 1 } as const;
  const siti = side('SITI AMINAH');
  const twin = side('SITI RAHMA');
  it('a near NIK in the serial (positions 13–16) with a partial name looks like siblings, at 12 not', () => {
    expect(looksLikeSiblings({ level: 'one_substitution', position: 13 }, partial, siti, twin)).toBe(true);
    expect(looksLikeSiblings({ level: 'one_substitution', position: 12 }, partial, siti, twin)).toBe(false);
    expect(looksLikeSiblings({ level: 'transposition', position: 13 }, partial, siti, twin)).toBe(true);
    expect(looksLikeSiblings({ level: 'rounded', position: 16 }, partial, siti, twin)).toBe(true);
    expect(looksLikeSiblings({ level: 'one_substitution', position: 16 }, { ...partial, level: 'subset' }, siti, twin)).toBe(false);
  });

  it('not when the words that differ are one name spelt two ways (twins get two names)', () => {
    const nik = { level: 'one_substitution', position: 15 } as const;
    expect(looksLikeSiblings(nik, partial, side('NURHAYATI SAEPUDIN'), side('NURHAYATI SAIFUDIN'))).toBe(false);
    expect(looksLikeSiblings({ level: 'transposition', position: 14 }, partial, side('ACEP SAEPUDIN'), side('ASEP SAEFUDIN'))).toBe(false);
    // Two letters apart in a short word is another name (HASAN / HUSEN), and a word more is not a spelling.
    expect(looksLikeSiblings(nik, partial, side('AHMAD HASAN'), side('AHMAD HUSEN'))).toBe(true);
    expect(looksLikeSiblings(nik, partial, side('NURHAYATI SAEPUDIN'), side('NURHAYATI SAIFUDIN ROHMAN'))).toBe(true);
  });

  it('the near NIK then weighs what an unrelated NIK does (-6)', () => {
    const twin = score(base, { ...base, name: 'SITI RAHMA', nik: '3671015001900002' });
    expect(twin.levels.nik.level).toBe('one_substitution');
    expect(twin.weights.nik).toBe(-6);
    const rounded = score({ ...base, nik: '9471015001900040' }, { ...base, name: 'SITI RAHMA', nik: '9471015001900039' });
    expect(rounded.levels.nik.level).toBe('rounded');
    expect(rounded.weights.nik).toBe(-6);
    // At position 13 too (the serial's first digit).
    const at13 = score(base, { ...base, name: 'SITI RAHMA', nik: '3671015001901001' });
    expect(at13.levels.nik).toEqual({ level: 'one_substitution', position: 13 });
    expect(at13.weights.nik).toBe(-6);
  });
});

describe('scorePairAtLeast: the floor', () => {
  it('a pair whose score can exactly reach the floor is scored, not dropped', () => {
    // Everything agrees: 14 + 8 + 6 + 1 = 29.
    const r = pairScores(base, base, 29);
    expect(r.full).toBe(29);
    expect(r.bounded).toBe(29);
    expect(pairScores(base, base, 29.5).bounded).toBeNull();
  });
});

describe('scorePair: the streaming scratch', () => {
  it('holds exactly what the allocating path returns, penalties included', () => {
    const namesakes = Array.from({ length: 100 }, (_, i) => ({ nik: null, name: i < 30 ? 'SITI AMINAH' : `${word(i)} ORANG`, birthDate: i < 60 ? '1990-01-10' : `19${50 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}` }));
    const { pair, scratch } = scored({ ...base, nik: null }, { ...base, nik: null }, { others: namesakes });
    expect(pair.namePenalty).toBeGreaterThan(0);
    expect(pair.birthDatePenalty).toBeGreaterThan(0);
    expect(pair.namePenalty).not.toBe(pair.birthDatePenalty);
    expect({ ...scratch, levels: { ...scratch.levels }, weights: { ...scratch.weights } }).toEqual(pair);
  });
});

describe('rosterPenalties', () => {
  it('a birth date far more common than the mean is capped at 3 bits, a name at 5', () => {
    const specs: RecordSpec[] = [
      ...Array.from({ length: 200 }, () => ({ nik: null, name: 'SITI AMINAH', birthDate: '1990-01-10' })),
      ...Array.from({ length: 400 }, (_, i) => ({ nik: null, name: `${word(i)} WARGA`, birthDate: `19${50 + (i % 40)}-0${1 + (i % 9)}-${10 + (i % 19)}` })),
    ];
    const wf = specs.map((s, i) => personFeatures(makeWorker(i, s)));
    const counter = createMatchFrequencyCounter();
    for (const f of wf) counter.add(f);
    const pens = rosterPenalties(wf, counter.tables());
    expect(pens.birthDate[0]).toBe(3);
    expect(pens.name[0]).toBe(5);
  });
});

// ---------------------------------------------------------------------------------------------
// passesAcceptGuard, with name comparisons as compareNames gives them

describe('passesAcceptGuard: initials that share two words identify', () => {
  const guard = (nik: NikComparison, roster: string, bpjs: string, birthDate: PairLevels['birthDate'], kpj: PairLevels['kpj'] = 'missing') =>
    passesAcceptGuard({ nik, name: compare(roster, bpjs), birthDate, birthDateWeak: false, sex: 'missing', kpj, region: 'not_compared' }, DEFAULT_MATCH_SETTINGS);

  it('a NIK typo in the serial with SITI NUR A. / SITI NUR AMINAH and the same birth date is accepted', () => {
    expect(compare('SITI NUR A.', 'SITI NUR AMINAH')).toMatchObject({ level: 'initials', agreeing: 2 });
    expect(guard({ level: 'one_substitution', position: 16 }, 'SITI NUR A.', 'SITI NUR AMINAH', 'exact')).toBe(true);
    // One shared word and an initial in the serial: a twin may be the other record.
    expect(guard({ level: 'one_substitution', position: 16 }, 'SITI A.', 'SITI AMINAH', 'exact')).toBe(false);
  });

  it('an Excel-damaged NIK with SITI NUR A. / SITI NUR AMINAH is accepted', () => {
    expect(guard({ level: 'damaged_prefix', position: 0 }, 'SITI NUR A.', 'SITI NUR AMINAH', 'exact')).toBe(true);
  });

  it('without a NIK, an initial and an equal KPJ are accepted', () => {
    expect(guard({ level: 'missing', position: 0 }, 'SITI A.', 'SITI AMINAH', 'missing', 'equal')).toBe(true);
  });

  it('a NIK typo in the serial with words written apart / joined (two agreeing words) is accepted', () => {
    expect(guard({ level: 'one_substitution', position: 16 }, 'NUR HAYATI', 'NURHAYATI', 'exact')).toBe(true);
    expect(guard({ level: 'damaged_prefix', position: 0 }, 'SRI MULYANI', 'SRIMULYANI', 'exact')).toBe(true);
  });
});
