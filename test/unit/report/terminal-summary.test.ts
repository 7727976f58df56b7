// Why this file exists: src/report/terminal-summary.ts draws the per-agency table `rekon reconcile`
// prints (workers, the five statuses, coverage and, with a budget, the Rupiah columns). It was only
// seen through the e2e runs; these tests pin its rows and TOTAL row in Indonesian and English, the
// coverage definition (registered ÷ (workers − duplicates)) and its rounding, the empty run (no
// division by zero), thousands separators, and that colour never changes the layout.
// All NIKs are synthetic (report-fixtures.ts).
import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/i18n/message.js';
import { WORKER_STATUSES, type ReconcileResult, type WorkerStatus } from '../../../src/match/match-decision.js';
import { summarize, type RunSummary, type StatusCounts } from '../../../src/report/model/agency-summary.js';
import { renderSummaryTable, type AgencyMoney } from '../../../src/report/terminal-summary.js';
import { decision, sampleResult, worker } from './report-fixtures.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });

/** The table's cells, row by row (header first), trimmed; border lines dropped. */
function cells(table: string): string[][] {
  return table
    .split('\n')
    .filter((l) => l.startsWith('│'))
    .map((l) => l.split('│').slice(1, -1).map((c) => c.trim()));
}

function rowOf(table: string, first: string): string[] {
  const row = cells(table).find((r) => r[0] === first);
  if (row === undefined) throw new Error(`no row ${first} in\n${table}`);
  return row;
}

function counts(c: Partial<StatusCounts>): StatusCounts {
  const base = { workers: 0, registered: 0, inactive: 0, unregistered: 0, review: 0, duplicate: 0, ...c };
  const people = base.workers - base.duplicate;
  return { ...base, coverage: c.coverage !== undefined ? c.coverage : people === 0 ? null : base.registered / people };
}

function runSummary(agencies: readonly (Partial<StatusCounts> & { agency: string })[], total: Partial<StatusCounts>): RunSummary {
  return {
    agencies: agencies.map((a) => ({ agency: a.agency, ...counts(a) })),
    total: counts(total),
    bpjsOnly: 0,
    bpjsOnlyInactive: 0,
    bpjsOnlyRelated: { other_registration: 0, review_candidate: 0 },
  };
}

const EMPTY: ReconcileResult = { decisions: [], bpjsOnly: [], notes: [] };

