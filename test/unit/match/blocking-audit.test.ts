// Mutation audit of blocking (key-index.ts, key-hash.ts, roster-index.ts, blocking-rules.ts and the
// candidate look-up of create-matcher.ts). Each test pins a promise of the blocking doc comments that a
// deliberate mutation could break without any older test noticing: the block-size bound, one candidate
// per typo phenomenon, which rules are capped as weak, and each row counted once. NIKs are synthetic.
import { describe, expect, it } from 'vitest';
import { createMatcher, type BlockingStats, type ManualDecision } from '../../../src/match/create-matcher.js';
import { createKeyIndexBuilder } from '../../../src/match/key-index.js';
import type { ReconcileResult } from '../../../src/match/match-decision.js';
import { matchSettings, type MatchSettings } from '../../../src/match/match-settings.js';
import { personKeys } from '../../../src/match/person-key.js';
import { makeNik, makeParticipant, makeWorker, type RecordSpec } from './make-records.js';

type BpjsSpec = RecordSpec & { status?: 'active' | 'inactive' | null };

/** Runs one BPJS export against a roster; returns the blocking stats and the result. */
function run(roster: readonly RecordSpec[], bpjs: readonly BpjsSpec[], settings: Partial<MatchSettings> = {}, manual: readonly ManualDecision[] = []): { stats: BlockingStats; result: ReconcileResult } {
  const m = createMatcher(
    roster.map((s, i) => makeWorker(i, s)),
    matchSettings(settings),
    manual,
  );
  m.addParticipants(bpjs.map((s, i) => makeParticipant(i, s)));
  const stats = m.stats();
  return { stats, result: m.finish() };
}

/** Candidate pairs per rule, only the rules that found any (compact expectations). */
function found(stats: BlockingStats): Record<string, number> {
  return Object.fromEntries(Object.entries(stats.candidatesByRule).filter(([, n]) => n > 0));
}

function skipped(stats: BlockingStats): Record<string, number> {
  return Object.fromEntries(Object.entries(stats.skippedByRule).filter(([, n]) => n > 0));
}

/** A digit other than `d` (typos must change the digit). */
const other = (d: string): string => String((Number(d) + 3) % 10);

const replaceAt = (s: string, at: number, c: string): string => s.slice(0, at) + c + s.slice(at + 1);
const swapAt = (s: string, at: number): string => s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2);

// Digits chosen so that every adjacent pair differs (a transposition changes the NIK).
const NIK = makeNik('327301', '1985-03-21', 'M', 4718); // 3273012103854718

describe('KeyIndex.find: the cap and the bucket bounds', () => {
  it('returns a block of exactly `cap` rows and skips one of cap + 1 without touching `out`', () => {
    const b = createKeyIndexBuilder();
    for (let row = 0; row < 3; row++) b.add(7, 70, row);
    b.add(9, 90, 3);
    b.add(9, 90, 4);
    b.add(9, 90, 5);
    b.add(9, 90, 6);
    const ix = b.build();
    const out = [-1, -1, -1, -1, -1];
    // "more than `cap` entries" is skipped: exactly cap is a block of its own.
    expect(ix.find(7, 70, 3, out)).toBe(3);
    expect(out).toEqual([0, 1, 2, -1, -1]);
    expect(ix.find(9, 90, 3, out)).toBe(-1);
    expect(out).toEqual([0, 1, 2, -1, -1]);
  });

  it('reads only its own bucket: a neighbouring bucket with the same fingerprint is neither returned nor counted', () => {
    const b = createKeyIndexBuilder();
    // h1 1 and 2 fall into neighbouring buckets of the 16-bucket table; the fingerprint is equal on purpose.
    b.add(1, 5, 10);
    b.add(1, 5, 11);
    b.add(2, 5, 20);
    const ix = b.build();
    const out: number[] = [];
    expect(ix.find(2, 5, 100, out)).toBe(1);
    expect(out[0]).toBe(20);
    // The neighbour's two rows must not count towards this bucket's size.
    expect(ix.find(2, 5, 1, out)).toBe(1);
  });
});

