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
