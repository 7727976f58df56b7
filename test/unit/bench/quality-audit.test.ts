// Mutation audit of bench/quality.mjs: the figures we publish (precision, recall, F1, review rate,
// duplicates, the exact-NIK VLOOKUP baseline) must follow their definitions. Hand-made truth with
// counts worked out by hand; main() (not exported) is run as a child against a stub rekon
// (REKON_BENCH_BIN) so the printed "all" row and --check are checked without the real CLI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateWorld } from '../../../bench/lib/people.mjs';
import type { TruthRow } from '../../../bench/lib/people.mjs';

interface Worker { status: string; match_method: string; roster_row: string; bpjs_row: string }
interface Score {
  rosterRows: number; truthPairs: number; tp: number; fp: number; recalledPairs: number;
  precision: number; recall: number; f1: number; review: number; reviewRate: number;
  dupTruth: number; dupFound: number; dupPredicted: number; dupCorrect: number;
  baseline: { tp: number; fp: number; precision: number; recall: number };
  statusCount: Record<string, number>; missedByTag: Record<string, number>; pairsByTag: Record<string, number>; wrongByTag: Record<string, number>;
}
interface QualityModule {
  scoreRun(a: { workers: Worker[]; truth: { roster: TruthRow[] }; rosterRows: { row: number; nik: string }[]; bpjsRecords: { row: number; nik: string }[] }): Score;
  vlookupClean(nik: unknown): string;
  TARGETS: { precision: number; recall: number; reviewRate: number };
}
// quality.mjs has no type declarations; a computed specifier keeps tsc from looking for them.
const QUALITY = '../../../bench/quality.mjs';
const q = (await import(QUALITY)) as QualityModule;
const REPO = join(import.meta.dirname, '..', '..', '..');

const tr = (roster_row: number, bpjs_row: number | null, expected: TruthRow['expected'], tags: string[] = [], dup_of: number | null = null): TruthRow => ({ roster_row, bpjs_row, dup_of, person: roster_row, expected, tags });
// 7 roster rows, 4 true pairs: 2↔10, 3↔11 (inactive), 6↔12, 7↔13. Row 5 lists row 2's person again;
// rows 4 and 8 are not in the export. The duplicate and the unregistered rows are not pairs to find.
const TRUTH = { roster: [
  tr(2, 10, 'registered', ['title']), tr(3, 11, 'inactive', ['non_active']), tr(4, null, 'unregistered'),
  tr(5, 10, 'duplicate', ['duplicate'], 2), tr(6, 12, 'registered', ['nik_typo']), tr(7, 13, 'registered'),
  tr(8, null, 'unregistered', ['same_name', 'hard_negative']),
] };
const w = (row: number, status: string, method = 'none', bpjs: number | '' = ''): Worker => ({ status, match_method: method, roster_row: String(row), bpjs_row: String(bpjs) });
const PERFECT = [w(2, 'registered', 'nik', 10), w(3, 'inactive', 'fuzzy', 11), w(4, 'unregistered'), w(5, 'duplicate', 'nik', 10), w(6, 'registered', 'fuzzy', 12), w(7, 'registered', 'nik', 13), w(8, 'unregistered')];
const withRow = (row: number, x: Worker) => PERFECT.map((p) => (Number(p.roster_row) === row ? x : p));
const score = (workers: Worker[], rosterRows: { row: number; nik: string }[] = [], bpjsRecords: { row: number; nik: string }[] = []) => q.scoreRun({ workers, truth: TRUTH, rosterRows, bpjsRecords });

