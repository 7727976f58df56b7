// Why this file exists: exploratory repro 09. IMAS SARTIKA left DLH's roster file between October and November
// and joined SATPOL PP's (another wage, same NIK, still registered). `rekon diff` said "No changes.", its CSV was a
// header only and --fail-on stayed 0, while the budget table moved DLH's line down and SATPOL PP's up: budget
// changes with no person behind them. The move is now `agency_changed`. Synthetic NIKs (region 3273 01).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

const HEADER = 'NO,NAMA,NIK,TGL LAHIR,OPD,UPAH\n';
const ASEP = '3273010808830007,08-08-1983';
const IMAS = '3273016009890011,20-09-1989';
const HENDRA = '3273011707860012,17-07-1986';

let tmp: string;
let oct: string;
let nov: string;

function month(name: string, files: Record<string, string>): string {
  const roster = join(tmp, name, 'roster');
  mkdirSync(roster, { recursive: true });
  for (const [file, rows] of Object.entries(files)) writeFileSync(join(roster, file), HEADER + rows);
  const out = join(tmp, `lap-${name}`);
  const r = runRekon(['reconcile', '--roster', roster, '--bpjs', join(tmp, 'bpjs.csv'), '--out', out, '--no-xlsx-report', '--quiet']);
  expect(r.code).toBe(0);
  return out;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'rekon-diff-move-'));
  writeFileSync(
    join(tmp, 'bpjs.csv'),
    `No,KPJ,NIK,Nama,Tgl Lahir,Upah,Status\n1,26101000052,${ASEP.split(',')[0]},ASEP SURYANA,08-08-1983,1800000,AKTIF\n2,26111000011,${IMAS.split(',')[0]},IMAS SARTIKA,20-09-1989,1800000,AKTIF\n3,26101000086,${HENDRA.split(',')[0]},HENDRA GUNAWAN,17-07-1986,2100000,AKTIF\n`,
  );
  oct = month('oct', { 'dlh.csv': `1,ASEP SURYANA,${ASEP},DLH,1800000\n2,IMAS SARTIKA,${IMAS},DLH,1800000\n`, 'satpol.csv': `1,HENDRA GUNAWAN,${HENDRA},SATPOL PP,2100000\n` });
  // ASEP's agency written in other case and spacing is the same agency (the budget groups it so): no move.
  nov = month('nov', { 'dlh.csv': `1,ASEP SURYANA,${ASEP},Dlh ,1800000\n`, 'satpol.csv': `1,HENDRA GUNAWAN,${HENDRA},SATPOL PP,2100000\n2,IMAS SARTIKA,${IMAS},SATPOL PP,2100000\n` });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('rekon diff: a worker moved from one agency to another', () => {
  it('lists the move with both agencies and counts it out of DLH and into SATPOL PP', () => {
    const r = runRekon(['diff', oct, nov]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('No changes.');
    const table = r.stdout.replace(/│/g, ' ');
    expect(table).toMatch(/Workers gone\s+Moved out\s+Moved in/);
    expect(table).toMatch(/ DLH\s+0\s+0\s+0\s+0\s+1\s+0\s+0\s+0 /);
    expect(table).toMatch(/ SATPOL PP\s+0\s+0\s+0\s+0\s+0\s+1\s+0\s+0 /);
    expect(r.stdout).toContain('Moved to another agency (1)');
    expect(r.stdout).toMatch(/IMAS SARTIKA · 3273016009890011 · 1989-09-20 {2}DLH → SATPOL PP {2}registered → registered {2}\S*satpol\.csv:3/);
    expect(r.stdout).not.toContain('ASEP SURYANA');
    const id = runRekon(['diff', oct, nov], { env: { REKON_LANG: 'id' } });
    expect(id.stdout).toContain('Pindah OPD (1)');
  });

  it('CSV: one agency_changed row with the new agency and the previous one; no worker_gone or new_worker', () => {
    const r = runRekon(['diff', oct, nov, '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((x) => [x['category'], x['agency'], x['previous_agency'], x['name'], x['nik'], x['previous_status'], x['current_status']])).toEqual([
      ['agency_changed', 'SATPOL PP', 'DLH', 'IMAS SARTIKA', '3273016009890011', 'registered', 'registered'],
    ]);
  });

  it('JSON counts: moved_out under DLH, moved_in under SATPOL PP', () => {
    const json = JSON.parse(runRekon(['diff', oct, nov, '--format', 'json']).stdout) as { counts: { agencies: Record<string, unknown>[] } };
    expect(json.counts.agencies.map((a) => [a['agency'], a['moved_out'], a['moved_in']])).toEqual([
      ['DLH', 1, 0],
      ['SATPOL PP', 0, 1],
    ]);
  });

  it('--fail-on agency_changed exits 1; a move sets off neither new_worker nor worker_gone', () => {
    expect(runRekon(['diff', oct, nov, '--format', 'json', '--fail-on', 'agency_changed']).code).toBe(1);
    expect(runRekon(['diff', oct, nov, '--format', 'json', '--fail-on', 'new_worker,worker_gone']).code).toBe(0);
  });

  it('--help lists agency_changed among the categories of --only and --fail-on', () => {
    const help = runRekon(['diff', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--fail-on <categories>.*worker_gone, agency_changed, nik_corrected, problem_fixed/);
  });
});
