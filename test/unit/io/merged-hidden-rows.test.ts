import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { translate } from '../../../src/i18n/translate.js';
import { loadSheets } from '../../../src/io/load-sheets.js';
import type { Worker } from '../../../src/normalize/person-record.js';

const dir = mkdtempSync(join(tmpdir(), 'rekon-merged-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Loaded {
  readonly workers: Worker[];
  readonly notes: string[];
  readonly hiddenRows: readonly number[];
}

async function load(path: string): Promise<Loaded> {
  const workers: Worker[] = [];
  const notes: string[] = [];
  let hiddenRows: readonly number[] = [];
  for await (const s of loadSheets([path], { side: 'roster', overrides: {}, referenceYear: 2026 })) {
    for await (const batch of s.records) workers.push(...(batch as Worker[]));
    notes.push(...[...s.notes, ...s.endNotes].map((n) => translate('en', n)));
    hiddenRows = s.hiddenRows;
  }
  return { workers, notes, hiddenRows };
}

const HEADER = ['NO', 'NAMA', 'NIK', 'TGL LAHIR', 'PEKERJAAN', 'UPAH'];
const PEOPLE = [
  [1, 'ASEP SUNARYA', '3273010101800001', '01-01-1980', 'Penyapu Jalan', 2100000],
  [2, 'DEDE KURNIA', '3273010202810002', '02-02-1981', null, null],
  [3, 'ENDANG SUHENDAR', '3273010303820003', '03-03-1982', null, null],
  [4, 'UJANG RUHIAT', '3273010404830004', '04-04-1983', 'Tukang Kebun', 2250000],
];

// Was a bug (exploratory test): one honor cell merged over three sweepers counted for the first only; the
// other two were "without wage, not budgeted" although the spreadsheet shows Rp 2.100.000 on every row.
describe('a vertically merged cell', () => {
  it('.xlsx: the merged wage and position apply to every row the range covers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DLH');
    ws.addRow(['DAFTAR TENAGA NON ASN DLH']);
    ws.mergeCells('A1:F1');
    ws.addRow(HEADER);
    for (const p of PEOPLE) ws.addRow(p);
    ws.mergeCells('E3:E5');
    ws.mergeCells('F3:F5');
    const path = join(dir, 'dlh.xlsx');
    await wb.xlsx.writeFile(path);
    const { workers } = await load(path);
    expect(workers.map((w) => [w.row, w.wage, w.position])).toEqual([
      [3, 2100000, 'Penyapu Jalan'],
      [4, 2100000, 'Penyapu Jalan'],
      [5, 2100000, 'Penyapu Jalan'],
      [6, 2250000, 'Tukang Kebun'],
    ]);
  });

  it('.xlsx: a NIK merged over two rows is never given to the second person', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DLH');
    ws.addRow(HEADER);
    ws.addRow([1, 'ASEP SUNARYA', '3273010101800001', '01-01-1980', 'Staf', 2100000]);
    ws.addRow([2, 'DEDE KURNIA', null, '02-02-1981', 'Staf', 2100000]);
    ws.mergeCells('C2:C3');
    const path = join(dir, 'nik-merged.xlsx');
    await wb.xlsx.writeFile(path);
    const { workers } = await load(path);
    expect(workers.map((w) => [w.name.original, w.nik.status])).toEqual([
      ['ASEP SUNARYA', 'valid'],
      ['DEDE KURNIA', 'missing'],
    ]);
  });

  // Was a bug (exploratory test of reading): the rows under a merged NIK cell said only "the NIK is empty",
  // while the spreadsheet shows a NIK on them; the officer could not see why.
  it('.xlsx and .xls: a row under a merged NIK cell is nik_missing saying the cell is merged over rows X–Y', async () => {
    const rows = [HEADER, [1, 'ASEP SUNARYA', '3273010101800001', '01-01-1980', 'Staf', 2100000], [2, 'DEDE KURNIA', null, '02-02-1981', 'Staf', 2100000], [3, 'ENDANG SUHENDAR', null, '03-03-1982', 'Staf', 2100000], [4, 'UJANG RUHIAT', null, '04-04-1983', 'Staf', 2100000]];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DLH');
    for (const r of rows) ws.addRow(r);
    ws.mergeCells('C2:C4');
    const xlsx = join(dir, 'nik-merged-3.xlsx');
    await wb.xlsx.writeFile(xlsx);
    const sheet = XLSX.utils.aoa_to_sheet(rows);
    sheet['!merges'] = [XLSX.utils.decode_range('C2:C4')];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'DLH');
    const xls = join(dir, 'nik-merged-3.xls');
    writeFileSync(xls, XLSX.write(book, { type: 'buffer', bookType: 'biff8' }) as Buffer);
    for (const path of [xlsx, xls]) {
      const { workers } = await load(path);
      const problems = workers.map((w) => [w.row, w.problems.map((p) => [p.kind, translate('en', p.detail)])]);
      expect(problems).toEqual([
        [2, []],
        [3, [['nik_missing', "the NIK cell is merged over rows 2–4 (C2:C4): the NIK it shows belongs to row 2 only, so this row has no NIK of its own — unmerge the cell and enter each worker's NIK"]]],
        [4, [['nik_missing', "the NIK cell is merged over rows 2–4 (C2:C4): the NIK it shows belongs to row 2 only, so this row has no NIK of its own — unmerge the cell and enter each worker's NIK"]]],
        [5, [['nik_missing', 'the NIK is empty']]],
      ]);
      expect(translate('id', workers[1]?.problems[0]?.detail ?? { code: '' })).toContain('sel NIK digabung (merge) C2:C4 meliputi baris 2–4');
    }
  });

  it('.xls (SheetJS): the merged wage applies to every row it covers', async () => {
    const ws = XLSX.utils.aoa_to_sheet([HEADER, ...PEOPLE]);
    ws['!merges'] = [{ s: { r: 1, c: 5 }, e: { r: 3, c: 5 } }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'DLH');
    const path = join(dir, 'dlh.xls');
    writeFileSync(path, XLSX.write(wb, { bookType: 'biff8', type: 'buffer' }) as Buffer);
    const { workers } = await load(path);
    expect(workers.map((w) => w.wage)).toEqual([2100000, 2100000, 2100000, 2250000]);
  });
});

// Was a bug (exploratory test): a worker's row hidden in the sheet (a resigned worker, hidden by an AutoFilter)
// was read and budgeted without a word.
describe('rows hidden in a sheet', () => {
  it('are read, and one note names how many and which', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('PUPR');
    ws.addRow(HEADER);
    for (const p of PEOPLE) ws.addRow(p.map((v, i) => (i === 5 ? 2700000 : i === 4 ? 'Staf' : v)));
    ws.getRow(3).hidden = true;
    ws.getRow(5).hidden = true;
    const path = join(dir, 'pupr.xlsx');
    await wb.xlsx.writeFile(path);
    const { workers, notes, hiddenRows } = await load(path);
    expect(workers).toHaveLength(4);
    expect(hiddenRows).toEqual([3, 5]);
    expect(notes).toEqual(['2 worker rows are hidden in this sheet (rows 3, 5) but were read and counted; check whether they still work here (e.g. resigned) and delete the rows if not']);
  });

  it('no note when nothing is hidden', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('PUPR');
    ws.addRow(HEADER);
    ws.addRow(PEOPLE[0]!);
    const path = join(dir, 'shown.xlsx');
    await wb.xlsx.writeFile(path);
    expect((await load(path)).notes).toEqual([]);
  });
});
