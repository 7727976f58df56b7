import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import type { RawCell } from '../../../src/io/raw-cell.js';
import type { RawRow } from '../../../src/io/raw-sheet.js';
import { detectTable, HEADER_SCAN_ROWS } from '../../../src/table/detect-table.js';
import type { DetectOptions, TableDetection } from '../../../src/table/detect-table.js';

// Tests added by a mutation audit of src/table/detect-table.ts: each pins a behaviour that a small
// change to the source used to leave unnoticed by the existing tests.

/** Rows numbered from 1; `[]` is a blank row. */
function sheet(...lines: RawCell[][]): RawRow[] {
  return lines.map((cells, i) => ({ row: i + 1, cells }));
}

const base: DetectOptions = { file: 'roster.xlsx', sheet: 'DINAS', side: 'roster', overrides: {} };

type Found = Extract<TableDetection, { kind: 'table' }>;

function table(rows: RawRow[], options: Partial<DetectOptions> = {}): Found {
  const result = detectTable(rows, { ...base, ...options });
  if (result.kind !== 'table') throw new Error(`no table: ${JSON.stringify(result.reason)}`);
  return result;
}

function roles(found: Found): Record<string, [number, string]> {
  return Object.fromEntries(Object.entries(found.layout.columns).map(([role, b]) => [role, [b.index, b.header]]));
}

describe('detectTable (audit): where the header is', () => {
  it(`searches the first ${HEADER_SCAN_ROWS} rows: a header on row 30 is found, on row 31 it is not`, () => {
    expect(HEADER_SCAN_ROWS).toBe(30);
    const titles = (n: number): RawRow[] => Array.from({ length: n }, (_, i) => ({ row: i + 1, cells: [`JUDUL ${i + 1}`] }));
    const at30 = table([...titles(29), { row: 30, cells: ['NAMA', 'NIK'] }, { row: 31, cells: ['ANI', '3671014501900001'] }]);
    expect(at30.layout.headerRow).toBe(30);
    const at31 = detectTable([...titles(30), { row: 31, cells: ['NAMA', 'NIK'] }], base);
    expect(at31.kind === 'no_table' && at31.reason.code).toBe('table.no_header');
    expect(at31.kind === 'no_table' && at31.reason.params?.['rows']).toBe(30);
  });

  it('a row naming a single role is no header (no table rather than a missing column)', () => {
    const result = detectTable(sheet(['NAMA', 'KETERANGAN'], ['ANI', 'x']), base);
    expect(result.kind === 'no_table' && result.reason.code).toBe('table.no_header');
  });

  it('of two equally good header rows (a header repeated after a page break) the first one is the header', () => {
    const found = table(sheet(['NAMA', 'NIK'], ['ANI', '3671014501900001'], ['NAMA', 'NIK'], ['BUDI', '3671010503850002']));
    expect(found.layout.headerRow).toBe(1);
    expect(found.layout.lastHeaderRow).toBe(1);
  });
});

