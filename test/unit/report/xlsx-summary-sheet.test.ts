import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/i18n/message.js';
import { msg } from '../../../src/i18n/message.js';
import { translate } from '../../../src/i18n/translate.js';
import type { RunSummary } from '../../../src/report/model/agency-summary.js';
import { summarize } from '../../../src/report/model/agency-summary.js';
import type { BudgetLineLike, ReportBudget, ReportInput } from '../../../src/report/model/report-input.js';
import { COUNT_FORMAT, PERCENT_FORMAT, RUPIAH_FORMAT } from '../../../src/report/xlsx-sheet.js';
import { writeSummarySheet } from '../../../src/report/xlsx-summary-sheet.js';
import { sampleInput, sampleResult } from './report-fixtures.js';
import { bookBytes, headers, onlySheet } from './xlsx-read-back.js';

/** Builds only the Summary sheet into a workbook in memory and reads it back as Excel would. */
async function buildSummary(input: ReportInput): Promise<{ ws: ExcelJS.Worksheet; xml: string }> {
  return onlySheet(await bookBytes((book) => writeSummarySheet(book, input)));
}

/** Header text → 1-based column. */
function col(ws: ExcelJS.Worksheet, header: string): number {
  const values = ws.getRow(1).values as unknown[];
  const i = values.indexOf(header);
  if (i < 1) throw new Error(`no column ${header}: ${JSON.stringify(values)}`);
  return i;
}

/** Column A from row 1 to the last row, null for a blank row: the layout a reader scrolls through. */
function columnA(ws: ExcelJS.Worksheet): unknown[] {
  return Array.from({ length: ws.rowCount }, (_, i) => ws.getRow(i + 1).getCell(1).value ?? null);
}

function rowOf(ws: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  const at = columnA(ws).indexOf(label);
  if (at < 0) throw new Error(`no row ${label}`);
  return ws.getRow(at + 1);
}

/** Every cell as value, type and number format, for comparing two builds. */
function dump(ws: ExcelJS.Worksheet): unknown[] {
  const out: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => row.eachCell({ includeEmpty: true }, (c, k) => out.push([n, k, c.value, c.type, c.numFmt ?? null, c.font?.bold ?? false])));
  return out;
}

const line = (agency: string, group: BudgetLineLike['group'], program: string, periodTotal: number): BudgetLineLike => ({
  agency,
  group,
  program,
  workers: 1,
  monthlyEmployer: Math.round(periodTotal / 12),
  monthlyWorker: 0,
  monthlyTotal: Math.round(periodTotal / 12),
  periodEmployer: periodTotal,
  periodWorker: 0,
  periodTotal,
  riskClass: program === 'jkk' ? 'very_low' : null,
});

/**
 * Two agencies whose counts all differ, so a count written under the wrong header shows.
 * Workers = registered + inactive + unregistered + review + duplicate; coverage = registered ÷ (workers − duplicate).
 */
const SUMMARY: RunSummary = {
  agencies: [
    { agency: 'DINAS KESEHATAN', workers: 21, registered: 3, inactive: 5, unregistered: 7, review: 2, duplicate: 4, coverage: 3 / 17 },
    { agency: 'DINAS PENDIDIKAN', workers: 1200, registered: 600, inactive: 100, unregistered: 300, review: 150, duplicate: 50, coverage: 600 / 1150 },
  ],
  total: { workers: 1221, registered: 603, inactive: 105, unregistered: 307, review: 152, duplicate: 54, coverage: 603 / 1167 },
  bpjsOnly: 9,
  bpjsOnlyInactive: 0,
  bpjsOnlyRelated: { other_registration: 2, review_candidate: 3 },
};

/**
 * Kesehatan: to protect = unregistered + inactive = 10,000 + 20,000 + 400,000; all rosters 3,000,000.
 * Review and under-reported-wage lines belong to neither column. Pendidikan has only all_roster lines.
 * The budget core's own TOTAL lines must be ignored.
 */
