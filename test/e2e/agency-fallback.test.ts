import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// Rosters without an agency column: a file named after the agency with hyphens, and a workbook whose only
// agency statement is a title row, are the agency rekon.toml gives a JKK class (repro explore4-D/03).
const dir = mkdtempSync(join(tmpdir(), 'rekon-agency-fallback-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const opd = join(dir, 'opd');
const config = join(dir, 'rekon.toml');

beforeAll(async () => {
  mkdirSync(opd);
  writeFileSync(config, '[agencies.risk]\n"Dinas Lingkungan Hidup" = "medium"\n');
  writeFileSync(join(opd, 'dinas-lingkungan-hidup.csv'), 'NO,NAMA,NIK,TANGGAL LAHIR,JABATAN,HONOR\n1,ADI SAPUTRA,3279011402910001,14-02-1991,Petugas Kebersihan,2000000\n');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DATA');
  ws.addRow(['DAFTAR TENAGA NON ASN']);
  ws.addRow(['DINAS LINGKUNGAN HIDUP']);
  ws.addRow(['TAHUN ANGGARAN 2027']);
  ws.addRow([]);
  ws.addRow(['NO', 'NAMA', 'NIK', 'TGL LAHIR', 'JABATAN', 'HONOR']);
  ws.addRow([1, 'BUDI HARTONO', '3279012106900002', '21-06-1990', 'Sopir Truk Sampah', 2000000]);
  await wb.xlsx.writeFile(join(opd, 'honorer_2027.xlsx'));
  writeFileSync(join(opd, 'rekap.csv'), 'NO,NAMA,NIK,TANGGAL LAHIR,OPD,HONOR\n1,CITRA DEWI,3279015203880003,12-03-1988,DINAS LINGKUNGAN HIDUP,2000000\n');
});

describe('the agency of a roster without an agency column', () => {
  it('is the readable file name or the title row, so the configured JKK class applies to all three workers', () => {
    const res = runRekon(['budget', '--config', config, '--roster', opd, '--format', 'csv', '--lang', 'en']);
    expect(res.code).toBe(0);
    const lines = res.stdout.trim().split('\n').slice(1);
    expect(lines.filter((l) => !l.startsWith('TOTAL')).map((l) => l.split(',').slice(0, 4).join(','))).toEqual([
      'DINAS LINGKUNGAN HIDUP,all_roster,jkk,3',
      'DINAS LINGKUNGAN HIDUP,all_roster,jkm,3',
    ]);
    expect(lines.find((l) => l.startsWith('TOTAL,all_roster,jkk,'))).toMatch(/^TOTAL,all_roster,jkk,3,53400,/);
    expect(res.stderr).toContain('opd/honorer_2027.xlsx [DATA]: no agency column: the agency of this sheet\'s workers is taken from title row 2 ("DINAS LINGKUNGAN HIDUP")');
  });

  it('inspect says where the agency came from, in Indonesian too', () => {
    const res = runRekon(['inspect', join(opd, 'honorer_2027.xlsx'), '--lang', 'id']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('tidak ada kolom OPD: OPD pekerja lembar ini diambil dari baris judul 2 ("DINAS LINGKUNGAN HIDUP"): DINAS LINGKUNGAN HIDUP');
  });
});
