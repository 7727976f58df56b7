import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/i18n/message.js';
import { msg } from '../../../src/i18n/message.js';
import { translate } from '../../../src/i18n/translate.js';
import type { BudgetGroup, BudgetLineLike, ReportBudget } from '../../../src/report/model/report-input.js';
import { agencyBudgets, budgetTotals, groupLabel, programLabel, sortBudgetLines, writeBudgetSheet } from '../../../src/report/xlsx-budget-sheet.js';
import { COUNT_FORMAT, RUPIAH_FORMAT } from '../../../src/report/xlsx-sheet.js';
import { bookBytes, headers, onlySheet } from './xlsx-read-back.js';

/** Builds only the Budget sheet into a workbook in memory and reads it back as Excel would. */
async function buildBudget(lang: Lang, budget: ReportBudget): Promise<{ ws: ExcelJS.Worksheet; xml: string }> {
  return onlySheet(await bookBytes((book) => writeBudgetSheet(book, lang, budget)));
}

function columnA(ws: ExcelJS.Worksheet): unknown[] {
  return Array.from({ length: ws.rowCount }, (_, i) => ws.getRow(i + 1).getCell(1).value ?? null);
}

/** Cells 1..8 of a row as plain values (null for empty). */
function values(row: ExcelJS.Row): unknown[] {
  return Array.from({ length: 8 }, (_, k) => row.getCell(k + 1).value ?? null);
}

function dump(ws: ExcelJS.Worksheet): unknown[] {
  const out: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => row.eachCell({ includeEmpty: true }, (c, k) => out.push([n, k, c.value, c.type, c.numFmt ?? null, c.font?.bold ?? false])));
  return out;
}

/** A line whose five numbers all differ, so a value written in the wrong column shows. Twelve months. */
function line(agency: string, group: BudgetGroup, program: string, workers: number, monthlyEmployer: number, monthlyWorker = 0): BudgetLineLike {
  const monthlyTotal = monthlyEmployer + monthlyWorker;
  return { agency, group, program, workers, monthlyEmployer, monthlyWorker, monthlyTotal, periodEmployer: monthlyEmployer * 12, periodWorker: monthlyWorker * 12, periodTotal: monthlyTotal * 12, riskClass: program === 'jkk' ? 'very_low' : null };
}

/**
 * Deliberately out of order. Agencies: BADAN KEUANGAN < DINAS KESEHATAN < DINAS ÉKONOMI in code points
 * (É is U+00C9, after Z; a locale sort would put it before K). 'jkp' is a program the workbook has no
 * name for. In all_roster, Kesehatan has 4 workers on most programs but 3 on JKP.
 */
const LINES: readonly BudgetLineLike[] = [
  line('DINAS ÉKONOMI', 'unregistered', 'jkm', 1, 3_000),
  line('DINAS KESEHATAN', 'all_roster', 'jkp', 3, 1_000),
  line('DINAS KESEHATAN', 'unregistered', 'jkk', 2, 4_800),
  line('DINAS KESEHATAN', 'all_roster', 'jp', 4, 80_000, 40_000),
  line('DINAS KESEHATAN', 'unregistered', 'jkm', 2, 6_000),
  line('BADAN KEUANGAN', 'unregistered', 'jkk', 3, 7_200),
  line('DINAS KESEHATAN', 'inactive', 'jkk', 1, 2_400),
  line('BADAN KEUANGAN', 'unregistered', 'jkm', 3, 9_000),
  line('DINAS ÉKONOMI', 'unregistered', 'jkk', 1, 2_401),
  line('DINAS KESEHATAN', 'all_roster', 'jht', 4, 74_000, 40_001),
  line('DINAS KESEHATAN', 'all_roster', 'jkk', 4, 9_600),
  line('BADAN KEUANGAN', 'all_roster', 'jkk', 5, 12_000),
  // The budget core appends its own TOTAL lines; the sheet totals itself and must not list or add these.
  line('TOTAL', 'unregistered', 'jkk', 6, 14_401),
  line('TOTAL', 'all_roster', 'jkk', 9, 21_600),
];

