import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RISK_CLASSES } from '../../../src/budget/risk-class.js';
import type { BudgetLine } from '../../../src/budget/compute-budget.js';
import { msg, type Message } from '../../../src/i18n/message.js';
import { maskNik } from '../../../src/normalize/mask-nik.js';
import type { RowProblem } from '../../../src/normalize/row-problem.js';
import { BPJS_ONLY_COLUMNS, bpjsOnlyRowCells, bpjsOnlyRowEmitter, type BpjsOnlyColumn } from '../../../src/report/bpjs-only-row.js';
import { BUDGET_COLUMNS, budgetLineJson, budgetRowCells } from '../../../src/report/budget-row.js';
import type { CellSink } from '../../../src/report/cell-sink.js';
import { csvCellText, type CsvCell } from '../../../src/report/csv-cell.js';
import { compactBpjsOnly } from '../../../src/report/model/bpjs-only-record.js';
import type { RowPrivacy } from '../../../src/report/model/worker-row.js';
import { PROBLEM_COLUMNS, maskMessageIds, problemRowCells } from '../../../src/report/problem-row.js';
import { makeParticipant } from '../match/make-records.js';
import { NIK_A, NIK_PAPUA, participant, worker } from './report-fixtures.js';

const identity: RowPrivacy = { mask: (v) => v };
const masked: RowPrivacy = { mask: maskNik };
const plain = { excelSafe: false };
const excel = { excelSafe: true };
const SNAKE = /^[a-z]+(_[a-z]+)*$/;

function spyPrivacy(): RowPrivacy & { calls: string[] } {
  const calls: string[] = [];
  return { calls, mask: (v) => (calls.push(v), `#${v}#`) };
}

function texts<K extends string>(columns: readonly K[], cells: Record<K, CsvCell>, options = plain): string[] {
  return columns.map((c) => csvCellText(cells[c], options));
}

