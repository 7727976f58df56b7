// Why this file exists: exploratory repro explore4-C/04. The officer corrected two roster NIKs between January and
// February, as rekon's reasons ask (RINA one digit off, the NIK of another participant SUHARTONO born 1970; YAYAN
// two digits off). `rekon diff` reported each as a worker gone and a new worker, RINA as "newly registered" though
// her KPJ never changed, and her January row as gone under SUHARTONO's name, birth date and BPJS row. Now each is
// one `nik_corrected` change. Synthetic NIKs (region 3201 01).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

const HEADER = 'NO,NAMA,NIK,TGL LAHIR,OPD,HONOR\n';
const ASEP = '3,ASEP HIDAYAT,3201012512820009,25-12-1982,DINAS KESEHATAN,Rp 2.000.000\n';
const BPJS = `No,KPJ,NIK,Nama,Tgl Lahir,Upah,Status
1,26010000003,3201014204920003,SUHARTONO,10-05-1970,Rp 2.200.000,AKTIF
2,26010000033,3201014204920033,RINA MARLINA,02-04-1992,Rp 2.200.000,AKTIF
3,26010000010,3201010101950010,YAYAN SOPYAN,01-01-1995,Rp 2.000.000,AKTIF
4,26010000009,3201012512820009,ASEP HIDAYAT,25-12-1982,Rp 2.000.000,AKTIF
`;

let tmp: string;
let jan: string;
let feb: string;
let mar: string;

function month(name: string, rows: string): string {
  const roster = join(tmp, name);
  mkdirSync(roster, { recursive: true });
  writeFileSync(join(roster, 'opd.csv'), HEADER + rows);
  const out = join(tmp, `out-${name}`);
  const r = runRekon(['reconcile', '--roster', roster, '--bpjs', join(tmp, 'bpjs.csv'), '--out', out, '--no-xlsx-report', '--quiet']);
  expect(r.code).toBe(0);
  return out;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'rekon-diff-nik-'));
  writeFileSync(join(tmp, 'bpjs.csv'), BPJS);
  jan = month('jan', `1,RINA MARLINA,3201014204920003,02-04-1992,DINAS KESEHATAN,Rp 2.200.000\n2,YAYAN SOPYAN,3201010101950099,01-01-1995,DINAS KESEHATAN,Rp 2.000.000\n${ASEP}`);
  feb = month('feb', `1,RINA MARLINA,3201014204920033,02-04-1992,DINAS KESEHATAN,Rp 2.200.000\n2,YAYAN SOPYAN,3201010101950010,01-01-1995,DINAS KESEHATAN,Rp 2.000.000\n${ASEP}`);
  // March: RINA, still with the wrong NIK of January, left the roster.
  mar = month('mar', `2,YAYAN SOPYAN,3201010101950099,01-01-1995,DINAS KESEHATAN,Rp 2.000.000\n${ASEP}`);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Row = Record<string, string>;
const csvOf = (text: string): Row[] => parse(text, { columns: true }) as Row[];

describe('rekon diff: NIKs corrected on the roster', () => {
  it('CSV: one nik_corrected row each, with the previous NIK last; no worker gone, no new worker, RINA not newly registered', () => {
    const r = runRekon(['diff', jan, feb, '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = csvOf(r.stdout);
    expect(rows.map((row) => `${row['category']}:${row['name']}`)).toEqual(['newly_registered:YAYAN SOPYAN', 'nik_corrected:RINA MARLINA', 'nik_corrected:YAYAN SOPYAN']);
    expect(rows[1]).toMatchObject({ nik: '3201014204920033', previous_nik: '3201014204920003', previous_status: 'registered', current_status: 'registered', row: '2' });
    expect(r.stdout.split('\n')[0]?.split(',').at(-1)).toBe('previous_nik');
    expect(r.stdout).not.toContain('SUHARTONO');
  });

  it('text: the correction says old → new NIK; the table counts no worker gone or new', () => {
    const r = runRekon(['diff', jan, feb, '--show-nik']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('NIK corrected (2)');
    expect(r.stdout).toContain('RINA MARLINA · 3201014204920033 · 1992-04-02  DINAS KESEHATAN  NIK 3201014204920003 → 3201014204920033');
    expect(r.stdout).not.toContain('Workers gone (');
    expect(r.stdout).not.toContain('New workers (');
    expect(runRekon(['--lang', 'id', 'diff', jan, feb]).stdout).toContain('NIK diperbaiki (2)');
  });

  it('JSON counts and --fail-on nik_corrected', () => {
    const json = JSON.parse(runRekon(['diff', jan, feb, '--format', 'json']).stdout) as { counts: { total: Record<string, number> }; changes: Row[] };
    expect(json.counts.total).toMatchObject({ nik_corrected: 2, new_worker: 0, worker_gone: 0 });
    expect(json.changes.find((c) => c['category'] === 'nik_corrected' && c['name'] === 'RINA MARLINA')?.['previous_nik']).toBe('3201014204920003');
    expect(runRekon(['diff', jan, feb, '--fail-on', 'nik_corrected']).code).toBe(1);
    expect(runRekon(['diff', jan, feb, '--fail-on', 'new_worker,worker_gone']).code).toBe(0);
  });

  it('a worker gone whose roster NIK is another participant\'s is named by the roster row, not by that participant', () => {
    const rows = csvOf(runRekon(['diff', jan, mar, '--format', 'csv']).stdout);
    const gone = rows.filter((row) => row['category'] === 'worker_gone');
    expect(gone).toHaveLength(1);
    expect(gone[0]).toMatchObject({ name: 'RINA MARLINA', nik: '3201014204920003', birth_date: '1992-04-02', previous_status: 'registered', current_status: 'bpjs_only', sheet: '', row: '2' });
    expect(gone[0]?.['file']).toMatch(/opd\.csv$/);
    expect(JSON.stringify(rows)).not.toContain('SUHARTONO');
  });
});
