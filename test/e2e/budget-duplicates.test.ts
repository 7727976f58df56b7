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

// Was a bug (explore4-D repro 01): ADI listed twice, the kept row's HONOR empty and the copy's Rp 2,500,000. The kept row
// was "not budgeted (no wage)" and the copy dropped as a duplicate, so ADI was budgeted zero times, silently
// (Rp 129,600 for BUDI alone). He is now budgeted once at the copy's wage, everywhere, and the note names the row.
describe('a person whose kept row has no wage is budgeted at the wage of their copy', () => {
  const period = ['--period', '2027-01..2027-12'];
  let opd = '';
  beforeAll(() => {
    opd = join(dir, 'copy-wage');
    mkdirSync(opd);
    writeFileSync(
      join(opd, 'roster.csv'),
      'NO,NAMA,NIK,TANGGAL LAHIR,OPD,HONOR\n1,ADI SAPUTRA,3279011402910001,14-02-1991,BAPPEDA,\n2,BUDI HARTONO,3279012106900002,21-06-1990,BAPPEDA,2000000\n3,ADI SAPUTRA,3279011402910001,14-02-1991,BAPPEDA,2500000\n',
    );
    writeFileSync(join(dir, 'one-bpjs.csv'), 'No,Nomor Referensi/KPJ,NIK,Nama,Tgl Lahir,Tgl Kepesertaan,Upah,Status Kepesertaan\n1,26011000052,3279016608940009,IRA MAYASARI,26-08-1994,01-02-2023,"2,000,000.00",AKTIF\n');
  });
  // BUDI 4,800 + 6,000 and ADI 6,000 + 7,500 a month: Rp 291,600 over 2027.
  const expected = [
    ['jkk', '2', '129600'],
    ['jkm', '2', '162000'],
  ];
  const note = 'roster.csv:2 has no wage: it is budgeted on the wage of its copy roster.csv:4, Rp 2,500,000 (the same person).';

  it('rekon budget: in its table, its CSV and its notes', () => {
    const csv = runRekon(['budget', '--roster', 'roster.csv', ...period, '--format', 'csv'], { cwd: opd });
    expect(csv.code).toBe(0);
    expect(totals(csv.stdout).map((r) => [r['program'], r['workers'], r['period_total']])).toEqual(expected);
    expect(csv.stderr).toContain(note);
    expect(csv.stderr).not.toContain('Not budgeted');
    const text = runRekon(['budget', '--roster', 'roster.csv', ...period], { cwd: opd });
    expect(text.stdout).toContain(`· ${note}`);
    expect(text.stdout).not.toContain('Not budgeted (no wage)');
    const id = runRekon(['budget', '--roster', 'roster.csv', ...period, '--lang', 'id'], { cwd: opd });
    expect(id.stdout).toContain('roster.csv:2 tidak punya upah: dianggarkan dengan upah salinannya roster.csv:4, Rp 2.500.000 (orang yang sama).');
  });

  it('rekon reconcile: terminal summary, budget.csv, summary.json and report.xlsx agree', async () => {
    const out = join(dir, 'copy-wage-out');
    const r = runRekon(['reconcile', '--roster', 'roster.csv', '--bpjs', join(dir, 'one-bpjs.csv'), ...period, '--out', out], { cwd: opd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`· ${note}`);
    expect(r.stdout).toContain('Rp 291,600 for all workers on the rosters');
    expect(totals(readFileSync(join(out, 'budget.csv'), 'utf8')).map((l) => [l['program'], l['workers'], l['period_total']])).toEqual(expected);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { budget: { notes: string[]; not_budgeted: unknown[] } };
    expect(summary.budget.notes).toContain(note);
    expect(summary.budget.not_budgeted).toEqual([]);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'report.xlsx'));
    const texts: string[] = [];
    book.getWorksheet('Budget')?.eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts).toContain(note);
  });
});

// Was a bug (explore4-D repro 04): EKA PRATIWI twice with one NIK (a woman born 05-05-1992), the second row born
// 05-05-1962 (or 1985). She stays one person (a year mistyped on the same day and month is not "years apart" for the
// duplicate rule), but the duplicate row said only "same NIK": now it is flagged dob_differs, its reason names both
// dates and the row whose date the NIK encodes, and `rekon budget` says why it left the row out.
describe('a duplicate whose birth year differs from its kept row says so', () => {
  let opd = '';
  beforeAll(() => {
    opd = join(dir, 'dob-differs');
    mkdirSync(opd);
    writeFileSync(join(dir, 'one-bpjs.csv'), 'No,Nomor Referensi/KPJ,NIK,Nama,Tgl Lahir,Tgl Kepesertaan,Upah,Status Kepesertaan\n1,26011000052,3279016608940009,IRA MAYASARI,26-08-1994,01-02-2023,"2,000,000.00",AKTIF\n');
    for (const year of ['1962', '1985']) {
      writeFileSync(
        join(opd, `roster-${year}.csv`),
        `NO,NAMA,NIK,TANGGAL LAHIR,OPD,HONOR\n1,EKA PRATIWI,3279014505920005,05-05-1992,BAPPEDA,2000000\n2,EKA PRATIWI,3279014505920005,05-05-${year},BAPPEDA,2000000\n`,
      );
    }
  });

  it.each(['1962', '1985'])('born 05-05-1992 and 05-05-%s: workers.csv flags and explains the duplicate; rekon budget warns', (year) => {
    const r = runRekon(['reconcile', '--roster', `roster-${year}.csv`, '--bpjs', join(dir, 'one-bpjs.csv'), '--format', 'csv'], { cwd: opd });
    expect(r.code, r.stderr).toBe(0);
    const rows = parse(r.stdout, { columns: true, bom: true }) as Record<string, string>[];
    const dup = rows.find((w) => w['roster_row'] === '3');
    expect(dup?.['status']).toBe('duplicate');
    expect(dup?.['flags']).toBe('dob_differs');
    expect(dup?.['reasons']).toBe(
      `same person as row roster-${year}.csv:2 (same NIK); birth date ${year}-05-05 differs from row roster-${year}.csv:2 (1992-05-05), whose date the NIK encodes: taken as one person with a mistyped date; if they are two people, this row carries the other's NIK`,
    );
    expect(rows.find((w) => w['roster_row'] === '2')?.['flags']).toBe('');
    const budget = runRekon(['budget', '--roster', `roster-${year}.csv`, '--format', 'csv'], { cwd: opd });
    expect(budget.stderr).toContain(
      `rekon: warning: roster-${year}.csv:3 is not budgeted: taken for the same person as row roster-${year}.csv:2, though the birth dates differ (${year}-05-05 / 1992-05-05). If they are two people, fix the NIK of one so both are budgeted.`,
    );
    const id = runRekon(['reconcile', '--roster', `roster-${year}.csv`, '--bpjs', join(dir, 'one-bpjs.csv'), '--format', 'csv', '--lang', 'id'], { cwd: opd });
    expect(id.stdout).toContain(`tanggal lahir ${year}-05-05 berbeda dengan baris roster-${year}.csv:2 (1992-05-05), yang tanggalnya tertera di NIK`);
  });
});