describe('bpjs_only.csv rows', () => {
  const p = participant({
    row: 12,
    file: 'bpjs.xlsx',
    sheet: 'Peserta',
    nik: NIK_PAPUA,
    name: 'YOHANES WENDA',
    birthDate: '1995-05-05',
    kpj: '23019999991',
    status: 'inactive',
    statusRaw: 'Meninggal',
    wage: 2_500_000,
    membershipDate: '2020-07-01',
  });

  it('has stable snake_case columns, the roster link, then the status as written last (added later)', () => {
    for (const c of BPJS_ONLY_COLUMNS) expect(c).toMatch(SNAKE);
    expect(BPJS_ONLY_COLUMNS.slice(-5)).toEqual(['related', 'roster_file', 'roster_sheet', 'roster_row', 'status_raw']);
    expect(new Set(BPJS_ONLY_COLUMNS).size).toBe(BPJS_ONLY_COLUMNS.length);
  });

  it('writes an untied participant column by column, typed', () => {
    expect(bpjsOnlyRowCells(p, identity)).toEqual({
      bpjs_file: { kind: 'text', value: 'bpjs.xlsx' },
      bpjs_sheet: { kind: 'text', value: 'Peserta' },
      bpjs_row: { kind: 'number', value: 12 },
      nik: { kind: 'id', value: NIK_PAPUA },
      name: { kind: 'text', value: 'YOHANES WENDA' },
      birth_date: { kind: 'text', value: '1995-05-05' },
      kpj: { kind: 'id', value: '23019999991' },
      status: { kind: 'text', value: 'inactive' },
      wage: { kind: 'number', value: 2_500_000 },
      membership_date: { kind: 'text', value: '2020-07-01' },
      related: { kind: 'text', value: '' },
      roster_file: { kind: 'text', value: '' },
      roster_sheet: { kind: 'text', value: '' },
      roster_row: { kind: 'number', value: null },
      // Exploratory round 4, C05: the branch office must tell a death from a lapse.
      status_raw: { kind: 'text', value: 'Meninggal' },
    });
  });

  it('names the roster row of a review candidate (a CSV roster has no sheet)', () => {
    const linked = { ...p, link: { kind: 'review_candidate' as const, file: 'dinas.csv', sheet: '', row: 7 } };
    const t = texts(BPJS_ONLY_COLUMNS, bpjsOnlyRowCells(linked, identity));
    expect(t.slice(-5, -1)).toEqual(['review_candidate', 'dinas.csv', '', '7']);
    expect(t.slice(0, -5)).toEqual(texts(BPJS_ONLY_COLUMNS, bpjsOnlyRowCells(p, identity)).slice(0, -5));
  });

  it('gives the same cells for a participant and its compact record, link included', () => {
    const roster = worker({ row: 41, file: 'dinas.xlsx', sheet: 'Honorer' });
    for (const link of [null, { kind: 'other_registration' as const, roster }, { kind: 'review_candidate' as const, roster }]) {
      const compact = compactBpjsOnly(p, link);
      const full = link === null ? p : { ...p, link: { kind: link.kind, file: 'dinas.xlsx', sheet: 'Honorer', row: 41 } };
      expect(bpjsOnlyRowCells(compact, masked)).toEqual(bpjsOnlyRowCells(full, masked));
    }
    expect(texts(BPJS_ONLY_COLUMNS, bpjsOnlyRowCells(compactBpjsOnly(p, { kind: 'other_registration', roster }), identity)).slice(-5)).toEqual([
      'other_registration',
      'dinas.xlsx',
      'Honorer',
      '41',
      'Meninggal',
    ]);
  });

  it('shows a NIK that is not valid as the export wrote it, and an unknown status as empty', () => {
    const messy = makeParticipant(3, { nik: '  BELUM ADA ', status: null, kpj: null });
    const cells = bpjsOnlyRowCells(messy, identity);
    expect(cells.nik).toEqual({ kind: 'id', value: 'BELUM ADA' });
    expect(cells.status).toEqual({ kind: 'text', value: '' });
    expect(cells.kpj).toEqual({ kind: 'id', value: '' });
    expect(bpjsOnlyRowCells(makeParticipant(3, { nik: '3273.0145.0190.0001' }), identity).nik).toEqual({ kind: 'id', value: NIK_A });
    expect(bpjsOnlyRowCells(makeParticipant(3, { nik: { excel: '3273014501900000' } }), identity).nik).toEqual({ kind: 'id', value: '3273014501900000' });
  });

  it('masks the NIK and KPJ, and only those, when asked', () => {
    const spy = spyPrivacy();
    const cells = bpjsOnlyRowCells(p, spy);
    // Identifiers only (the NIK is asked twice: for itself, and whether the birth date beside it is hidden).
    expect([...new Set(spy.calls)].sort()).toEqual([NIK_PAPUA, '23019999991'].sort());
    expect(cells.nik).toEqual({ kind: 'id', value: `#${NIK_PAPUA}#` });
    expect(texts(BPJS_ONLY_COLUMNS, bpjsOnlyRowCells(p, masked)).join('|')).not.toMatch(/9471020505950007|23019999991/);
    const none = spyPrivacy();
    bpjsOnlyRowCells(participant({ row: 3 }), none);
    expect(none.calls).toEqual([]);
  });

  it('emits each column exactly once, in column order', () => {
    const seen: string[] = [];
    const sink: CellSink<BpjsOnlyColumn> = { text: (c) => void seen.push(c), num: (c) => void seen.push(c), id: (c) => void seen.push(c), cell: (c) => void seen.push(c) };
    bpjsOnlyRowEmitter(identity)({ ...p, link: { kind: 'review_candidate', file: 'x', sheet: '', row: 1 } }, sink);
    expect(seen).toEqual([...BPJS_ONLY_COLUMNS]);
  });
});

