import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { readRunDir, unwrapCsvCell } from '../../../src/io/read-run-dir.js';
import { id, num, text, type CsvCell } from '../../../src/report/csv-cell.js';
import { formatCsv, type CsvFormat } from '../../../src/report/csv-format.js';
import { WORKER_COLUMNS } from '../../../src/report/model/worker-row.js';
import { BPJS_ONLY_COLUMNS } from '../../../src/report/bpjs-only-row.js';
import { PROBLEM_COLUMNS } from '../../../src/report/problem-row.js';
import { BUDGET_COLUMNS } from '../../../src/report/budget-row.js';

const NIK = '3273014403900001';
const NIK_PAPUA = '9471021506900007'; // above 2^53: must stay a string

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rekon-run-dir-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes one file the way rekon's writer does (src/report/csv-format.ts), missing columns left empty. */
async function writeRunFile<K extends string>(name: string, columns: readonly K[], rows: Partial<Record<K, CsvCell>>[], format: CsvFormat): Promise<void> {
  const cells = rows.map((r) => columns.map((c) => r[c] ?? text('')));
  await writeFile(join(dir, name), formatCsv(columns, cells, format));
}

async function writeRun(format: CsvFormat): Promise<void> {
  await writeRunFile('workers.csv', WORKER_COLUMNS, [
    { status: text('registered'), roster_file: text('opd/dinas.xlsx'), roster_sheet: text('DLHK'), roster_row: num(8), nik: id(NIK), name: text('=SUM(A1)'), agency: text('DLHK'), flags: text('name_differs dob_differs'), birth_date: text('1990-03-04'), kpj: id('26010000033') },
    { status: text('duplicate'), roster_file: text('opd/dinas.xlsx'), roster_sheet: text('DLHK'), roster_row: num(9), nik: id(NIK_PAPUA), name: text('Budi; "Santoso"'), agency: text('-DLHK'), flags: text(''), birth_date: text('') },
  ], format);
  await writeRunFile('bpjs_only.csv', BPJS_ONLY_COLUMNS, [{ bpjs_file: text('bpjs.csv'), bpjs_row: num(4), nik: id(NIK_PAPUA), name: text('@RATNA'), birth_date: text('1992-08-21'), kpj: id('26010000004') }], format);
  await writeRunFile('problems.csv', PROBLEM_COLUMNS, [{ file: text('opd/dinas.xlsx'), sheet: text('DLHK'), row: num(8), column: text('nik'), kind: text('nik_differs'), detail: text('+ one digit'), detail_key: text('{"code":"nik.wrong_length","params":{"length":15}}') }], format);
  await writeRunFile('budget.csv', BUDGET_COLUMNS, [{ agency: text('DLHK'), group: text('unregistered'), program: text('jht'), period_total: num(172800), period_employer: num(106560) }], format);
}