const BUDGET: ReportBudget = {
  lines: [
    line('DINAS KESEHATAN', 'unregistered', 'jkk', 10_000),
    line('DINAS KESEHATAN', 'unregistered', 'jkm', 20_000),
    line('DINAS KESEHATAN', 'inactive', 'jkk', 400_000),
    line('DINAS KESEHATAN', 'review', 'jkk', 50_000_000),
    line('DINAS KESEHATAN', 'underreported_gap', 'jkk', 7_000_000),
    // Grouped as the summary groups agencies (agencyKey: trimmed, spaces collapsed, uppercase).
    line(' dinas  kesehatan', 'all_roster', 'jkk', 3_000_000),
    line('DINAS PENDIDIKAN', 'all_roster', 'jkk', 8_000_000),
    line('TOTAL', 'unregistered', 'jkk', 999_999),
    line('TOTAL', 'all_roster', 'jkk', 11_000_000),
  ],
  notBudgeted: [],
  notes: [msg('budget.rounding_rule')],
};

function input(lang: Lang, over: Partial<ReportInput> = {}): ReportInput {
  return sampleInput({
    lang,
    summary: SUMMARY,
    budget: BUDGET,
    problems: [],
    run: {
      rosterInputs: ['roster/dinas-kesehatan.xlsx', 'roster/dinas-pendidikan.csv'],
      bpjsInputs: ['bpjs/export.csv'],
      settings: [[msg('setting.accept_score'), '0.85']],
      notes: [msg('run.no_workers', { inputs: 'roster/kosong.csv' })],
    },
    ...over,
  });
}

describe('Summary sheet: names and headers', () => {
  it.each([
    {
      lang: 'id' as const,
      name: 'Ringkasan',
      expected: ['OPD', 'Pekerja', 'Terdaftar', 'Nonaktif', 'Belum terdaftar', 'Perlu verifikasi', 'Ganda', 'Cakupan', 'Anggaran (belum terdaftar + nonaktif)', 'Anggaran seluruh pekerja'],
    },
    {
      lang: 'en' as const,
      name: 'Summary',
      expected: ['Agency', 'Workers', 'Registered', 'Inactive', 'Unregistered', 'Review', 'Duplicates', 'Coverage', 'Budget (unregistered + inactive)', 'Budget, all workers'],
    },
  ])('names the sheet and its columns in $lang, counts first, then coverage, then the two budgets', async ({ lang, name, expected }) => {
    const { ws } = await buildSummary(input(lang));
    expect(ws.name).toBe(name);
    expect(headers(ws)).toEqual(expected);
  });

  it.each([{ lang: 'id' as const }, { lang: 'en' as const }])('has no budget columns (and no budget cells) when no budget was computed ($lang)', async ({ lang }) => {
    const { ws } = await buildSummary(input(lang, { budget: null }));
    expect(headers(ws)).toHaveLength(8);
    for (let n = 1; n <= ws.rowCount; n++) {
      for (const k of [9, 10]) expect(ws.getRow(n).getCell(k).value ?? null, `row ${n}`).toBeNull();
    }
  });

  it('freezes and bolds the header row', async () => {
    const { ws } = await buildSummary(input('id'));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    for (let k = 1; k <= 10; k++) expect(ws.getRow(1).getCell(k).font?.bold).toBe(true);
  });
});