describe('nik_near: a NIK one typing error away is a candidate, wherever the error is', () => {
  // The participant carries no name or birth date the roster row shares, so only the NIK can find it.
  const roster: RecordSpec[] = [{ nik: NIK, name: 'BUDI SANTOSO', birthDate: null }];
  const participant = (nik: string): BpjsSpec => ({ nik, name: 'WAHYU HIDAYAT', birthDate: null });

  it('one substitution, at each of the 16 positions', () => {
    for (let at = 0; at < 16; at++) {
      const { stats } = run(roster, [participant(replaceAt(NIK, at, other(NIK[at]!)))]);
      expect(found(stats), `substitution at ${at}`).toEqual({ nik_near: 1 });
    }
  });

  it('one adjacent transposition, at each of the 15 positions', () => {
    for (let at = 0; at < 15; at++) {
      const { stats } = run(roster, [participant(swapAt(NIK, at))]);
      expect(found(stats), `transposition at ${at}`).toEqual({ nik_near: 1 });
    }
  });

  it('the same 16 digits are nik_exact, not nik_near', () => {
    expect(found(run(roster, [participant(NIK)]).stats)).toEqual({ nik_exact: 1 });
  });

  it('two substitutions far apart are not a near NIK (no all-pairs fallback)', () => {
    const far = replaceAt(replaceAt(NIK, 1, other(NIK[1]!)), 14, other(NIK[14]!));
    expect(found(run(roster, [participant(far)]).stats)).toEqual({});
  });
});

describe('nik_prefix: the 15 trusted digits of an Excel-damaged NIK', () => {
  const damaged = { excel: `${NIK.slice(0, 15)}0` };

  it('a damaged roster NIK (the last row) is found from a valid BPJS NIK', () => {
    // hasDamagedNik must see the last roster row too, or valid BPJS NIKs never look prefixes up.
    const roster: RecordSpec[] = [
      { nik: makeNik('350101', '1970-02-11', 'M', 9), name: 'JOKO SUSILO', birthDate: '1970-02-11' },
      { nik: damaged, name: 'BUDI SANTOSO', birthDate: null },
    ];
    const { stats } = run(roster, [{ nik: NIK, name: 'WAHYU HIDAYAT', birthDate: null }]);
    expect(found(stats)).toEqual({ nik_prefix: 1 });
  });

  it('a damaged roster NIK alone in the roster is found too', () => {
    const { stats } = run([{ nik: damaged, name: 'BUDI SANTOSO', birthDate: null }], [{ nik: NIK, name: 'WAHYU HIDAYAT', birthDate: null }]);
    expect(found(stats)).toEqual({ nik_prefix: 1 });
  });

  it('a damaged BPJS NIK finds the valid roster NIK', () => {
    const { stats } = run([{ nik: NIK, name: 'BUDI SANTOSO', birthDate: null }], [{ nik: damaged, name: 'WAHYU HIDAYAT', birthDate: null }]);
    expect(found(stats)).toEqual({ nik_prefix: 1 });
  });
});

describe('kpj', () => {
  it('the same BPJS participant number is a candidate with nothing else in common', () => {
    const { stats } = run([{ nik: null, name: 'BUDI SANTOSO', birthDate: null, kpj: '18012345678' }], [{ nik: NIK, name: 'WAHYU HIDAYAT', birthDate: null, kpj: '18012345678' }]);
    expect(found(stats)).toEqual({ kpj: 1 });
  });
});

describe('birth_date_name: a birth date and one name token', () => {
  const one = (roster: RecordSpec, bpjs: BpjsSpec): Record<string, number> => found(run([roster], [bpjs]).stats);

  it('the roster row shares only its last name token', () => {
    expect(one({ nik: null, name: 'SITI NUR AMINAH', birthDate: '1990-01-10' }, { nik: null, name: 'AMINAH', birthDate: '1990-01-10' })).toEqual({ birth_date_name: 1 });
  });

  it('day and month swapped in the BPJS birth date (03-04 / 04-03)', () => {
    expect(one({ nik: null, name: 'SITI AMINAH', birthDate: '1990-04-03' }, { nik: null, name: 'SITI AMINAH', birthDate: '1990-03-04' })).toEqual({ birth_date_name: 1 });
  });

  it("the roster's birth-date column mistyped, its NIK carrying the BPJS birth date", () => {
    // Roster NIK (1990-01-10, woman) is unrelated to the BPJS NIK; only the NIK's date links them.
    const rosterNik = makeNik('367101', '1990-01-10', 'F', 1);
    expect(one({ nik: rosterNik, name: 'SITI AMINAH', birthDate: '1990-07-25' }, { nik: makeNik('520101', '1990-01-10', 'F', 88), name: 'SITI AMINAH', birthDate: '1990-01-10' })).toEqual({
      birth_date_name: 1,
    });
  });

  it("the BPJS birth-date column mistyped, its NIK carrying the roster's birth date", () => {
    expect(one({ nik: null, name: 'SITI AMINAH', birthDate: '1990-01-10' }, { nik: makeNik('520101', '1990-01-10', 'F', 88), name: 'SITI AMINAH', birthDate: '1990-07-25' })).toEqual({
      birth_date_name: 1,
    });
  });

  it('a roster row without a birth-date column is found by the date of its NIK', () => {
    const rosterNik = makeNik('367101', '1990-01-10', 'F', 1);
    expect(one({ nik: rosterNik, name: 'SITI AMINAH', birthDate: null }, { nik: null, name: 'SITI AMINAH', birthDate: '1990-01-10' })).toEqual({ birth_date_name: 1 });
  });

  it('a typo in the first name and the second written apart (TITIK NURHAYATI / TITIN NUR HAYATI)', () => {
    // Only the joined second and third BPJS words give the roster's last token.
    expect(one({ nik: null, name: 'TITIK NURHAYATI', birthDate: '1988-11-02' }, { nik: null, name: 'TITIN NUR HAYATI', birthDate: '1988-11-02' })).toEqual({ birth_date_name: 1 });
  });

  it('two-letter name words block (AN, not an initial)', () => {
    expect(one({ nik: null, name: 'AN NISA', birthDate: '1995-06-07' }, { nik: null, name: 'AN NAJWA', birthDate: '1995-06-07' })).toEqual({ birth_date_name: 1 });
  });
});

