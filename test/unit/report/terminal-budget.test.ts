// Why this file exists: src/report/terminal-budget.ts prints the budget lines of one group
// (`rekon budget`): agency × program with employer/worker shares, monthly and for the period, in
// Rupiah. It had no direct test; these pin the headers and Rupiah cells in Indonesian and English,
// the line order (as given: agencies, then TOTAL), the bold TOTAL lines, and that colour never
// changes the layout. No NIK is involved.
import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BudgetInput } from '../../../src/budget/budget-input.js';
import { PROGRAMS, type Program } from '../../../src/budget/budget-program.js';
import { defaultBudgetSettings } from '../../../src/budget/budget-settings.js';
import { computeBudget, TOTAL_AGENCY, type BudgetLine } from '../../../src/budget/compute-budget.js';
import { DEFAULT_RATE_TABLE } from '../../../src/budget/default-rate-table.js';
import type { Lang } from '../../../src/i18n/message.js';
import { renderBudgetTable } from '../../../src/report/terminal-budget.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });

function cells(table: string): string[][] {
  return table
    .split('\n')
    .filter((l) => l.startsWith('│'))
    .map((l) => l.split('│').slice(1, -1).map((c) => c.trim()));
}

function line(over: Partial<BudgetLine> & { agency: string; program: Program }): BudgetLine {
  return {
    group: 'all_roster',
    riskClass: null,
    workers: 1,
    monthlyEmployer: 0,
    monthlyWorker: 0,
    monthlyTotal: 0,
    periodEmployer: 0,
    periodWorker: 0,
    periodTotal: 0,
    ...over,
  };
}

function row(agency: string, status: BudgetInput['status'], rosterWage: number | null, r: number): BudgetInput {
  return { at: { file: 'roster.xlsx', sheet: 'Honorer', row: r }, agency, status, rosterWage, bpjsWage: null };
}

/** Three months of 2027, JKK + JKM, class very low: two agencies, then TOTAL. */
const budget = computeBudget(
  [row('Dinas Kesehatan', 'unregistered', 2_169_348, 3), row('Dinas Pendidikan', 'inactive', 3_000_000, 4), row('Dinas Pendidikan', 'registered', null, 5)],
  defaultBudgetSettings(['2027-01', '2027-02', '2027-03']),
  DEFAULT_RATE_TABLE,
);
const allRoster = budget.lines.filter((l) => l.group === 'all_roster');

