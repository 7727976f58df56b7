// Mutation audit of input loading (load-sheets, sheet-selection, read-input, read-run-dir, input-format,
// provenance): each test here kills a mutation the existing tests let live, or pins behaviour a data
// officer relies on (bad input → InputError naming the file, never a crash). Expected values come
// from the modules' doc comments, docs/decisions.md and DOMAIN.md §3/§5. NIKs are synthetic.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { loadSheets } from '../../../src/io/load-sheets.js';
import type { LoadedSheet, LoadOptions } from '../../../src/io/load-sheets.js';
import { formatProvenance, provenanceOf } from '../../../src/io/provenance.js';
import { SPREADSHEET_EXTENSIONS } from '../../../src/io/input-format.js';
import { expandInputs } from '../../../src/io/read-input.js';
import { translate } from '../../../src/i18n/translate.js';
import { readRunDir } from '../../../src/io/read-run-dir.js';
import { leftOutBy } from '../../../src/io/sheet-selection.js';
import type { Worker } from '../../../src/normalize/person-record.js';
import { errorOf, readAll } from './read-helpers.js';
import { freshDirs } from './fresh-dirs.js';

const freshDir = freshDirs('rekon-input-audit-');

/** The InputError's code and params; fails the test when the error is anything else (a crash). */
async function inputErrorOf(p: Promise<unknown>): Promise<{ code: string; params: Record<string, unknown> | undefined }> {
  const err = await errorOf(p);
  expect(err).toBeInstanceOf(InputError);
  const { code, params } = (err as InputError).detail;
  return { code, params: params as Record<string, unknown> | undefined };
}

interface Loaded {
  sheet: string;
  leftOutBy: string | null;
  noTable: string | null;
  notes: Map<string, Record<string, unknown> | undefined>;
  records: Worker[];
  skippedListed: number;
  skippedBeyond: number;
  skippedCounts: Partial<Record<string, number>>;
}

async function loadRoster(inputs: string[], options: Partial<LoadOptions<'roster'>> = {}): Promise<Loaded[]> {
  const out: Loaded[] = [];
  for await (const s of loadSheets(inputs, { side: 'roster', overrides: {}, referenceYear: 2026, ...options }) as AsyncGenerator<LoadedSheet<Worker>>) {
    const records: Worker[] = [];
    for await (const batch of s.records) records.push(...batch);
    out.push({
      sheet: s.sheet,
      leftOutBy: s.leftOutBy,
      noTable: s.noTable?.code ?? null,
      notes: new Map(s.notes.map((m) => [m.code, m.params as Record<string, unknown> | undefined])),
      records,
      skippedListed: s.skipped.length,
      skippedBeyond: s.skippedBeyond,
      skippedCounts: { ...s.skippedCounts },
    });
  }
  return out;
}

/** A workbook of named sheets; a sheet given rows `null` holds a summary table with no NIK/name column (like REKAP). */
async function workbook(path: string, sheets: [string, (string | number)[][] | null][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) {
    const ws = wb.addWorksheet(name);
    for (const r of rows ?? [['OPD', 'JUMLAH PEGAWAI'], ['DLH', 12], ['DISDIK', 30]]) ws.addRow(r);
  }
  await wb.xlsx.writeFile(path);
  return path;
}

const nik = (i: number, last: number): string => `36710145019${String(i).padStart(4, '0')}${last}`;

describe('sheet selection', () => {
  it('matches a sheet name with a non-breaking space to the name the officer typed', () => {
    // Sheet names copied from a web page carry U+00A0; on the tab it looks like any space.
    expect(leftOutBy('DINAS\u00a0PU', { only: ['dinas pu'], skip: [] })).toBeNull();
    expect(leftOutBy('DINAS\u00a0PU', { only: [], skip: ['Dinas  PU'] })).toBe('--skip-sheet');
  });
});

describe('provenance', () => {
  it('formats a CSV row as file:row and a workbook row with its sheet', () => {
    expect(formatProvenance({ file: 'bpjs.csv', sheet: '', row: 7 })).toBe('bpjs.csv:7');
    expect(formatProvenance({ file: 'opd.xlsx', sheet: 'DLH', row: 12 })).toBe('opd.xlsx [DLH]:12');
  });

  it('copies exactly file, sheet and row', () => {
    const record = { file: 'opd.xlsx', sheet: 'DLH', row: 12, nik: '3671014501900001' };
    expect(provenanceOf(record)).toEqual({ file: 'opd.xlsx', sheet: 'DLH', row: 12 });
  });
});