describe('Summary sheet: agency rows', () => {
  it('writes one row per agency, in the summary order, each count under its own header as a number', async () => {
    const { ws } = await buildSummary(input('en'));
    for (const [i, a] of SUMMARY.agencies.entries()) {
      const r = ws.getRow(2 + i);
      expect(r.getCell(col(ws, 'Agency')).value).toBe(a.agency);
      const expected: [string, number][] = [
        ['Workers', a.workers],
        ['Registered', a.registered],
        ['Inactive', a.inactive],
        ['Unregistered', a.unregistered],
        ['Review', a.review],
        ['Duplicates', a.duplicate],
      ];
      for (const [header, value] of expected) {
        const c = r.getCell(col(ws, header));
        expect(c.value, `${a.agency} ${header}`).toBe(value);
        expect(c.type).toBe(ExcelJS.ValueType.Number);
        expect(c.numFmt).toBe(COUNT_FORMAT);
      }
    }
  });

  // explore4-D/05: the cell held 2/3 exactly, Excel showed 66.7 % and the terminal 66.6 %. It holds the figure the
  // terminal shows (coverageTenths), so every viewer shows the same and never 100.0 % while someone is uncovered.
  it('writes coverage as a 0..1 fraction with a percent format: the terminal\'s figure, 3/17 → 0.176 (17.6 %)', async () => {
    const { ws } = await buildSummary(input('en'));
    const c = ws.getRow(2).getCell(col(ws, 'Coverage'));
    expect(c.type).toBe(ExcelJS.ValueType.Number);
    expect(c.value).toBe(0.176);
    expect(c.numFmt).toBe(PERCENT_FORMAT);
    expect(PERCENT_FORMAT).toMatch(/%$/);
  });

  it('writes a dash as coverage for an agency with nobody to cover (null), as the terminal, never 0 or NaN', async () => {
    const summary: RunSummary = {
      ...SUMMARY,
      agencies: [{ agency: 'DINAS SOSIAL', workers: 0, registered: 0, inactive: 0, unregistered: 0, review: 0, duplicate: 0, coverage: null }],
      total: { workers: 0, registered: 0, inactive: 0, unregistered: 0, review: 0, duplicate: 0, coverage: null },
    };
    const { ws, xml } = await buildSummary(input('en', { summary, budget: null }));
    expect(ws.getRow(2).getCell(col(ws, 'Coverage')).value).toBe('–');
    expect(ws.getRow(3).getCell(col(ws, 'Coverage')).value).toBe('–');
    expect(xml).not.toMatch(/NaN|Infinity/);
  });

  it('writes the budget per agency as rupiah numbers: to protect = unregistered + inactive, all rosters = all_roster', async () => {
    const { ws } = await buildSummary(input('en'));
    const health = ws.getRow(2);
    const protect = health.getCell(col(ws, 'Budget (unregistered + inactive)'));
    const all = health.getCell(col(ws, 'Budget, all workers'));
    expect(protect.value).toBe(10_000 + 20_000 + 400_000);
    expect(all.value).toBe(3_000_000);
    for (const c of [protect, all]) {
      expect(c.type).toBe(ExcelJS.ValueType.Number);
      expect(c.numFmt).toBe(RUPIAH_FORMAT);
    }
  });

  it('says 0 "to protect" for an agency with no unregistered or inactive budget line, as the terminal says Rp 0', async () => {
    const { ws } = await buildSummary(input('en'));
    const education = ws.getRow(3);
    expect(education.getCell(1).value).toBe('DINAS PENDIDIKAN');
    expect(education.getCell(col(ws, 'Budget (unregistered + inactive)')).value).toBe(0);
    expect(education.getCell(col(ws, 'Budget, all workers')).value).toBe(8_000_000);
  });

  it('keeps an agency name that looks like a formula as a string cell', async () => {
    const evil = '=HYPERLINK("http://x","klik")';
    const summary: RunSummary = { ...SUMMARY, agencies: [{ ...SUMMARY.agencies[0]!, agency: evil }] };
    const { ws, xml } = await buildSummary(input('id', { summary, budget: null }));
    const c = ws.getRow(2).getCell(1);
    expect(c.value).toBe(evil);
    expect(c.type).toBe(ExcelJS.ValueType.String);
    expect(xml).not.toContain('<f>');
  });
});

