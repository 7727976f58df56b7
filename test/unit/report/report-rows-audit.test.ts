// Why this file exists: a mutation audit of the code behind workers.csv, bpjs_only.csv and summary.json
// (csv-cell, csv-format, csv-chunk-builder, worker-row, bpjs-only-row, summary-json, agency-summary)
// found changes the existing tests let through. Each test here pins one of them down: one column, one
// side of the match, one setting echoed. All NIKs and KPJs are synthetic.
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/budget/budget-period.js';
import { defaultBudgetSettings, type BudgetSettings } from '../../../src/budget/budget-settings.js';
import { budgetFromDecisions } from '../../../src/budget/compute-budget.js';
import { DEFAULT_RATE_TABLE } from '../../../src/budget/default-rate-table.js';
import { maskNik } from '../../../src/normalize/mask-nik.js';
import { BPJS_ONLY_COLUMNS, bpjsOnlyRowCells, bpjsOnlyRowEmitter } from '../../../src/report/bpjs-only-row.js';
import { csvCellText, id, num, text, type CsvCell } from '../../../src/report/csv-cell.js';
import { createCsvChunkBuilder } from '../../../src/report/csv-chunk-builder.js';
import { type CsvFormat } from '../../../src/report/csv-format.js';
import { summarize } from '../../../src/report/model/agency-summary.js';
import { summaryJson, type SummaryJsonInput } from '../../../src/report/model/summary-json.js';
import { WORKER_COLUMNS, workerRowCells, workerRowEmitter, type RowPrivacy, type WorkerColumn } from '../../../src/report/model/worker-row.js';
import { CsvRecordParser } from '../../../src/io/csv-record-parser.js';
import { NIK_A, NIK_C, NIK_PAPUA, decision, participant, sampleResult, worker } from './report-fixtures.js';

const identity: RowPrivacy = { mask: (v) => v };
const masked: RowPrivacy = { mask: maskNik };
const plain = { excelSafe: false };
const excelSemicolon: CsvFormat = { delimiter: ';', bom: false, excelSafe: true };

function texts(cells: Record<WorkerColumn, CsvCell>): Record<WorkerColumn, string> {
  const out = {} as Record<WorkerColumn, string>;
  for (const c of WORKER_COLUMNS) out[c] = csvCellText(cells[c], plain);
  return out;
}

/** workers.csv lines for some decisions, written the way `rekon reconcile --out` writes them, read back. */
function workersCsv(ds: Parameters<ReturnType<typeof workerRowEmitter>>[0][], privacy: RowPrivacy, format: CsvFormat): { raw: string; records: string[][] } {
  const b = createCsvChunkBuilder(WORKER_COLUMNS, format);
  const emit = workerRowEmitter('en', privacy);
  for (const d of ds) {
    emit(d, b);
    b.endRow();
  }
  const raw = b.take();
  return { raw, records: new CsvRecordParser(format.delimiter).push(raw, true) };
}

describe('csv cells: absent values', () => {
  // A caller that has no value must get an empty cell, never the text "null"/"undefined" or a 0.
  it.each([
    { description: 'id(null)', cell: id(null) },
    { description: 'id(undefined)', cell: id(undefined) },
    { description: 'text(null)', cell: text(null) },
    { description: 'text(undefined)', cell: text(undefined) },
    { description: 'num(null)', cell: num(null) },
    { description: 'num(undefined)', cell: num(undefined) },
  ])('$description is an empty cell in both modes', ({ cell }) => {
    expect(csvCellText(cell, { excelSafe: false })).toBe('');
    expect(csvCellText(cell, { excelSafe: true })).toBe('');
  });

  it('the chunk builder (the path of million-row reports) also writes absent values as empty cells', () => {
    const b = createCsvChunkBuilder(['a', 'b', 'c', 'd', 'e', 'f'] as const, { delimiter: ',', bom: false, excelSafe: true });
    b.text('a', null);
    b.text('b', undefined);
    b.id('c', null);
    b.id('d', undefined);
    b.num('e', null);
    b.num('f', undefined);
    b.endRow();
    expect(b.take()).toBe(',,,,,\n');
  });

  it('a number cell of zero is "0", not empty (a zero wage is a value the officer must see)', () => {
    expect(csvCellText(num(0), plain)).toBe('0');
  });
});