const BUDGET: ReportBudget = {
  lines: LINES,
  notBudgeted: [
    { at: { file: 'dinas-kesehatan.xlsx', sheet: 'Honorer', row: 10 }, name: 'SITI AMINAH', agency: 'DINAS KESEHATAN' },
    { at: { file: 'dinas-pendidikan.csv', sheet: '', row: 3 }, name: 'YOHANES WENDA', agency: 'DINAS PENDIDIKAN' },
  ],
  notes: [msg('budget.rounding_rule'), msg('budget.note.duplicates_excluded', { count: 2 })],
};

const LINE_ROWS = 12;

describe('Budget sheet: names and headers', () => {
  it.each([
    {
      lang: 'id' as const,
      name: 'Anggaran',
      expected: [
        'OPD', 'Kelompok', 'Program', 'Pekerja', 'Iuran pemberi kerja / bulan', 'Iuran pekerja / bulan', 'Total / bulan', 'Total periode',
        'Iuran pemberi kerja periode (APBD)', 'Iuran pekerja periode (dipotong dari honor)', 'Kelas risiko JKK',
      ],
    },
    {
      lang: 'en' as const,
      name: 'Budget',
      expected: [
        'Agency', 'Group', 'Program', 'Workers', 'Employer share / month', 'Worker share / month', 'Total / month', 'Total for the period',
        'Employer share for the period (APBD)', 'Worker share for the period (deducted from the honor)', 'JKK risk class',
      ],
    },
  ])('names the sheet and its columns in $lang', async ({ lang, name, expected }) => {
    const { ws } = await buildBudget(lang, BUDGET);
    expect(ws.name).toBe(name);
    expect(headers(ws)).toEqual(expected);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    for (let k = 1; k <= 11; k++) expect(ws.getRow(1).getCell(k).font?.bold).toBe(true);
  });

  it.each([
    { lang: 'id' as const, group: 'unregistered' as const, expected: 'Belum terdaftar' },
    { lang: 'en' as const, group: 'inactive' as const, expected: 'Inactive (to reactivate)' },
    { lang: 'id' as const, group: 'all_roster' as const, expected: 'Seluruh pekerja di daftar' },
    { lang: 'en' as const, group: 'underreported_gap' as const, expected: 'Shortfall from under-reported wages' },
  ])('group label: $group in $lang', ({ lang, group, expected }) => {
    expect(groupLabel(lang, group)).toBe(expected);
  });

  it.each([
    { lang: 'id' as const, program: 'jkk', expected: 'JKK (Jaminan Kecelakaan Kerja)' },
    { lang: 'en' as const, program: 'jkm', expected: 'JKM (death benefit)' },
    { lang: 'id' as const, program: 'jht', expected: 'JHT (Jaminan Hari Tua)' },
    { lang: 'en' as const, program: 'jp', expected: 'JP (pension)' },
    { lang: 'id' as const, program: 'jkp', expected: 'JKP' },
  ])('program label: $program in $lang (an unknown id is shown upper-cased)', ({ lang, program, expected }) => {
    expect(programLabel(lang, program)).toBe(expected);
  });
});