describe('scoreRun: precision, recall, F1', () => {
  it('a perfect run: 4 true pairs (duplicate and unregistered rows excluded, inactive included), all found', () => {
    const s = score(PERFECT);
    expect([s.rosterRows, s.truthPairs, s.tp, s.fp, s.recalledPairs]).toEqual([7, 4, 4, 0, 4]);
    expect([s.precision, s.recall, s.f1, s.review, s.reviewRate]).toEqual([1, 1, 1, 0, 0]);
    expect(s.missedByTag).toEqual({});
    expect(s.pairsByTag).toEqual({ title: 1, non_active: 1, nik_typo: 1, '(clean)': 1 });
  });

  // Auto-accepted = status registered|inactive AND match_method nik|fuzzy; a manual (human) pair,
  // a review, a duplicate carrying the person's match are not auto-accepted.
  const combos: [string, string, boolean][] = [
    ['registered', 'nik', true], ['registered', 'fuzzy', true], ['inactive', 'nik', true], ['inactive', 'fuzzy', true],
    ['registered', 'manual', false], ['registered', 'none', false], ['review', 'fuzzy', false], ['review', 'nik', false],
    ['duplicate', 'nik', false], ['unregistered', 'fuzzy', false],
  ];
  for (const [status, method, accepted] of combos) {
    it(`status ${status} + method ${method} on a true pair ${accepted ? 'is' : 'is not'} an auto-accepted pair`, () => {
      const s = score(withRow(7, w(7, status, method, 13)));
      expect(s.tp).toBe(accepted ? 4 : 3);
      expect(s.fp).toBe(0);
      expect(s.recall).toBe(accepted ? 1 : 0.75);
      expect(s.precision).toBe(1);
      if (!accepted) expect(s.missedByTag).toEqual({ '(clean)': 1 });
    });
  }

  it('two pairs swapped: 2 right, 2 wrong → precision 0.5, recall 0.5, F1 0.5', () => {
    const s = score(withRow(6, w(6, 'registered', 'fuzzy', 13)).map((x) => (x.roster_row === '7' ? w(7, 'registered', 'nik', 12) : x)));
    expect([s.tp, s.fp, s.recalledPairs]).toEqual([2, 2, 2]);
    expect([s.precision, s.recall, s.f1]).toEqual([0.5, 0.5, 0.5]);
    expect(s.wrongByTag.nik_typo).toBe(1);
    expect(s.missedByTag).toEqual({ nik_typo: 1, '(clean)': 1 });
  });

  it('F1 is the harmonic mean: precision 1, recall 0.75 → 6/7', () => {
    const s = score(withRow(3, w(3, 'review')));
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.75);
    expect(s.f1).toBeCloseTo(6 / 7, 12);
  });

  it('every accept wrong and nothing found: F1 is 0, not NaN', () => {
    const s = score([w(2, 'registered', 'nik', 11), w(3, 'inactive', 'nik', 10), w(6, 'registered', 'nik', 13), w(7, 'registered', 'nik', 12)]);
    expect([s.precision, s.recall, s.f1]).toEqual([0, 0, 0]);
  });

  // Nothing accepted means no wrong accept: precision is vacuously 1 and the run fails on recall,
  // not on precision (--check names the target actually missed). Same for an empty VLOOKUP.
  it('nothing accepted: precision 1, recall 0, F1 0; the baseline with no hit likewise', () => {
    const s = score(PERFECT.map((x) => ({ ...x, status: x.status === 'duplicate' ? 'duplicate' : 'review', match_method: 'none' })), [{ row: 2, nik: '' }], [{ row: 10, nik: '3273014501900001' }]);
    expect([s.tp, s.fp, s.precision, s.recall, s.f1]).toEqual([0, 0, 1, 0, 0]);
    expect(s.baseline).toEqual({ tp: 0, fp: 0, precision: 1, recall: 0 });
  });

  it('an accepted row with no BPJS row, or a row the truth does not know, is a wrong pair', () => {
    const s = score([...withRow(4, w(4, 'registered', 'fuzzy', '')), w(99, 'registered', 'nik', 14)]);
    expect([s.tp, s.fp]).toEqual([4, 2]);
    expect(s.precision).toBeCloseTo(4 / 6, 12);
    expect(s.wrongByTag['(no truth row)']).toBe(1);
  });

  it('an unregistered row accepted to a hard negative is wrong (precision 4/5), recall unchanged', () => {
    const s = score(withRow(8, w(8, 'registered', 'fuzzy', 20)));
    expect([s.tp, s.fp, s.recall]).toEqual([4, 1, 1]);
    expect(s.wrongByTag).toEqual({ same_name: 1, hard_negative: 1 });
  });
});