describe('block-size caps: weak rules at maxBlockSize, NIK and KPJ rules at maxStrongBlockSize', () => {
  // Caps far apart, so that a rule capped by the wrong setting shows.
  const caps: Partial<MatchSettings> = { maxBlockSize: 2, maxStrongBlockSize: 10 };
  // Three rows whose NIKs share the first 12 digits (one near-NIK block), each one serial digit from NIK.
  const neighbours: RecordSpec[] = [1, 2, 3].map((d, i) => ({ nik: `${NIK.slice(0, 15)}${d}`, name: `BUDI ${['SANTOSO', 'PRASETYO', 'GUNAWAN'][i]}`, birthDate: null, agency: `A${i}` }));
  const stranger: BpjsSpec = { nik: NIK, name: 'WAHYU HIDAYAT', birthDate: null };

  it('a near-NIK block above maxBlockSize but within maxStrongBlockSize is looked at', () => {
    const { stats } = run(neighbours, [stranger], caps);
    expect(found(stats)).toEqual({ nik_near: 3 });
    expect(skipped(stats)).toEqual({});
  });

  it('a near-NIK block above maxStrongBlockSize is skipped, counted as nik_near, with a run note naming the cap', () => {
    const { stats, result } = run(neighbours, [stranger], { maxBlockSize: 100, maxStrongBlockSize: 2 });
    expect(found(stats)).toEqual({});
    expect(skipped(stats)).toEqual({ nik_near: 1 });
    const note = result.notes.find((n) => n.code === 'match.note.block_skipped');
    expect(note?.params).toMatchObject({ rule: 'nik_near', count: 1, max: 2 });
  });

  it('a KPJ block above maxBlockSize is looked at (KPJ is a strong rule)', () => {
    const roster: RecordSpec[] = ['BUDI SANTOSO', 'AGUS SALIM', 'JOKO WIDODO'].map((name, i) => ({ nik: null, name, birthDate: null, kpj: '18012345678', agency: `A${i}` }));
    const { stats } = run(roster, [{ ...stranger, kpj: '18012345678' }], caps);
    expect(found(stats)).toEqual({ kpj: 3 });
  });

  it('a birth_date_name block above maxBlockSize is skipped with a note', () => {
    const roster: RecordSpec[] = ['SITI AMINAH', 'SITI RAHAYU', 'SITI HAJAR'].map((name, i) => ({ nik: null, name, birthDate: '1990-01-10', agency: `A${i}` }));
    const { stats, result } = run(roster, [{ nik: null, name: 'SITI ZULAIKHA', birthDate: '1990-01-10' }], caps);
    expect(found(stats)).toEqual({});
    expect(skipped(stats)).toEqual({ birth_date_name: 1 });
    expect(result.notes.find((n) => n.code === 'match.note.block_skipped')?.params).toMatchObject({ rule: 'birth_date_name', max: 2 });
  });

  it('a name_full block above maxBlockSize is skipped with a note', () => {
    // Namesakes born on other days in other agencies (not duplicates); the participant has no NIK, so
    // name_region has no key and the whole name is the only rule left.
    const roster: RecordSpec[] = ['1971-02-03', '1982-05-06', '1993-08-09'].map((birthDate, i) => ({ nik: null, name: 'SITI AMINAH', birthDate, agency: `A${i}` }));
    const { stats, result } = run(roster, [{ nik: null, name: 'SITI AMINAH', birthDate: '1990-01-10' }], caps);
    expect(found(stats)).toEqual({});
    expect(skipped(stats)).toEqual({ name_full: 1 });
    expect(result.notes.find((n) => n.code === 'match.note.block_skipped')?.params).toMatchObject({ rule: 'name_full', max: 2 });
  });

  it('within the cap, the same name_full block gives all three namesakes as candidates', () => {
    const roster: RecordSpec[] = ['1971-02-03', '1982-05-06', '1993-08-09'].map((birthDate, i) => ({ nik: null, name: 'SITI AMINAH', birthDate, agency: `A${i}` }));
    expect(found(run(roster, [{ nik: null, name: 'SITI AMINAH', birthDate: '1990-01-10' }], { maxBlockSize: 3 }).stats)).toEqual({ name_full: 3 });
  });
});