describe('readRunDir', () => {
  it.each([
    { description: 'comma, no BOM', format: { delimiter: ',', bom: false, excelSafe: false } },
    { description: 'semicolon + BOM + excel-safe ids', format: { delimiter: ';', bom: true, excelSafe: true } },
    { description: 'tab + excel-safe ids', format: { delimiter: '\t', bom: false, excelSafe: true } },
  ])('reads back what rekon wrote: $description', async ({ format }) => {
    await writeRun(format);
    const run = await readRunDir(dir);
    expect(run.workers).toEqual([
      { status: 'registered', at: { file: 'opd/dinas.xlsx', sheet: 'DLHK', row: 8 }, nik: NIK, name: '=SUM(A1)', agency: 'DLHK', birthDate: '1990-03-04', flags: ['name_differs', 'dob_differs'], kpj: '26010000033' },
      { status: 'duplicate', at: { file: 'opd/dinas.xlsx', sheet: 'DLHK', row: 9 }, nik: NIK_PAPUA, name: 'Budi; "Santoso"', agency: '-DLHK', birthDate: '', flags: [], kpj: '' },
    ]);
    expect(run.bpjsOnly).toEqual([{ at: { file: 'bpjs.csv', sheet: '', row: 4 }, nik: NIK_PAPUA, name: '@RATNA', birthDate: '1992-08-21', kpj: '26010000004' }]);
    expect(run.problems).toEqual([{ at: { file: 'opd/dinas.xlsx', sheet: 'DLHK', row: 8 }, column: 'nik', kind: 'nik_differs', detail: '+ one digit', message: { code: 'nik.wrong_length', params: { length: 15 } } }]);
    expect(run.budget).toEqual([{ agency: 'DLHK', group: 'unregistered', program: 'jht', periodTotal: 172800, periodEmployer: 106560 }]);
  });

  it('reads budget.csv without period_employer (an older or trimmed file): no employer share, the total kept', async () => {
    await writeRun({ delimiter: ',', bom: false, excelSafe: false });
    await writeFile(join(dir, 'budget.csv'), 'agency,group,program,period_total\nDLHK,unregistered,jkk,172800\n');
    expect((await readRunDir(dir)).budget).toEqual([{ agency: 'DLHK', group: 'unregistered', program: 'jkk', periodTotal: 172800, periodEmployer: null }]);
    await writeFile(join(dir, 'budget.csv'), 'agency,group,program,period_total,period_employer\nDLHK,unregistered,jkk,172800,Rp 1.728\n');
    const err = await readRunDir(dir).catch((e: unknown) => e);
    expect((err as InputError).detail).toMatchObject({ code: 'diff.bad_rupiah', params: { column: 'period_employer', value: 'Rp 1.728', row: 2 } });
  });

  it.each(['workers.csv', 'bpjs_only.csv', 'problems.csv', 'budget.csv'])('names the missing file: %s', async (file) => {
    await writeRun({ delimiter: ',', bom: false, excelSafe: false });
    await unlink(join(dir, file));
    const err = await readRunDir(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).detail).toEqual({ code: 'diff.missing_file', params: { dir, file } });
  });

  it('says which columns a file lacks', async () => {
    await writeRun({ delimiter: ',', bom: false, excelSafe: false });
    await writeFile(join(dir, 'budget.csv'), 'agency,group,program\nDLHK,unregistered,jkk\n');
    const err = await readRunDir(dir).catch((e: unknown) => e);
    expect((err as InputError).detail).toEqual({ code: 'diff.missing_columns', params: { file: join(dir, 'budget.csv'), columns: 'period_total' } });
  });

  it('reads problems.csv of an older rekon, without detail_key: no message, the detail text kept', async () => {
    await writeRun({ delimiter: ',', bom: false, excelSafe: false });
    await writeFile(join(dir, 'problems.csv'), 'file,sheet,row,column,kind,detail\nbpjs.csv,,36,nik,nik_region_unknown,kode wilayah 9471\n');
    const run = await readRunDir(dir);
    expect(run.problems).toEqual([{ at: { file: 'bpjs.csv', sheet: '', row: 36 }, column: 'nik', kind: 'nik_region_unknown', detail: 'kode wilayah 9471', message: null }]);
  });

  it('reads an older rekon\'s implausible wage (wage_invalid, detail_key record.wage_implausible_*) as wage_implausible', async () => {
    await writeRun({ delimiter: ',', bom: false, excelSafe: false });
    const low = '{""code"":""record.wage_implausible_low"",""params"":{""floor_rupiah"":100000,""wage_rupiah"":2600}}';
    const unreadable = '{""code"":""money.unrecognized"",""params"":{""text"":""abc""}}';
    await writeFile(join(dir, 'problems.csv'), `file,sheet,row,column,kind,detail,detail_key\nr.csv,,2,wage,wage_invalid,low,"${low}"\nr.csv,,3,wage,wage_invalid,abc,"${unreadable}"\nr.csv,,4,wage,wage_invalid,old text,\n`);
    expect((await readRunDir(dir)).problems.map((p) => [p.at.row, p.kind])).toEqual([[2, 'wage_implausible'], [3, 'wage_invalid'], [4, 'wage_invalid']]);
  });

  it('rejects a detail_key that is not a message', async () => {
    await writeRun({ delimiter: ',', bom: false, excelSafe: false });
    await writeRunFile('problems.csv', PROBLEM_COLUMNS, [{ row: num(3), kind: text('nik_invalid'), detail: text('x'), detail_key: text('nik.wrong_length') }], { delimiter: ',', bom: false, excelSafe: false });
    const err = await readRunDir(dir).catch((e: unknown) => e);
    expect((err as InputError).detail).toMatchObject({ code: 'diff.bad_value', params: { column: 'detail_key', row: 2 } });
  });

  it('rejects an unknown status value', async () => {
    await writeRun({ delimiter: ',', bom: false, excelSafe: false });
    await writeRunFile('workers.csv', WORKER_COLUMNS, [{ status: text('terdaftar'), roster_row: num(2) }], { delimiter: ',', bom: false, excelSafe: false });
    const err = await readRunDir(dir).catch((e: unknown) => e);
    expect((err as InputError).detail.code).toBe('diff.bad_value');
  });

  it('rejects a path that is not a directory', async () => {
    const err = await readRunDir(join(dir, 'nope')).catch((e: unknown) => e);
    expect((err as InputError).detail).toEqual({ code: 'diff.not_a_directory', params: { dir: join(dir, 'nope') } });
  });
});

describe('unwrapCsvCell', () => {
  it.each([
    { description: 'excel-safe id', input: '="3273014403900001"', expected: '3273014403900001' },
    { description: 'formula guard before =', input: "'=1+1", expected: '=1+1' },
    { description: 'formula guard before -', input: "'-5", expected: '-5' },
    { description: 'formula guard before @', input: "'@x", expected: '@x' },
    { description: 'an apostrophe before a letter is data', input: "'ANI", expected: "'ANI" },
    { description: 'plain text', input: 'SITI', expected: 'SITI' },
    { description: 'empty', input: '', expected: '' },
  ])('$description', ({ input, expected }) => {
    expect(unwrapCsvCell(input)).toBe(expected);
  });
});