describe('Budget sheet: agency lines', () => {
  it('lists the agency lines by group, agency (code points) and program (JKK, JKM, JHT, JP, then others), without the core TOTAL lines', async () => {
    const { ws } = await buildBudget('en', BUDGET);
    const listed = Array.from({ length: LINE_ROWS }, (_, i) => values(ws.getRow(2 + i)).slice(0, 3).join(' / '));
    expect(listed).toEqual([
      'BADAN KEUANGAN / Unregistered / JKK (employment injury)',
      'BADAN KEUANGAN / Unregistered / JKM (death benefit)',
      'DINAS KESEHATAN / Unregistered / JKK (employment injury)',
      'DINAS KESEHATAN / Unregistered / JKM (death benefit)',
      'DINAS ÉKONOMI / Unregistered / JKK (employment injury)',
      'DINAS ÉKONOMI / Unregistered / JKM (death benefit)',
      'DINAS KESEHATAN / Inactive (to reactivate) / JKK (employment injury)',
      'BADAN KEUANGAN / All workers on the rosters / JKK (employment injury)',
      'DINAS KESEHATAN / All workers on the rosters / JKK (employment injury)',
      'DINAS KESEHATAN / All workers on the rosters / JHT (old-age savings)',
      'DINAS KESEHATAN / All workers on the rosters / JP (pension)',
      'DINAS KESEHATAN / All workers on the rosters / JKP',
    ]);
    expect(ws.getRow(2 + LINE_ROWS).getCell(1).value ?? null).toBeNull();
  });

  it('writes each line\'s numbers under their headers: workers as a count, the four amounts as rupiah numbers', async () => {
    const { ws } = await buildBudget('en', BUDGET);
    const jht = ws.getRow(2 + 9);
    expect(values(jht).slice(0, 3)).toEqual(['DINAS KESEHATAN', 'All workers on the rosters', 'JHT (old-age savings)']);
    expect(values(jht).slice(3)).toEqual([4, 74_000, 40_001, 114_001, 114_001 * 12]);
    expect(jht.getCell(4).type).toBe(ExcelJS.ValueType.Number);
    expect(jht.getCell(4).numFmt).toBe(COUNT_FORMAT);
    for (let k = 5; k <= 8; k++) {
      expect(jht.getCell(k).type, `column ${k}`).toBe(ExcelJS.ValueType.Number);
      expect(jht.getCell(k).numFmt, `column ${k}`).toBe(RUPIAH_FORMAT);
    }
    // A zero amount is written as 0, not left empty: "no worker share" differs from "unknown".
    expect(ws.getRow(2).getCell(6).value).toBe(0);
  });

  it('keeps the filter on the header and the agency lines, so sorting does not move the TOTAL rows', async () => {
    const { ws } = await buildBudget('en', BUDGET);
    expect(ws.autoFilter).toBe(`A1:K${1 + LINE_ROWS}`);
  });

  it('keeps an agency named like a formula as a string cell', async () => {
    const evil = '=HYPERLINK("http://x","klik")';
    const { ws, xml } = await buildBudget('id', { lines: [line(evil, 'unregistered', 'jkk', 1, 2_400)], notBudgeted: [], notes: [] });
    const c = ws.getRow(2).getCell(1);
    expect(c.value).toBe(evil);
    expect(c.type).toBe(ExcelJS.ValueType.String);
    expect(xml).not.toContain('<f>');
  });
});

