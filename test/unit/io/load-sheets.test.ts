import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { loadSheets } from '../../../src/io/load-sheets.js';
import type { LoadOptions } from '../../../src/io/load-sheets.js';
import type { PersonRecord } from '../../../src/normalize/person-record.js';
import type { Side } from '../../../src/table/table-layout.js';
import { errorOf } from './read-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'rekon-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Collected<R> {
  sheet: string;
  headerRow: number | null;
  columns: Record<string, string>;
  noTable: string | null;
  notes: string[];
  skipped: [number, string][];
  records: R[];
  recordCount: number;
}

async function load<S extends Side>(inputs: string[], options: Partial<LoadOptions<S>> & { side: S }): Promise<Collected<PersonRecord & { seq: number; agency: string | null }>[]> {
  const out: Collected<PersonRecord & { seq: number; agency: string | null }>[] = [];
  for await (const s of loadSheets(inputs, { overrides: {}, referenceYear: 2026, ...options })) {
    const records: (PersonRecord & { seq: number; agency: string | null })[] = [];
    for await (const batch of s.records) records.push(...batch);
    out.push({
      sheet: s.sheet,
      headerRow: s.layout?.headerRow ?? null,
      columns: Object.fromEntries(Object.entries(s.layout?.columns ?? {}).map(([k, v]) => [k, v.header])),
      noTable: s.noTable?.code ?? null,
      notes: s.notes.map((n) => n.code),
      skipped: s.skipped.map((k) => [k.row, k.reason]),
      records,
      recordCount: s.recordCount,
    });
  }
  return out;
}

const kinds = (r: PersonRecord): string[] => r.problems.map((p) => p.kind);

