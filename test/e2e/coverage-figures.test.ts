import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRekon, type RunResult } from './run-rekon.js';

// explore4-D/05, explore4-C/10: the terminal cut coverage down (66,6 %, 55,5 %) while report.xlsx held the exact
// share under "0.0%" (Excel: 66,7 %, 55,6 %). And an agency whose only row is a duplicate showed "–" on the terminal
// but empty cells in the workbook. The head of agency reads the workbook, the officer the terminal: one figure.
// DINAS A: 5 of 9 registered; DINAS B: 2 of 3; DINAS C: one row, a copy of a DINAS A worker. Synthetic NIKs.
const dir = mkdtempSync(join(tmpdir(), 'rekon-coverage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const nik = (i: number): string => `3201010101800${String(i).padStart(3, '0')}`;
const name = (i: number): string => `PEKERJA ${'ABCDEFGHIJKL'.charAt(i - 1)} SUTISNA`;
const rosterRows: string[] = [];
const bpjsRows: string[] = [];
for (let i = 1; i <= 12; i++) {
  rosterRows.push(`${i},${name(i)},${nik(i)},01-01-1980,${i > 9 ? 'DINAS B' : 'DINAS A'},2000000`);
  if ([1, 2, 3, 4, 5, 10, 11].includes(i)) bpjsRows.push(`${i},2601000${String(i).padStart(4, '0')},${nik(i)},${name(i)},01-01-1980,2000000,AKTIF`);
}
rosterRows.push(`13,${name(1)},${nik(1)},01-01-1980,DINAS C,2000000`);
const roster = join(dir, 'roster.csv');
const bpjs = join(dir, 'bpjs.csv');
writeFileSync(roster, `NO,NAMA,NIK,TGL LAHIR,OPD,HONOR\n${rosterRows.join('\n')}\n`);
writeFileSync(bpjs, `No,KPJ,NIK,Nama,Tgl Lahir,Upah,Status\n${bpjsRows.join('\n')}\n`);

const runs: Partial<Record<'id' | 'en', RunResult>> = {};
const books: Partial<Record<'id' | 'en', ExcelJS.Workbook>> = {};
beforeAll(async () => {
  for (const lang of ['id', 'en'] as const) {
    runs[lang] = runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--config', '/dev/null', '--lang', lang, '--out', join(dir, lang)]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, lang, 'report.xlsx'));
    books[lang] = book;
  }
}, 120_000);

/** A terminal table row's cells, by its first cell. */
function terminalRow(lang: 'id' | 'en', agency: string): string[] {
  const line = (runs[lang]?.stdout ?? '').split('\n').find((l) => l.startsWith(`│ ${agency} `)) ?? '';
  return line.split('│').slice(1, -1).map((c) => c.trim());
}

/** The Summary sheet's cells of an agency as Excel shows them: a percent cell with "0.0%" at one decimal. */
function workbookRow(lang: 'id' | 'en', agency: string): string[] {
  const ws = books[lang]?.worksheets[0];
  let out: string[] = [];
  ws?.eachRow((row) => {
    if (row.getCell(1).value !== agency) return;
    out = [8, 9, 10].map((k) => {
      const c = row.getCell(k);
      if (typeof c.value !== 'number') return String(c.value ?? '');
      if (c.numFmt === '0.0%') return `${(c.value * 100).toFixed(1).replace('.', lang === 'id' ? ',' : '.')}%`;
      return `Rp ${c.value.toLocaleString(lang === 'id' ? 'de-DE' : 'en-US')}`;
    });
  });
  return out;
}

describe('coverage: the terminal and the workbook show one figure', () => {
  it.each([
    ['en', 'DINAS A', '55.6%'],
    ['en', 'DINAS B', '66.7%'],
    ['en', 'TOTAL', '58.3%'],
    ['id', 'DINAS A', '55,6%'],
    ['id', 'DINAS B', '66,7%'],
    ['id', 'TOTAL', '58,3%'],
  ] as const)('%s %s: %s on both', (lang, agency, shown) => {
    expect(runs[lang]?.code).toBe(0);
    expect(terminalRow(lang, agency)[7]).toMatch(new RegExp(` ${shown}$`));
    expect(workbookRow(lang, agency)[0]).toBe(shown);
  });

  it('an agency whose only row is a duplicate: "–" for coverage and both budget figures, on both', () => {
    for (const lang of ['id', 'en'] as const) {
      expect(terminalRow(lang, 'DINAS C').slice(7)).toEqual(['–', '–', '–']);
      expect(workbookRow(lang, 'DINAS C')).toEqual(['–', '–', '–']);
    }
  });

  it('the budget figures agree too', () => {
    for (const lang of ['id', 'en'] as const) {
      for (const agency of ['DINAS A', 'DINAS B', 'TOTAL']) expect(workbookRow(lang, agency).slice(1)).toEqual(terminalRow(lang, agency).slice(8));
    }
  });
});