describe('Budget sheet: TOTAL rows', () => {
  /** TOTAL rows as [group label, program label, row]. */
  function totals(ws: ExcelJS.Worksheet): [unknown, unknown, ExcelJS.Row][] {
    const out: [unknown, unknown, ExcelJS.Row][] = [];
    for (let n = 2 + LINE_ROWS; n <= ws.rowCount; n++) {
      const r = ws.getRow(n);
      if (r.getCell(1).value === 'TOTAL') out.push([r.getCell(2).value, r.getCell(3).value, r]);
    }
    return out;
  }

  it('gives per group one TOTAL per program, then the group over all programs, after a blank row', async () => {
    const { ws } = await buildBudget('en', BUDGET);
    expect(values(ws.getRow(2 + LINE_ROWS)).every((v) => v === null)).toBe(true);
    expect(totals(ws).map(([g, p]) => `${String(g)} / ${String(p)}`)).toEqual([
      'Unregistered / JKK (employment injury)',
      'Unregistered / JKM (death benefit)',
      'Unregistered / All programs',
      'Inactive (to reactivate) / JKK (employment injury)',
      'Inactive (to reactivate) / All programs',
      'All workers on the rosters / JKK (employment injury)',
      'All workers on the rosters / JHT (old-age savings)',
      'All workers on the rosters / JP (pension)',
      'All workers on the rosters / JKP',
      'All workers on the rosters / All programs',
    ]);
    expect(totals(ws)[0]?.[2].number).toBe(3 + LINE_ROWS);
  });

  it('makes every TOTAL amount the sum of the agency lines above it (same group, same program or all programs)', async () => {
    for (const lang of ['id', 'en'] as const) {
      const { ws } = await buildBudget(lang, BUDGET);
      const lines = Array.from({ length: LINE_ROWS }, (_, i) => values(ws.getRow(2 + i)));
      const all = lang === 'id' ? 'Semua program' : 'All programs';
      for (const [group, program, row] of totals(ws)) {
        const mine = lines.filter((l) => l[1] === group && (program === all || l[2] === program));
        expect(mine.length, `${String(group)} / ${String(program)}`).toBeGreaterThan(0);
        for (let k = 5; k <= 8; k++) {
          const sum = mine.reduce((s, l) => s + Number(l[k - 1]), 0);
          expect(row.getCell(k).value, `${String(group)} / ${String(program)} column ${k}`).toBe(sum);
          expect(row.getCell(k).numFmt).toBe(RUPIAH_FORMAT);
        }
      }
    }
  });

  it('counts workers per program as the sum over agencies, and over all programs once per person (largest count per agency)', async () => {
    const { ws } = await buildBudget('en', BUDGET);
    const workers = Object.fromEntries(totals(ws).map(([g, p, r]) => [`${String(g)} / ${String(p)}`, r.getCell(4).value]));
    expect(workers).toEqual({
      'Unregistered / JKK (employment injury)': 3 + 2 + 1,
      'Unregistered / JKM (death benefit)': 3 + 2 + 1,
      // Not 12: the same six people are on the JKK and the JKM lines.
      'Unregistered / All programs': 6,
      'Inactive (to reactivate) / JKK (employment injury)': 1,
      'Inactive (to reactivate) / All programs': 1,
      'All workers on the rosters / JKK (employment injury)': 5 + 4,
      'All workers on the rosters / JHT (old-age savings)': 4,
      'All workers on the rosters / JP (pension)': 4,
      'All workers on the rosters / JKP': 3,
      // Badan 5 + Kesehatan max(4, 4, 4, 3).
      'All workers on the rosters / All programs': 9,
    });
  });

  it('bolds only the "All programs" TOTAL rows', async () => {
    const { ws } = await buildBudget('en', BUDGET);
    for (const [g, p, r] of totals(ws)) {
      for (let k = 1; k <= 8; k++) expect(r.getCell(k).font?.bold ?? false, `${String(g)} / ${String(p)} column ${k}`).toBe(p === 'All programs');
    }
    for (let n = 2; n <= 1 + LINE_ROWS; n++) expect(ws.getRow(n).getCell(1).font?.bold ?? false).toBe(false);
  });

  it('has no TOTAL rows when the budget has only the core TOTAL lines', async () => {
    const { ws } = await buildBudget('en', { lines: LINES.filter((l) => l.agency === 'TOTAL'), notBudgeted: [], notes: [] });
    expect(ws.rowCount).toBe(1);
    expect(ws.autoFilter).toBe('A1:K1');
  });
});