describe('expandInputs and readInput', () => {
  it('takes spreadsheets with upper-case extensions from a folder, but not a sub-folder named like one', async () => {
    const d = freshDir();
    writeFileSync(join(d, 'ROSTER.XLSX'), 'roster');
    writeFileSync(join(d, 'BPJS.CSV'), 'bpjs');
    mkdirSync(join(d, 'old.csv'));
    expect((await expandInputs([d])).map((f) => f.name)).toEqual([join(d, 'BPJS.CSV'), join(d, 'ROSTER.XLSX')]);
  });

  it('lists a folder in name order, not in the order the files were made (reports must not depend on it)', async () => {
    const d = freshDir();
    for (const name of ['e.csv', 'b.csv', 'f.csv', 'a.csv', 'd.csv', 'c.csv']) writeFileSync(join(d, name), name);
    expect((await expandInputs([d])).map((f) => f.name)).toEqual(['a.csv', 'b.csv', 'c.csv', 'd.csv', 'e.csv', 'f.csv'].map((f) => join(d, f)));
  });

  // Was a bug: a Dirent of a symlink is not isFile(), so a linked roster in a folder was dropped without a word
  // (the same link given by name is read); the officer sees it in the folder like any other file.
  it('takes a spreadsheet that is a symbolic link inside a folder', async () => {
    const d = freshDir();
    const elsewhere = join(freshDir(), 'dinas-pu.xlsx');
    writeFileSync(elsewhere, 'linked');
    writeFileSync(join(d, 'a.csv'), 'a');
    symlinkSync(elsewhere, join(d, 'b.xlsx'));
    expect((await expandInputs([d])).map((f) => f.name)).toEqual([join(d, 'a.csv'), join(d, 'b.xlsx')]);
  });

  it('an empty folder\'s message lists every extension a folder scan takes, in both languages', () => {
    for (const lang of ['id', 'en'] as const) {
      const text = translate(lang, { code: 'io.empty_directory', params: { file: 'opd' } });
      for (const ext of SPREADSHEET_EXTENSIONS) expect(text, `${lang} ${ext}`).toContain(`${ext}`);
    }
  });

  it('skips a link to a folder, and says a broken link is not found instead of skipping it', async () => {
    const d = freshDir();
    writeFileSync(join(d, 'a.csv'), 'x');
    symlinkSync(freshDir(), join(d, 'arsip.xlsx'));
    expect((await expandInputs([d])).map((f) => f.name)).toEqual([join(d, 'a.csv')]);
    symlinkSync(join(d, 'gone.xlsx'), join(d, 'b.xlsx'));
    expect(await inputErrorOf(expandInputs([d]))).toEqual({ code: 'io.file_not_found', params: { file: join(d, 'b.xlsx') } });
  });

  it('reads a file with an upper-case extension (Windows exports) by that extension', async () => {
    const path = join(freshDir(), 'PESERTA.CSV');
    writeFileSync(path, 'NAMA;NIK\nANI;3671014501900001\n');
    const [sheet] = await readAll(path);
    expect(sheet?.rows.map((r) => r.cells)).toEqual([['NAMA', 'NIK'], ['ANI', '3671014501900001']]);
  });

  it('says "file not found" for a path that runs through a file', async () => {
    const d = freshDir();
    writeFileSync(join(d, 'roster.csv'), 'x');
    const bad = join(d, 'roster.csv', 'inner.csv');
    expect(await inputErrorOf(expandInputs([bad]))).toEqual({ code: 'io.file_not_found', params: { file: bad } });
  });

  it('refuses a folder handed to readInput directly', async () => {
    const d = freshDir();
    expect((await inputErrorOf(readAll(d))).code).toBe('io.is_directory');
  });

  it('says an empty stdin is empty, and a missing stdin is not found, naming "-"', async () => {
    expect(await inputErrorOf(readAll(null, { stdin: Readable.from([]) }))).toEqual({ code: 'io.empty_file', params: { file: '-' } });
    expect(await inputErrorOf(readAll(null))).toEqual({ code: 'io.file_not_found', params: { file: '-' } });
  });

  it('reads an HTML table saved as .xls keeping a NIK above 2^53 as its digits', async () => {
    // Web apps export "Excel" as HTML; a NIK read as a number would lose its last digit (DOMAIN.md §5).
    const path = join(freshDir(), 'export.xls');
    writeFileSync(path, '<html><body><table><tr><td>NAMA</td><td>NIK</td></tr><tr><td>YOHANES</td><td>9471021506900007</td></tr></table></body></html>');
    const [sheet] = await readAll(path);
    expect(sheet?.rows[1]?.cells).toEqual(['YOHANES', '9471021506900007']);
  });

  it('reads a semicolon CSV misnamed .xls as text, with its delimiter', async () => {
    const path = join(freshDir(), 'peserta.xls');
    writeFileSync(path, 'NAMA;NIK\nANI;3671014501900001\n');
    const [sheet] = await readAll(path);
    expect(sheet?.delimiter).toBe(';');
    expect(sheet?.rows[1]?.cells).toEqual(['ANI', '3671014501900001']);
  });

  it('refuses a text file named .xlsx as not a workbook, naming it', async () => {
    const path = join(freshDir(), 'roster.xlsx');
    writeFileSync(path, 'NAMA,NIK\n');
    const { code, params } = await inputErrorOf(readAll(path));
    expect([code, params?.['file']]).toEqual(['io.corrupt_workbook', path]);
  });

  it.each([
    { description: 'a truncated .xlsx (zip magic, nothing after)', name: 'cut.xlsx', bytes: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 7)]) },
    { description: 'a CFB .xls with a damaged body', name: 'bad.xls', bytes: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 0xff)]) },
  ])('gives an InputError naming the file for $description, not a crash', async ({ name, bytes }) => {
    const path = join(freshDir(), name);
    writeFileSync(path, bytes);
    const err = await errorOf(readAll(path));
    expect(err).toBeInstanceOf(InputError);
    expect(JSON.stringify((err as InputError).detail.params)).toContain(name);
  });
});