describe('renderBudgetTable', () => {
  it('draws the Indonesian table exactly', () => {
    expect(renderBudgetTable('id', allRoster, plain)).toBe(
      [
        '┌──────────────────┬─────────┬─────────┬───────────────────────────┬─────────────────────┬───────────┬───────────┐',
        '│ OPD              │ Program │ Pekerja │ Per bulan (pemberi kerja) │ Per bulan (pekerja) │ Per bulan │   Periode │',
        '├──────────────────┼─────────┼─────────┼───────────────────────────┼─────────────────────┼───────────┼───────────┤',
        '│ DINAS KESEHATAN  │ JKK     │       1 │                  Rp 5.206 │                Rp 0 │  Rp 5.206 │ Rp 15.618 │',
        '│ DINAS KESEHATAN  │ JKM     │       1 │                  Rp 6.508 │                Rp 0 │  Rp 6.508 │ Rp 19.524 │',
        '│ DINAS PENDIDIKAN │ JKK     │       1 │                  Rp 7.200 │                Rp 0 │  Rp 7.200 │ Rp 21.600 │',
        '│ DINAS PENDIDIKAN │ JKM     │       1 │                  Rp 9.000 │                Rp 0 │  Rp 9.000 │ Rp 27.000 │',
        '│ TOTAL            │ JKK     │       2 │                 Rp 12.406 │                Rp 0 │ Rp 12.406 │ Rp 37.218 │',
        '│ TOTAL            │ JKM     │       2 │                 Rp 15.508 │                Rp 0 │ Rp 15.508 │ Rp 46.524 │',
        '└──────────────────┴─────────┴─────────┴───────────────────────────┴─────────────────────┴───────────┴───────────┘',
      ].join('\n'),
    );
  });

  it('English: headers and "," thousands', () => {
    expect(cells(renderBudgetTable('en', allRoster, plain))).toEqual([
      ['Agency', 'Program', 'Workers', 'Monthly (employer)', 'Monthly (worker)', 'Monthly', 'Period'],
      ['DINAS KESEHATAN', 'JKK', '1', 'Rp 5,206', 'Rp 0', 'Rp 5,206', 'Rp 15,618'],
      ['DINAS KESEHATAN', 'JKM', '1', 'Rp 6,508', 'Rp 0', 'Rp 6,508', 'Rp 19,524'],
      ['DINAS PENDIDIKAN', 'JKK', '1', 'Rp 7,200', 'Rp 0', 'Rp 7,200', 'Rp 21,600'],
      ['DINAS PENDIDIKAN', 'JKM', '1', 'Rp 9,000', 'Rp 0', 'Rp 9,000', 'Rp 27,000'],
      ['TOTAL', 'JKK', '2', 'Rp 12,406', 'Rp 0', 'Rp 12,406', 'Rp 37,218'],
      ['TOTAL', 'JKM', '2', 'Rp 15,508', 'Rp 0', 'Rp 15,508', 'Rp 46,524'],
    ]);
  });

  it('shows the worker share of JHT/JP and large amounts with separators', () => {
    const lines = [
      line({ agency: 'DINAS PENDIDIKAN', program: 'jht', workers: 12_345, monthlyEmployer: 1_370_295_000, monthlyWorker: 740_700_000, monthlyTotal: 2_110_995_000, periodTotal: 25_331_940_000 }),
      line({ agency: 'DINAS PENDIDIKAN', program: 'jp', workers: 12_345, monthlyEmployer: 740_700_000, monthlyWorker: 370_350_000, monthlyTotal: 1_111_050_000, periodTotal: 13_332_600_000 }),
    ];
    expect(cells(renderBudgetTable('id', lines, plain)).slice(1)).toEqual([
      ['DINAS PENDIDIKAN', 'JHT', '12.345', 'Rp 1.370.295.000', 'Rp 740.700.000', 'Rp 2.110.995.000', 'Rp 25.331.940.000'],
      ['DINAS PENDIDIKAN', 'JP', '12.345', 'Rp 740.700.000', 'Rp 370.350.000', 'Rp 1.111.050.000', 'Rp 13.332.600.000'],
    ]);
    expect(cells(renderBudgetTable('en', lines, plain)).slice(1)).toEqual([
      ['DINAS PENDIDIKAN', 'JHT', '12,345', 'Rp 1,370,295,000', 'Rp 740,700,000', 'Rp 2,110,995,000', 'Rp 25,331,940,000'],
      ['DINAS PENDIDIKAN', 'JP', '12,345', 'Rp 740,700,000', 'Rp 370,350,000', 'Rp 1,111,050,000', 'Rp 13,332,600,000'],
    ]);
  });

  it('keeps the lines in the order given (it does not sort)', () => {
    const lines = [line({ agency: 'ZETA', program: 'jkm' }), line({ agency: 'ALFA', program: 'jkk' }), line({ agency: TOTAL_AGENCY, program: 'jkk' })];
    expect(cells(renderBudgetTable('en', lines, plain)).slice(1).map((r) => `${r[0]}/${r[1]}`)).toEqual(['ZETA/JKM', 'ALFA/JKK', 'TOTAL/JKK']);
  });

  it('no lines: the header only', () => {
    expect(cells(renderBudgetTable('id', [], plain))).toEqual([['OPD', 'Program', 'Pekerja', 'Per bulan (pemberi kerja)', 'Per bulan (pekerja)', 'Per bulan', 'Periode']]);
  });

  it('TOTAL lines are bold and agency lines are not; stripped of colour it is the plain table', () => {
    const coloured = renderBudgetTable('en', allRoster, colour);
    expect(stripVTControlCharacters(coloured)).toBe(renderBudgetTable('en', allRoster, plain));
    const lines = coloured.split('\n');
    const totalLines = lines.filter((l) => stripVTControlCharacters(l).startsWith('│ TOTAL'));
    const agencyLines = lines.filter((l) => stripVTControlCharacters(l).startsWith('│ DINAS'));
    expect(totalLines).toHaveLength(2);
    for (const l of totalLines) expect(l).toContain(colour.bold('TOTAL'));
    expect(totalLines[0]).toContain(colour.bold('Rp 37,218'));
    for (const l of agencyLines) expect(l).not.toContain('\u001b[1m');
  });

  it('names the JKK risk class per line when an agency has its own (rekon.toml [agencies.risk])', () => {
    const r = computeBudget(
      [row('Dinas Pemadam Kebakaran', null, 3_500_000, 2), row('Bappeda', null, 2_600_000, 3)],
      { ...defaultBudgetSettings(['2027-01']), agencyRiskClasses: { 'Dinas Pemadam Kebakaran': 'very_high' } },
      DEFAULT_RATE_TABLE,
      ['all_roster'],
    );
    const rows = cells(renderBudgetTable('id', r.lines, plain, 'very_low'));
    expect(rows[0]?.slice(0, 4)).toEqual(['OPD', 'Program', 'Kelas risiko JKK', 'Pekerja']);
    expect(rows.slice(1).map((x) => x.slice(0, 3))).toEqual([
      ['BAPPEDA', 'JKK', 'Kelas I (sangat rendah)'],
      ['BAPPEDA', 'JKM', ''],
      ['DINAS PEMADAM KEBAKARAN', 'JKK', 'Kelas V (sangat tinggi)'],
      ['DINAS PEMADAM KEBAKARAN', 'JKM', ''],
      ['TOTAL', 'JKK', ''],
      ['TOTAL', 'JKM', ''],
    ]);
    // 1.74 % of 3,500,000 = 60,900: the class the figure used is on its line.
    expect(rows[3]?.[4]).toBe('Rp 60.900');
  });

  it('has no risk class column when every agency is at the default class', () => {
    expect(cells(renderBudgetTable('en', allRoster, plain, 'very_low'))[0]).not.toContain('JKK risk class');
  });

  it('is deterministic', () => {
    expect(renderBudgetTable('id', allRoster, plain)).toBe(renderBudgetTable('id', [...allRoster], plain));
  });

  it('property: one row per line, every cell reads back to the line’s figure', () => {
    const money = fc.nat({ max: 999_999_999_999 });
    const lineArb = fc.record({
      agency: fc.constantFrom('DINAS KESEHATAN', 'DINAS PENDIDIKAN', 'SATPOL PP', TOTAL_AGENCY),
      program: fc.constantFrom<Program>(...PROGRAMS),
      workers: fc.nat({ max: 10_000_000 }),
      monthlyEmployer: money,
      monthlyWorker: money,
      monthlyTotal: money,
      periodTotal: money,
    });
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 12 }), fc.constantFrom<Lang>('id', 'en'), (given, lang) => {
        const lines = given.map((g) => line(g));
        const rows = cells(renderBudgetTable(lang, lines, plain)).slice(1);
        const sep = lang === 'id' ? '.' : ',';
        const num = (s: string): number => Number(s.replace(/^Rp /, '').split(sep).join(''));
        expect(rows).toHaveLength(lines.length);
        rows.forEach((r, i) => {
          const l = lines[i];
          if (l === undefined) throw new Error('row without a line');
          expect(r[0]).toBe(l.agency);
          expect(r[1]).toBe(l.program.toUpperCase());
          expect(num(r[2] ?? '')).toBe(l.workers);
          for (const [col, v] of [[3, l.monthlyEmployer], [4, l.monthlyWorker], [5, l.monthlyTotal], [6, l.periodTotal]] as const) {
            expect(r[col]).toMatch(lang === 'id' ? /^Rp \d{1,3}(\.\d{3})*$/ : /^Rp \d{1,3}(,\d{3})*$/);
            expect(num(r[col] ?? '')).toBe(v);
          }
        });
      }),
    );
  });

  it('property: for a computed budget, each TOTAL line’s workers and amounts are the sums of the agency lines shown above it', () => {
    const rowArb = fc.record({
      agency: fc.constantFrom('Dinas Kesehatan', 'Dinas Pendidikan', 'Satpol PP'),
      wage: fc.integer({ min: 1_000_000, max: 20_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 20 }), (given) => {
        const r = computeBudget(
          given.map((g, i) => row(g.agency, null, g.wage, i + 2)),
          { ...defaultBudgetSettings(['2027-01', '2027-02']), programs: ['jkk', 'jkm', 'jht'] },
          DEFAULT_RATE_TABLE,
          ['all_roster'],
        );
        const rows = cells(renderBudgetTable('en', r.lines, plain)).slice(1);
        const num = (s: string): number => Number(s.replace(/^Rp /, '').split(',').join(''));
        for (const program of ['JKK', 'JKM', 'JHT']) {
          const agencyRows = rows.filter((x) => x[1] === program && x[0] !== 'TOTAL');
          const total = rows.find((x) => x[1] === program && x[0] === 'TOTAL');
          if (total === undefined) throw new Error(`no TOTAL ${program}`);
          for (const col of [2, 3, 4, 5, 6]) expect(num(total[col] ?? '')).toBe(agencyRows.reduce((s, x) => s + num(x[col] ?? ''), 0));
        }
      }),
    );
  });
});
