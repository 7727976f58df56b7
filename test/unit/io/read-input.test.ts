import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import * as XLSX from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { sniffInputFormat } from '../../../src/io/input-format.js';
import { expandInputs } from '../../../src/io/read-input.js';
import { errorOf, readAll } from './read-helpers.js';
import { makeXlsx } from './zip-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'rekon-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expandInputs', () => {
  it('expands a directory to its spreadsheet files sorted by name, skipping temp, hidden and other files', async () => {
    const d = join(dir, 'rosters');
    mkdirSync(join(d, 'sub'), { recursive: true });
    for (const name of ['b.xlsx', 'a.csv', '~$b.xlsx', '.hidden.csv', 'notes.pdf', 'C.ods', 'sub/x.csv']) writeFileSync(join(d, name), name);
    const files = await expandInputs([d]);
    expect(files.map((f) => f.name)).toEqual([join(d, 'C.ods'), join(d, 'a.csv'), join(d, 'b.xlsx')]);
  });

  // Was silent (exploratory test): `--roster opd` with opd/dinkes/*.xlsx read only the top-level files.
  it('collects the subfolders that hold spreadsheets (not read), sorted; others and hidden ones are not named', async () => {
    const d = join(dir, 'opd');
    for (const sub of ['kecamatan', 'dinkes', 'arsip', '.git', 'kosong']) mkdirSync(join(d, sub), { recursive: true });
    for (const name of ['top.csv', 'dinkes/a.xlsx', 'kecamatan/b.csv', 'arsip/notes.pdf', 'arsip/~$tmp.xlsx', '.git/x.csv']) writeFileSync(join(d, name), 'x');
    const skipped: string[] = [];
    const files = await expandInputs([d], { allowDirectories: true, skippedFolders: skipped });
    expect(files.map((f) => f.name)).toEqual([join(d, 'top.csv')]);
    expect(skipped).toEqual([join(d, 'dinkes'), join(d, 'kecamatan')]);
    // Without a collector nothing changes.
    expect((await expandInputs([d])).map((f) => f.name)).toEqual([join(d, 'top.csv')]);
  });

  it('keeps "-" as stdin and files as given', async () => {
    const f = join(dir, 'one.csv');
    writeFileSync(f, 'a\n');
    expect(await expandInputs(['-', f])).toEqual([{ name: '-', path: null }, { name: f, path: f }]);
  });

  const errorCases: { description: string; setup: () => string; allowDirectories: boolean; code: string }[] = [
    { description: 'a missing file', setup: () => join(dir, 'nope.xlsx'), allowDirectories: true, code: 'io.file_not_found' },
    { description: 'a directory where a file is expected', setup: () => dir, allowDirectories: false, code: 'io.is_directory' },
    {
      description: 'a directory without spreadsheets',
      setup: () => {
        const d = join(dir, 'empty-dir');
        mkdirSync(d, { recursive: true });
        return d;
      },
      allowDirectories: true,
      code: 'io.empty_directory',
    },
  ];
  it.each(errorCases)('$description → InputError $code', async ({ setup, allowDirectories, code }) => {
    const err = await errorOf(expandInputs([setup()], { allowDirectories }));
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).detail.code).toBe(code);
  });
});

describe('readInput', () => {
  it('refuses an unsupported extension', async () => {
    const path = join(dir, 'roster.pdf');
    writeFileSync(path, '%PDF-1.4');
    const err = await errorOf(readAll(path));
    expect((err as InputError).detail).toEqual({ code: 'io.unsupported_extension', params: { file: path, extension: '.pdf' } });
  });

  it('refuses an empty workbook file', async () => {
    const path = join(dir, 'empty.xlsx');
    writeFileSync(path, '');
    expect(((await errorOf(readAll(path))) as InputError).detail.code).toBe('io.empty_file');
  });

  const stdinCases: { description: string; bytes: () => Buffer; firstCells: unknown[] }[] = [
    { description: 'CSV text', bytes: () => Buffer.from('NAMA;NIK\nANI;3671014501900001\n'), firstCells: ['NAMA', 'NIK'] },
    { description: 'an XLSX (zip magic)', bytes: () => makeXlsx({ sheets: [{ name: 'S', sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>NAMA</t></is></c></row>' }] }), firstCells: ['NAMA'] },
    {
      description: 'an XLS (CFB magic)',
      bytes: () => {
        const wb = XLSX.utils.book_new();
        XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['NAMA', 'NIK']]), 'S');
        return XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer;
      },
      firstCells: ['NAMA', 'NIK'],
    },
  ];
  it.each(stdinCases)('sniffs $description on stdin', async ({ bytes, firstCells }) => {
    const sheets = await readAll(null, { stdin: Readable.from([bytes()]) });
    expect(sheets[0]?.rows[0]?.cells).toEqual(firstCells);
  });
});

describe('sniffInputFormat', () => {
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]);
  const cfb = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const cases: { description: string; head: Buffer; ext: string; expected: unknown }[] = [
    { description: 'zip .xlsx', head: zip, ext: '.xlsx', expected: { kind: 'format', format: 'xlsx' } },
    { description: 'CFB .xlsx', head: cfb, ext: '.xlsx', expected: { kind: 'encrypted_or_legacy' } },
    { description: 'CFB .xls', head: cfb, ext: '.xls', expected: { kind: 'format', format: 'sheetjs' } },
    { description: 'zip named .xls', head: zip, ext: '.xls', expected: { kind: 'format', format: 'xlsx' } },
    { description: 'HTML .xls', head: Buffer.from('\n <html><table>'), ext: '.xls', expected: { kind: 'format', format: 'html' } },
    { description: 'text .xls', head: Buffer.from('NAMA\tNIK\n'), ext: '.xls', expected: { kind: 'format', format: 'csv' } },
    { description: '.csv is always text', head: zip, ext: '.csv', expected: { kind: 'format', format: 'csv' } },
    { description: 'unknown extension', head: zip, ext: '.docx', expected: { kind: 'unsupported' } },
    { description: 'stdin ODS zip', head: Buffer.concat([zip, Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]), ext: '', expected: { kind: 'format', format: 'sheetjs' } },
  ];
  it.each(cases)('$description', ({ head, ext, expected }) => {
    expect(sniffInputFormat(head, ext)).toEqual(expected);
  });
});