describe('budget totals and per-agency money (the helpers the sheets share)', () => {
  it('budgetTotals: per group in BUDGET_GROUPS order, programs in JKK, JKM, JHT, JP, others; ignores TOTAL lines', () => {
    const t = budgetTotals(LINES);
    expect(t.map((x) => `${x.group}/${x.program ?? '*'}`)).toEqual([
      'unregistered/jkk',
      'unregistered/jkm',
      'unregistered/*',
      'inactive/jkk',
      'inactive/*',
      'all_roster/jkk',
      'all_roster/jht',
      'all_roster/jp',
      'all_roster/jkp',
      'all_roster/*',
    ]);
    const unregistered = t.find((x) => x.group === 'unregistered' && x.program === null);
    expect(unregistered).toEqual({ group: 'unregistered', program: null, workers: 6, monthlyEmployer: 32_401, monthlyWorker: 0, monthlyTotal: 32_401, periodEmployer: 32_401 * 12, periodWorker: 0, periodTotal: 32_401 * 12 });
  });

  it('sortBudgetLines does not change its input and breaks program ties by code points', () => {
    const input = [line('A', 'review', 'zz', 1, 1), line('A', 'review', 'jp', 1, 2), line('A', 'review', 'aa', 1, 3), line('A', 'review', 'jkk', 1, 4)];
    const copy = [...input];
    expect(sortBudgetLines(input).map((l) => l.program)).toEqual(['jkk', 'jp', 'aa', 'zz']);
    expect(input).toEqual(copy);
  });

  it('agencyBudgets: to protect = unregistered + inactive, all rosters = all_roster, keyed as the summary groups agencies', () => {
    const m = agencyBudgets([
      ...LINES,
      line('dinas  kesehatan ', 'inactive', 'jkm', 1, 100),
      line('DINAS KESEHATAN', 'review', 'jkk', 1, 1_000_000),
      line('DINAS KESEHATAN', 'underreported_gap', 'jkk', 1, 2_000_000),
    ]);
    expect([...m.keys()].sort()).toEqual(['BADAN KEUANGAN', 'DINAS KESEHATAN', 'DINAS ÉKONOMI']);
    // The employer's share: JP's and JHT's worker share (40,000 and 40,001 a month) is apart.
    expect(m.get('DINAS KESEHATAN')).toEqual({
      toProtect: (4_800 + 6_000 + 2_400 + 100) * 12,
      allRoster: (1_000 + 80_000 + 74_000 + 9_600) * 12,
      toProtectWorker: 0,
      allRosterWorker: (40_000 + 40_001) * 12,
    });
    expect(m.get('DINAS ÉKONOMI')).toEqual({ toProtect: (3_000 + 2_401) * 12, allRoster: null, toProtectWorker: 0, allRosterWorker: null });
    expect(m.has('TOTAL')).toBe(false);
  });
});

