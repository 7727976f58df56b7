import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// Exploratory round 4, C08: a BPJS export repeating participant rows (overlapping downloads: same KPJ, NIK, name)
// called the copy of a matched worker another registration "to close" and listed a BPJS-only person twice.
// Synthetic NIKs.
const dir = mkdtempSync(join(tmpdir(), 'rekon-repeated-rows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const roster = join(dir, 'roster.csv');
const bpjs = join(dir, 'bpjs.csv');
writeFileSync(roster, 'NO,NAMA,NIK,TGL LAHIR,OPD,HONOR\n1,UJANG SUPRIATNA,3201011111910021,11-11-1991,DINAS A,2000000\n');
const UJANG = '26010000021,3201011111910021,UJANG SUPRIATNA,11-11-1991,2000000,AKTIF';
const KOKOM = '26010000031,3201012010900031,KOKOM KOMALASARI,20-10-1990,2000000,AKTIF';
writeFileSync(bpjs, `No,KPJ,NIK,Nama,Tgl Lahir,Upah,Status\n1,${UJANG}\n2,${KOKOM}\n3,${UJANG}\n4,${KOKOM}\n5,26010000099,3201011111910021,UJANG SUPRIATNA,11-11-1991,2000000,AKTIF\n`);

describe('a BPJS export that repeats participant rows', () => {
  const out = join(dir, 'out');
  const r = runRekon(['--lang', 'en', 'reconcile', '--roster', roster, '--bpjs', bpjs, '--out', out]);
  const csv = (name: string): string[][] => readFileSync(join(out, name), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(','));

  it('reads each repeated row once: only a different KPJ is another registration', () => {
    expect(r.code, r.stderr).toBe(0);
    const [head, ...rows] = csv('bpjs_only.csv');
    const col = (c: string): number => head!.indexOf(c);
    expect(rows.map((c) => [c[col('bpjs_row')], c[col('kpj')], c[col('related')]])).toEqual([
      ['3', '26010000031', ''],
      ['6', '26010000099', 'other_registration'],
    ]);
    expect(r.stdout).toContain('2 BPJS participants are on no roster');
    expect(r.stdout).toContain('another registration of a matched worker, 1 (close one of them)');
  });

  it('names both rows in a data problem on the repeat', () => {
    const problems = csv('problems.csv');
    const kind = problems[0]!.indexOf('kind');
    const row = problems[0]!.indexOf('row');
    expect(problems.slice(1).map((c) => [c[row], c[kind]])).toEqual([
      ['4', 'bpjs_row_repeated'],
      ['5', 'bpjs_row_repeated'],
    ]);
    expect(readFileSync(join(out, 'problems.csv'), 'utf8')).toMatch(/this row repeats [^,]*bpjs\.csv:2 \(KPJ 26010000021, same NIK, name and birth date\)/);
  });
});