describe('scoreRun: a person listed twice', () => {
  it('rekon keeps the later listing and calls the first one the duplicate: still a right pair, recall 1', () => {
    const s = score(withRow(2, w(2, 'duplicate', 'nik', 10)).map((x) => (x.roster_row === '5' ? w(5, 'registered', 'nik', 10) : x)));
    expect([s.tp, s.fp, s.recalledPairs, s.recall, s.precision]).toEqual([4, 0, 4, 1, 1]);
    expect(s.missedByTag).toEqual({});
  });

  it('both listings accepted to the one BPJS row: one right, one wrong (one-to-one)', () => {
    const s = score(withRow(5, w(5, 'registered', 'nik', 10)));
    expect([s.tp, s.fp, s.recalledPairs]).toEqual([4, 1, 4]);
    expect(s.precision).toBeCloseTo(0.8, 12);
  });

  it('the later listing accepted to another BPJS row is wrong and does not stand in for the first', () => {
    const s = score(withRow(2, w(2, 'duplicate', 'nik', 10)).map((x) => (x.roster_row === '5' ? w(5, 'registered', 'nik', 12) : x)));
    expect([s.tp, s.fp, s.recalledPairs]).toEqual([3, 1, 3]);
    expect(s.missedByTag).toEqual({ title: 1 });
  });

  it('duplicate detection: found when either row of a truth pair is marked, precision of the marks', () => {
    expect([score(PERFECT).dupTruth, score(PERFECT).dupFound, score(PERFECT).dupPredicted, score(PERFECT).dupCorrect]).toEqual([1, 1, 1, 1]);
    const firstMarked = score(withRow(2, w(2, 'duplicate', 'nik', 10)).map((x) => (x.roster_row === '5' ? w(5, 'registered', 'nik', 10) : x)));
    expect([firstMarked.dupFound, firstMarked.dupPredicted, firstMarked.dupCorrect]).toEqual([1, 1, 1]);
    const wrongMark = score(withRow(5, w(5, 'registered', 'nik', 10)).map((x) => (x.roster_row === '8' ? w(8, 'duplicate') : x)));
    expect([wrongMark.dupFound, wrongMark.dupPredicted, wrongMark.dupCorrect]).toEqual([0, 1, 0]);
  });
});

describe('scoreRun: review rate', () => {
  it('is review rows / roster rows', () => {
    const s = score(withRow(3, w(3, 'review')).map((x) => (x.roster_row === '8' ? w(8, 'review') : x)));
    expect(s.review).toBe(2);
    expect(s.reviewRate).toBeCloseTo(2 / 7, 12);
    expect(s.statusCount).toEqual({ registered: 3, review: 2, unregistered: 1, duplicate: 1 });
  });

  // Was a bug: the per-seed rate divided by workers.csv rows, the "all" row by truth roster rows;
  // when workers.csv lacked a roster row the two disagreed (2/6 vs 2/7 here).
  it('uses the roster rows (truth), not the workers.csv rows, as denominator', () => {
    const s = score(withRow(3, w(3, 'review')).map((x) => (x.roster_row === '8' ? w(8, 'review') : x)).filter((x) => x.roster_row !== '4'));
    expect(s.reviewRate).toBeCloseTo(2 / 7, 12);
  });
});

describe('exact-NIK VLOOKUP baseline', () => {
  const A = '3273014501900001';
  const B = '3273015203850002';
  const C = '3201011709880003';
  const D = '9471010101700004';
  const E = '3578014404920005';
  const bpjs = [{ row: 10, nik: A }, { row: 11, nik: B }, { row: 12, nik: C }, { row: 13, nik: D }, { row: 14, nik: E }, { row: 15, nik: '' }];
  const roster = [
    { row: 2, nik: `'${A}` }, // apostrophe: cleaned → hit 10 (right)
    { row: 3, nik: ` ${B.slice(0, 4)} ${B.slice(4, 8)} ${B.slice(8, 12)} ${B.slice(12)} ` }, // spaces → hit 11 (right)
    { row: 4, nik: E }, // unregistered row carrying a BPJS-only person's NIK → hit 14 (wrong)
    { row: 5, nik: A }, // duplicate listing: not scored
    { row: 6, nik: C.slice(0, 15) + '9' }, // typo: no hit
    { row: 7, nik: `${D}.0` }, // ".0" → hit 13 (right)
    { row: 8, nik: '' }, // empty never matches the empty BPJS NIK
    { row: 99, nik: B }, // a row the truth does not know: not scored
  ];
  it('counts hits that are true pairs, on non-duplicate rows; recall over all true pairs', () => {
    const b = score(PERFECT, roster, bpjs).baseline;
    expect(b).toEqual({ tp: 3, fp: 1, precision: 0.75, recall: 0.75 });
  });

  it('first hit wins, like VLOOKUP: an earlier BPJS row with the same NIK takes the lookup', () => {
    const b = score(PERFECT, roster, [{ row: 9, nik: D }, ...bpjs]).baseline;
    expect(b).toEqual({ tp: 2, fp: 2, precision: 0.5, recall: 0.5 });
  });

  it('vlookupClean does what a spreadsheet user does, and no more', () => {
    expect(q.vlookupClean(`'${A}`)).toBe(A);
    expect(q.vlookupClean(`  ${A}  `)).toBe(A);
    expect(q.vlookupClean('3273 0145 0190 0001')).toBe(A);
    expect(q.vlookupClean(`${A}.0`)).toBe(A);
    expect(q.vlookupClean(`${A}.00`)).toBe(A);
    expect(q.vlookupClean('3.27301E+15')).toBe('3.27301E+15');
    expect(q.vlookupClean(`${A.slice(0, 15)}0`)).toBe(`${A.slice(0, 15)}0`);
    expect(q.vlookupClean(null)).toBe('');
    expect(q.vlookupClean(undefined)).toBe('');
  });
});