describe('loadSheets: which file error a user sees', () => {
  it('gives the reason of the sheet that was read when the others were left out', async () => {
    // REKAP was read and holds no roster; saying "no sheet left to read" would be false.
    const path = await workbook(join(freshDir(), 'opd.xlsx'), [['DLH', [['NAMA', 'NIK'], ['ANI', '3671014501900001']]], ['REKAP', null]]);
    const err = await inputErrorOf(loadRoster([path], { sheets: { only: [], skip: ['DLH'] } }));
    expect(err.code).not.toBe('io.all_sheets_left_out');
    expect(err.params?.['sheet']).toBe('REKAP');
  });

  it('names the first sheet without a table, as documented', async () => {
    const path = await workbook(join(freshDir(), 'opd.xlsx'), [['REKAP', null], ['RINGKASAN', null]]);
    const err = await inputErrorOf(loadRoster([path]));
    expect(err.params?.['sheet']).toBe('REKAP');
    expect(err.params?.['file']).toBe(path);
  });

  it('names both options when --sheet and --skip-sheet left out every sheet', async () => {
    const person = [['NAMA', 'NIK'], ['ANI', '3671014501900001']];
    const path = await workbook(join(freshDir(), 'opd.xlsx'), [['2025', person], ['2026', person]]);
    const err = await inputErrorOf(loadRoster([path], { sheets: { only: ['2025'], skip: ['2025'] } }));
    expect(err.code).toBe('io.all_sheets_left_out');
    expect(String(err.params?.['flag']).split(' / ').sort()).toEqual(['--sheet', '--skip-sheet']);
  });

  it('reads a workbook whose summary sheet holds no table, saying why that sheet was not used', async () => {
    const path = await workbook(join(freshDir(), 'opd.xlsx'), [['REKAP', null], ['DLH', [['NAMA', 'NIK'], ['ANI', '3671014501900001']]]]);
    const sheets = await loadRoster([path]);
    expect(sheets.map((s) => [s.sheet, s.noTable !== null, s.records.length])).toEqual([['REKAP', true, 0], ['DLH', false, 1]]);
  });
});