describe('stamps: a row found by several rules is one candidate, counted under the first rule', () => {
  it('exact NIK, KPJ, birth date and name all point at the row: one nik_exact candidate, one kept pair', () => {
    const spec: RecordSpec = { nik: NIK, name: 'BUDI SANTOSO', birthDate: '1985-03-21', kpj: '18012345678' };
    const { stats, result } = run([spec], [spec]);
    expect(found(stats)).toEqual({ nik_exact: 1 });
    expect(stats.keptPairs).toBe(1);
    expect(result.decisions[0]?.status).toBe('registered');
  });

  it('a near NIK sharing a KPJ and the birth date + name: one nik_near candidate', () => {
    const roster: RecordSpec = { nik: replaceAt(NIK, 15, other(NIK[15]!)), name: 'BUDI SANTOSO', birthDate: '1985-03-21', kpj: '18012345678' };
    const { stats } = run([roster], [{ nik: NIK, name: 'BUDI SANTOSO', birthDate: '1985-03-21', kpj: '18012345678' }]);
    expect(found(stats)).toEqual({ nik_near: 1 });
    expect(stats.keptPairs).toBe(1);
  });
});

describe('rejected rows are never candidates', () => {
  it('a rejected exact-NIK pair is not scored, and the roster row is left unregistered', () => {
    const spec: RecordSpec = { nik: NIK, name: 'BUDI SANTOSO', birthDate: '1985-03-21', kpj: '18012345678' };
    const worker = makeWorker(0, spec);
    const participant = makeParticipant(0, spec);
    const manual: ManualDecision[] = [{ roster: personKeys(worker)[0]!, bpjs: personKeys(participant)[0]!, decision: 'reject' }];
    const { stats, result } = run([spec], [spec], {}, manual);
    expect(found(stats)).toEqual({});
    expect(result.decisions[0]?.status).toBe('unregistered');
  });
});

describe('name_full, the last resort: a row carrying another person\'s NIK', () => {
  // The person's row has someone else's NIK (it encodes 1993, the row says 1974: years apart, so not
  // hers) in another region, and her birth date one day off: no NIK, birth-date or region key finds it.
  const carrier: RecordSpec = { nik: makeNik('320105', '1993-06-06', 'F', 46), name: 'ENDANG SUSANTI', birthDate: '1974-05-29', agency: 'DINAS B' };
  const endang: BpjsSpec = { nik: makeNik('337401', '1974-05-28', 'F', 8), name: 'ENDANG SUSANTI', birthDate: '1974-05-28' };

  it('is looked at after a review-only namesake, though its NIK is unrelated to the participant\'s', () => {
    // A namesake born the same day with her own NIK: kept for review only, so the name rules run, over
    // rows that may carry the participant's NIK — and rows whose NIK is not their own (doc of lookupNearBirthDate).
    const namesake: RecordSpec = { nik: makeNik('350101', '1974-05-28', 'F', 9), name: 'ENDANG SUSANTI', birthDate: '1974-05-28', agency: 'DINAS A' };
    const { stats, result } = run([namesake, carrier], [endang]);
    expect(found(stats)).toEqual({ birth_date_name: 1, name_full: 1 });
    expect(result.decisions[1]?.status).toBe('review');
    expect(result.decisions[1]?.candidates.map((c) => c.bpjs.seq)).toEqual([0]);
  });

  it('is looked at when no stronger rule found anyone', () => {
    const { stats, result } = run([carrier], [endang]);
    expect(found(stats)).toEqual({ name_full: 1 });
    expect(result.decisions[0]?.status).not.toBe('unregistered');
  });

  // Was a bug: a same-day roster row sharing only the word ENDANG (its own NIK, scored under review) made
  // the whole-name search run un-narrowed with lookupSameOrNoNik, which dropped the carrier row: the person was
  // reported unregistered. The code comment says "after failed or review-only ones, among rows born about
  // the same day" (lookupNearBirthDate, which admits a row whose NIK is not its own); `narrow` only looks at
  // name_region's candidates and kept pairs, not at block()'s failed ones.
  it("is still looked at when a same-day namesake sharing one word scored under review (failed candidate)", () => {
    const other: RecordSpec = { nik: makeNik('350101', '1974-05-28', 'F', 9), name: 'ENDANG WAHYUNI', birthDate: '1974-05-28', agency: 'DINAS A' };
    const { stats, result } = run([other, carrier], [endang]);
    expect(stats.candidatesByRule.name_full).toBe(1);
    expect(result.decisions[1]?.status).not.toBe('unregistered');
  });
});
