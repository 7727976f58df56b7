// Why this file exists: `rekon budget` found duplicates by NIK alone while reconcile uses the matcher's rules, so the
// APBD line of the same rosters differed (exploratory test round 2): a NIK copied onto another person's row dropped
// that person, and a copy whose NIK Excel had cut was counted twice. Both commands now budget the same people.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, runRekon } from './run-rekon.js';

let dir = '';
let roster = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekon-budget-dups-'));
  roster = join(dir, 'opd');
  mkdirSync(roster);
  // Synthetic NIKs. Row 3 carries BUDI's NIK (copied down) but is DEDI, born another year: two people.
  writeFileSync(
    join(roster, 'upt.csv'),
    [
      'NO;NAMA;NIK;TGL LAHIR;OPD;HONOR',
      '1;BUDI HARTONO;3273011203850001;12-03-1985;UPT PARKIR;2000000',
      '2;DEDI SUPRIADI;3273011203850001;07-09-1992;UPT PARKIR;1700000',
      '3;WAHYU NUGRAHA;3273012808930003;28-08-1993;UPT PARKIR;1500000',
    ].join('\r\n') + '\r\n',
  );
  // ADI on a second roster with his NIK cut by Excel (last digit zeroed), same name and birth date: one person.
  writeFileSync(
    join(roster, 'kecamatan.csv'),
    ['NO;NAMA;NIK;TGL LAHIR;OPD;HONOR', '1;ADI PERMANA;3279061402910031;14-02-1991;KECAMATAN UTARA;2000000', '2;ADI PERMANA;3.27906140291003E+15;14-02-1991;DISDIK;2000000'].join('\r\n') + '\r\n',
  );
});
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

const totals = (csv: string): Record<string, string>[] => (parse(csv, { columns: true, bom: true }) as Record<string, string>[]).filter((r) => r['agency'] === 'TOTAL' && r['group'] === 'all_roster');

describe('rekon budget counts the people reconcile counts', () => {
  it('a NIK copied onto another person is two people; a copy with the NIK cut by Excel is one, and is named', () => {
    const budget = runRekon(['budget', '--roster', roster, '--format', 'csv']);
    expect(budget.code).toBe(0);
    expect(totals(budget.stdout).map((r) => r['workers'])).toEqual(['4', '4']);
    const text = runRekon(['budget', '--roster', roster]);
    expect(text.stdout).toContain('1 duplicate row is not budgeted twice.');
    expect(text.stdout).toMatch(/kecamatan\.csv:3 is not budgeted: the same person as row .*kecamatan\.csv:2\./);
  });

  it.each([
    ['these rosters', () => roster, () => join(dir, 'no-bpjs.csv')],
    ['the bundled fixtures', () => fixture('roster'), () => fixture('bpjs')],
  ])('on %s, budget --format csv gives the all_roster lines of reconcile', (_name, rosterPath, bpjsPath) => {
    writeFileSync(join(dir, 'no-bpjs.csv'), 'NIK;NAMA;TGL LAHIR;STATUS\r\n');
    const budget = runRekon(['budget', '--roster', rosterPath(), '--format', 'csv']);
    const out = join(dir, `out-${Math.random().toString(36).slice(2)}`);
    const reconcile = runRekon(['reconcile', '--roster', rosterPath(), '--bpjs', bpjsPath(), '--out', out, '--no-xlsx-report', '--quiet']);
    expect(reconcile.code, reconcile.stderr).toBe(0);
    const fromReconcile = totals(readFileSync(join(out, 'budget.csv'), 'utf8'));
    expect(totals(budget.stdout).map((r) => [r['program'], r['workers'], r['period_total']])).toEqual(fromReconcile.map((r) => [r['program'], r['workers'], r['period_total']]));
  });
});

// Was a bug (exploratory test round 2): with --format csv (the --help example piped into a spreadsheet) a row
// without a wage left the budget with no trace on stderr, so a scripted job reported a short APBD line silently.
describe('rows left out of a budget are said on stderr when stdout is CSV or JSON', () => {
  it.each([['budget'], ['reconcile']])('rekon %s --format csv names the row without a wage', (command) => {
    const opd = join(dir, `nowage-${command}`);
    mkdirSync(opd);
    writeFileSync(join(opd, 'r.csv'), 'NAMA;NIK;TGL LAHIR;OPD;HONOR\r\nANI;3273014101900001;01-01-1990;DAMKAR;2000000\r\nBUDI;3273010202900002;02-02-1990;DAMKAR;\r\n');
    const args = command === 'budget' ? ['budget', '--roster', opd] : ['reconcile', '--roster', opd, '--bpjs', join(dir, 'no-bpjs.csv')];
    writeFileSync(join(dir, 'no-bpjs.csv'), 'NIK;NAMA;TGL LAHIR;STATUS\r\n');
    const r = runRekon([...args, '--format', 'csv', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Not budgeted \(no wage\): .*r\.csv:3/);
    expect(runRekon([...args, '--format', 'csv', '--quiet']).stderr).toBe('');
  });
});
