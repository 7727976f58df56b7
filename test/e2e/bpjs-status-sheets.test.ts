import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// A BPJS export split into "TK AKTIF" and "TK NONAKTIF" sheets, without a status column (exploratory test round 3,
// repro 06): the participant on the non-active sheet had been `registered` and left out of the cost to reactivate.
// Synthetic NIKs.
const dir = mkdtempSync(join(tmpdir(), 'rekon-status-sheets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const roster = join(dir, 'roster.csv');
const bpjs = join(dir, 'bpjs.xlsx');

beforeAll(async () => {
  writeFileSync(roster, 'NO;NAMA;NIK;TGL LAHIR;OPD;HONOR\n1;HERI SUSANTO;3273011505880003;15-05-1988;BAPPEDA;2500000\n2;AGUS SALIM;3273012007850004;20-07-1985;DAMKAR;2500000\n');
  const wb = new ExcelJS.Workbook();
  for (const [sheet, who] of [
    ['TK AKTIF', ['26011000003', '3273011505880003', 'HERI SUSANTO', '15-05-1988']],
    ['TK NONAKTIF', ['26011000004', '3273012007850004', 'AGUS SALIM', '20-07-1985']],
  ] as const) {
    const ws = wb.addWorksheet(sheet);
    ws.addRow([`DAFTAR PESERTA ${sheet}`]);
    ws.addRow([]);
    ws.addRow(['KPJ', 'NIK', 'NAMA', 'TGL LAHIR']);
    ws.addRow([...who]);
  }
  await wb.xlsx.writeFile(bpjs);
});

describe('BPJS sheets named for a status', () => {
  it('give their participants that status, and the run says which sheet it read so', () => {
    const r = runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--format', 'csv', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const [head, ...rows] = r.stdout.trim().split('\n');
    const cols = (head as string).split(',');
    const status = Object.fromEntries(rows.map((l) => l.split(',')).map((c) => [c[cols.indexOf('name')], [c[cols.indexOf('status')], c[cols.indexOf('bpjs_sheet')]]]));
    expect(status).toEqual({ 'HERI SUSANTO': ['registered', 'TK AKTIF'], 'AGUS SALIM': ['inactive', 'TK NONAKTIF'] });
    expect(r.stderr).toContain('the sheet name "TK NONAKTIF" says its participants are not active');
    expect(r.stderr).not.toContain('have no status rekon knows'); // every participant has one now
  });
});
