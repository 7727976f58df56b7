import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// Namesakes born the same day without a NIK, and the review decisions taken about them (exploratory
// round 4, repros 01, 02, 03, 09), through the built binary. All NIKs and KPJs are synthetic.
const dir = mkdtempSync(join(tmpdir(), 'rekon-namesakes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, lines: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

function records(csv: string): Record<string, string>[] {
  return parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
}

const ROSTER_HEAD = 'NO,NIK,NAMA,OPD,TGL LAHIR,HONOR';
const TEGUH_DISHUB = ',,TEGUH PRASETYO,DINAS PERHUBUNGAN,15-06-1990,2000000';
const TEGUH_SATPOL = ',,TEGUH PRASETYO,SATPOL PP,15-06-1990,2000000';
const bpjs = file('bpjs.csv', [
  'No,KPJ,NIK,Nama,Tgl Lahir,Upah,Status',
  '1,26010000011,3201011506900011,TEGUH PRASETYO,15-06-1990,2000000,AKTIF',
  '2,26010000012,3201021506900012,TEGUH PRASETYO,15-06-1990,2000000,AKTIF',
]);

describe('two namesakes without NIK on the rosters, two in BPJS (repro 01)', () => {
  it('are both reviewed with both candidates, not paired by row order', () => {
    const roster = file('roster-2x2.csv', [ROSTER_HEAD, `1${TEGUH_DISHUB}`, `2${TEGUH_SATPOL}`]);
    const out = join(dir, 'out-2x2');
    const res = runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--out', out, '--lang', 'en', '--quiet']);
    expect(res.code).toBe(0);
    const workers = records(readFileSync(join(out, 'workers.csv'), 'utf8'));
    expect(workers.map((w) => [w.agency, w.status, w.match_method])).toEqual([
      ['DINAS PERHUBUNGAN', 'review', 'none'],
      ['SATPOL PP', 'review', 'none'],
    ]);
    const review = records(readFileSync(join(out, 'review.csv'), 'utf8'));
    expect(review.map((r) => [r.roster_agency, r.bpjs_kpj])).toEqual([
      ['DINAS PERHUBUNGAN', '26010000011'],
      ['DINAS PERHUBUNGAN', '26010000012'],
      ['SATPOL PP', '26010000011'],
      ['SATPOL PP', '26010000012'],
    ]);
  });
});

describe('rejecting one of two namesake candidates (repro 02)', () => {
  it('leaves the row in review with the other candidate, never matched by itself', () => {
    const roster = file('roster-one.csv', [ROSTER_HEAD, `1${TEGUH_SATPOL}`]);
    const jan = join(dir, 'jan-02');
    expect(runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--out', jan, '--quiet']).code).toBe(0);
    // Skip candidate 1, reject candidate 2.
    const session = runRekon(['--lang', 'en', 'review', join(jan, 'review.csv')], { input: 's\nr\nq\n' });
    expect(session.code).toBe(0);
    const feb = join(dir, 'feb-02');
    const res = runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--decisions', join(jan, 'decisions.csv'), '--out', feb, '--lang', 'en', '--quiet']);
    expect(res.code).toBe(0);
    const [teguh] = records(readFileSync(join(feb, 'workers.csv'), 'utf8'));
    expect([teguh?.status, teguh?.match_method]).toEqual(['review', 'none']);
    expect(teguh?.reasons).toMatch(/^another participant a review decision settled \(rejected for this row/);
    const review = records(readFileSync(join(feb, 'review.csv'), 'utf8'));
    expect(review.map((r) => r.bpjs_kpj)).toEqual(['26010000011']);
  });
});

describe('a decision whose name key fits a namesake who joined since (repro 03)', () => {
  const jan = join(dir, 'jan-03');
  const feb = file('feb-03.csv', [ROSTER_HEAD, `1${TEGUH_DISHUB}`, `2${TEGUH_SATPOL}`]);
  it('applies to the row of the agency it was taken in; the newcomer is reviewed', () => {
    const roster = file('jan-03.csv', [ROSTER_HEAD, `1${TEGUH_SATPOL}`]);
    expect(runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--out', jan, '--quiet']).code).toBe(0);
    expect(runRekon(['review', join(jan, 'review.csv')], { input: 'a\nq\n' }).code).toBe(0);
    const out = join(dir, 'feb-03');
    const res = runRekon(['reconcile', '--roster', feb, '--bpjs', bpjs, '--decisions', join(jan, 'decisions.csv'), '--out', out, '--lang', 'en']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('review decisions: 1 of 1 apply');
    const workers = records(readFileSync(join(out, 'workers.csv'), 'utf8'));
    expect(workers.map((w) => [w.agency, w.status, w.match_method, w.kpj])).toEqual([
      // Its best candidate: the namesake the decision did not settle.
      ['DINAS PERHUBUNGAN', 'review', 'none', '26010000012'],
      ['SATPOL PP', 'registered', 'manual', '26010000011'],
    ]);
  });

  it('is applied to neither row when nothing tells them apart, and says which rows', () => {
    // Typed by hand: keys only, no roster_agency.
    const decisions = file('typed-03.csv', ['decision,roster_key,bpjs_key', 'accept,name:PRASETYO TEGUH|1990-06-15,nik:3201011506900011']);
    const res = runRekon(['reconcile', '--roster', feb, '--bpjs', bpjs, '--decisions', decisions, '--format', 'csv', '--lang', 'en']);
    expect(res.code).toBe(0);
    expect(records(res.stdout).map((w) => w.status)).toEqual(['review', 'review']);
    const note = res.stderr.split('\n').find((l) => l.includes('not used'));
    expect(note).toMatch(/fit 2 roster rows \(TEGUH PRASETYO \(1990-06-15, DINAS PERHUBUNGAN, .*feb-03\.csv:2\); TEGUH PRASETYO \(1990-06-15, SATPOL PP, .*feb-03\.csv:3\)\)/);
  });
});

describe('a decision made stale by a NIK filled in or corrected (repro 09)', () => {
  it('says the real reason and names the people as the officer knows them, in both languages', () => {
    const bpjs09 = file('bpjs-09.csv', [
      'No,KPJ,NIK,Nama,Tgl Lahir,Upah,Status',
      '1,26010000011,3201011506900011,TEGUH PRASETYO,15-06-1990,2000000,AKTIF',
      '2,26010000012,3201021506900012,TEGUH PRASETYO,15-06-1990,2000000,AKTIF',
      '3,26010000004,1204010708880099,KRISTOFORUS NDRURU,07-08-1988,1800000,AKTIF',
    ]);
    const jan = join(dir, 'jan-09');
    const janRoster = file('jan-09.csv', [ROSTER_HEAD, `1${TEGUH_SATPOL}`, '2,3201010708880004,KRISTOFORUS NDRURU,DINAS PENDIDIKAN,07-08-1988,1800000']);
    expect(runRekon(['reconcile', '--roster', janRoster, '--bpjs', bpjs09, '--out', jan, '--quiet']).code).toBe(0);
    expect(runRekon(['review', join(jan, 'review.csv')], { input: 'a\na\nq\n' }).code).toBe(0);
    const feb = file('feb-09.csv', [ROSTER_HEAD, '1,3201021506900012,TEGUH PRASETYO,SATPOL PP,15-06-1990,2000000', '2,1204010708880099,KRISTOFORUS NDRURU,DINAS PENDIDIKAN,07-08-1988,1800000']);
    const notes = (lang: string): string[] =>
      runRekon(['reconcile', '--roster', feb, '--bpjs', bpjs09, '--decisions', join(jan, 'decisions.csv'), '--format', 'csv', '--lang', lang]).stderr.split('\n').filter((l) => l.includes('↔'));
    const en = notes('en');
    expect(en).toHaveLength(2);
    expect(en[0]).toMatch(/decision accept TEGUH PRASETYO \(1990-06-15, SATPOL PP\) ↔ TEGUH PRASETYO \(KPJ 26\*+11\) no longer applies: the NIK now filled in for .* is not that participant's but the NIK of TEGUH PRASETYO \(KPJ 26\*+12/);
    expect(en[1]).toMatch(/decision accept KRISTOFORUS NDRURU \(1988-08-07, DINAS PENDIDIKAN\) ↔ KRISTOFORUS NDRURU \(KPJ 26\*+04\) is no longer needed/);
    for (const line of en) expect(line).not.toMatch(/name:|nik:|not in this data/);
    const id = notes('id');
    expect(id[0]).toMatch(/^rekon: peringatan: keputusan terima TEGUH PRASETYO .* bukan NIK peserta itu, melainkan NIK TEGUH PRASETYO/);
    expect(id[1]).toMatch(/keputusan terima KRISTOFORUS NDRURU .* tidak diperlukan lagi/);
    for (const line of id) expect(line).not.toMatch(/accept|name:|nik:/);
  });
});