describe('renderSummaryTable: the sample run', () => {
  const summary = summarize(sampleResult());

  it('draws the Indonesian table exactly (agencies in key order, then TOTAL)', () => {
    expect(renderSummaryTable('id', summary, plain, null)).toBe(
      [
        '┌──────────────────┬─────────┬───────────┬──────────┬───────┬────────────┬───────┬──────────────────┐',
        '│ OPD              │ Pekerja │ Terdaftar │ Nonaktif │ Belum │ Verifikasi │ Ganda │ Cakupan          │',
        '├──────────────────┼─────────┼───────────┼──────────┼───────┼────────────┼───────┼──────────────────┤',
        '│ DINAS KESEHATAN  │       4 │         1 │        0 │     2 │          0 │     1 │ ███░░░░░░░ 33,3% │',
        '│ DINAS PENDIDIKAN │       2 │         0 │        1 │     0 │          1 │     0 │ ░░░░░░░░░░ 0,0%  │',
        '│ TOTAL            │       6 │         1 │        1 │     2 │          1 │     1 │ ██░░░░░░░░ 20,0% │',
        '└──────────────────┴─────────┴───────────┴──────────┴───────┴────────────┴───────┴──────────────────┘',
      ].join('\n'),
    );
  });

  it.each([
    {
      lang: 'id' as const,
      head: ['OPD', 'Pekerja', 'Terdaftar', 'Nonaktif', 'Belum', 'Verifikasi', 'Ganda', 'Cakupan'],
      kesehatan: ['DINAS KESEHATAN', '4', '1', '0', '2', '0', '1', '███░░░░░░░ 33,3%'],
      pendidikan: ['DINAS PENDIDIKAN', '2', '0', '1', '0', '1', '0', '░░░░░░░░░░ 0,0%'],
      total: ['TOTAL', '6', '1', '1', '2', '1', '1', '██░░░░░░░░ 20,0%'],
    },
    {
      lang: 'en' as const,
      head: ['Agency', 'Workers', 'Registered', 'Inactive', 'Unregistered', 'Review', 'Duplicates', 'Coverage'],
      kesehatan: ['DINAS KESEHATAN', '4', '1', '0', '2', '0', '1', '███░░░░░░░ 33.3%'],
      pendidikan: ['DINAS PENDIDIKAN', '2', '0', '1', '0', '1', '0', '░░░░░░░░░░ 0.0%'],
      total: ['TOTAL', '6', '1', '1', '2', '1', '1', '██░░░░░░░░ 20.0%'],
    },
  ])('$lang: header, agency rows and TOTAL row', ({ lang, head, kesehatan, pendidikan, total }) => {
    const rows = cells(renderSummaryTable(lang, summary, plain, null));
    expect(rows).toEqual([head, kesehatan, pendidikan, total]);
  });

  it('is deterministic: the same input twice gives the same text', () => {
    expect(renderSummaryTable('en', summarize(sampleResult()), plain, null)).toBe(renderSummaryTable('en', summarize(sampleResult()), plain, null));
  });

  it('colours only the cells (green registered, yellow/red/magenta when above 0, bold TOTAL); stripped it is the plain table', () => {
    const coloured = renderSummaryTable('en', summary, colour, null);
    expect(coloured).not.toBe(renderSummaryTable('en', summary, plain, null));
    expect(stripVTControlCharacters(coloured)).toBe(renderSummaryTable('en', summary, plain, null));
    expect(coloured).toContain(colour.green('1'));
    expect(coloured).toContain(colour.red('2'));
    expect(coloured).toContain(colour.yellow('1'));
    expect(coloured).toContain(colour.magenta('1'));
    expect(coloured).toContain(colour.bold('6'));
    // A zero is never coloured as a warning.
    expect(coloured).not.toContain(colour.yellow('0'));
    expect(coloured).not.toContain(colour.red('0'));
  });
});