describe('workers.csv through the chunk builder: spreadsheet safety', () => {
  it('keeps a Papua NIK and a KPJ as text for Excel, and neutralizes a formula-looking NIK placeholder', () => {
    const w1 = worker({ row: 5, nik: NIK_PAPUA, name: 'YOHANES WENDA', kpj: '23019999991' });
    // A roster NIK cell with no digit at all is shown as written: it must not run as a formula.
    const w2 = { ...worker({ row: 6, name: 'SITI' }), nik: { ...worker({ row: 6 }).nik, status: 'invalid' as const, raw: '=HYPERLINK("http://x")', digits: '' } };
    const { raw, records } = workersCsv([decision(w1, 'unregistered'), decision(w2, 'unregistered')], identity, excelSemicolon);
    const nikAt = WORKER_COLUMNS.indexOf('nik');
    const kpjAt = WORKER_COLUMNS.indexOf('kpj');
    expect(records[0]?.[nikAt]).toBe(`="${NIK_PAPUA}"`);
    expect(records[0]?.[kpjAt]).toBe('="23019999991"');
    expect(records[1]?.[nikAt]).toBe(`'=HYPERLINK("http://x")`);
    expect(raw).not.toMatch(/(^|;)=HYPERLINK/m);
  });

  it('with --mask-nik and --excel-safe no line holds a full NIK or KPJ, and every line has one cell per column', () => {
    const w = worker({ row: 5, nik: NIK_A, kpj: '23011234567' });
    const b = participant({ row: 2, nik: NIK_C, kpj: '23019876543' });
    const { raw, records } = workersCsv([decision(w, 'registered', { bpjs: b, score: 13 }), decision(w, 'review', { score: 7, candidates: [{ bpjs: b, score: 7, reasons: [] }] })], masked, excelSemicolon);
    for (const secret of [NIK_A, NIK_C, '23011234567', '23019876543']) expect(raw).not.toContain(secret);
    for (const r of records) expect(r).toHaveLength(WORKER_COLUMNS.length);
    expect(records[0]?.[WORKER_COLUMNS.indexOf('nik')]).toBe('3273********0001');
    expect(records[0]?.[WORKER_COLUMNS.indexOf('bpjs_nik')]).toBe('3671********0003');
  });
});

describe('workers.csv: each column shows its own side of the match', () => {
  const b = participant({ row: 2, nik: NIK_A, name: 'SITI AMINAH', birthDate: '1990-01-05', wage: 2_000_000, kpj: '23011234567' });

  it('birth_date is the roster\'s; a missing roster birth date is not filled in from BPJS', () => {
    // Filling it in would hide the very gap (roster without birth date) that the officer has to fix.
    const w = worker({ row: 5, nik: NIK_A, birthDate: null });
    const t = texts(workerRowCells('en', decision(w, 'registered', { bpjs: b, score: 13 }), identity));
    expect(t.birth_date).toBe('');
    expect(t.bpjs_birth_date).toBe('1990-01-05');
  });

  it('wage is the roster\'s; a missing roster wage stays empty even when BPJS has one', () => {
    // The budget treats the roster wage as unknown (not budgeted); the report must agree.
    const w = worker({ row: 5, nik: NIK_A, wage: null });
    const t = texts(workerRowCells('en', decision(w, 'registered', { bpjs: b, score: 13 }), identity));
    expect(t.wage).toBe('');
    expect(t.bpjs_wage).toBe('2000000');
  });

  it('both names are shown as written (titles, case, punctuation), not as the matcher\'s cleaned form', () => {
    // The officer searches the roster and the BPJS export for these exact texts.
    const w = worker({ row: 5, nik: NIK_A, name: 'Hj. Siti Aminah, S.Pd' });
    const pb = participant({ row: 2, nik: NIK_A, name: 'Siti Aminah S.Pd.' });
    const t = texts(workerRowCells('en', decision(w, 'registered', { bpjs: pb, score: 13 }), identity));
    expect(t.name).toBe('Hj. Siti Aminah, S.Pd');
    expect(t.bpjs_name).toBe('Siti Aminah S.Pd.');
  });

  it('bpjs_nik shows a candidate\'s NIK that is not valid by its digits, like the roster nik column', () => {
    // The officer needs the damaged value to find and correct the export row; an empty cell hides it.
    const w = worker({ row: 5, nik: NIK_A });
    const damaged = participant({ row: 9, nik: '32730145019', name: 'SITI AMINAH' });
    const d = decision(w, 'review', { method: 'fuzzy', score: 7, candidates: [{ bpjs: damaged, score: 7, reasons: [] }] });
    expect(texts(workerRowCells('en', d, identity)).bpjs_nik).toBe('32730145019');
    expect(texts(workerRowCells('en', d, masked)).bpjs_nik).toBe(maskNik('32730145019'));
  });

  it('a review row keeps its own match method (a NIK-based review is not shown as fuzzy)', () => {
    const w = worker({ row: 5, nik: NIK_A });
    const d = decision(w, 'review', { method: 'nik', score: 7, candidates: [{ bpjs: b, score: 7, reasons: [] }] });
    expect(texts(workerRowCells('en', d, identity)).match_method).toBe('nik');
  });

  it('a review row with no candidate leaves the whole BPJS side empty', () => {
    const w = worker({ row: 5, nik: NIK_A, kpj: null });
    const t = texts(workerRowCells('en', decision(w, 'review', { score: 7 }), identity));
    expect([t.bpjs_file, t.bpjs_row, t.bpjs_nik, t.bpjs_name, t.bpjs_birth_date, t.bpjs_status, t.bpjs_wage, t.kpj, t.candidates]).toEqual(['', '', '', '', '', '', '', '', '']);
  });
});

