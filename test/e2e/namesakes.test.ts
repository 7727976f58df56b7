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
    expect(teguh?.reasons).toMatch(/^a participant rejected in review is nearly as strong/);
    const review = records(readFileSync(join(feb, 'review.csv'), 'utf8'));
    expect(review.map((r) => r.bpjs_kpj)).toEqual(['26010000011']);
  });
});