describe('loadSheets: an OPD roster workbook', () => {
  const path = join(dir, 'roster-dlh.xlsx');

  async function writeRoster(): Promise<void> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DLH');
    ws.addRow(['DAFTAR NAMA TENAGA HONORER']);
    ws.mergeCells('A1:F1');
    ws.addRow(['DINAS LINGKUNGAN HIDUP']);
    ws.addRow(['TAHUN ANGGARAN 2025']);
    ws.addRow(['NO', 'NAMA', 'NIK', 'TEMPAT/TGL LAHIR', 'JABATAN', 'HONOR']);
    ws.addRow([1, 'SITI AMINAH, S.Pd', '3671014501900001', 'Tangerang, 05-01-1990', 'Staf', 1500000]);
    ws.addRow([2, 'BUDI SANTOSO', 3671010503850010, 'Tangerang, 05-03-1985', 'Sopir', '1.750.000']);
    ws.addRow([3, 'DEDI', '197001011995031001', 'Klaten, 01-01-1970', 'Staf', 1000000]);
    ws.addRow([4, 'RINA', null, 'Klaten, 02-02-1992', 'Staf', 1000000]);
    ws.addRow([5, 'SITI AMINAH', '3671014501900001', 'Tangerang, 05-01-1990', 'Staf', 1500000]);
    ws.addRow([6, 'AGUS', '3671010101900003', 'Tangerang, 02-01-1990', 'Staf', 'satu juta']);
    ws.addRow(['JUMLAH', null, null, null, null, 6750000]);
    ws.addRow([]);
    ws.addRow([null, null, null, null, 'Tangerang, 31 Desember 2025']);
    ws.addRow([null, null, null, null, 'Kepala Dinas']);
    ws.addRow([null, null, null, null, 'Ir. HARTONO']);
    ws.addRow([null, null, null, null, 'NIP. 19700101 199503 1 001']);
    wb.addWorksheet('REKAP').addRow(['OPD', 'JUMLAH']);
    await wb.xlsx.writeFile(path);
  }

  it('finds the table, builds workers with problems and reports skipped rows', async () => {
    await writeRoster();
    const [dlh, rekap] = await load([path], { side: 'roster' });
    expect(dlh?.headerRow).toBe(4);
    expect(dlh?.columns).toEqual({ name: 'NAMA', nik: 'NIK', birth_place_date: 'TEMPAT/TGL LAHIR', position: 'JABATAN', wage: 'HONOR' });
    const records = dlh?.records ?? [];
    expect(records.map((r) => r.row)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(records.map((r) => r.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(records.every((r) => r.agency === 'DLH')).toBe(true);
    expect(records[0]?.nik.nik).toBe('3671014501900001');
    expect(records[0]?.birthDate).toBe('1990-01-05');
    expect(records[0]?.birthPlace).toBe('Tangerang');
    expect(records[0]?.wage).toBe(1500000);
    expect(kinds(records[0] as PersonRecord)).toEqual([]);
    expect(records[1]?.nik.status).toBe('excel_damaged');
    expect(kinds(records[1] as PersonRecord)).toContain('nik_excel_damaged');
    expect(records[1]?.wage).toBe(1750000);
    expect(kinds(records[2] as PersonRecord)).toContain('nip_in_nik_column');
    expect(kinds(records[3] as PersonRecord)).toEqual(['nik_missing']);
    expect(kinds(records[4] as PersonRecord)).toEqual(['nik_duplicate']);
    expect(records[4]?.problems[0]?.detail).toEqual({ code: 'record.nik_duplicate', params: { first_row: 5, first_sheet: '' } });
    expect(kinds(records[5] as PersonRecord)).toEqual(expect.arrayContaining(['wage_invalid']));
    expect(dlh?.skipped).toEqual([
      [1, 'title'], [2, 'title'], [3, 'title'], [4, 'header'],
      [11, 'total'], [13, 'signature_block'], [14, 'signature_block'], [15, 'signature_block'], [16, 'signature_block'],
    ]);
    expect(dlh?.recordCount).toBe(6);
    expect(rekap?.noTable).toBe('table.no_header');
    expect(rekap?.records).toEqual([]);
  });

  it('completes counts and skipped rows even when records are not read', async () => {
    await writeRoster();
    const sheets = [];
    for await (const s of loadSheets([path], { side: 'roster', overrides: {}, referenceYear: 2026 })) sheets.push(s);
    expect(sheets.map((s) => s.sheet)).toEqual(['DLH', 'REKAP']);
    expect(sheets[0]?.recordCount).toBe(6);
    expect(sheets[0]?.skipped.length).toBe(9);
  });
});

describe('loadSheets: the agency of a roster without an agency column', () => {
  async function titled(file: string, sheet: string, titles: string[], opd = false): Promise<string> {
    const path = join(dir, file);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(sheet);
    for (const t of titles) ws.addRow([t]);
    ws.addRow([]);
    ws.addRow(['NO', 'NAMA', 'NIK', 'TGL LAHIR', ...(opd ? ['OPD'] : []), 'HONOR']);
    ws.addRow([1, 'BUDI HARTONO', '3279012106900002', '21-06-1990', ...(opd ? ['DINAS PERHUBUNGAN'] : []), 2000000]);
    await wb.xlsx.writeFile(path);
    return path;
  }

  it('takes the agency a title row names over a file name that names none, and says so', async () => {
    const path = await titled('HONORER_2027.xlsx', 'DATA', ['DAFTAR TENAGA NON ASN', 'PEMERINTAH KABUPATEN X / DINAS LINGKUNGAN HIDUP', 'TAHUN ANGGARAN 2027']);
    const [sheet] = await load([path], { side: 'roster' });
    expect(sheet?.records.map((r) => r.agency)).toEqual(['DINAS LINGKUNGAN HIDUP']);
    expect(sheet?.notes).toEqual(['io.agency_from_title']);
    const raw = [];
    for await (const s of loadSheets([path], { side: 'roster', overrides: {}, referenceYear: 2026 })) raw.push(...s.notes);
    expect(raw[0]?.params).toEqual({ agency: 'DINAS LINGKUNGAN HIDUP', row: 2, text: 'PEMERINTAH KABUPATEN X / DINAS LINGKUNGAN HIDUP' });
  });

  it('keeps a sheet name that names an agency, an agency column, and the BPJS side as they were, without the note', async () => {
    const named = await titled('honorer-dlhk.xlsx', 'DLHK', ['DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN']);
    const column = await titled('honorer-opd.xlsx', 'DATA', ['DINAS LINGKUNGAN HIDUP'], true);
    const [a, b] = await load([named, column], { side: 'roster' });
    expect(a?.records.map((r) => r.agency)).toEqual(['DLHK']);
    expect(b?.records.map((r) => r.agency)).toEqual(['DINAS PERHUBUNGAN']);
    expect([...(a?.notes ?? []), ...(b?.notes ?? [])]).toEqual([]);
    const untitled = await titled('HONORER_2028.xlsx', 'DATA', ['DAFTAR TENAGA NON ASN']);
    const [c] = await load([untitled], { side: 'roster' });
    expect(c?.records.map((r) => r.agency)).toEqual(['HONORER 2028']);
    const bpjs = await titled('bpjs_dlh.xlsx', 'DATA', ['DINAS LINGKUNGAN HIDUP']);
    const [d] = await load([bpjs], { side: 'bpjs' });
    expect(d?.notes).toEqual([]);
    expect(d?.records.map((r) => r.agency)).toEqual([null]);
  });
});

describe('loadSheets: CSV inputs', () => {
  it('flags a column of Excel-zeroed NIK texts once per sheet and marks those ending in 0 as damaged', async () => {
    const path = join(dir, 'zeroed.csv');
    const lines = ['NAMA;NIK;TGL LAHIR'];
    for (let i = 1; i <= 9; i++) lines.push(`PEGAWAI ${i};36710145019${String(i).padStart(4, '0')}0;05-01-1990`);
    lines.push('PEGAWAI 10;3671014501900011;05-01-1990');
    writeFileSync(path, lines.join('\r\n'));
    const [sheet] = await load([path], { side: 'roster' });
    expect(sheet?.notes).toEqual(['record.nik_zeroed_column_note']);
    const statuses = sheet?.records.map((r) => r.nik.status);
    expect(statuses?.filter((s) => s === 'excel_damaged').length).toBe(9);
    expect(statuses?.at(-1)).toBe('valid');
    expect(sheet?.records[0]?.nik.trustedPrefix).toBe('367101450190001');
    expect(sheet?.records[0]?.agency).toBe('zeroed');
  });

  it('resolves config agency aliases on roster rows: the agency column and the file-name default alike', async () => {
    const withColumn = join(dir, 'aliases.csv');
    writeFileSync(withColumn, 'NAMA;NIK;OPD\nSITI;3671014501900001; dlhk \nBUDI;3671010501900002;Satpol PP\n');
    const noColumn = join(dir, 'dlhk.csv');
    writeFileSync(noColumn, 'NAMA;NIK\nAMIN;3671010501900003\n');
    const agencyAliases = new Map([['DLHK', 'Dinas Lingkungan Hidup dan Kebersihan']]);
    const [a, b] = await load([withColumn, noColumn], { side: 'roster', agencyAliases });
    expect(a?.records.map((r) => r.agency)).toEqual(['Dinas Lingkungan Hidup dan Kebersihan', 'Satpol PP']);
    expect(b?.records.map((r) => r.agency)).toEqual(['Dinas Lingkungan Hidup dan Kebersihan']);
    const [plain] = await load([withColumn], { side: 'roster' });
    expect(plain?.records.map((r) => r.agency)).toEqual(['dlhk', 'Satpol PP']);
  });

  it('does not flag a normal column (about 1 in 10 ends in 0)', async () => {
    const path = join(dir, 'normal.csv');
    const lines = ['NAMA,NIK'];
    for (let i = 1; i <= 20; i++) lines.push(`P${i},367101450190${String(i).padStart(4, '0')}`);
    writeFileSync(path, lines.join('\n'));
    const [sheet] = await load([path], { side: 'roster' });
    expect(sheet?.notes).toEqual([]);
    expect(sheet?.records.filter((r) => r.nik.status === 'valid').length).toBe(20);
  });

  it('finds NIK/birth-date and NIK/sex disagreements', async () => {
    const path = join(dir, 'mismatch.csv');
    writeFileSync(path, 'NAMA,NIK,TGL LAHIR,JK\nANI,3671014501900001,06-01-1990,L\nBUDI,3671010503850002,05-03-1985,L\nCICI,3671014501900003,05-01-1991,P\nDEDI,3671010503250004,05-03-1925,L\n');
    const [sheet] = await load([path], { side: 'roster' });
    const first = sheet?.records[0] as PersonRecord;
    expect(kinds(first).sort()).toEqual(['nik_dob_mismatch', 'nik_sex_mismatch']);
    expect(first.problems.map((p) => p.detail.params)).toEqual([
      { nik_date: '1990-01-05', column_date: '1990-01-06' },
      { nik_sex: 'F', column_sex: 'M' },
    ]);
    expect(kinds(sheet?.records[1] as PersonRecord)).toEqual([]);
    // Only the year differs: still a mismatch. Only the century differs: the NIK cannot tell.
    expect(kinds(sheet?.records[2] as PersonRecord)).toEqual(['nik_dob_mismatch']);
    expect(kinds(sheet?.records[3] as PersonRecord)).toEqual([]);
  });

  it('builds BPJS participants with KPJ, status and membership date', async () => {
    const path = join(dir, 'bpjs.csv');
    writeFileSync(path, 'NO KPJ;NIK;NAMA;TGL LAHIR;TGL KEPESERTAAN;STATUS\n12345678901;3671014501900001;ANI;05-01-1990;01-01-2024;AKTIF\n12345678902;3671010503850002;BUDI;05-03-1985;31-02-2024;NON AKTIF\n');
    const [sheet] = await load([path], { side: 'bpjs' });
    const [a, b] = (sheet?.records ?? []) as unknown as { kpj: string; status: string; membershipDate: string | null; problems: { kind: string }[] }[];
    expect([a?.kpj, a?.status, a?.membershipDate]).toEqual(['12345678901', 'active', '2024-01-01']);
    expect([b?.status, b?.membershipDate]).toEqual(['inactive', null]);
    expect(b?.problems.map((p) => p.kind)).toEqual(['date_invalid']);
  });

  it('completes counts when the reader stops after the first batch', async () => {
    const path = join(dir, 'partial.csv');
    writeFileSync(path, 'NAMA,NIK\n' + Array.from({ length: 3000 }, (_, i) => `P${i},3671014501${String(900000 + i)}`).join('\n'));
    const sheets = [];
    for await (const s of loadSheets([path], { side: 'roster', overrides: {}, referenceYear: 2026, batchSize: 500, lookAheadRows: 100 })) {
      sheets.push(s);
      for await (const batch of s.records) {
        expect(batch.length).toBeGreaterThan(0);
        break;
      }
    }
    expect(sheets[0]?.recordCount).toBe(3000);
  });

  it('notes a hidden sheet whose rows it reads', async () => {
    const wb = new ExcelJS.Workbook();
    for (const [name, state] of [['AKTIF', 'visible'], ['LAMA', 'hidden']] as const) {
      const ws = wb.addWorksheet(name, { state });
      ws.addRow(['NO', 'NAMA', 'NIK', 'TGL LAHIR']);
      ws.addRow([1, 'SITI AMINAH', '3671014501900001', '05-01-1990']);
    }
    const path = join(dir, 'hidden-sheet.xlsx');
    await wb.xlsx.writeFile(path);
    const sheets = await load([path], { side: 'roster' });
    expect(sheets.map((s) => [s.sheet, s.notes.includes('io.sheet_hidden'), s.records.length])).toEqual([['AKTIF', false, 1], ['LAMA', true, 1]]);
  });

  it('BPJS sheets without a status column take the status their name states, and say so', async () => {
    const wb = new ExcelJS.Workbook();
    for (const [name, withStatus] of [['TK AKTIF', false], ['TK NONAKTIF', false], ['Sheet1', false], ['NONAKTIF', true]] as const) {
      const ws = wb.addWorksheet(name);
      ws.addRow(['NO', 'NAMA', 'NIK', 'TGL LAHIR', ...(withStatus ? ['STATUS'] : [])]);
      ws.addRow([1, 'SITI AMINAH', '3671014501900001', '05-01-1990', ...(withStatus ? ['AKTIF'] : [])]);
    }
    const path = join(dir, 'bpjs-status-sheets.xlsx');
    await wb.xlsx.writeFile(path);
    const sheets = await load([path], { side: 'bpjs' });
    const seen = sheets.map((s) => {
      const p = s.records[0] as unknown as { status: string | null; statusRaw: string | null };
      return [s.sheet, p.status, p.statusRaw, s.notes.filter((n) => n.startsWith('io.status_from_sheet'))];
    });
    expect(seen).toEqual([
      ['TK AKTIF', 'active', 'TK AKTIF', ['io.status_from_sheet_active']],
      ['TK NONAKTIF', 'inactive', 'TK NONAKTIF', ['io.status_from_sheet_inactive']],
      ['Sheet1', null, null, []],
      // A status column decides, whatever the sheet is called.
      ['NONAKTIF', 'active', 'AKTIF', []],
    ]);
    // A roster sheet's name says nothing about anyone's BPJS status.
    const roster = await load([path], { side: 'roster' });
    expect(roster.flatMap((s) => s.notes.filter((n) => n.startsWith('io.status_from_sheet')))).toEqual([]);
  });

  describe('--sheet and --skip-sheet', () => {
    async function workbook(name: string): Promise<string> {
      const wb = new ExcelJS.Workbook();
      for (const [sheet, state, who] of [
        ['2026', 'visible', ['SITI AMINAH', '3671014501900001']],
        ['LAMA', 'hidden', ['AGUS SETIAWAN', '3671012107880002']],
      ] as const) {
        const ws = wb.addWorksheet(sheet, { state });
        ws.addRow(['NO', 'NAMA', 'NIK']);
        ws.addRow([1, ...who]);
      }
      const path = join(dir, name);
      await wb.xlsx.writeFile(path);
      return path;
    }

    it('leaves a skipped sheet unread and says which option left it out', async () => {
      const path = await workbook('skip.xlsx');
      const sheets: { sheet: string; leftOutBy: string | null; noTable: string | null; records: number }[] = [];
      for await (const s of loadSheets([path], { side: 'roster', overrides: {}, referenceYear: 2026, sheets: { only: [], skip: ['lama'] } })) {
        let records = 0;
        for await (const batch of s.records) records += batch.length;
        sheets.push({ sheet: s.sheet, leftOutBy: s.leftOutBy, noTable: s.noTable === null ? null : `${s.noTable.code} ${s.noTable.params?.['by']}`, records });
      }
      expect(sheets).toEqual([
        { sheet: '2026', leftOutBy: null, noTable: null, records: 1 },
        { sheet: 'LAMA', leftOutBy: '--skip-sheet', noTable: 'io.sheet_left_out --skip-sheet', records: 0 },
      ]);
    });

    // Was a bug (exploratory test of reading): a sheet rekon.toml left out was said to be left out by
    // "--sheet/--skip-sheet", options the officer never typed.
    it('names the config file and its key when the selection came from rekon.toml', async () => {
      const path = await workbook('skip-config.xlsx');
      const sheets = { only: [], skip: ['lama'], config: '/kantor/rekon.toml' };
      const notes: unknown[] = [];
      for await (const s of loadSheets([path], { side: 'roster', overrides: {}, referenceYear: 2026, sheets })) if (s.noTable !== null) notes.push(s.noTable);
      expect(notes).toEqual([{ code: 'io.sheet_left_out', params: { by: '/kantor/rekon.toml [sheets] skip' } }]);
      const err = await errorOf(load([path], { side: 'roster', sheets: { only: ['2025'], skip: [], config: '/kantor/rekon.toml' } }));
      expect((err as InputError).detail).toMatchObject({ code: 'io.all_sheets_left_out', params: { flag: '/kantor/rekon.toml [sheets] only' } });
    });

    it('reads only the sheets named by --sheet, and a CSV file whatever it names', async () => {
      const path = await workbook('only.xlsx');
      const csv = join(dir, 'only.csv');
      writeFileSync(csv, 'NAMA,NIK\nBUDI,3671010503850003\n');
      const sheets = await load([path, csv], { side: 'roster', sheets: { only: ['LAMA'], skip: [] } });
      expect(sheets.map((s) => [s.sheet, s.noTable, s.records.map((r) => [r.name.original, r.seq])])).toEqual([
        ['2026', 'io.sheet_left_out', []],
        ['LAMA', null, [['AGUS SETIAWAN', 0]]],
        ['', null, [['BUDI', 1]]],
      ]);
    });

    it('refuses a workbook of which no sheet is left, naming the file and its sheets', async () => {
      const path = await workbook('none-left.xlsx');
      const err = await errorOf(load([path], { side: 'roster', sheets: { only: ['2025'], skip: [] } }));
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).detail).toEqual({ code: 'io.all_sheets_left_out', params: { file: path, flag: '--sheet', sheets: '"2026", "LAMA"' } });
    });

    it('names the sheet in the hint of a hidden sheet', async () => {
      const path = await workbook('hint.xlsx');
      const hidden = await load([path], { side: 'roster' });
      expect(hidden.map((s) => s.notes)).toEqual([[], ['io.sheet_hidden']]);
      for await (const s of loadSheets([path], { side: 'roster', overrides: {}, referenceYear: 2026 })) {
        for await (const _ of s.records);
        if (s.sheet === 'LAMA') expect(s.notes.find((n) => n.code === 'io.sheet_hidden')?.params).toEqual({ sheet: 'LAMA' });
      }
    });
  });

  it('numbers seq across inputs of one side', async () => {
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    writeFileSync(a, 'NAMA,NIK\nX,3671014501900001\n');
    writeFileSync(b, 'NAMA,NIK\nY,3671010503850002\n');
    const sheets = await load([a, b], { side: 'roster' });
    expect(sheets.flatMap((s) => s.records.map((r) => r.seq))).toEqual([0, 1]);
  });

  it('throws the sheet\'s reason when no sheet of a file holds a table', async () => {
    const path = join(dir, 'no-table.csv');
    writeFileSync(path, 'NAMA,JABATAN\nANI,Staf\n');
    const err = await errorOf(load([path], { side: 'roster' }));
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).detail.code).toBe('table.missing_role_no_example');
    expect((err as InputError).detail.params?.['file']).toBe(path);
  });
});

