// Why this file exists: exploratory test explore4-C. `rekon diff` listed a worker under the agency as the roster
// wrote it ("dinas  kesehatan") while its table per agency, like the budget, groups and names it by its key
// ("DINAS KESEHATAN"): the list, diff.csv and diff.json now name the agency as the table does. Synthetic NIK.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

const HEADER = 'NO,NAMA,NIK,TGL LAHIR,OPD,UPAH\n';
const SITI = '1,SITI AMINAH,3273014403900001,04-03-1990,dinas  kesehatan,2000000\n';

let tmp: string;
let oct: string;
let nov: string;

function month(name: string, bpjs: string): string {
  const roster = join(tmp, name);
  mkdirSync(roster, { recursive: true });
  writeFileSync(join(roster, 'opd.csv'), HEADER + SITI);
  writeFileSync(join(tmp, `bpjs-${name}.csv`), `No,KPJ,NIK,Nama,Tgl Lahir,Upah,Status\n${bpjs}`);
  const out = join(tmp, `out-${name}`);
  const r = runRekon(['reconcile', '--roster', roster, '--bpjs', join(tmp, `bpjs-${name}.csv`), '--out', out, '--no-xlsx-report', '--quiet']);
  expect(r.code).toBe(0);
  return out;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'rekon-diff-agency-name-'));
  oct = month('oct', '1,26010000099,3671011203950003,UJANG SOPIAN,12-03-1995,2000000,AKTIF\n');
  nov = month('nov', '1,26010000001,3273014403900001,SITI AMINAH,04-03-1990,2000000,AKTIF\n');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('rekon diff names an agency as its table per agency does', () => {
  it('text: the list says DINAS KESEHATAN, like the table, never the roster spelling', () => {
    const r = runRekon(['diff', oct, nov, '--show-nik']);
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/│/g, ' ')).toMatch(/ DINAS KESEHATAN\s+1\s/);
    expect(r.stdout).toMatch(/SITI AMINAH · 3273014403900001 · 1990-03-04 {2}DINAS KESEHATAN {2}unregistered → registered/);
    expect(r.stdout).not.toContain('dinas  kesehatan');
  });

  it('diff.csv and diff.json name it the same way', () => {
    const rows = parse(runRekon(['diff', oct, nov, '--format', 'csv']).stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((x) => x['agency'])).toEqual(['DINAS KESEHATAN']);
    const json = JSON.parse(runRekon(['diff', oct, nov, '--format', 'json']).stdout) as { changes: { agency: string }[]; counts: { agencies: { agency: string }[] } };
    expect(json.changes.map((c) => c.agency)).toEqual(json.counts.agencies.map((a) => a.agency));
    expect(json.changes.map((c) => c.agency)).toEqual(['DINAS KESEHATAN']);
  });
});
