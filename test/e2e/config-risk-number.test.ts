import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// rekon.toml takes a risk class as the command line does: `= 2` like --risk 2 (repro explore4-D/06); a value of
// the wrong type is said in the user's language, not as "allowed: string".
const dir = mkdtempSync(join(tmpdir(), 'rekon-config-risk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const roster = join(dir, 'roster.csv');
writeFileSync(roster, 'NO,NAMA,NIK,TANGGAL LAHIR,OPD,HONOR\n1,ADI SAPUTRA,3279011402910001,14-02-1991,SATPOL PP,2000000\n');

function budgetWith(toml: string, lang: string): ReturnType<typeof runRekon> {
  const config = join(dir, 'rekon.toml');
  writeFileSync(config, toml);
  return runRekon(['budget', '--config', config, '--roster', roster, '--format', 'csv', '--lang', lang]);
}

describe('a risk class written as a number in rekon.toml', () => {
  it.each([
    ['[agencies.risk]\n"SATPOL PP" = 2\n', 'SATPOL PP,all_roster,jkk,1,10800,0,10800,129600,129600,0,low'],
    ['[budget]\nrisk = 3\n', 'SATPOL PP,all_roster,jkk,1,17800,0,17800,213600,213600,0,medium'],
  ])('%j is the class --risk would give', (toml, line) => {
    const res = budgetWith(toml, 'en');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(line);
  });

  it('a class number out of range lists what to write, exit 2', () => {
    const res = budgetWith('[budget]\nrisk = 6\n', 'id');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('kunci "budget.risk" bernilai 6 tidak sah; yang boleh: very_low | low | medium | high | very_high | sangat_rendah | rendah | sedang | tinggi | sangat_tinggi | 1-5');
  });

  it('a value of the wrong type is said in Indonesian under --lang id', () => {
    const res = budgetWith('[columns.roster]\nnik = 16\n', 'id');
    expect(res.code).toBe(2);
    expect(res.stderr.trim()).toMatch(/kunci "columns\.roster\.nik" bernilai 16 tidak sah; yang boleh: teks dalam tanda kutip, mis\. "…"$/);
    expect(res.stderr).not.toContain('string');
  });
});
