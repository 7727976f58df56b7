import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// explore4-D/02: --wage-floor / --fixed-wage / --default-wage changed every figure, but only summary.json said which
// wage the budget was computed on; the workbook, the terminal and `rekon budget` did not, so the budget sent to
// BPKAD could not be recomputed from the report that goes with it. Synthetic NIKs.
const dir = mkdtempSync(join(tmpdir(), 'rekon-wage-basis-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const roster = join(dir, 'roster.csv');
const bpjs = join(dir, 'bpjs.csv');
writeFileSync(
  roster,
  'NO,NAMA,NIK,TANGGAL LAHIR,OPD,HONOR\n' +
    '1,ADI SAPUTRA,3279011402910001,14-02-1991,BAPPEDA,2169348\n' +
    '2,BUDI HARTONO,3279012106900002,21-06-1990,BAPPEDA,1000001\n' +
    '3,CITRA DEWI,3279015203880003,12-03-1988,BAPPEDA,\n',
);
writeFileSync(bpjs, 'No,Nomor Referensi/KPJ,NIK,Nama,Tgl Lahir,Tgl Kepesertaan,Upah,Status Kepesertaan\n1,26011000011,3279011402910001,ADI SAPUTRA,14-02-1991,01-02-2023,"2,169,348.00",AKTIF\n');

const FLOOR = ['--wage-floor', '2169348', '--default-wage', '1500000'];
const FLOOR_TEXT = 'Roster wage, raised to Rp 2,169,348 where lower (UMK/UMP floor); rows without a wage: Rp 1,500,000 (default wage)';

async function sheetRows(file: string, sheet: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const rows: unknown[][] = [];
  book.getWorksheet(sheet)?.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

describe('the wage basis is stated where the budget is', () => {
  it('reconcile: a terminal line, the Settings row, and the Budget sheet with the rows at the default wage', async () => {
    const out = join(dir, 'floor');
    const r = runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--config', '/dev/null', '--lang', 'en', ...FLOOR, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`\nWage basis: ${FLOOR_TEXT}\n`);
    const summary = await sheetRows(join(out, 'report.xlsx'), 'Summary');
    expect(summary.find((row) => row[0] === 'Wage basis')?.[1]).toBe(FLOOR_TEXT);
    const notes = (await sheetRows(join(out, 'report.xlsx'), 'Budget')).map((row) => row[0]);
    expect(notes).toContain(`Wage basis: ${FLOOR_TEXT}`);
    expect(notes).toContain(`1 row without a wage is budgeted at the default wage Rp 1,500,000, raised to the floor Rp 2,169,348: ${roster}:4.`);
    // The Wage column is the roster's; the wage the Budget sheet was computed on is the last column.
    const unregistered = await sheetRows(join(out, 'report.xlsx'), 'Unregistered');
    const head = unregistered[0] ?? [];
    expect(head.at(-1)).toBe('Budgeted wage');
    const wageCol = head.indexOf('Wage');
    expect(unregistered.slice(1).map((row) => [row[wageCol] ?? null, row[head.length - 1]])).toEqual([
      [1_000_001, 2_169_348],
      [null, 2_169_348],
    ]);
  });

  it('reconcile --fixed-wage --lang id says the fixed wage', async () => {
    const out = join(dir, 'fixed');
    const r = runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--config', '/dev/null', '--lang', 'id', '--fixed-wage', '1000000', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('\nDasar upah: Tetap Rp 1.000.000 untuk setiap pekerja (upah di daftar tidak dipakai)\n');
    const summary = await sheetRows(join(out, 'report.xlsx'), 'Ringkasan');
    expect(summary.find((row) => row[0] === 'Dasar upah')?.[1]).toBe('Tetap Rp 1.000.000 untuk setiap pekerja (upah di daftar tidak dipakai)');
  });

  it('the default (the roster wage): the workbook says it, the terminal adds no line', async () => {
    const out = join(dir, 'default');
    const r = runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--config', '/dev/null', '--lang', 'en', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('Wage basis');
    const summary = await sheetRows(join(out, 'report.xlsx'), 'Summary');
    expect(summary.find((row) => row[0] === 'Wage basis')?.[1]).toBe('Roster wage');
    expect((await sheetRows(join(out, 'report.xlsx'), 'Unregistered'))[0]).not.toContain('Budgeted wage');
  });

  it('rekon budget: the line under its heading, and the default-wage rows among its notes', () => {
    const r = runRekon(['budget', '--roster', roster, '--config', '/dev/null', '--lang', 'en', ...FLOOR]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('All workers on the rosters: 2027-01..2027-12 (12 months)');
    expect(lines[1]).toBe(`Wage basis: ${FLOOR_TEXT}`);
    expect(r.stdout).toContain(`· 1 row without a wage is budgeted at the default wage Rp 1,500,000, raised to the floor Rp 2,169,348: ${roster}:4.`);
    expect(runRekon(['budget', '--roster', roster, '--config', '/dev/null', '--lang', 'en']).stdout).not.toContain('Wage basis');
  });
});