describe('coverage', () => {
  it('is registered ÷ (workers − duplicates): 1 registered of 4 rows with 1 duplicate is 33,3 %, not 25 %', () => {
    const s = runSummary([{ agency: 'DINAS A', workers: 4, registered: 1, unregistered: 2, duplicate: 1 }], { workers: 4, registered: 1, unregistered: 2, duplicate: 1 });
    expect(rowOf(renderSummaryTable('id', s, plain, null), 'DINAS A')[7]).toBe('███░░░░░░░ 33,3%');
  });

  it('counts an inactive participation as not covered', () => {
    const result: ReconcileResult = {
      decisions: [decision(worker({ row: 2, agency: 'Dinas A' }), 'registered'), decision(worker({ row: 3, agency: 'Dinas A' }), 'inactive')],
      bpjsOnly: [],
      notes: [],
    };
    expect(rowOf(renderSummaryTable('en', summarize(result), plain, null), 'DINAS A')[7]).toBe('█████░░░░░ 50.0%');
  });

  it.each([
    // Rounded half up to 0.1 %, as the workbook (explore4-D/05: the terminal cut 2/3 to 66,6 %); 100,0 % only when
    // every worker is covered, 0,0 % only when none is. The bar is rounded down from the figure.
    { registered: 7, people: 8, id: '████████░░ 87,5%', en: '████████░░ 87.5%' },
    { registered: 2, people: 3, id: '██████░░░░ 66,7%', en: '██████░░░░ 66.7%' },
    { registered: 5, people: 9, id: '█████░░░░░ 55,6%', en: '█████░░░░░ 55.6%' },
    { registered: 1, people: 3, id: '███░░░░░░░ 33,3%', en: '███░░░░░░░ 33.3%' },
    { registered: 57, people: 100, id: '█████░░░░░ 57,0%', en: '█████░░░░░ 57.0%' },
    { registered: 8, people: 8, id: '██████████ 100,0%', en: '██████████ 100.0%' },
    { registered: 1999, people: 2000, id: '█████████░ 99,9%', en: '█████████░ 99.9%' },
    { registered: 1, people: 2000, id: '░░░░░░░░░░ 0,1%', en: '░░░░░░░░░░ 0.1%' },
    { registered: 0, people: 2000, id: '░░░░░░░░░░ 0,0%', en: '░░░░░░░░░░ 0.0%' },
  ])('$registered of $people → "$id" / "$en"', ({ registered, people, id, en }) => {
    const s = runSummary([{ agency: 'X', workers: people, registered, unregistered: people - registered }], { workers: people, registered, unregistered: people - registered });
    expect(rowOf(renderSummaryTable('id', s, plain, null), 'X')[7]).toBe(id);
    expect(rowOf(renderSummaryTable('en', s, plain, null), 'X')[7]).toBe(en);
  });

  it('a run with no worker rows has only a TOTAL row of zeros and a dash for coverage (no NaN, no division by zero)', () => {
    const s = summarize(EMPTY);
    expect(s.total.coverage).toBeNull();
    for (const lang of ['id', 'en'] as const) {
      const table = renderSummaryTable(lang, s, plain, null);
      const rows = cells(table);
      expect(rows).toHaveLength(2);
      expect(rows[1]).toEqual(['TOTAL', '0', '0', '0', '0', '0', '0', '–']);
      expect(table).not.toMatch(/NaN|Infinity/);
    }
  });

  it('an agency whose rows are all duplicates (of another agency’s rows) shows a dash, not 0 % or NaN', () => {
    const first = worker({ row: 2, agency: 'Dinas A', nik: '3273014501900001' });
    const again = worker({ row: 3, agency: 'Dinas B', nik: '3273014501900001' });
    const s = summarize({ decisions: [decision(first, 'registered'), decision(again, 'duplicate', { duplicateOf: first })], bpjsOnly: [], notes: [] });
    const table = renderSummaryTable('id', s, plain, null);
    expect(rowOf(table, 'DINAS B')).toEqual(['DINAS B', '1', '0', '0', '0', '0', '1', '–']);
    const none = { toProtect: 0, allRoster: 0, toProtectWorker: 0, allRosterWorker: 0 };
    const money = { byAgency: new Map([['DINAS A', { ...none, allRoster: 100 }]]), total: { ...none, allRoster: 100 } };
    expect(rowOf(renderSummaryTable('id', s, plain, money), 'DINAS B')).toEqual(['DINAS B', '1', '0', '0', '0', '0', '1', '–', '–', '–']);
    expect(rowOf(table, 'DINAS A')[7]).toBe('██████████ 100,0%');
    expect(rowOf(table, 'TOTAL')).toEqual(['TOTAL', '2', '1', '0', '0', '0', '1', '██████████ 100,0%']);
  });
});

