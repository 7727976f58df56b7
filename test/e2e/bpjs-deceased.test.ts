import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// Exploratory round 4, C06: a roster worker whom BPJS records as dead was `inactive`, budgeted "to reactivate" like
// a lapse, with nothing in problems.csv. Synthetic NIKs.
const dir = mkdtempSync(join(tmpdir(), 'rekon-bpjs-deceased-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const roster = join(dir, 'roster.csv');
const bpjs = join(dir, 'bpjs.csv');
writeFileSync(roster, 'NO,NAMA,NIK,TGL LAHIR,OPD,HONOR\n1,JAJANG NURJAMAN,3201011010750008,10-10-1975,SATPOL PP,Rp 2.000.000\n2,CECEP SUPRIATNA,3201010303800007,03-03-1980,SATPOL PP,Rp 2.000.000\n');
writeFileSync(
  bpjs,
  'No,KPJ,NIK,Nama,Tgl Lahir,Upah,Status\n1,26010000008,3201011010750008,JAJANG NURJAMAN,10-10-1975,Rp 2.000.000,Meninggal\n2,26010000007,3201010303800007,CECEP SUPRIATNA,03-03-1980,Rp 2.000.000,NON AKTIF\n',
);

describe('a roster worker BPJS records as deceased', () => {
  const out = join(dir, 'out');
  const r = runRekon(['--lang', 'en', 'reconcile', '--roster', roster, '--bpjs', bpjs, '--out', out]);
  const csv = (name: string): string[][] => readFileSync(join(out, name), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(','));

  it('stays inactive, with a bpjs_deceased problem on its roster row naming the BPJS row', () => {
    expect(r.code, r.stderr).toBe(0);
    const workers = csv('workers.csv');
    const status = workers[0]!.indexOf('status');
    expect(workers.slice(1).map((c) => c[status])).toEqual(['inactive', 'inactive']);
    const problems = readFileSync(join(out, 'problems.csv'), 'utf8');
    expect(problems).toMatch(/roster\.csv,,2,,bpjs_deceased,/);
    expect(problems).toMatch(/\(""Meninggal"", [^,]*bpjs\.csv:2\)/);
    expect(problems.trim().split('\n')).toHaveLength(2);
  });

  it('is left out of the cost to reactivate, and the budget says so', () => {
    const budget = csv('budget.csv');
    const [group, workers] = [budget[0]!.indexOf('group'), budget[0]!.indexOf('workers')];
    const inactive = budget.filter((c) => c[0] === 'TOTAL' && c[group] === 'inactive');
    expect(inactive.map((c) => c[workers])).toEqual(['1', '1']); // CECEP only, JKK and JKM
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { budget: { notes: string[] }; problems: { by_kind: Record<string, number> } };
    expect(summary.problems.by_kind).toEqual({ bpjs_deceased: 1 });
    expect(summary.budget.notes.join('\n')).toContain('1 worker matched to a participant BPJS records as deceased is not counted in the cost to reactivate');
  });
});