it('targets are those of issue 3', () => {
  expect(q.TARGETS).toEqual({ precision: 0.999, recall: 0.99, reviewRate: 0.02 });
});

// --- main(), through the script: a stub rekon answers from the truth file next to the roster.
// Modes: perfect; miss (true pairs on rows ≡ 0 mod 5 sent to review); wrong (true pairs on rows ≡ 0
// mod 7 accepted to BPJS row 1, which does not exist). STUB_EXIT sets its exit code.
const STUB = `import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
const a = process.argv.slice(2);
const roster = a[a.indexOf('--roster') + 1];
const out = a[a.indexOf('--out') + 1];
const truth = JSON.parse(readFileSync(join(dirname(roster), 'truth.json'), 'utf8')).roster;
const mode = process.env.STUB_MODE;
let csv = 'status,match_method,roster_row,bpjs_row\\n';
for (const t of truth) {
  let status = t.expected, method = t.bpjs_row === null ? 'none' : 'nik', bpjs = t.bpjs_row ?? '';
  const pair = t.dup_of === null && t.bpjs_row !== null;
  if (pair && mode === 'miss' && t.roster_row % 5 === 0) [status, method, bpjs] = ['review', 'none', ''];
  if (pair && mode === 'wrong' && t.roster_row % 7 === 0) bpjs = 1;
  csv += [status, method, t.roster_row, bpjs].join(',') + '\\n';
}
writeFileSync(join(out, 'workers.csv'), csv);
process.exit(Number(process.env.STUB_EXIT ?? 0));
`;
const stubDir = mkdtempSync(join(tmpdir(), 'quality-audit-'));
const stubBin = join(stubDir, 'rekon-stub.mjs');
writeFileSync(stubBin, STUB);
afterAll(() => rmSync(stubDir, { recursive: true, force: true }));

// Odd sizes so no other run's cached world in bench/out/quality is reused or clobbered.
const ROWS = 83;
const BPJS_ROWS = 91;
const SEEDS = [4, 5];
function runQuality(mode: string, exit = 0, extra: string[] = []) {
  return spawnSync(process.execPath, [join(REPO, 'bench', 'quality.mjs'), '--rows', String(ROWS), '--bpjs-rows', String(BPJS_ROWS), '--seeds', SEEDS.join(','), ...extra], {
    cwd: REPO, encoding: 'utf8', timeout: 60_000, env: { ...process.env, REKON_BENCH_BIN: stubBin, STUB_MODE: mode, STUB_EXIT: String(exit) },
  });
}
// The 'all' row's cells: seed, pairs, precision, recall, F1, review, dup found, dup prec, VLOOKUP P, R, F1.
const allRow = (stdout: string) => stdout.split('\n').find((l) => l.startsWith('all '))?.trim().split(/\s+/) ?? [];
// Expected counts, from the same worlds (generateWorld is what generate.mjs writes).
const worlds = SEEDS.map((seed) => [...generateWorld({ rows: ROWS, bpjsRows: BPJS_ROWS, seed })].flatMap((c) => c.truth));
const pairs = worlds.flat().filter((t) => t.dup_of === null && t.bpjs_row !== null);
const f4 = (x: number) => x.toFixed(4);