describe('numbers and money', () => {
  const big = runSummary(
    [{ agency: 'DINAS PENDIDIKAN', workers: 1_234_567, registered: 1_000_000, inactive: 12_345, unregistered: 200_000, review: 2_222, duplicate: 20_000 }],
    { workers: 1_234_567, registered: 1_000_000, inactive: 12_345, unregistered: 200_000, review: 2_222, duplicate: 20_000 },
  );

  it('Indonesian groups thousands with ".", English with ","', () => {
    expect(rowOf(renderSummaryTable('id', big, plain, null), 'DINAS PENDIDIKAN').slice(1, 7)).toEqual(['1.234.567', '1.000.000', '12.345', '200.000', '2.222', '20.000']);
    expect(rowOf(renderSummaryTable('en', big, plain, null), 'DINAS PENDIDIKAN').slice(1, 7)).toEqual(['1,234,567', '1,000,000', '12,345', '200,000', '2,222', '20,000']);
    // 1,000,000 ÷ 1,214,567 = 82.33… %
    expect(rowOf(renderSummaryTable('id', big, plain, null), 'TOTAL')[7]).toBe('████████░░ 82,3%');
  });

  const money: { byAgency: ReadonlyMap<string, AgencyMoney>; total: AgencyMoney } = {
    byAgency: new Map([['DINAS KESEHATAN', { toProtect: 1_234_567, allRoster: 98_765_432, toProtectWorker: 0, allRosterWorker: 0 }]]),
    total: { toProtect: 2_000_000, allRoster: 1_234_567_890, toProtectWorker: 0, allRosterWorker: 0 },
  };

  it.each([
    { lang: 'id' as const, head: ['Biaya perlindungan', 'Anggaran semua'], kesehatan: ['Rp 1.234.567', 'Rp 98.765.432'], total: ['Rp 2.000.000', 'Rp 1.234.567.890'] },
    { lang: 'en' as const, head: ['Cost to protect', 'Budget, all'], kesehatan: ['Rp 1,234,567', 'Rp 98,765,432'], total: ['Rp 2,000,000', 'Rp 1,234,567,890'] },
  ])('$lang: with a budget, two Rupiah columns; an agency without budget lines gets a dash, as in the workbook', ({ lang, head, kesehatan, total }) => {
    const table = renderSummaryTable(lang, summarize(sampleResult()), plain, money);
    const rows = cells(table);
    expect(rows[0]?.slice(8)).toEqual(head);
    expect(rowOf(table, 'DINAS KESEHATAN').slice(8)).toEqual(kesehatan);
    expect(rowOf(table, 'DINAS PENDIDIKAN').slice(8)).toEqual(['–', '–']);
    expect(rowOf(table, 'TOTAL').slice(8)).toEqual(total);
    for (const r of rows) expect(r).toHaveLength(10);
  });

  it('without a budget there are exactly eight columns', () => {
    for (const r of cells(renderSummaryTable('en', summarize(sampleResult()), plain, null))) expect(r).toHaveLength(8);
  });

  it('with a worker share (JHT/JP) the amount columns say they are the employer\'s', () => {
    const withWorker = { ...money, total: { ...money.total, allRosterWorker: 1 } };
    expect(cells(renderSummaryTable('id', summarize(sampleResult()), plain, withWorker))[0]?.slice(8)).toEqual(['Biaya perlindungan (pemberi kerja)', 'Anggaran semua (pemberi kerja)']);
    expect(cells(renderSummaryTable('en', summarize(sampleResult()), plain, withWorker))[0]?.slice(8)).toEqual(['Cost to protect (employer)', 'Budget, all (employer)']);
  });

  it('no agency budgeted: the TOTAL is no figure either, as the workbook\'s', () => {
    const none = { toProtect: 0, allRoster: 0, toProtectWorker: 0, allRosterWorker: 0 };
    expect(rowOf(renderSummaryTable('en', summarize(sampleResult()), plain, { byAgency: new Map(), total: none }), 'TOTAL').slice(8)).toEqual(['–', '–']);
  });

  it('a zero budget is still shown as Rp 0', () => {
    const none = { toProtect: 0, allRoster: 0, toProtectWorker: 0, allRosterWorker: 0 };
    const zero = { byAgency: new Map([['DINAS KESEHATAN', none]]), total: none };
    expect(rowOf(renderSummaryTable('id', summarize(sampleResult()), plain, zero), 'TOTAL').slice(8)).toEqual(['Rp 0', 'Rp 0']);
  });
});

