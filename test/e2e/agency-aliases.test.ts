import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// Agency aliases from rekon.toml reach the roster however it is read: by a reader thread (a file) or
// on the main thread (stdin), in reconcile and in budget.
const dir = mkdtempSync(join(tmpdir(), 'rekon-aliases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FULL = 'Dinas Lingkungan Hidup dan Kebersihan';
const config = join(dir, 'rekon.toml');
writeFileSync(config, `[agencies.aliases]\ndlhk = "${FULL}"\n`);
const roster = 'NO,NAMA,NIK,TGL LAHIR,OPD,GAJI\n1,SITI AMINAH,3671015001900001,10-01-1990,DLHK,2500000\n2,BUDI SANTOSO,3273012203850004,22-03-1985,Satpol PP,2000000\n';
const rosterPath = join(dir, 'roster.csv');
writeFileSync(rosterPath, roster);
const bpjsPath = join(dir, 'bpjs.csv');
writeFileSync(bpjsPath, 'NO,KPJ,NIK,NAMA,TGL LAHIR,UPAH,STATUS KEPESERTAAN\n1,12000438998,3671015001900001,SITI AMINAH,10-01-1990,2500000,AKTIF\n');

const agencies = (csv: string): string[] => {
  const [header, ...rows] = csv.trim().split('\n');
  const col = header!.split(',').indexOf('agency');
  return rows.map((r) => r.split(',')[col]!);
};

describe('agency aliases from the config', () => {
  it.each([
    { via: 'a reader thread (file)', roster: rosterPath, input: undefined },
    { via: 'the main thread (stdin)', roster: '-', input: roster },
  ])('apply in reconcile when the roster is read by $via', ({ roster: r, input }) => {
    const res = runRekon(['reconcile', '--config', config, '--roster', r, '--bpjs', bpjsPath, '--format', 'csv', '--quiet'], input === undefined ? {} : { input });
    expect(res.code).toBe(0);
    expect(agencies(res.stdout)).toEqual([FULL, 'Satpol PP']);
  });

  it('apply in budget', () => {
    const out = join(dir, 'budget-out');
    const res = runRekon(['budget', '--config', config, '--roster', rosterPath, '--out', out, '--quiet']);
    expect(res.code).toBe(0);
    // Budget lines are grouped by the agency key (upper-cased).
    const csv = readFileSync(join(out, 'budget.csv'), 'utf8');
    expect(csv).toContain(`${FULL.toUpperCase()},all_roster,jkk,1,`);
    expect(csv).not.toContain('DLHK');
  });
});