describe('Budget sheet: notes and rows left out', () => {
  it('writes the budget notes translated, then the note on worker counts, then the note that groups overlap', async () => {
    for (const lang of ['id', 'en'] as const) {
      const { ws } = await buildBudget(lang, { ...BUDGET, notBudgeted: [] });
      const a = columnA(ws);
      const lastTotal = a.lastIndexOf('TOTAL');
      expect(a[lastTotal + 1]).toBeNull();
      expect(a.slice(lastTotal + 2)).toEqual([
        translate(lang, msg('budget.rounding_rule')),
        translate(lang, msg('budget.note.duplicates_excluded', { count: 2 })),
        translate(lang, msg('xlsx.budget.total_workers_note')),
        translate(lang, msg('xlsx.budget.groups_overlap_note')),
        translate(lang, msg('xlsx.budget.worker_share_note')),
      ]);
    }
    const { ws } = await buildBudget('en', { ...BUDGET, notBudgeted: [] });
    expect(columnA(ws)).toContain('2 duplicate rows are not budgeted twice.');
  });

  it.each([
    { description: 'only all_roster (rosters without a BPJS export)', groups: ['all_roster'] as BudgetGroup[] },
    { description: 'no all_roster group', groups: ['unregistered', 'inactive'] as BudgetGroup[] },
  ])('does not warn about overlapping groups with $description', async ({ groups }) => {
    const { ws } = await buildBudget('en', { lines: LINES.filter((l) => groups.includes(l.group)), notBudgeted: [], notes: [] });
    const a = columnA(ws);
    expect(a).toContain(translate('en', msg('xlsx.budget.total_workers_note')));
    expect(a).not.toContain(translate('en', msg('xlsx.budget.groups_overlap_note')));
  });

  it.each([
    { lang: 'id' as const, heading: 'Tidak dianggarkan (upah tidak diketahui): 2 baris', columns: ['OPD', 'Nama', 'Letak (berkas [sheet]:baris)'] },
    { lang: 'en' as const, heading: 'Not budgeted (wage unknown): 2 rows', columns: ['Agency', 'Name', 'Where (file [sheet]:row)'] },
  ])('lists the rows left out of the budget at the end, with where to find them ($lang)', async ({ lang, heading, columns }) => {
    const { ws } = await buildBudget(lang, BUDGET);
    const at = columnA(ws).indexOf(heading) + 1;
    expect(at).toBeGreaterThan(2 + LINE_ROWS);
    expect(values(ws.getRow(at - 1)).every((v) => v === null)).toBe(true);
    expect(ws.getRow(at).getCell(1).font?.bold).toBe(true);
    const sub = ws.getRow(at + 1);
    expect([1, 2, 3].map((k) => sub.getCell(k).value)).toEqual(columns);
    for (const k of [1, 2, 3]) expect(sub.getCell(k).font?.bold).toBe(true);
    expect([at + 2, at + 3].map((n) => [1, 2, 3].map((k) => ws.getRow(n).getCell(k).value))).toEqual([
      ['DINAS KESEHATAN', 'SITI AMINAH', 'dinas-kesehatan.xlsx [Honorer]:10'],
      ['DINAS PENDIDIKAN', 'YOHANES WENDA', 'dinas-pendidikan.csv:3'],
    ]);
    expect(ws.rowCount).toBe(at + 3);
  });

  it('says "1 row" in English when one row is left out', async () => {
    const { ws } = await buildBudget('en', { ...BUDGET, notBudgeted: BUDGET.notBudgeted.slice(0, 1) });
    expect(columnA(ws)).toContain('Not budgeted (wage unknown): 1 row');
  });

  it('keeps formula-like names of rows left out as string cells', async () => {
    const evil = '=HYPERLINK("http://x","klik")';
    const { ws, xml } = await buildBudget('en', { lines: [], notes: [], notBudgeted: [{ at: { file: 'a.csv', sheet: '', row: 2 }, name: evil, agency: '+62 DINAS' }] });
    const row = ws.getRow(ws.rowCount);
    expect([row.getCell(1).value, row.getCell(2).value]).toEqual(['+62 DINAS', evil]);
    for (const k of [1, 2]) expect(row.getCell(k).type).toBe(ExcelJS.ValueType.String);
    expect(xml).not.toContain('<f>');
  });
});

describe('Budget sheet: empty and repeated runs', () => {
  it('gives a header-only sheet with its filter on the header for an empty budget', async () => {
    const { ws } = await buildBudget('id', { lines: [], notBudgeted: [], notes: [] });
    expect(headers(ws)).toHaveLength(11);
    expect(ws.rowCount).toBe(1);
    expect(ws.autoFilter).toBe('A1:K1');
  });

  it('still writes the budget notes (and no worker-count note) when there are no lines', async () => {
    const { ws } = await buildBudget('en', { lines: [], notBudgeted: [], notes: [msg('budget.rounding_rule')] });
    const a = columnA(ws);
    expect(a.filter((v) => v !== null)).toEqual(['Agency', translate('en', msg('budget.rounding_rule'))]);
    expect(ws.autoFilter).toBe('A1:K1');
  });

  it('writes identical cells whatever the order of the input lines', async () => {
    const a = await buildBudget('id', BUDGET);
    const b = await buildBudget('id', { ...BUDGET, lines: [...LINES].reverse() });
    expect(dump(b.ws)).toEqual(dump(a.ws));
    expect(b.xml).toBe(a.xml);
  });
});

