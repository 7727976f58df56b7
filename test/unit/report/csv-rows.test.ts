import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/i18n/message.js';
import type { RowProblem } from '../../../src/normalize/row-problem.js';
import { BPJS_ONLY_COLUMNS, bpjsOnlyRowCells, bpjsOnlyRowEmitter } from '../../../src/report/bpjs-only-row.js';
import { csvCellText } from '../../../src/report/csv-cell.js';
import { PROBLEM_COLUMNS, maskMessageIds, problemRowCells } from '../../../src/report/problem-row.js';
import { readKpj } from '../../../src/normalize/kpj.js';
import { maskNik } from '../../../src/normalize/mask-nik.js';
import { createCsvChunkBuilder } from '../../../src/report/csv-chunk-builder.js';
import { formatCsv } from '../../../src/report/csv-format.js';
import { WORKER_COLUMNS, workerRowCells, workerRowEmitter } from '../../../src/report/model/worker-row.js';
import { NIK_A, NIK_PAPUA, participant, sampleResult } from './report-fixtures.js';

const identity = { mask: (v: string): string => v };
const masking = { mask: (v: string): string => `${v.slice(0, 4)}${'*'.repeat(Math.max(0, v.length - 8))}${v.slice(-4)}` };
const excel = { excelSafe: true };
const plain = { excelSafe: false };

describe('bpjs_only.csv cells', () => {
  const p = participant({
    row: 12,
    file: 'bpjs.xlsx',
    sheet: 'Peserta',
    nik: NIK_PAPUA,
    name: '=cmd',
    birthDate: '1995-05-05',
    kpj: '23019999991',
    status: 'inactive',
    wage: 2_500_000,
    membershipDate: '2020-07-01',
  });

  it('has the columns in the documented order and one cell per column', () => {
    expect(BPJS_ONLY_COLUMNS).toEqual([
      'bpjs_file',
      'bpjs_sheet',
      'bpjs_row',
      'nik',
      'name',
      'birth_date',
      'kpj',
      'status',
      'wage',
      'membership_date',
      'related',
      'roster_file',
      'roster_sheet',
      'roster_row',
      'status_raw',
    ]);
    expect(Object.keys(bpjsOnlyRowCells(p, identity)).sort()).toEqual([...BPJS_ONLY_COLUMNS].sort());
  });

  it.each([
    { description: 'file', column: 'bpjs_file' as const, expected: 'bpjs.xlsx' },
    { description: 'row number as a number', column: 'bpjs_row' as const, expected: '12' },
    { description: 'NIK kept exactly (above 2^53), excel-safe wrapped', column: 'nik' as const, expected: `="${NIK_PAPUA}"` },
    { description: 'KPJ as identifier', column: 'kpj' as const, expected: '="23019999991"' },
    { description: 'formula-looking name neutralized', column: 'name' as const, expected: `'=cmd` },
    { description: 'status machine value', column: 'status' as const, expected: 'inactive' },
    { description: 'wage as integer rupiah', column: 'wage' as const, expected: '2500000' },
    { description: 'membership date ISO', column: 'membership_date' as const, expected: '2020-07-01' },
  ])('$description', ({ column, expected }) => {
    expect(csvCellText(bpjsOnlyRowCells(p, identity)[column], excel)).toBe(expected);
  });

  it('written through the emitter, the CSV equals the typed cells formatted (masked, Excel-safe)', () => {
    const rows = [p, participant({ row: 3, status: null, name: 'x, "y"' })];
    const b = createCsvChunkBuilder(BPJS_ONLY_COLUMNS, { delimiter: ',', bom: false, ...excel });
    for (const r of rows) {
      bpjsOnlyRowEmitter(masking)(r, b);
      b.endRow();
    }
    const expected = formatCsv(null, rows.map((r) => BPJS_ONLY_COLUMNS.map((c) => bpjsOnlyRowCells(r, masking)[c])), { delimiter: ',', bom: false, ...excel });
    expect(b.take()).toBe(expected);
    expect(Object.keys(bpjsOnlyRowCells(p, identity))).toEqual([...BPJS_ONLY_COLUMNS]);
  });

  it('masks NIK and KPJ on request and leaves empty values empty', () => {
    const cells = bpjsOnlyRowCells(p, masking);
    expect(csvCellText(cells.nik, plain)).toBe('9471********0007');
    expect(csvCellText(cells.kpj, plain)).toBe('2301***9991');
    const bare = bpjsOnlyRowCells(participant({ row: 3, status: null }), masking);
    expect([bare.nik, bare.kpj, bare.status, bare.wage, bare.membership_date].map((c) => csvCellText(c, excel))).toEqual(['', '', '', '', '']);
    expect([bare.related, bare.roster_file, bare.roster_sheet, bare.roster_row].map((c) => csvCellText(c, excel))).toEqual(['', '', '', '']);
  });

  it('names the roster row a record is tied to (another registration matched there, or a review candidate)', () => {
    const linked = { ...p, link: { kind: 'other_registration' as const, file: 'dinas.xlsx', sheet: 'Honorer', row: 41 } };
    const cells = bpjsOnlyRowCells(linked, identity);
    expect([cells.related, cells.roster_file, cells.roster_sheet, cells.roster_row].map((c) => csvCellText(c, plain))).toEqual(['other_registration', 'dinas.xlsx', 'Honorer', '41']);
  });
});