describe('Summary sheet: TOTAL row', () => {
  it('follows the agency rows, is bold, and carries the run totals in every count column', async () => {
    const { ws } = await buildSummary(input('id'));
    const total = ws.getRow(2 + SUMMARY.agencies.length);
    expect(total.getCell(1).value).toBe('TOTAL');
    const t = SUMMARY.total;
    expect([2, 3, 4, 5, 6, 7].map((k) => total.getCell(k).value)).toEqual([t.workers, t.registered, t.inactive, t.unregistered, t.review, t.duplicate]);
    expect(total.getCell(8).value).toBe(0.517); // 603 / 1167 = 51.67 %
    for (let k = 1; k <= 10; k++) expect(total.getCell(k).font?.bold, `column ${k}`).toBe(true);
  });

  it('makes the budget TOTAL the sum of the agency rows, not of the budget core TOTAL lines', async () => {
    const { ws } = await buildSummary(input('en'));
    const rows = [2, 3].map((n) => ws.getRow(n));
    const total = rowOf(ws, 'TOTAL');
    for (const header of ['Budget (unregistered + inactive)', 'Budget, all workers']) {
      const k = col(ws, header);
      const sum = rows.reduce((s, r) => s + Number(r.getCell(k).value ?? 0), 0);
      expect(total.getCell(k).value, header).toBe(sum);
      expect(total.getCell(k).numFmt).toBe(RUPIAH_FORMAT);
    }
    expect(total.getCell(col(ws, 'Budget (unregistered + inactive)')).value).toBe(430_000);
    expect(total.getCell(col(ws, 'Budget, all workers')).value).toBe(11_000_000);
  });

  it('says 0 "to protect" in TOTAL when every agency is fully registered (no such line anywhere)', async () => {
    const rosterOnly: ReportBudget = { ...BUDGET, lines: BUDGET.lines.filter((l) => l.group === 'all_roster') };
    const { ws } = await buildSummary(input('en', { budget: rosterOnly }));
    const total = rowOf(ws, 'TOTAL');
    expect(total.getCell(col(ws, 'Budget (unregistered + inactive)')).value).toBe(0);
    expect(total.getCell(col(ws, 'Budget, all workers')).value).toBe(11_000_000);
  });

  it('with the real summarize(): TOTAL counts equal the sums of the agency rows', async () => {
    const result = sampleResult();
    const { ws } = await buildSummary(sampleInput({ lang: 'en', result, summary: summarize(result) }));
    const agencies = columnA(ws).indexOf('TOTAL') - 1;
    expect(agencies).toBe(2);
    const total = rowOf(ws, 'TOTAL');
    for (let k = 2; k <= 7; k++) {
      let sum = 0;
      for (let n = 2; n <= 1 + agencies; n++) sum += Number(ws.getRow(n).getCell(k).value);
      expect(total.getCell(k).value, `column ${k}`).toBe(sum);
    }
  });

  it('keeps TOTAL out of the autofilter, so sorting the agencies leaves it at the bottom', async () => {
    const { ws } = await buildSummary(input('en'));
    expect(ws.autoFilter).toBe('A1:J3');
    const { ws: noBudget } = await buildSummary(input('en', { budget: null }));
    expect(noBudget.autoFilter).toBe('A1:H3');
  });
});