describe('Budget sheet: employer and worker share for the period, and the JKK risk class per line', () => {
  /** A DAMKAR at class V beside agencies at the default class I (rekon.toml [agencies.risk]). */
  const classed: ReportBudget = {
    lines: [
      { ...line('BAPPEDA', 'all_roster', 'jkk', 1, 6_240), riskClass: 'very_low' },
      { ...line('DINAS PEMADAM KEBAKARAN', 'all_roster', 'jkk', 2, 116_580), riskClass: 'very_high' },
      line('DINAS PEMADAM KEBAKARAN', 'all_roster', 'jht', 2, 185_000, 100_000),
      { ...line('DINAS PEMADAM KEBAKARAN', 'unregistered', 'jkk', 2, 116_580), riskClass: 'very_high' },
    ],
    notBudgeted: [],
    notes: [],
  };

  it.each([
    { lang: 'id' as const, bappeda: 'Kelas I (sangat rendah)', damkar: 'Kelas V (sangat tinggi)' },
    { lang: 'en' as const, bappeda: 'Class I (very low)', damkar: 'Class V (very high)' },
  ])('names the class each agency’s JKK line was budgeted at, in words ($lang)', async ({ lang, bappeda, damkar }) => {
    const { ws } = await buildBudget(lang, classed);
    const byLine = Object.fromEntries(
      Array.from({ length: 4 }, (_, i) => ws.getRow(2 + i)).map((r) => [`${String(r.getCell(1).value)} / ${String(r.getCell(2).value)} / ${String(r.getCell(3).value).slice(0, 3)}`, r.getCell(11).value ?? null]),
    );
    const [unreg, all] = lang === 'id' ? ['Belum terdaftar', 'Seluruh pekerja di daftar'] : ['Unregistered', 'All workers on the rosters'];
    expect(byLine).toEqual({
      [`DINAS PEMADAM KEBAKARAN / ${unreg} / JKK`]: damkar,
      [`BAPPEDA / ${all} / JKK`]: bappeda,
      [`DINAS PEMADAM KEBAKARAN / ${all} / JKK`]: damkar,
      [`DINAS PEMADAM KEBAKARAN / ${all} / JHT`]: null,
    });
  });

  it('gives no TOTAL row a class, even when one agency (one class) makes up the group', async () => {
    const { ws } = await buildBudget('en', classed);
    const totals = new Map<string, unknown>();
    ws.eachRow((r) => {
      if (r.getCell(1).value === 'TOTAL') totals.set(`${String(r.getCell(2).value)} / ${String(r.getCell(3).value)}`, r.getCell(11).value ?? null);
    });
    expect(totals.get('Unregistered / JKK (employment injury)')).toBeNull();
    expect(totals.get('All workers on the rosters / JKK (employment injury)')).toBeNull();
    expect(totals.get('All workers on the rosters / All programs')).toBeNull();
  });

  it('splits the period total into the employer share (the APBD line) and the worker share, on lines and TOTAL rows', async () => {
    const { ws } = await buildBudget('id', classed);
    const jht = ws.getRow(5);
    expect([8, 9, 10].map((k) => jht.getCell(k).value)).toEqual([285_000 * 12, 185_000 * 12, 100_000 * 12]);
    for (const k of [9, 10]) expect(jht.getCell(k).numFmt).toBe(RUPIAH_FORMAT);
    let allPrograms: ExcelJS.Row | undefined;
    ws.eachRow((r) => {
      if (r.getCell(1).value === 'TOTAL' && r.getCell(2).value === 'Seluruh pekerja di daftar' && r.getCell(3).value === 'Semua program') allPrograms = r;
    });
    expect([8, 9, 10].map((k) => allPrograms?.getCell(k).value)).toEqual([(6_240 + 116_580 + 285_000) * 12, (6_240 + 116_580 + 185_000) * 12, 100_000 * 12]);
    expect(columnA(ws)).toContain(translate('id', msg('xlsx.budget.worker_share_note')));
  });

  it('has no worker-share note when no line has a worker share (JKK and JKM)', async () => {
    const { ws } = await buildBudget('en', { ...classed, lines: classed.lines.filter((l) => l.program !== 'jht') });
    expect(columnA(ws)).not.toContain(translate('en', msg('xlsx.budget.worker_share_note')));
  });
});