describe('bpjs_only.csv: dates stay in their own columns', () => {
  it('a missing membership date is not filled from the birth date, nor the other way round', () => {
    const noMembership = bpjsOnlyRowCells(participant({ row: 3, birthDate: '1990-01-05', membershipDate: null }), identity);
    expect(csvCellText(noMembership.membership_date, plain)).toBe('');
    expect(csvCellText(noMembership.birth_date, plain)).toBe('1990-01-05');
    const noBirth = bpjsOnlyRowCells(participant({ row: 3, birthDate: null, membershipDate: '2021-03-01' }), identity);
    expect(csvCellText(noBirth.birth_date, plain)).toBe('');
    expect(csvCellText(noBirth.membership_date, plain)).toBe('2021-03-01');
  });

  it('written with --mask-nik and --excel-safe: masked NIK and KPJ, a formula-looking name neutralized', () => {
    const p = participant({ row: 6, nik: '3273015807800005', name: '+BUDI', kpj: '23015555555', wage: 1_800_000, membershipDate: '2021-03-01' });
    const b = createCsvChunkBuilder(BPJS_ONLY_COLUMNS, excelSemicolon);
    bpjsOnlyRowEmitter(masked)(p, b);
    b.endRow();
    const raw = b.take();
    const [record] = new CsvRecordParser(';').push(raw, true);
    expect(raw).not.toContain('3273015807800005');
    expect(raw).not.toContain('23015555555');
    expect(record?.[BPJS_ONLY_COLUMNS.indexOf('nik')]).toBe('3273********0005');
    expect(record?.[BPJS_ONLY_COLUMNS.indexOf('name')]).toBe(`'+BUDI`);
    expect(record?.[BPJS_ONLY_COLUMNS.indexOf('wage')]).toBe('1800000');
  });
});

describe('summary.json: the budget echoes the settings it was computed with', () => {
  const Q1_2027 = parsePeriod('2027-01..2027-03') ?? [];

  function input(budgetSettings: BudgetSettings): SummaryJsonInput {
    const result = sampleResult();
    return {
      version: '0.1.0',
      rosterInputs: ['roster.xlsx'],
      bpjsInputs: ['bpjs.csv'],
      summary: summarize(result),
      workers: result.decisions.length,
      problems: [],
      notes: [],
      settings: {},
      budget: budgetFromDecisions(result.decisions, budgetSettings, DEFAULT_RATE_TABLE),
    };
  }

  it('not the defaults: programs, scheme, risk classes, wage base and default wage as set', () => {
    // A reader of summary.json must be able to tell how the figures were computed (DOMAIN.md §2).
    const settings: BudgetSettings = {
      ...defaultBudgetSettings(Q1_2027),
      programs: ['jkk', 'jkm', 'jht'],
      riskClass: 'medium',
      agencyRiskClasses: { 'Dinas Pendidikan': 'high' },
      wageBase: { kind: 'floor', rupiah: 3_000_000 },
      defaultWage: 2_500_000,
    };
    const budget = summaryJson('en', input(settings))['budget'] as Record<string, unknown>;
    expect(budget['programs']).toEqual(['jkk', 'jkm', 'jht']);
    expect(budget['scheme']).toBe('pu');
    expect(budget['risk_class']).toBe('medium');
    expect(budget['agency_risk_classes']).toEqual({ 'Dinas Pendidikan': 'high' });
    expect(budget['wage_base']).toEqual({ kind: 'floor', rupiah: 3_000_000 });
    expect(budget['default_wage']).toBe(2_500_000);
  });

  it('the BPU scheme is echoed as bpu', () => {
    const settings: BudgetSettings = { ...defaultBudgetSettings(Q1_2027), scheme: 'bpu', programs: ['jkk', 'jkm'], wageBase: { kind: 'fixed', rupiah: 1_000_000 } };
    const budget = summaryJson('en', input(settings))['budget'] as Record<string, unknown>;
    expect(budget['scheme']).toBe('bpu');
    expect(budget['wage_base']).toEqual({ kind: 'fixed', rupiah: 1_000_000 });
  });

  it('a one-month period starts and ends in that month', () => {
    const settings: BudgetSettings = { ...defaultBudgetSettings(parsePeriod('2027-05') ?? []) };
    const budget = summaryJson('en', input(settings))['budget'] as Record<string, unknown>;
    expect(budget['period']).toEqual({ from: '2027-05', to: '2027-05', months: 1 });
  });
});