describe('Summary sheet: what the run was', () => {
  it.each([
    {
      lang: 'id' as const,
      expected: [
        'OPD',
        'DINAS KESEHATAN',
        'DINAS PENDIDIKAN',
        'TOTAL',
        null,
        'Peserta BPJS yang tidak ada di daftar OPD mana pun',
        '… di antaranya kepesertaan ganda pekerja yang sudah cocok',
        '… di antaranya kandidat yang menunggu verifikasi',
        'Masalah data',
        null,
        'Berkas masukan',
        'Daftar OPD',
        'Daftar OPD',
        'Ekspor BPJS',
        null,
        'Pengaturan',
        'Skor terima otomatis',
        null,
        'Catatan',
      ],
    },
    {
      lang: 'en' as const,
      expected: [
        'Agency',
        'DINAS KESEHATAN',
        'DINAS PENDIDIKAN',
        'TOTAL',
        null,
        'BPJS participants on no roster',
        '… of which another registration of a matched worker',
        '… of which candidates waiting for review',
        'Data problems',
        null,
        'Input files',
        'Roster',
        'Roster',
        'BPJS export',
        null,
        'Settings',
        'Auto-accept score',
        null,
        'Notes',
      ],
    },
  ])('lays out counts, inputs, settings and notes below the table in $lang', async ({ lang, expected }) => {
    const { ws } = await buildSummary(input(lang));
    expect(columnA(ws).slice(0, expected.length)).toEqual(expected);
    // Section headings are bold; the rows under them are not.
    for (const n of [11, 16, 19]) expect(ws.getRow(n).getCell(1).font?.bold, String(expected[n - 1])).toBe(true);
    for (const n of [6, 12, 17]) expect(ws.getRow(n).getCell(1).font?.bold ?? false, String(expected[n - 1])).toBe(false);
  });

  it('writes the BPJS-only and problem counts as numbers next to their labels', async () => {
    const problems = sampleInput().problems;
    const { ws } = await buildSummary(input('en', { problems }));
    const count = (label: string): ExcelJS.Cell => rowOf(ws, label).getCell(2);
    expect(count('BPJS participants on no roster').value).toBe(SUMMARY.bpjsOnly);
    expect(count('… of which another registration of a matched worker').value).toBe(SUMMARY.bpjsOnlyRelated.other_registration);
    expect(count('… of which candidates waiting for review').value).toBe(SUMMARY.bpjsOnlyRelated.review_candidate);
    expect(count('Data problems').value).toBe(problems.length);
    expect(count('Data problems').type).toBe(ExcelJS.ValueType.Number);
  });

  it('lists every input file, rosters then BPJS exports, as text (a formula-like name stays text)', async () => {
    const run = { ...input('en').run, rosterInputs: ['roster/a.xlsx', '=cmd|\'/c calc\'!A1.csv'], bpjsInputs: ['@bpjs.csv'] };
    const { ws, xml } = await buildSummary(input('en', { run }));
    const start = columnA(ws).indexOf('Input files') + 1;
    const rows = [1, 2, 3].map((k) => ws.getRow(start + k));
    expect(rows.map((r) => [r.getCell(1).value, r.getCell(2).value])).toEqual([
      ['Roster', 'roster/a.xlsx'],
      ['Roster', '=cmd|\'/c calc\'!A1.csv'],
      ['BPJS export', '@bpjs.csv'],
    ]);
    for (const r of rows) expect(r.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(xml).not.toContain('<f>');
  });

  it('translates setting labels and keeps their values as text (a threshold "0.85" is not turned into a number)', async () => {
    const { ws } = await buildSummary(input('id'));
    const v = rowOf(ws, 'Skor terima otomatis').getCell(2);
    expect(v.value).toBe('0.85');
    expect(v.type).toBe(ExcelJS.ValueType.String);
  });

  it('lists the notes in the language chosen: matcher notes, then run notes, then budget notes', async () => {
    for (const lang of ['id', 'en'] as const) {
      const i = input(lang);
      const { ws } = await buildSummary(i);
      const at = columnA(ws).indexOf(lang === 'id' ? 'Catatan' : 'Notes');
      const expected = [...i.result.notes, ...i.run.notes, ...BUDGET.notes].map((n) => translate(lang, n));
      expect(expected).toHaveLength(3);
      expect(columnA(ws).slice(at + 1)).toEqual(expected);
    }
    const { ws } = await buildSummary(input('en'));
    expect(columnA(ws)).toContain('no worker rows found in roster/kosong.csv');
    const { ws: id } = await buildSummary(input('id'));
    expect(columnA(id)).toContain('tidak ada baris pekerja di roster/kosong.csv');
  });

  it('leaves out the Settings and Notes sections when there is nothing to say', async () => {
    const run = { rosterInputs: ['a.csv'], bpjsInputs: [], settings: [], notes: [] };
    const { ws } = await buildSummary(input('en', { run, budget: null, result: { ...sampleResult(), notes: [] } }));
    const a = columnA(ws);
    expect(a).not.toContain('Settings');
    expect(a).not.toContain('Notes');
    expect(a.at(-1)).toBe('Roster');
  });
});

describe('Summary sheet: empty and repeated runs', () => {
  it('gives a valid sheet for a run without workers and without budget: header, zero TOTAL, filter on the header only', async () => {
    const result = { decisions: [], bpjsOnly: [], notes: [] };
    const { ws } = await buildSummary(sampleInput({ lang: 'en', result, summary: summarize(result), budget: null, problems: [] }));
    expect(headers(ws)).toHaveLength(8);
    expect(ws.getRow(2).getCell(1).value).toBe('TOTAL');
    expect([2, 3, 4, 5, 6, 7].map((k) => ws.getRow(2).getCell(k).value)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(ws.getRow(2).getCell(8).value).toBe('–');
    expect(ws.autoFilter).toBe('A1:H1');
  });

  it('gives a valid sheet for a budget with no lines at all: budget columns present, no figure (a dash, as the terminal)', async () => {
    const { ws } = await buildSummary(input('en', { budget: { lines: [], notBudgeted: [], notes: [] } }));
    expect(headers(ws)).toHaveLength(10);
    for (const n of [2, 3, 4]) for (const k of [9, 10]) expect(ws.getRow(n).getCell(k).value).toBe('–');
  });

  it('writes identical cells for the same input, whatever the order of the budget lines', async () => {
    const a = await buildSummary(input('id'));
    const b = await buildSummary(input('id', { budget: { ...BUDGET, lines: [...BUDGET.lines].reverse() } }));
    expect(dump(b.ws)).toEqual(dump(a.ws));
    expect(b.xml).toBe(a.xml);
  });
});
