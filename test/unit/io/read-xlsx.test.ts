import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import type { RawCell } from '../../../src/io/raw-cell.js';
import { errorOf, readAll } from './read-helpers.js';
import { makeXlsx, makeZip } from './zip-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'rekon-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function save(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const num = (raw: string): RawCell => ({ kind: 'number', raw });

describe('readXlsx: hand-written XML', () => {
  it('keeps numeric cell text exactly (NIKs above 2^53), reads shared, inline and formula strings, booleans and errors', async () => {
    const path = save('cells.xlsx', makeXlsx({
      sharedStrings: ['NAMA', 'NIK', 'YOHANA &amp; ANAK'],
      sheets: [{
        name: 'Data',
        sheetData:
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
          '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>9471015708900001</v></c><c r="C2" t="inlineStr"><is><t>inline</t></is></c>' +
          '<c r="D2" t="str"><f>A2&amp;""</f><v>formula text</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="e"><v>#N/A</v></c></row>' +
          '<row r="5"><c r="C5" t="inlineStr"><is><r><t>rich </t></r><r><t>text</t></r><rPh><t>ignored</t></rPh></is></c><c r="E5"><v>3.67101E+15</v></c></row>',
      }],
    }));
    const [sheet] = await readAll(path);
    expect(sheet?.sheet).toBe('Data');
    expect(sheet?.rows).toEqual([
      { row: 1, cells: ['NAMA', 'NIK'] },
      { row: 2, cells: ['YOHANA & ANAK', num('9471015708900001'), 'inline', 'formula text', 'TRUE', '#N/A'] },
      { row: 5, cells: [null, null, 'rich text', null, num('3.67101E+15')] },
    ]);
  });

  it('numbers rows and cells sequentially when r attributes are missing, and strips namespace prefixes', async () => {
    const path = save('no-r.xlsx', makeXlsx({
      prefix: 'x:',
      sheets: [{ name: 'S', sheetData: '<x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>1</x:v></x:c></x:row><x:row><x:c><x:v>2</x:v></x:c></x:row>' }],
    }));
    const [sheet] = await readAll(path);
    expect(sheet?.rows).toEqual([
      { row: 1, cells: ['a', num('1')] },
      { row: 2, cells: [num('2')] },
    ]);
  });

  const styles = '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="&quot;Rp&quot;#,##0"/></numFmts>' +
    '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
    '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="49"/></cellXfs></styleSheet>';

  it('turns date-formatted numbers into DateCells (built-in 14, custom dd/mm/yyyy) and leaves currency formats numeric', async () => {
    const path = save('dates.xlsx', makeXlsx({
      stylesXml: styles,
      sheets: [{ name: 'S', sheetData: '<row r="1"><c r="A1" s="1"><v>32874</v></c><c r="B1" s="2"><v>45657.75</v></c><c r="C1" s="3"><v>2500000</v></c><c r="D1" s="0"><v>32874</v></c></row>' }],
    }));
    const [sheet] = await readAll(path);
    expect(sheet?.rows[0]?.cells).toEqual([
      { kind: 'date', iso: '1990-01-01', serial: 32874 },
      { kind: 'date', iso: '2024-12-31', serial: 45657.75 },
      num('2500000'),
      num('32874'),
    ]);
  });

  it('respects the 1904 date system', async () => {
    const path = save('d1904.xlsx', makeXlsx({ stylesXml: styles, date1904: true, sheets: [{ name: 'S', sheetData: '<row r="1"><c r="A1" s="1"><v>31412</v></c></row>' }] }));
    const [sheet] = await readAll(path);
    expect(sheet?.rows[0]?.cells[0]).toEqual({ kind: 'date', iso: '1990-01-01', serial: 31412 });
  });

  it('reads sheets in workbook order and ignores mergeCells after sheetData', async () => {
    const path = save('multi.xlsx', makeXlsx({
      sheets: [
        { name: 'DINAS A', sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>', after: '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>' },
        { name: 'DINAS B', sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>b</t></is></c></row>' },
      ],
    }));
    const sheets = await readAll(path);
    expect(sheets.map((s) => [s.sheet, s.rows[0]?.cells])).toEqual([['DINAS A', ['a']], ['DINAS B', ['b']]]);
  });

  it('batches rows of a large sheet', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const path = save('big.xlsx', makeXlsx({ sheets: [{ name: 'S', sheetData: rows }] }));
    const [sheet] = await readAll(path, { batchSize: 1000 });
    expect(sheet?.rows.length).toBe(2500);
    expect(sheet?.rows[2499]).toEqual({ row: 2500, cells: [num('2499')] });
  });
});

describe('readXlsx: files written by exceljs and by SheetJS', () => {
  it('says which sheets are hidden or very hidden, and still reads them', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('AKTIF').addRow(['NAMA', 'NIK']);
    const old = wb.addWorksheet('2023');
    old.addRow(['NAMA', 'NIK']);
    old.addRow(['SITI', '3671014501900001']);
    old.state = 'hidden';
    wb.addWorksheet('MAKRO', { state: 'veryHidden' }).addRow(['x']);
    const path = join(dir, 'hidden.xlsx');
    await wb.xlsx.writeFile(path);
    const sheets = await readAll(path);
    expect(sheets.map((s) => [s.sheet, s.hidden])).toEqual([['AKTIF', false], ['2023', true], ['MAKRO', true]]);
    expect(sheets[1]?.rows).toHaveLength(2);
  });

  it('reads an exceljs roster: merged title rows, text and numeric NIKs, dates, several sheets', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DINAS KESEHATAN');
    ws.addRow(['DAFTAR NAMA TENAGA HONORER']);
    ws.mergeCells('A1:E1');
    ws.addRow(['TAHUN ANGGARAN 2025']);
    ws.addRow([]);
    ws.addRow(['NO', 'NAMA', 'NIK', 'TGL LAHIR', 'HONOR']);
    ws.addRow([1, 'SITI AMINAH', '3671014501900001', new Date(Date.UTC(1990, 0, 5)), 1500000]);
    ws.addRow([2, 'BUDI SANTOSO', 3671010503850002, new Date(Date.UTC(1985, 2, 5)), 2000000]);
    ws.addRow([]);
    ws.addRow(['', '', '', 'Klaten, 31 Desember 2025']);
    wb.addWorksheet('REKAP').addRow(['OPD', 'JUMLAH']);
    const path = join(dir, 'exceljs.xlsx');
    await wb.xlsx.writeFile(path);
    const sheets = await readAll(path);
    expect(sheets.map((s) => s.sheet)).toEqual(['DINAS KESEHATAN', 'REKAP']);
    const rows = sheets[0]?.rows ?? [];
    expect(rows.map((r) => r.row)).toEqual([1, 2, 4, 5, 6, 8]);
    expect(rows[0]?.cells[0]).toBe('DAFTAR NAMA TENAGA HONORER');
    expect(rows[3]?.cells).toEqual([num('1'), 'SITI AMINAH', '3671014501900001', { kind: 'date', iso: '1990-01-05', serial: 32878 }, num('1500000')]);
    expect(rows[4]?.cells[2]).toEqual(num('3671010503850002'));
    expect(rows[5]?.cells[3]).toBe('Klaten, 31 Desember 2025');
  });

  it('reads a SheetJS-written workbook (inline strings, numbers, dates)', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['NAMA', 'NIK', 'TGL LAHIR'],
      ['ANI', '3273014101900003', new Date(Date.UTC(1990, 0, 1))],
      ['DEDI', 3273010101900004, 42],
    ], { cellDates: true });
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Roster');
    const path = save('sheetjs.xlsx', XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const [sheet] = await readAll(path);
    expect(sheet?.sheet).toBe('Roster');
    expect(sheet?.rows[0]?.cells).toEqual(['NAMA', 'NIK', 'TGL LAHIR']);
    expect(sheet?.rows[1]?.cells[1]).toBe('3273014101900003');
    expect(sheet?.rows[1]?.cells[2]).toMatchObject({ kind: 'date', iso: '1990-01-01' });
    expect(sheet?.rows[2]?.cells.slice(1)).toEqual([num('3273010101900004'), num('42')]);
  });
});

