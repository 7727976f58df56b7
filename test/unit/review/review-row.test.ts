// Why this file exists: src/review/review-row.ts fixes the one format shared by review.csv and the
// decisions file (column names and order) and how each field becomes a CSV cell: NIK and KPJ as
// identifiers (kept as text, ="…" with --excel-safe), everything people typed as neutralized text, the
// numbers as numbers. A swapped field or a NIK written as plain text would silently corrupt the file a
// reviewer fills in and hands back. Until now it was only exercised through the decisions file and the
// reconcile output. All NIKs are synthetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrapCsvCell } from '../../../src/io/read-run-dir.js';
import { csvCellText, type CsvCell } from '../../../src/report/csv-cell.js';
import { REVIEW_COLUMNS, REVIEW_DECISIONS, reviewRowCells, type ReviewColumn, type ReviewRow } from '../../../src/review/review-row.js';
import { NIK, pair } from './review-rows.js';

/** A row whose every field holds a value of its own, so a swapped field shows. */
const DISTINCT: ReviewRow = {
  decision: 'reject',
  rosterKey: `nik:${NIK.adi}`,
  bpjsKey: 'name:BUDI SANTOSO|1988-03-12',
  rank: 2,
  score: 0.734,
  roster: { file: 'opd/dinas.xlsx', sheet: 'DLHK', row: 17, name: 'ADI PRATAMA', nik: NIK.adi, birthDate: '1990-01-05', agency: 'DINAS LINGKUNGAN HIDUP' },
  bpjs: { file: 'bpjs-2026-02.csv', sheet: 'Peserta', row: 431, name: 'BUDI SANTOSO', nik: NIK.budi, birthDate: '1988-03-12', kpj: '19007654321', status: 'NON AKTIF' },
  reasons: 'nama mirip; tanggal lahir sama',
  note: 'cek KTP',
};

const KINDS: Record<ReviewColumn, CsvCell['kind']> = {
  decision: 'text',
  roster_key: 'text',
  bpjs_key: 'text',
  rank: 'number',
  score: 'number',
  roster_file: 'text',
  roster_sheet: 'text',
  roster_row: 'number',
  roster_name: 'text',
  roster_nik: 'id',
  roster_birth_date: 'text',
  roster_agency: 'text',
  bpjs_file: 'text',
  bpjs_sheet: 'text',
  bpjs_row: 'number',
  bpjs_name: 'text',
  bpjs_nik: 'id',
  bpjs_birth_date: 'text',
  bpjs_kpj: 'id',
  bpjs_status: 'text',
  reasons: 'text',
  note: 'text',
};

describe('REVIEW_DECISIONS and REVIEW_COLUMNS', () => {
  it('decisions are the two stable machine values', () => {
    expect(REVIEW_DECISIONS).toEqual(['accept', 'reject']);
  });

  it('columns: decision and the two keys first (what a reviewer fills in and what counts), then each side, then text', () => {
    expect(REVIEW_COLUMNS).toEqual([
      'decision', 'roster_key', 'bpjs_key', 'rank', 'score',
      'roster_file', 'roster_sheet', 'roster_row', 'roster_name', 'roster_nik', 'roster_birth_date', 'roster_agency',
      'bpjs_file', 'bpjs_sheet', 'bpjs_row', 'bpjs_name', 'bpjs_nik', 'bpjs_birth_date', 'bpjs_kpj', 'bpjs_status',
      'reasons', 'note',
    ]);
    expect(new Set(REVIEW_COLUMNS).size).toBe(REVIEW_COLUMNS.length);
    // Stable English keys: lower-case snake case, nothing a spreadsheet would mangle.
    for (const c of REVIEW_COLUMNS) expect(c).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });
});

