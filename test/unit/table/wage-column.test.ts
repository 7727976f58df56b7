// Why this file exists: premiums are a share of the monthly wage (DOMAIN.md §2.1, §2.6). A yearly honor
// column had been taken as the wage (budget 12× too high): left of the monthly one, alone, or as the first
// half of "HONOR" merged over "PER TAHUN | PER BULAN", whose sub-header row was then read as a row without a
// name. A header that states its unit ("HONOR (Rp RIBU)") is said to be read in that unit.
import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import type { RawRow } from '../../../src/io/raw-sheet.js';
import { detectTable, type DetectOptions } from '../../../src/table/detect-table.js';
import type { TableLayout } from '../../../src/table/table-layout.js';

function sheet(...lines: RawCell[][]): RawRow[] {
  return lines.map((cells, i) => ({ row: i + 1, cells }));
}

const base: DetectOptions = { file: 'dinkes.xlsx', sheet: 'UPTD', side: 'roster', overrides: {} };

function layout(rows: RawRow[], options: Partial<DetectOptions> = {}): TableLayout {
  const r = detectTable(rows, { ...base, ...options });
  if (r.kind !== 'table') throw new Error('no table');
  return r.layout;
}

const WORKER = ['1', 'ZAENAL ARIFIN', '3273011212850003', '12-12-1985'];

describe('a yearly honor column is not the monthly wage', () => {
  it('"HONOR SETAHUN" left of "UPAH PER BULAN": the monthly one is the wage, and the yearly one is named', () => {
    const l = layout(sheet(['NO', 'NAMA', 'NIK', 'TGL LAHIR', 'HONOR SETAHUN', 'UPAH PER BULAN'], [...WORKER, '27600000', '2300000']));
    expect(l.columns.wage).toEqual({ role: 'wage', index: 5, header: 'UPAH PER BULAN' });
    expect(l.notes).toEqual([{ code: 'table.wage_yearly_passed_over', params: { headers: '"HONOR SETAHUN"' } }]);
  });

  it('a lone "HONOR PER TAHUN" is no wage, and a note says how to give one', () => {
    const l = layout(sheet(['NO', 'NAMA', 'NIK', 'TGL LAHIR', 'HONOR PER TAHUN'], [...WORKER, '30.000.000']), { mapFlag: '--roster-map' });
    expect(l.columns.wage).toBeUndefined();
    expect(l.notes).toEqual([{ code: 'table.wage_yearly_unused', params: { headers: '"HONOR PER TAHUN"', flag: '--roster-map' } }]);
  });

  it('"HONOR" merged over "PER TAHUN | PER BULAN": the sub-header row combines and the monthly column is the wage', () => {
    const r = detectTable(sheet(['NO', 'NAMA', 'NIK', 'TGL LAHIR', 'HONOR', null], [null, null, null, null, 'PER TAHUN', 'PER BULAN'], [...WORKER, '42000000', '3500000']), base);
    expect(r.kind === 'table' && r.skipped.map((s) => [s.row, s.reason])).toEqual([[1, 'header'], [2, 'sub_header']]);
    const l = (r as { layout: TableLayout }).layout;
    expect(l.lastHeaderRow).toBe(2);
    expect(l.columns.wage).toEqual({ role: 'wage', index: 5, header: 'HONOR / PER BULAN' });
    expect(l.notes).toEqual([{ code: 'table.wage_yearly_passed_over', params: { headers: '"HONOR / PER TAHUN"' } }]);
  });

  it('a yearly column mapped by hand is the wage, without a note (the user chose it)', () => {
    const l = layout(sheet(['NO', 'NAMA', 'NIK', 'TGL LAHIR', 'HONOR PER TAHUN'], [...WORKER, '30.000.000']), { overrides: { wage: 'HONOR PER TAHUN' } });
    expect(l.columns.wage?.index).toBe(4);
    expect(l.notes).toEqual([]);
  });

  it('a budget year in the header is no period: "HONOR TAHUN 2027" stays the wage', () => {
    const l = layout(sheet(['NO', 'NAMA', 'NIK', 'TGL LAHIR', 'HONOR TAHUN 2027'], [...WORKER, '2300000']));
    expect(l.columns.wage?.index).toBe(4);
    expect(l.notes).toEqual([]);
  });
});