describe('properties', () => {
  const AGENCIES = ['Dinas Kesehatan', 'DINAS KESEHATAN', ' dinas  kesehatan ', 'Dinas Pendidikan', 'Satpol PP', 'Ä-Büro', 'Kecamatan Utara'];
  const decisionsArb = fc.array(fc.record({ agency: fc.constantFrom(...AGENCIES), status: fc.constantFrom<WorkerStatus>(...WORKER_STATUSES) }), { maxLength: 60 });

  function resultOf(rows: readonly { agency: string; status: WorkerStatus }[]): ReconcileResult {
    return { decisions: rows.map((r, i) => decision(worker({ row: i + 2, agency: r.agency }), r.status)), bpjsOnly: [], notes: [] };
  }

  const parseInt = (lang: Lang, s: string): number => Number(s.split(lang === 'id' ? '.' : ',').join(''));
  const parsePercent = (lang: Lang, s: string): number => Number((lang === 'id' ? s.replace(',', '.') : s).replace('%', ''));

  it('the TOTAL row is the column sum of the agency rows, and every coverage is a dash or 0–100 %', () => {
    fc.assert(
      fc.property(decisionsArb, fc.constantFrom<Lang>('id', 'en'), (rows, lang) => {
        const rowsOut = cells(renderSummaryTable(lang, summarize(resultOf(rows)), plain, null));
        const agencyRows = rowsOut.slice(1, -1);
        const total = rowsOut[rowsOut.length - 1] ?? [];
        expect(total[0]).toBe('TOTAL');
        for (let col = 1; col <= 6; col++) {
          const sum = agencyRows.reduce((acc, r) => acc + parseInt(lang, r[col] ?? ''), 0);
          expect(parseInt(lang, total[col] ?? '')).toBe(sum);
        }
        expect(parseInt(lang, total[1] ?? '')).toBe(rows.length);
        for (const r of rowsOut.slice(1)) {
          const [bar = '', pct = ''] = (r[7] ?? '').split(' ');
          if ((r[7] ?? '') === '–') continue;
          const p = parsePercent(lang, pct);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(100);
          expect(bar).toHaveLength(10);
          expect(bar.split('█').length - 1).toBe(Math.floor(p / 10 + 1e-9));
        }
      }),
    );
  });

  it('one row per agency key (case and spacing ignored), in code-point order, then TOTAL last', () => {
    fc.assert(
      fc.property(decisionsArb, (rows) => {
        const names = cells(renderSummaryTable('en', summarize(resultOf(rows)), plain, null)).slice(1).map((r) => r[0]);
        const keys = [...new Set(rows.map((r) => r.agency.trim().replace(/\s+/g, ' ').toUpperCase()))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(names).toEqual([...keys, 'TOTAL']);
      }),
    );
  });

  it('every count is written with the language’s separator and reads back to the number', () => {
    const countsArb = fc.record({
      workers: fc.nat({ max: 2_000_000_000 }),
      registered: fc.nat({ max: 2_000_000_000 }),
      inactive: fc.nat({ max: 2_000_000_000 }),
      unregistered: fc.nat({ max: 2_000_000_000 }),
      review: fc.nat({ max: 2_000_000_000 }),
      duplicate: fc.nat({ max: 2_000_000_000 }),
    });
    fc.assert(
      fc.property(countsArb, fc.constantFrom<Lang>('id', 'en'), (c, lang) => {
        const table = renderSummaryTable(lang, runSummary([{ agency: 'X', ...c, coverage: null }], { ...c, coverage: null }), plain, null);
        const row = rowOf(table, 'X');
        const values = [c.workers, c.registered, c.inactive, c.unregistered, c.review, c.duplicate];
        values.forEach((v, i) => {
          const cell = row[i + 1] ?? '';
          expect(cell).toMatch(lang === 'id' ? /^\d{1,3}(\.\d{3})*$/ : /^\d{1,3}(,\d{3})*$/);
          expect(parseInt(lang, cell)).toBe(v);
        });
      }),
    );
  });
});