describe('loadSheets: duplicates and the Excel-zero verdict', () => {
  const hasDuplicate = (w: Worker): boolean => w.problems.some((p) => p.kind === 'nik_duplicate');

  it('flags a NIK repeated within one file only, not across two files', async () => {
    // One OPD file per agency: the same person in two agencies is the matcher's duplicate, not a row problem of either file.
    const d = freshDir();
    writeFileSync(join(d, 'a.csv'), 'NAMA,NIK\nANI,3671014501900001\n');
    writeFileSync(join(d, 'b.csv'), 'NAMA,NIK\nANI,3671014501900001\nANI,3671014501900001\n');
    const sheets = await loadRoster([join(d, 'a.csv'), join(d, 'b.csv')]);
    expect(sheets.map((s) => s.records.map(hasDuplicate))).toEqual([[false], [false, true]]);
  });

  it('judges the NIK column on every row within the default look-ahead (500), not only the first ones', async () => {
    // 20 intact NIKs, then 30 ending in 0: 60 % of 50 → the column went through Excel (ZEROED_MIN_SHARE).
    const rows = Array.from({ length: 50 }, (_, i) => `P${i},${nik(i, i < 20 ? 1 + (i % 9) : 0)}`);
    const path = join(freshDir(), 'zeroed.csv');
    writeFileSync(path, `NAMA,NIK\n${rows.join('\n')}\n`);
    // Small batches: the look-ahead must keep pulling batches until it holds 500 rows (or the sheet ends).
    const [sheet] = await loadRoster([path], { batchSize: 10 });
    expect(sheet?.notes.get('record.nik_zeroed_column_note')).toEqual({ ending_zero: 30, sixteen: 50, sampled: 50 });
  });

  it('samples only lookAheadRows data rows when asked', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `P${i},${nik(i, i < 20 ? 1 + (i % 9) : 0)}`);
    const path = join(freshDir(), 'zeroed.csv');
    writeFileSync(path, `NAMA,NIK\n${rows.join('\n')}\n`);
    const [sheet] = await loadRoster([path], { lookAheadRows: 20 });
    expect(sheet?.notes.has('record.nik_zeroed_column_note')).toBe(false);
    expect(sheet?.records).toHaveLength(50);
  });
});

describe('loadSheets: skipped rows', () => {
  it('lists 10,000 skipped rows, counts the rest, and counts every one by reason', async () => {
    const filler = Array.from({ length: 10_002 }, () => ',,Staf').join('\n');
    const path = join(freshDir(), 'long.csv');
    writeFileSync(path, `NAMA,NIK,JABATAN\nANI,3671014501900001,Staf\n${filler}\n`);
    const [sheet] = await loadRoster([path]);
    // The cap covers every listed row of the sheet (the header row is listed too).
    const total = Object.values(sheet?.skippedCounts ?? {}).reduce((a, b) => (a ?? 0) + (b ?? 0), 0) ?? 0;
    expect(sheet?.records).toHaveLength(1);
    expect(sheet?.skippedCounts['no_identity']).toBe(10_002);
    expect(sheet?.skippedListed).toBe(10_000);
    expect(sheet?.skippedBeyond).toBe(total - 10_000);
  });

  it('counts the title rows above the header with the rows it listed', async () => {
    const path = await workbook(join(freshDir(), 'opd.xlsx'), [['DLH', [['DAFTAR NAMA TENAGA HONORER'], ['TAHUN ANGGARAN 2025'], ['NAMA', 'NIK'], ['ANI', '3671014501900001']]]]);
    const [sheet] = await loadRoster([path]);
    const total = Object.values(sheet?.skippedCounts ?? {}).reduce((a, b) => (a ?? 0) + (b ?? 0), 0);
    expect(sheet?.skippedListed).toBeGreaterThanOrEqual(2);
    expect(total).toBe(sheet?.skippedListed);
  });
});

