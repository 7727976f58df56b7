import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// A roster with a NIP column (DOMAIN.md §3: "NAMA, NIK, NIP (if any)"): a row whose NIP is an ASN NIP is a
// PNS/PPPK who may not belong on the non-ASN roster. The built binary says so in inspect and in problems.csv,
// and still reconciles and budgets the row (PPPK paruh waktu are paid to BPJS). Synthetic NIKs and NIPs.
const dir = mkdtempSync(join(tmpdir(), 'rekon-asn-nip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rosterPath = join(dir, 'roster.csv');
writeFileSync(
  rosterPath,
  'NO,NAMA,NIK,NIP,TGL LAHIR,OPD,GAJI\n' +
    '1,SITI AMINAH,3671015001900001,-,10-01-1990,DLHK,2500000\n' +
    '2,BUDI SANTOSO,3273012203850004,19850322 201001 1 004,22-03-1985,DLHK,2000000\n',
);
const bpjsPath = join(dir, 'bpjs.csv');
writeFileSync(bpjsPath, 'NO,KPJ,NIK,NAMA,TGL LAHIR,UPAH,STATUS KEPESERTAAN\n1,12000438998,3671015001900001,SITI AMINAH,10-01-1990,2500000,AKTIF\n');

describe('an ASN NIP in a roster NIP column', () => {
  it('inspect names the row, the column and the problem, in both languages', () => {
    const json = runRekon(['inspect', '--format', 'json', rosterPath]);
    expect(json.code, json.stderr).toBe(0);
    const problems = (JSON.parse(json.stdout) as { files: { sheets: { problems: { row: number; kind: string; column: string }[] }[] }[] }).files[0]!.sheets[0]!.problems;
    expect(problems).toEqual([expect.objectContaining({ row: 3, kind: 'asn_nip', column: 'nip' })]);
    expect(runRekon(['inspect', rosterPath, '--lang', 'en']).stdout).toContain('ASN NIP (born 1985-03-22, appointed 2010-01)');
    expect(runRekon(['inspect', rosterPath, '--lang', 'id']).stdout).toContain('NIP ASN (lahir 1985-03-22, TMT 2010-01)');
  });

  it('reconcile keeps the row (unregistered, budgeted) and lists the problem in problems.csv', () => {
    const out = join(dir, 'out');
    const r = runRekon(['reconcile', '--roster', rosterPath, '--bpjs', bpjsPath, '--out', out, '--no-xlsx-report', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const workers = readFileSync(join(out, 'workers.csv'), 'utf8');
    expect(workers).toMatch(/^unregistered,.*BUDI SANTOSO/m);
    expect(workers).toMatch(/^registered,.*SITI AMINAH/m);
    const problems = readFileSync(join(out, 'problems.csv'), 'utf8').trim().split('\n');
    expect(problems.filter((l) => l.includes('asn_nip'))).toHaveLength(1);
    expect(problems.find((l) => l.includes('asn_nip'))).toContain(',3,');
  });
});