// Was a bug (exploratory test of reading): a tick in L or P under JENIS KELAMIN gave no row a sex.
describe('loadSheets: sex from L | P tick columns', () => {
  it('a tick in L is male, in P female; both is sex_invalid, neither no sex; a tick merged down counts for each row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DLH');
    ws.addRow(['NO', 'IDENTITAS', null, 'JENIS KELAMIN', null, 'HONOR']);
    ws.mergeCells('B1:C1');
    ws.mergeCells('D1:E1');
    ws.addRow([null, 'NAMA', 'NIK', 'L', 'P', null]);
    ws.addRow([1, 'BUDI SANTOSO', '3273010101800001', '√', null, 2000000]);
    ws.addRow([2, 'SITI AMINAH', '3273014202810002', null, 'V', 2000000]);
    ws.addRow([3, 'ANI', '3273014303820003', 'v', 'x', 2000000]);
    ws.addRow([4, 'DEDI', '3273010404830004', null, null, 2000000]);
    ws.addRow([5, 'RINA', '3273014505840005', null, 1, 2000000]);
    ws.addRow([6, 'WATI', '3273014606850006', null, null, 2000000]);
    ws.mergeCells('E7:E8');
    const path = join(dir, 'sex-ticks.xlsx');
    await wb.xlsx.writeFile(path);
    const [sheet] = await load([path], { side: 'roster' });
    expect(sheet?.columns['sex']).toBe('JENIS KELAMIN / L + P');
    expect(sheet?.records.map((r) => [r.name.original, r.sex, kinds(r)])).toEqual([
      ['BUDI SANTOSO', 'M', []],
      ['SITI AMINAH', 'F', []],
      ['ANI', null, ['sex_invalid']],
      ['DEDI', null, []],
      ['RINA', 'F', []],
      ['WATI', 'F', []],
    ]);
  });
});