describe('budget.csv rows', () => {
  const line: BudgetLine = {
    agency: 'DINAS KESEHATAN',
    group: 'underreported_gap',
    program: 'jkk',
    riskClass: 'very_low',
    workers: 3,
    monthlyEmployer: 1_500,
    monthlyWorker: 0,
    monthlyTotal: 1_500,
    periodTotal: 18_000,
    periodEmployer: 18_000,
    periodWorker: 0,
  };

  it('has the issue\'s columns first, then the period split and the risk class', () => {
    expect(BUDGET_COLUMNS).toEqual(['agency', 'group', 'program', 'workers', 'monthly_employer', 'monthly_worker', 'monthly_total', 'period_total', 'period_employer', 'period_worker', 'risk_class']);
  });

  it('writes each figure in its own column, typed, keyed in column order', () => {
    const l: BudgetLine = { ...line, group: 'all_roster', program: 'jht', workers: 4, monthlyEmployer: 37_000, monthlyWorker: 20_000, monthlyTotal: 57_000, periodEmployer: 444_000, periodWorker: 240_000, periodTotal: 684_000 };
    const cells = budgetRowCells(l);
    expect(Object.keys(cells)).toEqual([...BUDGET_COLUMNS]);
    expect(cells).toEqual({
      agency: { kind: 'text', value: 'DINAS KESEHATAN' },
      group: { kind: 'text', value: 'all_roster' },
      program: { kind: 'text', value: 'jht' },
      workers: { kind: 'number', value: 4 },
      monthly_employer: { kind: 'number', value: 37_000 },
      monthly_worker: { kind: 'number', value: 20_000 },
      monthly_total: { kind: 'number', value: 57_000 },
      period_total: { kind: 'number', value: 684_000 },
      period_employer: { kind: 'number', value: 444_000 },
      period_worker: { kind: 'number', value: 240_000 },
      risk_class: { kind: 'text', value: 'very_low' },
    });
  });

  it('writes a negative gap as a number, not as a neutralized formula', () => {
    const gap = { ...line, monthlyEmployer: -1_500, monthlyTotal: -1_500, periodTotal: -18_000, periodEmployer: -18_000 };
    expect(texts(BUDGET_COLUMNS, budgetRowCells(gap))).toEqual(['DINAS KESEHATAN', 'underreported_gap', 'jkk', '3', '-1500', '0', '-1500', '-18000', '-18000', '0', 'very_low']);
  });

  it('writes a TOTAL line with mixed risk classes as an empty risk class in CSV and null in JSON', () => {
    const total = { ...line, agency: 'TOTAL', riskClass: null };
    expect(budgetRowCells(total).risk_class).toEqual({ kind: 'text', value: '' });
    expect(budgetLineJson(total).risk_class).toBeNull();
    expect(budgetLineJson(total).agency).toBe('TOTAL');
  });

  it('gives JSON the same figures under the same snake_case keys, as integers', () => {
    expect(budgetLineJson(line)).toEqual({
      agency: 'DINAS KESEHATAN',
      group: 'underreported_gap',
      program: 'jkk',
      workers: 3,
      monthly_employer: 1_500,
      monthly_worker: 0,
      monthly_total: 1_500,
      period_total: 18_000,
      period_employer: 18_000,
      period_worker: 0,
      risk_class: 'very_low',
    });
    expect(Object.keys(budgetLineJson(line))).toEqual([...BUDGET_COLUMNS]);
  });

  it('neutralizes a formula-looking agency in CSV only (JSON is not opened by a spreadsheet)', () => {
    const l = { ...line, agency: '=HYPERLINK("x")' };
    expect(csvCellText(budgetRowCells(l).agency, plain)).toBe(`'=HYPERLINK("x")`);
    expect(budgetLineJson(l).agency).toBe('=HYPERLINK("x")');
  });

  it('property: the CSV cells and the JSON of a line hold the same values', () => {
    const int = fc.integer({ min: -10_000_000_000, max: 10_000_000_000 });
    const lineArb = fc.record({
      agency: fc.stringMatching(/^[A-Z][A-Z ()]{0,30}$/),
      group: fc.constantFrom('unregistered', 'inactive', 'review', 'all_roster', 'underreported_gap') as fc.Arbitrary<BudgetLine['group']>,
      program: fc.constantFrom('jkk', 'jkm', 'jht', 'jp') as fc.Arbitrary<BudgetLine['program']>,
      riskClass: fc.option(fc.constantFrom(...RISK_CLASSES), { nil: null }),
      workers: fc.nat(),
      monthlyEmployer: int,
      monthlyWorker: int,
      monthlyTotal: int,
      periodTotal: int,
      periodEmployer: int,
      periodWorker: int,
    });
    fc.assert(
      fc.property(lineArb, (l) => {
        const cells = budgetRowCells(l);
        const json = budgetLineJson(l);
        for (const c of BUDGET_COLUMNS) {
          const v = json[c];
          expect(csvCellText(cells[c], excel)).toBe(v === null ? '' : String(v));
        }
      }),
    );
  });
});