describe('readXlsx: broken and hostile files', () => {
  it('refuses an entry whose declared size exceeds the limit (zip bomb)', async () => {
    const bytes = makeXlsx({ sheets: [{ name: 'S', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }] });
    const path = save('bomb.xlsx', bytes);
    const err = await errorOf(readAll(path, { zipLimits: { maxEntryBytes: 200, maxTotalBytes: 10_000, maxRatio: 200, ratioMinBytes: 1 } }));
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).detail.code).toBe('io.zip_bomb');
  });

  it('refuses a highly compressed entry (ratio above the limit)', async () => {
    const zeros = '<row r="1"><c r="A1"><v>1</v></c></row>' + ' '.repeat(2_000_000);
    const path = save('ratio.xlsx', makeXlsx({ sheets: [{ name: 'S', sheetData: zeros }] }));
    const err = await errorOf(readAll(path, { zipLimits: { maxEntryBytes: 1e9, maxTotalBytes: 1e9, maxRatio: 200, ratioMinBytes: 1_000_000 } }));
    expect((err as InputError).detail.code).toBe('io.zip_bomb');
  });

  it('catches an entry that inflates to more than it declares', async () => {
    const path = save('liar.xlsx', makeZip([{ name: 'xl/workbook.xml', data: '<workbook>' + 'x'.repeat(5000) + '</workbook>', declaredSize: 10 }]));
    const err = await errorOf(readAll(path));
    expect(err).toBeInstanceOf(InputError);
    expect(['io.corrupt_workbook', 'io.zip_bomb']).toContain((err as InputError).detail.code);
  });

  const brokenCases: { description: string; bytes: Buffer; code: string }[] = [
    { description: 'CFB (password-protected or legacy .xls) named .xlsx', bytes: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), code: 'io.encrypted_or_legacy' },
    { description: 'truncated zip', bytes: makeXlsx({ sheets: [{ name: 'S', sheetData: '' }] }).subarray(0, 300), code: 'io.corrupt_workbook' },
    { description: 'text named .xlsx', bytes: Buffer.from('NAMA,NIK\n'), code: 'io.corrupt_workbook' },
    { description: 'broken sheet XML', bytes: makeXlsx({ sheets: [{ name: 'S', sheetData: '<row r="1"><c r="A1"' }] }), code: 'io.corrupt_workbook' },
    {
      description: 'a listed sheet without its data part',
      bytes: makeZip([{ name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="DATA" r:id="rId9"/></sheets></workbook>' }]),
      code: 'io.sheet_part_missing',
    },
  ];
  it.each(brokenCases)('$description → InputError $code naming the file', async ({ description, bytes, code }) => {
    const path = save(`${description.replace(/\W+/g, '_')}.xlsx`, bytes);
    const err = await errorOf(readAll(path));
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).detail.code).toBe(code);
    expect((err as InputError).detail.params?.['file']).toBe(path);
  });
});