describe('readRunDir: reading a previous run back for `rekon diff`', () => {
  const HEADERS = {
    'workers.csv': 'status,roster_file,roster_sheet,roster_row,nik,name,agency,flags,birth_date',
    'bpjs_only.csv': 'bpjs_file,bpjs_sheet,bpjs_row,nik,name,birth_date',
    'problems.csv': 'file,sheet,row,column,kind,detail',
    'budget.csv': 'agency,group,program,period_total',
  } as const;
  type RunFile = keyof typeof HEADERS;

  /** A run folder whose files hold a header and the given lines (none by default). */
  function runDir(lines: Partial<Record<RunFile, string[]>> = {}): string {
    const d = freshDir();
    for (const [file, header] of Object.entries(HEADERS)) writeFileSync(join(d, file), [header, ...(lines[file as RunFile] ?? [])].join('\n') + '\n');
    return d;
  }

  it('reads row numbers written with surrounding spaces (a file touched in a spreadsheet)', async () => {
    const d = runDir({ 'workers.csv': ['registered,opd.xlsx,DLH, 8 ,3671014501900001,ANI,DLH,,1990-01-05'], 'problems.csv': ['opd.xlsx,DLH, 9 ,nik,nik_invalid,x'] });
    const run = await readRunDir(d);
    expect(run.workers[0]?.at.row).toBe(8);
    expect(run.problems[0]?.at.row).toBe(9);
  });

  it('refuses a problems.csv row number that is not a number, naming file, row and column', async () => {
    const d = runDir({ 'problems.csv': ['opd.xlsx,DLH,delapan,nik,nik_invalid,x'] });
    const err = await inputErrorOf(readRunDir(d));
    expect(err).toMatchObject({ code: 'diff.bad_row_number', params: { file: join(d, 'problems.csv'), row: 2, column: 'row', value: 'delapan' } });
  });

  it('reads budget totals written with spaces around them', async () => {
    const d = runDir({ 'budget.csv': ['DLH,unregistered,jkk, 172800 '] });
    const run = await readRunDir(d);
    expect(run.budget.map((b) => b.periodTotal)).toEqual([172800]);
  });

  it('refuses a budget total with decimals as not integer rupiah', async () => {
    const d = runDir({ 'budget.csv': ['DLH,unregistered,jkk,172800.50'] });
    const err = await inputErrorOf(readRunDir(d));
    expect(err).toMatchObject({ code: 'diff.bad_rupiah', params: { column: 'period_total', row: 2 } });
    // Review pass: the expected form was an English parameter ("integer rupiah") inside the Indonesian sentence.
    expect(translate('id', { code: err.code, params: err.params as never })).toMatch(/diharapkan rupiah bilangan bulat$/);
    expect(translate('en', { code: err.code, params: err.params as never })).toMatch(/expected whole rupiah$/);
  });

  it('skips blank lines between records and keeps the spreadsheet row number of each record', async () => {
    const d = runDir({ 'bpjs_only.csv': ['bpjs.csv,,4,3671014501900001,ANI,1990-01-05', ',,,,,', 'bpjs.csv,,5,3671010503850003,BUDI,1985-03-05'] });
    const run = await readRunDir(d);
    expect(run.bpjsOnly.map((p) => [p.name, p.at.row])).toEqual([['ANI', 4], ['BUDI', 5]]);
  });

  it('finds the first column behind a UTF-8 BOM (a run written with --excel)', async () => {
    const d = runDir();
    writeFileSync(join(d, 'workers.csv'), `\uFEFF${HEADERS['workers.csv']}\nregistered,opd.xlsx,DLH,8,3671014501900001,ANI,DLH,,1990-01-05\n`);
    const run = await readRunDir(d);
    expect(run.workers.map((w) => w.status)).toEqual(['registered']);
  });

  it('says workers.csv is missing when a folder of that name stands in its place', async () => {
    const d = runDir();
    rmSync(join(d, 'workers.csv'));
    mkdirSync(join(d, 'workers.csv'));
    expect(await inputErrorOf(readRunDir(d))).toEqual({ code: 'diff.missing_file', params: { dir: d, file: 'workers.csv' } });
  });

  it('refuses a file given where the run folder is expected', async () => {
    const d = runDir();
    const file = join(d, 'workers.csv');
    expect((await inputErrorOf(readRunDir(file))).code).toBe('diff.not_a_directory');
  });
});
