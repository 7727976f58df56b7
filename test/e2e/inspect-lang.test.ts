import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// Synthetic person (region 327301, made-up serial).
let dir = '';
let roster = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekon-inspect-lang-'));
  roster = join(dir, 'roster.csv');
  writeFileSync(roster, 'NO;NAMA;NIK;TGL LAHIR;OPD;STATUS BPJS;HONOR\n1;ACEP SAEPUDIN;3273010107800055;01-07-1980;DISHUB;AKTIF;Rp 2.500.000\n');
});
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

// Was "name ← …", "nik ← …" in the Indonesian report (exploratory test).
describe('rekon inspect: the column roles a reader sees', () => {
  it('are Indonesian with --lang id, each with the role key --map takes where the two differ', () => {
    const r = runRekon(['inspect', roster, '--lang', 'id']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kolom: nama (name) ← "NAMA" · NIK ← "NIK" · tanggal lahir (birth_date) ← "TGL LAHIR" · OPD (agency) ← "OPD" · status BPJS (bpjs_status) ← "STATUS BPJS" · upah (wage) ← "HONOR"');
  });

  it('are the role keys in English, and in JSON in either language', () => {
    expect(runRekon(['inspect', roster]).stdout).toContain('columns: name ← "NAMA" · nik ← "NIK" · birth_date ← "TGL LAHIR" · agency ← "OPD" · bpjs_status ← "STATUS BPJS" · wage ← "HONOR"');
    const json = JSON.parse(runRekon(['inspect', roster, '--lang', 'id', '--format', 'json']).stdout) as { files: { sheets: { columns: Record<string, string> }[] }[] };
    expect(Object.keys(json.files[0]?.sheets[0]?.columns ?? {})).toEqual(['name', 'nik', 'birth_date', 'agency', 'bpjs_status', 'wage']);
  });
});

// Was a bug (exploratory test of reading): L | P tick columns under JENIS KELAMIN were not read at all.
describe('rekon inspect: sex from L | P tick columns', () => {
  it('shows the pair as the sex column and a row ticked in both, in either language', () => {
    const ticks = join(dir, 'ticks.csv');
    writeFileSync(ticks, 'NO,NAMA,NIK,JENIS KELAMIN,,HONOR\n,,,L,P,\n1,BUDI SANTOSO,3273010101800001,√,,2000000\n2,ANI,3273014303820003,v,x,2000000\n');
    const en = runRekon(['inspect', ticks]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('sex ← "JENIS KELAMIN / L + P"');
    expect(en.stdout).toContain('4  sex_invalid  Invalid sex: both the L and the P column are ticked ("v", "x")');
    const id = runRekon(['inspect', ticks, '--lang', 'id']);
    expect(id.stdout).toContain('jenis kelamin (sex) ← "JENIS KELAMIN / L + P"');
    expect(id.stdout).toContain('kolom L dan P keduanya bertanda ("v", "x")');
  });
});