describe('problems.csv rows', () => {
  const problem: RowProblem = {
    kind: 'nik_invalid',
    at: { file: 'dinas.xlsx', sheet: 'Honorer', row: 7 },
    column: 'nik',
    detail: msg('nik.wrong_length', { length: 15 }),
  };

  it('has stable snake_case columns', () => {
    expect(PROBLEM_COLUMNS).toEqual(['file', 'sheet', 'row', 'column', 'kind', 'detail', 'detail_key']);
  });

  it('writes a finding column by column, the detail in the user\'s language, the kind as the machine value', () => {
    expect(problemRowCells('en', problem)).toEqual({
      file: { kind: 'text', value: 'dinas.xlsx' },
      sheet: { kind: 'text', value: 'Honorer' },
      row: { kind: 'number', value: 7 },
      column: { kind: 'text', value: 'nik' },
      kind: { kind: 'text', value: 'nik_invalid' },
      detail: { kind: 'text', value: 'a NIK has 16 digits, this one has 15' },
      detail_key: { kind: 'text', value: '{"code":"nik.wrong_length","params":{"length":15}}' },
    });
    expect(problemRowCells('id', problem).detail).toEqual({ kind: 'text', value: 'NIK harus 16 digit, yang tertulis 15 digit' });
    // The machine form is the same in every language: what `rekon diff` compares.
    expect(problemRowCells('id', problem).detail_key).toEqual(problemRowCells('en', problem).detail_key);
    expect(problemRowCells('id', problem).kind).toEqual({ kind: 'text', value: 'nik_invalid' });
  });

  it('writes a finding without a column and in a CSV (no sheet) with empty cells', () => {
    const p: RowProblem = { kind: 'date_invalid', at: { file: 'bpjs.csv', sheet: '', row: 3 }, column: null, detail: msg('record.name_missing') };
    const t = texts(PROBLEM_COLUMNS, problemRowCells('en', p));
    expect(t.slice(0, 5)).toEqual(['bpjs.csv', '', '3', '', 'date_invalid']);
  });

  it('neutralizes a detail quoting a formula-looking cell', () => {
    const p: RowProblem = { ...problem, kind: 'status_invalid', detail: msg('=cmd|calc') };
    expect(csvCellText(problemRowCells('en', p).detail, plain)).toBe(`'=cmd|calc`);
  });

  it('masks identifiers in the detail when privacy masks, and not without privacy', () => {
    const p: RowProblem = { ...problem, detail: msg('unknown.code', { nik: NIK_A, kpj: '23011234567', nip: '198501012010011001', bpjs_nik: NIK_PAPUA, raw: '31/02/1990' }) };
    expect(csvCellText(problemRowCells('en', p, masked).detail, plain)).toBe(
      `unknown.code (nik=3273********0001, kpj=23*******67, nip=19**************01, bpjs_nik=9471********0007, raw=31/02/1990)`,
    );
    expect(csvCellText(problemRowCells('en', p).detail, plain)).toContain(NIK_A);
    expect(csvCellText(problemRowCells('en', p, identity).detail, plain)).toContain(NIK_A);
    // detail_key holds the same parameters: masked as the detail is.
    const key = csvCellText(problemRowCells('en', p, masked).detail_key, plain);
    expect(key).toContain('"nik":"3273********0001"');
    expect(key).not.toMatch(new RegExp(`${NIK_A}|${NIK_PAPUA}|23011234567`));
  });

  describe('maskMessageIds', () => {
    it('masks nik, kpj, nip and bpjs_nik and leaves every other parameter as it is', () => {
      const m = msg('x', { nik: NIK_A, kpj: '23011234567', nip: '198501012010011001', bpjs_nik: NIK_PAPUA, length: 15, raw: NIK_A, row: 4 });
      expect(maskMessageIds(m, maskNik)).toEqual({
        code: 'x',
        params: { nik: '3273********0001', kpj: '23*******67', nip: '19**************01', bpjs_nik: '9471********0007', length: 15, raw: NIK_A, row: 4 },
      });
    });

    it('masks an identifier given as a number by its text', () => {
      expect(maskMessageIds(msg('x', { kpj: 23011234567 }), maskNik).params).toEqual({ kpj: '23*******67' });
    });

    it('returns the very message when there is nothing to change, and never changes its input', () => {
      const noParams = msg('x');
      expect(maskMessageIds(noParams, maskNik)).toBe(noParams);
      const noIds = msg('x', { length: 15, raw: NIK_A });
      expect(maskMessageIds(noIds, maskNik)).toBe(noIds);
      const ids = msg('x', { nik: NIK_A });
      expect(maskMessageIds(ids, (v) => v)).toBe(ids);
      const before = JSON.stringify(ids);
      maskMessageIds(ids, maskNik);
      expect(JSON.stringify(ids)).toBe(before);
    });

    it('property: only identifier parameters change, each to mask(its text), and quoted birth dates are hidden; the code and the keys stay', () => {
      const keys = fc.constantFrom('nik', 'kpj', 'nip', 'bpjs_nik', 'length', 'raw', 'row', 'value', 'NIK', 'nik_date', 'column_date', 'other_date', 'date');
      const params = fc.dictionary(keys, fc.oneof(fc.string(), fc.integer()));
      fc.assert(
        fc.property(fc.string(), params, (code, ps) => {
          const m: Message = { code, params: ps };
          const out = maskMessageIds(m, (v) => `<${v}>`);
          expect(out.code).toBe(code);
          expect(Object.keys(out.params ?? {})).toEqual(Object.keys(ps));
          for (const [k, v] of Object.entries(ps)) {
            const isId = k === 'nik' || k === 'kpj' || k === 'nip' || k === 'bpjs_nik';
            const isDate = k === 'nik_date' || k === 'column_date' || k === 'other_date';
            expect(out.params?.[k]).toBe(isId ? `<${String(v)}>` : isDate ? '****-**-**' : v);
          }
          // A mask that masks nothing (no --mask-nik) leaves the dates too.
          const open = maskMessageIds(m, (v) => v).params ?? {};
          for (const k of ['nik_date', 'column_date', 'other_date']) expect(open[k]).toBe(ps[k]);
        }),
      );
    });
  });
});