describe('a wage header that states its unit', () => {
  it('"HONOR (Rp RIBU)" is the wage, with a note that it is read in thousands', () => {
    const l = layout(sheet(['NO', 'NAMA', 'NIK', 'TGL LAHIR', 'HONOR (Rp RIBU)'], [...WORKER, '2.500']));
    expect(l.columns.wage?.header).toBe('HONOR (Rp RIBU)');
    expect(l.notes).toEqual([{ code: 'table.wage_unit_thousands', params: { header: 'HONOR (Rp RIBU)' } }]);
  });
});

// DOMAIN.md §2.4: the wage BPJS is told is basic pay plus fixed allowances. GAJI POKOK beside TUNJANGAN and
// JUMLAH DITERIMA had been the wage, in silence (repro explore4-D/09): the budget was a fifth low.
describe('a basic-pay column beside a total column', () => {
  const note = (chosen: string, basic: string, flag = '--map'): unknown => ({ code: 'table.wage_total_over_basic', params: { chosen, basic, flag } });

  it.each([
    [['GAJI POKOK', 'TUNJANGAN', 'JUMLAH DITERIMA'], 6, 'JUMLAH DITERIMA'],
    [['GAJI POKOK', 'TUNJANGAN', 'JUMLAH'], 6, 'JUMLAH'],
    [['HONOR POKOK', 'TUNJANGAN', 'TOTAL HONOR'], 6, 'TOTAL HONOR'],
    [['GAJI POKOK', 'TUNJANGAN', 'JUMLAH HONOR'], 6, 'JUMLAH HONOR'],
    [['GAJI POKOK', 'TUNJANGAN', 'TOTAL (Rp)', 'JUMLAH BERSIH'], 6, 'TOTAL (Rp)'],
  ])('%j: the total is the wage, and a note names the basic pay passed over', (pay, index, chosen) => {
    const l = layout(sheet(['NO', 'NAMA', 'NIK', 'TGL LAHIR', ...pay], [...WORKER, '1500000', '500000', '2000000', '1900000']));
    expect(l.columns.wage).toEqual({ role: 'wage', index, header: chosen });
    expect(l.notes).toEqual([note(chosen, pay[0] as string)]);
  });

  it.each([
    [['GAJI POKOK', 'TUNJANGAN'], 'GAJI POKOK'],
    [['HONOR'], 'HONOR'],
    [['GAJI POKOK', 'JUMLAH SETAHUN'], 'GAJI POKOK'],
    [['JUMLAH', 'GAJI POKOK'], 'GAJI POKOK'],
  ])('%j without a monthly total right of the basic pay: %s stays the wage, without the note', (pay, chosen) => {
    const l = layout(sheet(['NO', 'NAMA', 'NIK', 'TGL LAHIR', ...pay], [...WORKER, '1500000', '500000']));
    expect(l.columns.wage?.header).toBe(chosen);
    expect(l.notes.map((n) => n.code)).not.toContain('table.wage_total_over_basic');
  });

  it('a wage mapped by hand wins, without the note', () => {
    const l = layout(sheet(['NO', 'NAMA', 'NIK', 'TGL LAHIR', 'GAJI POKOK', 'TUNJANGAN', 'JUMLAH DITERIMA'], [...WORKER, '1500000', '500000', '2000000']), { overrides: { wage: 'GAJI POKOK' } });
    expect(l.columns.wage?.header).toBe('GAJI POKOK');
    expect(l.notes).toEqual([]);
  });

  it('a group row above (IDENTITAS | HONOR over NAMA … POKOK | TUNJANGAN | JUMLAH) keeps its sum as the wage, without the note', () => {
    const l = layout(sheet(['NO', 'IDENTITAS', null, null, 'HONOR', null, null], [null, 'NAMA', 'NIK', 'TGL LAHIR', 'POKOK', 'TUNJANGAN', 'JUMLAH'], [...WORKER, '2000000', '400000', '2400000']));
    expect(l.columns.wage).toEqual({ role: 'wage', index: 6, header: 'HONOR / JUMLAH' });
    expect(l.notes).toEqual([]);
  });

  // Was: the sub-header row was not one (POKOK | TUNJANGAN | JUMLAH are no header words), so HONOR, over POKOK, was the wage.
  it('HONOR merged over POKOK | TUNJANGAN | JUMLAH on the row below the header: the sum is the wage, without the note', () => {
    const l = layout(sheet(['NO', 'NAMA', 'NIK', 'TGL LAHIR', 'HONOR', null, null], [null, null, null, null, 'POKOK', 'TUNJANGAN', 'JUMLAH'], [...WORKER, '2000000', '400000', '2400000']));
    expect(l.columns.wage).toEqual({ role: 'wage', index: 6, header: 'HONOR / JUMLAH' });
    expect(l.notes).toEqual([]);
  });
});
