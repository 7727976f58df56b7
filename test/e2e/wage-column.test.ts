import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// A BKD officer budgets JKK + JKM for OPD rosters whose pay columns are a year's honor or in thousands
// (exploratory test, round 3). The built binary must budget the monthly wage (DOMAIN.md §2.1, §2.6), leave a
// lone yearly column unused and say so, read "HONOR (Rp RIBU)" in thousands, and name rows whose monthly
// wage no honor can be. Synthetic NIKs.
const dir = mkdtempSync(join(tmpdir(), 'rekon-wage-column-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const dinkes = file('dinkes.csv', 'NO;NAMA;NIK;TGL LAHIR;HONOR SETAHUN;UPAH PER BULAN\n1;ZAENAL ARIFIN;3273011212850003;12-12-1985;27.600.000;2.300.000\n');
const bkd = file('bkd.csv', 'NO;NAMA;NIK;TGL LAHIR;HONOR PER TAHUN\n1;RIRIN ANDRIANI;3273414606960062;06-06-1996;30.000.000\n');
const damkar = file('damkar.csv', 'NO;NAMA;NIK;TGL LAHIR;HONOR;\n;;;;PER TAHUN;PER BULAN\n1;AGUS SALIM;3273011203880001;12-03-1988;42.000.000;3.500.000\n');
const bappeda = file('bappeda.csv', 'NO;NAMA;NIK;TGL LAHIR;HONOR (Rp RIBU)\n1;HERI SUSANTO;3273320909890053;09-09-1989;2.500\n');
const bapenda = file('bapenda.csv', 'NO;NAMA;NIK;TGL LAHIR;HONOR\n1;IRMA RAHMAWATI;3273335010930054;10-10-1993;2.600\n');

/** JKK's monthly employer premium per agency from budget.csv on stdout. */
function monthlyJkk(stdout: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of stdout.trim().split('\n').slice(1)) {
    const cells = line.split(',');
    if (cells[2] === 'jkk') out[cells[0] as string] = cells[4] as string;
  }
  return out;
}

describe('which column is the monthly wage', () => {
  it('budgets the monthly column, not the yearly one, and leaves a lone yearly column unused with a note', () => {
    const r = runRekon(['budget', '--roster', dinkes, bkd, damkar, '--config', '/dev/null', '--format', 'csv', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    // JKK class I 0.24 %: 2,300,000 → 5,520; 3,500,000 → 8,400; RIRIN (yearly only) not budgeted.
    expect(monthlyJkk(r.stdout)).toEqual({ DINKES: '5520', DAMKAR: '8400', TOTAL: '13920' });
    expect(r.stderr).toContain('column "HONOR PER TAHUN" holds a year\'s honor, not the monthly wage');
    expect(r.stderr).toContain('--map wage="…"');
    expect(r.stderr).toMatch(/not budgeted.*bkd\.csv:2/i);
  });

  it('inspect reads the two-row "HONOR / PER BULAN" header instead of skipping its sub-header row', () => {
    const r = runRekon(['inspect', damkar, '--config', '/dev/null', '--lang', 'en']);
    expect(r.stdout).toContain('wage ← "HONOR / PER BULAN"');
    expect(r.stdout).not.toContain('without a name or NIK');
  });
});

describe('wages in thousands', () => {
  it('reads "HONOR (Rp RIBU)" in thousands and says so; a bare 2.600 is named on its row and in the budget', () => {
    const r = runRekon(['budget', '--roster', bappeda, bapenda, '--config', '/dev/null', '--format', 'csv', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(monthlyJkk(r.stdout)).toEqual({ BAPENDA: '6', BAPPEDA: '6000', TOTAL: '6006' });
    expect(r.stderr).toContain('wages are read in thousands of rupiah');
    expect(r.stderr).toMatch(/warning: 1 row is budgeted on a monthly wage below Rp 100,000 .*bapenda\.csv:2\. Check it before/);
    const json = runRekon(['inspect', '--format', 'json', bapenda, '--config', '/dev/null']);
    const problems = (JSON.parse(json.stdout) as { files: { sheets: { problems: { row: number; kind: string; column: string }[] }[] }[] }).files[0]!.sheets[0]!.problems;
    expect(problems).toEqual([expect.objectContaining({ row: 2, kind: 'wage_implausible', column: 'wage' })]);
    const text = runRekon(['inspect', bapenda, '--config', '/dev/null', '--lang', 'id']);
    expect(text.stdout).toMatch(/2 {2}wage_implausible {2}Upah bulanan tidak wajar: /);
  });

  // Exploratory finding: an implausible wage was reported as wage_invalid, the kind of a wage that cannot be read,
  // although it is budgeted as written. Its own kind tells the two apart in problems.csv, JSON and the workbook.
  it('reconcile lists the row as wage_implausible (problems.csv, Data Problems); an unreadable wage stays wage_invalid', async () => {
    const bpjs = file('bpjs.csv', 'NO,KPJ,NIK,NAMA,TGL LAHIR,UPAH,STATUS KEPESERTAAN\n1,12000438998,3273335010930054,IRMA RAHMAWATI,10-10-1993,2600000,AKTIF\n');
    const roster = file('bapenda-2.csv', 'NO;NAMA;NIK;TGL LAHIR;HONOR\n1;IRMA RAHMAWATI;3273335010930054;10-10-1993;2.600\n2;DENI KURNIA;3273331111910007;11-11-1991;dua juta\n');
    const out = join(dir, 'out');
    const r = runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--out', out, '--quiet', '--config', '/dev/null', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const csv = readFileSync(join(out, 'problems.csv'), 'utf8');
    expect(csv).toMatch(/,2,wage,wage_implausible,.*Rp 2[.,]600/);
    expect(csv).toMatch(/,3,wage,wage_invalid,.*dua juta/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { problems: { by_kind: Record<string, number> } };
    expect(summary.problems.by_kind).toMatchObject({ wage_implausible: 1, wage_invalid: 1 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'report.xlsx'));
    const titles: unknown[] = [];
    book.getWorksheet('Data Problems')?.eachRow((row) => titles.push(...(row.values as unknown[])));
    expect(titles).toContain('Implausible monthly wage');
    expect(titles).toContain('Invalid wage');
  });
});

// Was a bug (exploratory test of reading): --wage-floor refused "2,2jt", the shorthand the roster wage column takes.
describe('amount options take the roster wage shorthand', () => {
  it('--wage-floor 2,2jt is Rp 2,200,000 (decimal comma); a bare 2,2 is still refused', () => {
    const roster = file('dishub.csv', 'NO;NAMA;NIK;TGL LAHIR;HONOR\n1;AGUS SALIM;3273011203880001;12-03-1988;1,5 jt\n');
    for (const floor of ['2,2jt', 'Rp 2,2 jt', '2.2 juta']) {
      const r = runRekon(['budget', '--roster', roster, '--wage-floor', floor, '--config', '/dev/null', '--format', 'csv']);
      expect(r.code, r.stderr).toBe(0);
      expect(monthlyJkk(r.stdout)).toEqual({ DISHUB: '5280', TOTAL: '5280' });
    }
    const bad = runRekon(['budget', '--roster', roster, '--wage-floor', '2,2', '--config', '/dev/null', '--lang', 'id']);
    expect([bad.code, bad.stderr]).toEqual([2, 'rekon: galat: opsi --wage-floor: "2,2" bukan jumlah rupiah; tulis mis. 1000000, "Rp 1.000.000" atau 2,2jt\n']);
  });
});

// DOMAIN.md §2.4: the BPJS wage is basic pay plus fixed allowances (repro explore4-D/09).
describe('basic pay beside allowances and their total', () => {
  it('budgets JUMLAH DITERIMA, not GAJI POKOK, and inspect and budget say which column was taken and why', async () => {
    const path = join(dir, 'dishub.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DISHUB');
    ws.addRow(['DAFTAR HONORER DINAS PERHUBUNGAN']);
    ws.addRow([]);
    ws.addRow(['NO', 'NAMA', 'NIK', 'TGL LAHIR', 'JABATAN', 'GAJI POKOK', 'TUNJANGAN', 'JUMLAH DITERIMA']);
    for (const [n, name, nik, dob, pos, basic, extra] of [[1, 'ADI SAPUTRA', '3279011402910001', '14-02-1991', 'Staf', 1500000, 500000], [2, 'BUDI HARTONO', '3279012106900002', '21-06-1990', 'Juru Parkir', 1800000, 400000]] as const) {
      const row = ws.addRow([n, name, nik, dob, pos, basic, extra]);
      row.getCell(8).value = { formula: `F${row.number}+G${row.number}`, result: basic + extra };
    }
    await wb.xlsx.writeFile(path);
    const inspect = runRekon(['inspect', path, '--config', '/dev/null', '--lang', 'en']);
    expect(inspect.code, inspect.stderr).toBe(0);
    expect(inspect.stdout).toContain('wage ← "JUMLAH DITERIMA"');
    expect(inspect.stdout).toContain('wage taken from column "JUMLAH DITERIMA" (the total), not "GAJI POKOK": the wage reported to BPJS is basic pay plus fixed allowances');
    const budget = runRekon(['budget', '--roster', path, '--config', '/dev/null', '--format', 'csv', '--lang', 'id']);
    expect(budget.code, budget.stderr).toBe(0);
    // 0.24 % of 2,000,000 and 2,200,000: 4,800 + 5,280.
    expect(monthlyJkk(budget.stdout)['TOTAL']).toBe('10080');
    expect(budget.stderr).toContain('upah diambil dari kolom "JUMLAH DITERIMA" (jumlah), bukan "GAJI POKOK"');
  });
});