describe('detectTable (audit): sub-header rows', () => {
  it('a first data row of text only (NIK blank, "P" under L/P) is not a sub-header when nothing sits under an empty header cell', () => {
    const found = table(sheet(['NAMA', 'NIK', 'L/P'], ['ANI', null, 'P'], ['BUDI', '3671010503850002', 'L']));
    expect(found.layout.lastHeaderRow).toBe(1);
    expect(found.skipped.map((s) => [s.row, s.reason])).toEqual([[1, 'header']]);
  });

  it('a first data row with text under an unlabeled column is not a sub-header when it holds no header word', () => {
    const found = table(sheet(['NAMA', 'NIK', null, 'JABATAN'], ['ANI', '', 'catatan', 'Staf'], ['BUDI', '3671010503850002', '', 'Staf']));
    expect(found.layout.lastHeaderRow).toBe(1);
    expect(found.layout.headers).toEqual(['NAMA', 'NIK', '', 'JABATAN']);
  });

  it('only the row right below the header can be its sub-header', () => {
    // Row 2 is missing (a blank row the reader dropped): row 3 is data even though it looks like a sub-header.
    const found = table([{ row: 1, cells: ['NAMA', 'NIK', 'L/P', null] }, { row: 3, cells: [null, null, null, 'P'] }, { row: 4, cells: ['ANI', '3671014501900001', 'P', null] }]);
    expect(found.layout.lastHeaderRow).toBe(1);
    expect(found.skipped.map((s) => s.row)).toEqual([1]);
  });

  it('the upper text is filled forward only over a merged group: a single-line column does not prefix the next gap', () => {
    const found = table(sheet(['NAMA', 'NIK', null], [null, null, 'L/P'], ['ANI', '3671014501900001', 'P']));
    expect(found.layout.lastHeaderRow).toBe(2);
    expect(found.layout.headers).toEqual(['NAMA', 'NIK', 'L/P']);
    expect(roles(found)).toEqual({ name: [0, 'NAMA'], nik: [1, 'NIK'], sex: [2, 'L/P'] });
  });

  it('a column blank on both lines ends a merged group', () => {
    const found = table(sheet(['NAMA', 'NIK', 'TEMPAT/TGL LAHIR', null, null, null], [null, null, 'TEMPAT', 'TANGGAL', null, 'KPJ'], ['ANI', '3671014501900001', 'Klaten', '05-01-1990', null, '12345678901']));
    expect(found.layout.headers).toEqual(['NAMA', 'NIK', 'TEMPAT/TGL LAHIR / TEMPAT', 'TEMPAT/TGL LAHIR / TANGGAL', '', 'KPJ']);
    expect(found.layout.columns.kpj).toEqual({ role: 'kpj', index: 5, header: 'KPJ' });
  });

  it('TMP | TGL under TEMPAT/TGL LAHIR are birth place and birth date', () => {
    const found = table(sheet(['NAMA', 'NIK', 'TEMPAT/TGL LAHIR', null], [null, null, 'TMP', 'TGL'], ['ANI', '3671014501900001', 'Klaten', '05-01-1990']));
    expect(roles(found)).toEqual({ name: [0, 'NAMA'], nik: [1, 'NIK'], birth_place: [2, 'TEMPAT/TGL LAHIR / TMP'], birth_date: [3, 'TEMPAT/TGL LAHIR / TGL'] });
  });

  it.each([
    ['BPJS KETENAGAKERJAAN', 'NO', 'TGL'],
    ['KEPESERTAAN BPJS', 'NOMOR', 'TANGGAL'],
  ])('NO / STATUS / TGL under %s are KPJ, BPJS status and membership date', (group, no, date) => {
    const found = table(sheet(['NAMA', 'NIK', group, null, null], [null, null, no, 'STATUS', date], ['ANI', '3671014501900001', '12345678901', 'AKTIF', '01-01-2024']));
    expect(roles(found)).toEqual({
      name: [0, 'NAMA'],
      nik: [1, 'NIK'],
      kpj: [2, `${group} / ${no}`],
      bpjs_status: [3, `${group} / STATUS`],
      membership_date: [4, `${group} / ${date}`],
    });
  });

  // A first data row without any digit (no NO column, NIK not yet known) with a text under an unlabeled
  // column and a sex code "P" was taken as a sub-header: the worker disappeared from the table (skipped as
  // 'sub_header') and the name column was renamed "NAMA / SITI AMINAH".
  it('a worker row without digits is not swallowed as a sub-header', () => {
    const found = table(sheet(['NAMA', 'NIK', 'L/P', null], ['SITI AMINAH', null, 'P', 'honorer baru'], ['BUDI', '3671010503850002', 'L', null]));
    expect(found.layout.lastHeaderRow).toBe(1);
    expect(found.layout.columns.name?.header).toBe('NAMA');
  });
});

describe('detectTable (audit): roles', () => {
  it('two KPJ columns of equal confidence are an error, as for the other identity roles', () => {
    try {
      detectTable(sheet(['NAMA', 'NIK', 'KPJ', 'NO KPJ']), base);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).detail).toMatchObject({ code: 'table.ambiguous_role', params: { role: 'kpj', candidates: '"KPJ", "NO KPJ"' } });
    }
  });

  it('a roster STATUS column is BPJS status when exactly 60 % of its values read like membership status', () => {
    const found = table(sheet(['NAMA', 'NIK', 'STATUS'], ['A', '1', 'AKTIF'], ['B', '2', 'AKTIF'], ['C', '3', 'NON AKTIF'], ['D', '4', 'HONORER'], ['E', '5', 'PPPK']));
    expect(found.layout.columns.bpjs_status).toEqual({ role: 'bpjs_status', index: 2, header: 'STATUS' });
    expect(found.layout.notes).toEqual([]);
  });

  it('says that a "Tempat, tgl lahir" column is unused when a birth-date column is there', () => {
    const found = table(sheet(['NAMA', 'NIK', 'TGL LAHIR', 'TTL']));
    expect(found.layout.notes).toEqual([{ code: 'table.birth_place_date_unused', params: { header: 'TTL' } }]);
  });

  it('--map may name the lower part of a two-line header', () => {
    const found = table(sheet(['NAMA', 'NIK', 'KELAHIRAN', null], [null, null, 'KOTA', 'TANGGAL'], ['ANI', '3671014501900001', 'Klaten', '05-01-1990']), { overrides: { birth_date: 'tanggal' } });
    expect(found.layout.columns.birth_date).toEqual({ role: 'birth_date', index: 3, header: 'KELAHIRAN / TANGGAL' });
  });

  it('the --map hint for a missing NIK names a column of 15-digit NIKs (DOMAIN.md §5: Excel may drop the 16th)', () => {
    const result = detectTable(sheet(['NO', 'NAMA', 'JABATAN', 'KETERANGAN', 'IDENTITAS'], ['1', 'ANI', 'Staf', 'honor', '367101450190000'], ['2', 'BUDI', 'Staf', 'kontrak', '367101050385000']), base);
    expect(result.kind === 'no_table' && result.reason.params).toMatchObject({ role: 'nik', example: 'IDENTITAS' });
  });
});