describe('reviewRowCells', () => {
  it('gives a cell for every column and nothing else', () => {
    expect(Object.keys(reviewRowCells(DISTINCT)).sort()).toEqual([...REVIEW_COLUMNS].sort());
  });

  it('puts each field in its own column, with identifiers as id cells and numbers as number cells', () => {
    const cells = reviewRowCells(DISTINCT);
    expect(cells).toStrictEqual({
      decision: { kind: 'text', value: 'reject' },
      roster_key: { kind: 'text', value: `nik:${NIK.adi}` },
      bpjs_key: { kind: 'text', value: 'name:BUDI SANTOSO|1988-03-12' },
      rank: { kind: 'number', value: 2 },
      score: { kind: 'number', value: 0.734 },
      roster_file: { kind: 'text', value: 'opd/dinas.xlsx' },
      roster_sheet: { kind: 'text', value: 'DLHK' },
      roster_row: { kind: 'number', value: 17 },
      roster_name: { kind: 'text', value: 'ADI PRATAMA' },
      roster_nik: { kind: 'id', value: NIK.adi },
      roster_birth_date: { kind: 'text', value: '1990-01-05' },
      roster_agency: { kind: 'text', value: 'DINAS LINGKUNGAN HIDUP' },
      bpjs_file: { kind: 'text', value: 'bpjs-2026-02.csv' },
      bpjs_sheet: { kind: 'text', value: 'Peserta' },
      bpjs_row: { kind: 'number', value: 431 },
      bpjs_name: { kind: 'text', value: 'BUDI SANTOSO' },
      bpjs_nik: { kind: 'id', value: NIK.budi },
      bpjs_birth_date: { kind: 'text', value: '1988-03-12' },
      bpjs_kpj: { kind: 'id', value: '19007654321' },
      bpjs_status: { kind: 'text', value: 'NON AKTIF' },
      reasons: { kind: 'text', value: 'nama mirip; tanggal lahir sama' },
      note: { kind: 'text', value: 'cek KTP' },
    });
  });

  it('an undecided row without keys, rank, score or row numbers gives empty cells, not "null"', () => {
    const row: ReviewRow = { ...DISTINCT, decision: null, rosterKey: null, bpjsKey: null, rank: null, score: null, roster: { ...DISTINCT.roster, row: null }, bpjs: { ...DISTINCT.bpjs, row: null } };
    const cells = reviewRowCells(row);
    expect(cells.decision).toStrictEqual({ kind: 'text', value: '' });
    expect(cells.roster_key).toStrictEqual({ kind: 'text', value: '' });
    expect(cells.bpjs_key).toStrictEqual({ kind: 'text', value: '' });
    for (const c of ['rank', 'score', 'roster_row', 'bpjs_row'] as const) expect(cells[c]).toStrictEqual({ kind: 'number', value: null });
    const line = REVIEW_COLUMNS.map((c) => csvCellText(cells[c], { excelSafe: true }));
    expect(line.slice(0, 5)).toEqual(['', '', '', '', '']);
    expect(line).not.toContain('null');
  });

  it('rank 0 and score 0 stay numbers (0 is not "no value")', () => {
    const cells = reviewRowCells({ ...DISTINCT, rank: 0, score: 0, roster: { ...DISTINCT.roster, row: 0 } });
    expect([cells.rank, cells.score, cells.roster_row].map((c) => csvCellText(c, { excelSafe: false }))).toEqual(['0', '0', '0']);
  });

  it('with --excel-safe only the all-digit NIKs and KPJ are wrapped as ="…"', () => {
    const cells = reviewRowCells({ ...DISTINCT, bpjs: { ...DISTINCT.bpjs, nik: '3273********0002', kpj: '' } });
    const safe = Object.fromEntries(REVIEW_COLUMNS.map((c) => [c, csvCellText(cells[c], { excelSafe: true })]));
    expect(safe['roster_nik']).toBe(`="${NIK.adi}"`);
    expect(safe['bpjs_nik']).toBe('3273********0002'); // a masked NIK is not all digits
    expect(safe['bpjs_kpj']).toBe('');
    // Text that looks like a number is still text, never wrapped (a birth date, a key).
    expect(safe['roster_birth_date']).toBe('1990-01-05');
    expect(safe['roster_key']).toBe(`nik:${NIK.adi}`);
    expect(csvCellText(reviewRowCells({ ...DISTINCT, bpjs: { ...DISTINCT.bpjs, kpj: '19007654321' } }).bpjs_kpj, { excelSafe: true })).toBe('="19007654321"');
    expect(csvCellText(cells.roster_nik, { excelSafe: false })).toBe(NIK.adi);
  });

  it('neutralizes formulas in everything people typed, and in the identifiers', () => {
    const evil = '=HYPERLINK("http://x","klik")';
    const row: ReviewRow = {
      ...DISTINCT,
      roster: { file: '+file.csv', sheet: '@Sheet', row: 3, name: evil, nik: '=1+1', birthDate: '-1990', agency: '\tDINAS' },
      bpjs: { file: '=f', sheet: '+s', row: 4, name: '@SUM(A1)', nik: '-3273', birthDate: '\r1990', kpj: '=2+2', status: '=A1' },
      reasons: '-reason',
      note: '=cmd|" /C calc"!A0',
    };
    const cells = reviewRowCells(row);
    for (const c of REVIEW_COLUMNS) {
      const out = csvCellText(cells[c], { excelSafe: true });
      if (KINDS[c] !== 'number') expect(out, c).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(csvCellText(cells.roster_name, { excelSafe: false })).toBe(`'${evil}`);
    expect(csvCellText(cells.bpjs_kpj, { excelSafe: true })).toBe("'=2+2");
  });

  it('a lone "-" (a placeholder) is written as it is', () => {
    const cells = reviewRowCells({ ...DISTINCT, bpjs: { ...DISTINCT.bpjs, status: '-', kpj: '-' } });
    expect(csvCellText(cells.bpjs_status, { excelSafe: false })).toBe('-');
    expect(csvCellText(cells.bpjs_kpj, { excelSafe: true })).toBe('-');
  });

  it('each column has the kind its contents call for, for the shared fixture rows too', () => {
    for (const row of [DISTINCT, pair('adi', 'budi'), pair('name:SITI|1990-01-01', 'citra', { decision: 'accept', rank: null, score: null })]) {
      const cells = reviewRowCells(row);
      for (const c of REVIEW_COLUMNS) expect(cells[c].kind, c).toBe(KINDS[c]);
    }
  });

  it('property: every text and identifier comes back as written once the reader unwraps it', () => {
    // A value that itself starts with "'" and a formula character cannot come back (the reader takes
    // the quote for rekon's guard); see the report.
    const typed = fc.string({ maxLength: 12 }).filter((s) => !/^'[=+\-@\t\r]/.test(s));
    const digitsOrTyped = fc.oneof(fc.stringMatching(/^\d{1,18}$/), typed);
    const side = { file: typed, sheet: typed, row: fc.option(fc.nat(1_048_576), { nil: null }), name: typed, nik: digitsOrTyped, birthDate: typed };
    const rowArb = fc.record({
      decision: fc.constantFrom(null, ...REVIEW_DECISIONS),
      rosterKey: fc.option(typed, { nil: null }),
      bpjsKey: fc.option(typed, { nil: null }),
      rank: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }),
      score: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
      roster: fc.record({ ...side, agency: typed }),
      bpjs: fc.record({ ...side, kpj: digitsOrTyped, status: typed }),
      reasons: typed,
      note: typed,
    });
    fc.assert(
      fc.property(rowArb, fc.boolean(), (row, excelSafe) => {
        const cells = reviewRowCells(row);
        const back = (c: ReviewColumn): string => unwrapCsvCell(csvCellText(cells[c], { excelSafe }));
        const num = (v: number | null): string => (v === null ? '' : String(v));
        expect(back('decision')).toBe(row.decision ?? '');
        expect(back('roster_key')).toBe(row.rosterKey ?? '');
        expect(back('bpjs_key')).toBe(row.bpjsKey ?? '');
        expect(back('rank')).toBe(num(row.rank));
        expect(back('score')).toBe(num(row.score));
        expect(back('roster_row')).toBe(num(row.roster.row));
        expect(back('bpjs_row')).toBe(num(row.bpjs.row));
        const texts: [ReviewColumn, string][] = [
          ['roster_file', row.roster.file], ['roster_sheet', row.roster.sheet], ['roster_name', row.roster.name], ['roster_nik', row.roster.nik],
          ['roster_birth_date', row.roster.birthDate], ['roster_agency', row.roster.agency], ['bpjs_file', row.bpjs.file], ['bpjs_sheet', row.bpjs.sheet],
          ['bpjs_name', row.bpjs.name], ['bpjs_nik', row.bpjs.nik], ['bpjs_birth_date', row.bpjs.birthDate], ['bpjs_kpj', row.bpjs.kpj],
          ['bpjs_status', row.bpjs.status], ['reasons', row.reasons], ['note', row.note],
        ];
        for (const [c, v] of texts) expect(back(c), c).toBe(v);
      }),
    );
  });

  it('is a pure function of the row: same row, same cells; the row is not changed', () => {
    const row = structuredClone(DISTINCT);
    expect(reviewRowCells(row)).toStrictEqual(reviewRowCells(DISTINCT));
    expect(row).toStrictEqual(DISTINCT);
  });
});