describe('problems.csv cells', () => {
  const problem: RowProblem = {
    kind: 'nik_invalid',
    at: { file: 'dinas.xlsx', sheet: 'Honorer', row: 7 },
    column: 'nik',
    detail: msg('xlsx.budget.not_budgeted', { count: 3, nik: '3273014501900001' }),
  };

  it('has the documented columns', () => {
    expect(PROBLEM_COLUMNS).toEqual(['file', 'sheet', 'row', 'column', 'kind', 'detail', 'detail_key']);
  });

  it.each([
    { description: 'Indonesian detail', lang: 'id' as const, expected: 'Tidak dianggarkan (upah tidak diketahui): 3 baris' },
    { description: 'English detail', lang: 'en' as const, expected: 'Not budgeted (wage unknown): 3 rows' },
  ])('renders the $description', ({ lang, expected }) => {
    const cells = problemRowCells(lang, problem);
    expect(csvCellText(cells.detail, plain)).toBe(expected);
    expect([cells.file, cells.sheet, cells.row, cells.column, cells.kind].map((c) => csvCellText(c, plain))).toEqual(['dinas.xlsx', 'Honorer', '7', 'nik', 'nik_invalid']);
  });

  it('neutralizes a detail that would start a formula and writes an absent column as empty', () => {
    const p: RowProblem = { ...problem, column: null, detail: msg('=SUM(A1)') };
    const cells = problemRowCells('en', p);
    expect(csvCellText(cells.detail, plain)).toBe(`'=SUM(A1)`);
    expect(csvCellText(cells.column, plain)).toBe('');
  });

  it('masks identifier parameters of the detail, and only those', () => {
    const m = maskMessageIds(msg('x', { nik: '3273014501900001', kpj: '23011234567', length: 15, raw: '31/02/1990' }), masking.mask);
    expect(m.params).toEqual({ nik: '3273********0001', kpj: '2301***4567', length: 15, raw: '31/02/1990' });
    const plainMsg = msg('y');
    expect(maskMessageIds(plainMsg, masking.mask)).toBe(plainMsg);
    const cells = problemRowCells('en', { ...problem, detail: msg('z', { nik: '3273014501900001' }) }, masking);
    expect(csvCellText(cells.detail, plain)).toBe('z (nik=3273********0001)');
  });

  it('masks the KPJs a kpj_invalid detail quotes (read from a real KPJ cell)', () => {
    const r = readKpj('23011234567 / 23011234568');
    if (r.kind !== 'invalid') throw new Error('expected an invalid KPJ');
    const cells = problemRowCells('en', { ...problem, kind: 'kpj_invalid', column: 'kpj', detail: r.reason }, { mask: maskNik });
    const text = csvCellText(cells.detail, plain);
    expect(text).not.toMatch(/\d{5}/);
    expect(text).toContain('one worker has one KPJ');
  });
});

describe('workers.csv rows', () => {
  const decisions = sampleResult().decisions;

  it('typed cells come keyed in the documented column order', () => {
    for (const d of decisions) expect(Object.keys(workerRowCells('en', d, identity))).toEqual([...WORKER_COLUMNS]);
  });

  it.each([
    { description: 'plain, comma', format: { delimiter: ',', bom: false, excelSafe: false }, privacy: identity },
    { description: 'Excel-safe, semicolon, masked', format: { delimiter: ';', bom: false, excelSafe: true }, privacy: masking },
  ])('written through the emitter, the CSV equals the typed cells formatted ($description)', ({ format, privacy }) => {
    const b = createCsvChunkBuilder(WORKER_COLUMNS, format);
    const emit = workerRowEmitter('id', privacy);
    for (const d of decisions) {
      emit(d, b);
      b.endRow();
    }
    const expected = formatCsv(
      null,
      decisions.map((d) => {
        const cells = workerRowCells('id', d, privacy);
        return WORKER_COLUMNS.map((c) => cells[c]);
      }),
      format,
    );
    const out = b.take();
    expect(out).toBe(expected);
    expect(out.split('\n')).toHaveLength(decisions.length + 1);
    if (privacy === identity) expect(out).toContain(format.excelSafe ? `="${NIK_A}"` : NIK_A);
    else expect(out).not.toContain(NIK_A);
  });
});
