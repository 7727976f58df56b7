import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { numberText } from '../../../src/io/read-sheetjs.js';
import { errorOf, readAll } from './read-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'rekon-sheetjs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function workbook(): XLSX.WorkBook {
  const ws = XLSX.utils.aoa_to_sheet([
    ['NAMA', 'NIK', 'TGL LAHIR', 'HONOR'],
    ['SITI', '3671014501900001', new Date(Date.UTC(1990, 0, 5)), 1500000],
    ['BUDI', 3671010503850002, new Date(Date.UTC(1985, 2, 5)), 2000000.5],
  ], { cellDates: true });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'OPD A');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['kosong']]), 'Catatan');
  return wb;
}

const formats: { bookType: XLSX.BookType; ext: string }[] = [
  { bookType: 'biff8', ext: '.xls' },
  { bookType: 'ods', ext: '.ods' },
];

describe('readSheetJs (.xls, .ods)', () => {
  it.each(formats)('reads a $ext workbook written by SheetJS', async ({ bookType, ext }) => {
    const path = join(dir, `roster${ext}`);
    writeFileSync(path, XLSX.write(workbook(), { type: 'buffer', bookType }) as Buffer);
    const sheets = await readAll(path);
    expect(sheets.map((s) => s.sheet)).toEqual(['OPD A', 'Catatan']);
    const rows = sheets[0]?.rows ?? [];
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(rows[1]?.cells[0]).toBe('SITI');
    expect(rows[1]?.cells[1]).toBe('3671014501900001');
    expect(rows[1]?.cells[2]).toMatchObject({ kind: 'date', iso: '1990-01-05' });
    expect(rows[2]?.cells[1]).toEqual({ kind: 'number', raw: '3671010503850002' });
    expect(rows[2]?.cells[3]).toEqual({ kind: 'number', raw: '2000000.5' });
  });

  // SheetJS keeps no hidden state for .ods (neither reading nor writing): there a hidden sheet is read unsaid.
  it('says which sheets of an .xls workbook are hidden, and still reads them', async () => {
    const wb = workbook();
    wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
    const path = join(dir, 'hidden.xls');
    writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
    const sheets = await readAll(path);
    expect(sheets.map((s) => [s.sheet, s.hidden])).toEqual([['OPD A', false], ['Catatan', true]]);
    expect(sheets[1]?.rows).toHaveLength(1);
  });

  it('reads an HTML table saved as .xls keeping long digit strings as text', async () => {
    const path = join(dir, 'web-export.xls');
    writeFileSync(path, '<html><body><table><tr><td>NAMA</td><td>NIK</td></tr><tr><td>ANI</td><td>9471015708900001</td></tr></table></body></html>');
    const [sheet] = await readAll(path);
    expect(sheet?.rows.map((r) => r.cells)).toEqual([['NAMA', 'NIK'], ['ANI', '9471015708900001']]);
  });

  it('reads tab-separated text saved as .xls through the CSV reader', async () => {
    const path = join(dir, 'tsv.xls');
    writeFileSync(path, 'NAMA\tNIK\nANI\t3671014501900001\n');
    const [sheet] = await readAll(path);
    expect(sheet?.delimiter).toBe('\t');
    expect(sheet?.rows[1]?.cells).toEqual(['ANI', '3671014501900001']);
  });

  it('refuses a file above the size cap before reading it', async () => {
    const path = join(dir, 'big.xls');
    writeFileSync(path, XLSX.write(workbook(), { type: 'buffer', bookType: 'biff8' }) as Buffer);
    const err = await errorOf(readAll(path, { maxSheetJsBytes: 100 }));
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).detail.code).toBe('io.too_large');
  });

  it('reports a corrupt CFB .xls as a corrupt workbook', async () => {
    const path = join(dir, 'corrupt.xls');
    writeFileSync(path, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 7)]));
    const err = await errorOf(readAll(path));
    expect(err).toBeInstanceOf(InputError);
    expect(['io.corrupt_workbook', 'io.encrypted_or_legacy']).toContain((err as InputError).detail.code);
  });
});

describe('numberText', () => {
  const cases: { description: string; input: number; expected: string }[] = [
    { description: 'integer', input: 42, expected: '42' },
    { description: 'decimal', input: 1500000.5, expected: '1500000.5' },
    { description: '16-digit integer without exponent', input: 3671014501900000, expected: '3671014501900000' },
    { description: 'above 2^53 shows the double as digits', input: Number('9471015708900001'), expected: '9471015708900000' },
    { description: 'very large', input: 1e21, expected: '1000000000000000000000' },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(numberText(input)).toBe(expected);
  });
});