describe('quality.mjs main (stub rekon)', () => {
  it('perfect answers: the all row shows 1.0000 / 1.0000 / 1.0000, 0.00% review, check passes', () => {
    const r = runQuality('perfect', 0, ['--check']);
    expect(r.status, r.stderr).toBe(0);
    expect(allRow(r.stdout).slice(1, 6)).toEqual([String(pairs.length), '1.0000', '1.0000', '1.0000', '0.00%']);
    expect(r.stdout).toContain('check passed');
  });

  it('misses summed over seeds (micro average): recall = found / all pairs, review = reviews / all roster rows; check fails on recall', () => {
    const missed = pairs.filter((t) => t.roster_row % 5 === 0).length;
    expect(missed).toBeGreaterThan(5);
    const r = runQuality('miss', 1, ['--check']); // exit 1 from rekon (a --fail-on condition) is still a run
    const recall = (pairs.length - missed) / pairs.length;
    const f1 = (2 * recall) / (1 + recall);
    expect(allRow(r.stdout).slice(1, 6)).toEqual([String(pairs.length), '1.0000', f4(recall), f4(f1), ((missed / (ROWS * SEEDS.length)) * 100).toFixed(2) + '%']);
    expect(r.stdout).toContain(`CHECK FAILED: recall ${f4(recall)} < 0.99`);
    expect(r.status).toBe(1);
  });

  it('wrong accepts: precision = right / accepted; check fails on precision', () => {
    const wrong = pairs.filter((t) => t.roster_row % 7 === 0).length;
    expect(wrong).toBeGreaterThan(3);
    const r = runQuality('wrong', 0, ['--check']);
    const p = (pairs.length - wrong) / pairs.length;
    expect(allRow(r.stdout).slice(1, 5)).toEqual([String(pairs.length), f4(p), f4(p), f4(p)]);
    expect(r.stdout).toMatch(/CHECK FAILED: precision [\d.]+ < 0\.999/);
    expect(r.status).toBe(1);
  });

  it('without --check a missed target is printed but exits 0', () => {
    const r = runQuality('wrong');
    expect(r.stdout).not.toContain('CHECK');
    expect(r.status).toBe(0);
  });

  it('rekon failing (exit 2) stops the benchmark with exit 3 and its stderr', () => {
    const r = runQuality('perfect', 2);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('quality: rekon exited with 2 for seed 4');
  });
});

describe('quality.mjs main: the VLOOKUP columns', () => {
  // Heavier NIK damage so the baseline both misses and errs; expected figures computed here from
  // the same worlds with the cleaning the README describes (trim, apostrophe, spaces, ".0").
  const rates = { nikNoise: 0.3, excelDamage: 0.15, nikTypo: 0.1, nikMissing: 0.05, wrongRowNik: 0.05 };
  const clean = (s: unknown) => String(s ?? '').trim().replace(/^'/, '').replace(/\s+/g, '').replace(/\.0+$/, '');
  function baseline(seed: number) {
    const chunks = [...generateWorld({ rows: ROWS, bpjsRows: BPJS_ROWS, seed, rates })];
    const first = new Map<string, number>();
    for (const b of chunks.flatMap((c) => c.bpjs)) if (clean(b.fields[2]) !== '' && !first.has(clean(b.fields[2]))) first.set(clean(b.fields[2]), b.row);
    const truth = new Map(chunks.flatMap((c) => c.truth).map((t) => [t.roster_row, t]));
    let tp = 0;
    let fp = 0;
    for (const r of chunks.flatMap((c) => c.roster)) {
      const t = truth.get(r.row);
      const hit = first.get(clean(r.fields[2]));
      if (!t || t.dup_of !== null || hit === undefined) continue;
      if (t.bpjs_row === hit) tp++;
      else fp++;
    }
    const nPairs = [...truth.values()].filter((t) => t.dup_of === null && t.bpjs_row !== null).length;
    return { tp, fp, nPairs };
  }
  it('per seed and summed: precision, recall over all true pairs, F1', () => {
    const r = runQuality('perfect', 0, ['--rates', JSON.stringify(rates)]);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const sum = { tp: 0, fp: 0, nPairs: 0 };
    const cells = (p: number, rr: number) => [f4(p), f4(rr), f4(p + rr === 0 ? 0 : (2 * p * rr) / (p + rr))];
    for (const seed of SEEDS) {
      const b = baseline(seed);
      expect(b.fp).toBeGreaterThan(0);
      sum.tp += b.tp;
      sum.fp += b.fp;
      sum.nPairs += b.nPairs;
      const row = lines.find((l) => l.startsWith(`${seed} `))?.trim().split(/\s+/) ?? [];
      expect(row.slice(8)).toEqual(cells(b.tp / (b.tp + b.fp), b.tp / b.nPairs));
    }
    expect(sum.tp).toBeLessThan(sum.nPairs - 5);
    expect(allRow(r.stdout).slice(8)).toEqual(cells(sum.tp / (sum.tp + sum.fp), sum.tp / sum.nPairs));
  });
});
