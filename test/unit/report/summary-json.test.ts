// Why this file exists: src/report/model/summary-json.ts builds summary.json (and the "summary" of
// `--format json`), which other tools and `rekon diff` read. Its keys are a promise: stable snake_case
// names in a fixed order, machine status values, counts that agree with the terminal table, coverage
// rounded to 4 decimals (null, never NaN, when there is nobody), translated notes, and byte-identical
// output for the same input. Only the e2e runs touched it before. All NIKs are synthetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/budget/budget-period.js';
import { defaultBudgetSettings, type BudgetSettings } from '../../../src/budget/budget-settings.js';
import { budgetFromDecisions, budgetFromRoster, type BudgetResult } from '../../../src/budget/compute-budget.js';
import { DEFAULT_RATE_TABLE } from '../../../src/budget/default-rate-table.js';
import { msg, type Lang } from '../../../src/i18n/message.js';
import { WORKER_STATUSES, type ReconcileResult, type WorkerStatus } from '../../../src/match/match-decision.js';
import { PROBLEM_KINDS, type ProblemKind } from '../../../src/normalize/problem-kind.js';
import type { RowProblem } from '../../../src/normalize/row-problem.js';
import { BUDGET_COLUMNS } from '../../../src/report/budget-row.js';
import { summarize } from '../../../src/report/model/agency-summary.js';
import { summaryJson, type SummaryJsonInput } from '../../../src/report/model/summary-json.js';
import { decision, NIK_A, sampleResult, worker } from './report-fixtures.js';

const Q1_2027 = parsePeriod('2027-01..2027-03') ?? [];

function settings(over: Partial<BudgetSettings> = {}): BudgetSettings {
  return { ...defaultBudgetSettings(Q1_2027), ...over };
}

function problem(kind: ProblemKind, row: number): RowProblem {
  return { kind, at: { file: 'dinas-kesehatan.xlsx', sheet: 'Honorer', row }, column: 'nik', detail: msg('nik.wrong_length', { length: 11 }) };
}

function input(over: Partial<SummaryJsonInput> = {}): SummaryJsonInput {
  const result = sampleResult();
  return {
    version: '0.1.0',
    rosterInputs: ['roster/dinas-kesehatan.xlsx', 'roster/dinas-pendidikan.csv'],
    bpjsInputs: ['bpjs/bpjs-export.csv'],
    summary: summarize(result),
    workers: result.decisions.length,
    problems: [problem('nik_invalid', 10), problem('date_invalid', 3), problem('nik_invalid', 12)],
    notes: [msg('match.note.block_skipped', { rule: 'name', count: 3, max: 500 })],
    settings: { match: { accept_score: 0.9, review_score: 0.75 }, lang: 'id', mask_nik: false },
    budget: null,
    ...over,
  };
}

/** Every key in a JSON value, with its path, except under the given keys (whose contents are data, not names). */
function keysOf(value: unknown, skipUnder: readonly string[], path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keysOf(v, skipUnder, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [`${path}.${k}`, ...(skipUnder.includes(k) ? [] : keysOf(v, skipUnder, `${path}.${k}`))]);
}

describe('summaryJson: shape and keys', () => {
  it('has the top-level keys in a fixed order', () => {
    expect(Object.keys(summaryJson('id', input()))).toEqual(['rekon_version', 'inputs', 'totals', 'agencies', 'problems', 'notes', 'settings', 'budget']);
  });

  it('echoes the version, the inputs in the given order and the settings as given', () => {
    const j = summaryJson('en', input());
    expect(j['rekon_version']).toBe('0.1.0');
    expect(j['inputs']).toEqual({ roster: ['roster/dinas-kesehatan.xlsx', 'roster/dinas-pendidikan.csv'], bpjs: ['bpjs/bpjs-export.csv'] });
    expect(j['settings']).toEqual({ match: { accept_score: 0.9, review_score: 0.75 }, lang: 'id', mask_nik: false });
  });

  it('totals: the status counts, coverage, and the BPJS-only counts, in this key order', () => {
    const totals = summaryJson('id', input())['totals'] as Record<string, unknown>;
    expect(Object.keys(totals)).toEqual([
      'workers',
      'registered',
      'inactive',
      'unregistered',
      'review',
      'duplicate',
      'coverage',
      'bpjs_only',
      'bpjs_only_other_registration',
      'bpjs_only_review_candidate',
      'bpjs_only_inactive',
    ]);
    // 6 rows: 1 registered ÷ (6 − 1 duplicate) = 0.2
    expect(totals).toEqual({
      workers: 6,
      registered: 1,
      inactive: 1,
      unregistered: 2,
      review: 1,
      duplicate: 1,
      coverage: 0.2,
      bpjs_only: 1,
      bpjs_only_other_registration: 0,
      bpjs_only_review_candidate: 0,
      bpjs_only_inactive: 0,
    });
  });

  it('agencies: one object per agency key, in code-point order, agency first', () => {
    const agencies = summaryJson('id', input())['agencies'] as Record<string, unknown>[];
    expect(agencies).toEqual([
      { agency: 'DINAS KESEHATAN', workers: 4, registered: 1, inactive: 0, unregistered: 2, review: 0, duplicate: 1, coverage: 0.3333 },
      { agency: 'DINAS PENDIDIKAN', workers: 2, registered: 0, inactive: 1, unregistered: 0, review: 1, duplicate: 0, coverage: 0 },
    ]);
    for (const a of agencies) expect(Object.keys(a)).toEqual(['agency', 'workers', 'registered', 'inactive', 'unregistered', 'review', 'duplicate', 'coverage']);
  });

  it('counts BPJS-only records tied to a roster row by kind, and takes the streamed BPJS-only count when given', () => {
    const base = sampleResult();
    const roster = base.decisions[0]?.worker ?? worker({ row: 2 });
    const result: ReconcileResult = {
      ...base,
      bpjsOnlyLinks: [{ kind: 'other_registration', roster }, null, { kind: 'review_candidate', roster }, { kind: 'review_candidate', roster }],
    };
    const totals = summaryJson('en', input({ summary: summarize(result, 1_234) }))['totals'] as Record<string, unknown>;
    expect(totals['bpjs_only']).toBe(1_234);
    expect(totals['bpjs_only_other_registration']).toBe(1);
    expect(totals['bpjs_only_review_candidate']).toBe(2);
  });

  it('problems: the total and a count per kind, kinds in alphabetical order whatever the input order', () => {
    const problems = summaryJson('id', input({ problems: [problem('wage_invalid', 4), problem('nik_invalid', 5), problem('date_invalid', 6), problem('nik_invalid', 7)] }))['problems'];
    expect(problems).toEqual({ total: 4, by_kind: { date_invalid: 1, nik_invalid: 2, wage_invalid: 1 } });
    expect(Object.keys((problems as { by_kind: object }).by_kind)).toEqual(['date_invalid', 'nik_invalid', 'wage_invalid']);
    expect(summaryJson('id', input({ problems: [] }))['problems']).toEqual({ total: 0, by_kind: {} });
  });

  it.each([
    { lang: 'id' as const, note: 'aturan blok name: 3 pencarian dilewati karena blok lebih dari 500 baris (mis. nama/tanggal yang sangat umum)' },
    { lang: 'en' as const, note: 'blocking rule name: 3 look-ups skipped because the block has more than 500 rows (e.g. a very common name or date)' },
  ])('$lang: notes are translated sentences, not codes', ({ lang, note }) => {
    expect(summaryJson(lang, input())['notes']).toEqual([note]);
  });

  it('every key is snake_case (except the data under settings and agency_risk_classes)', () => {
    const budget = budgetFromDecisions(sampleResult().decisions, settings({ agencyRiskClasses: { 'Dinas Pendidikan': 'low' } }), DEFAULT_RATE_TABLE);
    const keys = keysOf(summaryJson('en', input({ budget })), ['settings', 'agency_risk_classes']);
    expect(keys.length).toBeGreaterThan(50);
    for (const k of keys) expect(k.split('.').at(-1)).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });
});

describe('coverage', () => {
  it.each([
    { registered: 1, people: 3, expected: 0.3333 },
    { registered: 2, people: 3, expected: 0.6667 },
    { registered: 7, people: 8, expected: 0.875 },
    { registered: 1999, people: 2000, expected: 0.9995 },
    { registered: 3, people: 3, expected: 1 },
    { registered: 0, people: 5, expected: 0 },
  ])('$registered of $people → $expected (4 decimals)', ({ registered, people, expected }) => {
    const rows: ReconcileResult['decisions'] = Array.from({ length: people }, (_, i) => decision(worker({ row: i + 2 }), i < registered ? 'registered' : 'unregistered'));
    const j = summaryJson('en', input({ summary: summarize({ decisions: rows, bpjsOnly: [], notes: [] }) }));
    expect((j['totals'] as Record<string, unknown>)['coverage']).toBe(expected);
    expect((j['agencies'] as Record<string, unknown>[])[0]?.['coverage']).toBe(expected);
  });

  it('no worker rows: zero counts, coverage null, no agencies, and valid JSON (no NaN)', () => {
    const j = summaryJson('id', input({ summary: summarize({ decisions: [], bpjsOnly: [], notes: [] }), workers: 0, problems: [] }));
    expect(j['totals']).toEqual({
      workers: 0,
      registered: 0,
      inactive: 0,
      unregistered: 0,
      review: 0,
      duplicate: 0,
      coverage: null,
      bpjs_only: 0,
      bpjs_only_other_registration: 0,
      bpjs_only_review_candidate: 0,
      bpjs_only_inactive: 0,
    });
    expect(j['agencies']).toEqual([]);
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });

  it('an agency of duplicates only has coverage null', () => {
    const first = worker({ row: 2, agency: 'Dinas A', nik: NIK_A });
    const again = worker({ row: 3, agency: 'Dinas B', nik: NIK_A });
    const s = summarize({ decisions: [decision(first, 'registered'), decision(again, 'duplicate', { duplicateOf: first })], bpjsOnly: [], notes: [] });
    const agencies = summaryJson('en', input({ summary: s }))['agencies'] as Record<string, unknown>[];
    expect(agencies.map((a) => [a['agency'], a['coverage']])).toEqual([
      ['DINAS A', 1],
      ['DINAS B', null],
    ]);
  });
});

describe('without a summary (rosters only, `rekon budget`)', () => {
  it('totals hold just the worker count and agencies are empty', () => {
    const j = summaryJson('en', input({ summary: null, workers: 42, bpjsInputs: [] }));
    expect(j['totals']).toEqual({ workers: 42 });
    expect(j['agencies']).toEqual([]);
    expect(j['inputs']).toEqual({ roster: ['roster/dinas-kesehatan.xlsx', 'roster/dinas-pendidikan.csv'], bpjs: [] });
  });
});

describe('budget', () => {
  const budget: BudgetResult = budgetFromDecisions(sampleResult().decisions, settings(), DEFAULT_RATE_TABLE);

  it('is null without a budget', () => {
    expect(summaryJson('id', input())['budget']).toBeNull();
  });

  it('has its keys in a fixed order and echoes the settings', () => {
    const b = summaryJson('en', input({ budget }))['budget'] as Record<string, unknown>;
    expect(Object.keys(b)).toEqual([
      'period',
      'programs',
      'scheme',
      'risk_class',
      'agency_risk_classes',
      'wage_base',
      'default_wage',
      'rate_table_version',
      'rounding',
      'monthly',
      'regulations',
      'lines',
      'not_budgeted',
      'notes',
    ]);
    expect(b['period']).toEqual({ from: '2027-01', to: '2027-03', months: 3 });
    expect(b['programs']).toEqual(['jkk', 'jkm']);
    expect(b['scheme']).toBe('pu');
    expect(b['risk_class']).toBe('very_low');
    expect(b['agency_risk_classes']).toEqual({});
    expect(b['wage_base']).toEqual({ kind: 'roster' });
    expect(b['default_wage']).toBeNull();
    expect(b['rate_table_version']).toBe(DEFAULT_RATE_TABLE.version);
  });

  it('lines: one per budget line, in the budget’s order, snake_case integer rupiah', () => {
    const lines = (summaryJson('en', input({ budget }))['budget'] as { lines: Record<string, unknown>[] }).lines;
    expect(lines).toHaveLength(budget.lines.length);
    lines.forEach((l, i) => {
      const src = budget.lines[i];
      expect(Object.keys(l)).toEqual([...BUDGET_COLUMNS]);
      expect(l).toEqual({
        agency: src?.agency,
        group: src?.group,
        program: src?.program,
        workers: src?.workers,
        monthly_employer: src?.monthlyEmployer,
        monthly_worker: src?.monthlyWorker,
        monthly_total: src?.monthlyTotal,
        period_total: src?.periodTotal,
        period_employer: src?.periodEmployer,
        period_worker: src?.periodWorker,
        risk_class: src?.riskClass,
      });
      for (const k of ['workers', 'monthly_employer', 'monthly_worker', 'monthly_total', 'period_total', 'period_employer', 'period_worker']) expect(Number.isInteger(l[k])).toBe(true);
    });
    // Agency lines, then TOTAL (budget core order).
    expect(lines.at(-1)?.['agency']).toBe('TOTAL');
  });

  it.each([
    {
      lang: 'id' as const,
      reason: 'upah kosong dan tidak ada upah bawaan: tidak dianggarkan',
      notes: ['1 baris ganda tidak dianggarkan dua kali.', '1 baris tanpa upah tidak dianggarkan; lihat daftarnya, atau tetapkan upah bawaan.'],
      rounding: /^Pembulatan: iuran dihitung per pekerja/,
      monthly: 'Angka bulanan adalah bulan pertama periode (2027-01); total periode adalah jumlah tepat setiap bulan dengan tarif dan batas upah JP yang berlaku pada bulan itu.',
      regulations: ['PP 44/2015 Pasal 16 ayat (1) huruf a', 'PP 44/2015 Pasal 18 ayat (1)'],
    },
    {
      lang: 'en' as const,
      reason: 'no wage and no default wage: not budgeted',
      notes: ['1 duplicate row is not budgeted twice.', '1 row without a wage is not budgeted; see the list, or set a default wage.'],
      rounding: /^Rounding: premiums are computed per worker/,
      monthly: 'Monthly figures are for the first month of the period (2027-01); the period total is the exact sum of every month at the rates and JP wage cap in force in that month.',
      regulations: ['Government Regulation (PP) 44/2015, Article 16(1)(a)', 'Government Regulation (PP) 44/2015, Article 18(1)'],
    },
  ])('$lang: rules, regulations, not-budgeted rows and notes are translated; status stays a machine value', ({ lang, reason, notes, rounding, monthly, regulations }) => {
    const b = summaryJson(lang, input({ budget }))['budget'] as Record<string, unknown>;
    expect(b['rounding']).toMatch(rounding);
    expect(b['monthly']).toBe(monthly);
    expect(b['regulations']).toEqual(regulations);
    // Row 10 of the sample (-MARYAM) has no wage.
    expect(b['not_budgeted']).toEqual([
      { at: 'dinas-kesehatan.xlsx [Honorer]:10', file: 'dinas-kesehatan.xlsx', sheet: 'Honorer', row: 10, agency: 'DINAS KESEHATAN', status: 'unregistered', reason },
    ]);
    expect(b['notes']).toEqual(notes);
  });

  it('not-budgeted rows of a rosters-only budget have status null and a CSV row has no sheet in `at`', () => {
    const w = worker({ row: 4, file: 'opd.csv', sheet: '', agency: 'Satpol PP', wage: null });
    const rosterBudget = budgetFromRoster([w], settings(), DEFAULT_RATE_TABLE);
    const b = summaryJson('en', input({ summary: null, workers: 1, budget: rosterBudget }))['budget'] as { not_budgeted: Record<string, unknown>[] };
    expect(b.not_budgeted).toEqual([{ at: 'opd.csv:4', file: 'opd.csv', sheet: '', row: 4, agency: 'SATPOL PP', status: null, reason: 'no wage and no default wage: not budgeted' }]);
  });

  it('status values in the JSON are the documented machine values', () => {
    const j = summaryJson('id', input({ budget }));
    const b = j['budget'] as { not_budgeted: { status: string | null }[]; lines: { group: string }[] };
    for (const r of b.not_budgeted) expect([...WORKER_STATUSES, null]).toContain(r.status);
    for (const l of b.lines) expect(['unregistered', 'inactive', 'review', 'all_roster', 'underreported_gap']).toContain(l.group);
  });
});

describe('determinism', () => {
  it('the same input twice gives byte-identical JSON (no timestamps)', () => {
    const once = JSON.stringify(summaryJson('id', input({ budget: budgetFromDecisions(sampleResult().decisions, settings(), DEFAULT_RATE_TABLE) })), null, 2);
    const twice = JSON.stringify(summaryJson('id', input({ budget: budgetFromDecisions(sampleResult().decisions, settings(), DEFAULT_RATE_TABLE) })), null, 2);
    expect(twice).toBe(once);
  });

  it('property: the order of the problems never changes the output', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<ProblemKind>(...PROBLEM_KINDS), { maxLength: 40 }), fc.nat(), (kinds, seed) => {
        const problems = kinds.map((k, i) => problem(k, i + 2));
        const shuffled = problems.map((p, i) => ({ p, key: (i * 7919 + seed) % 104_729 })).sort((a, b) => a.key - b.key).map((x) => x.p);
        const a = JSON.stringify(summaryJson('en', input({ problems })));
        const b = JSON.stringify(summaryJson('en', input({ problems: shuffled })));
        expect(b).toBe(a);
        const byKind = (JSON.parse(a) as { problems: { total: number; by_kind: Record<string, number> } }).problems;
        expect(byKind.total).toBe(kinds.length);
        expect(Object.values(byKind.by_kind).reduce((s, n) => s + n, 0)).toBe(kinds.length);
        expect(Object.keys(byKind.by_kind)).toEqual([...new Set(kinds)].sort());
      }),
    );
  });

  it('property: totals are the sums of the agency objects and coverage is null or within 0..1', () => {
    const rowsArb = fc.array(
      fc.record({ agency: fc.constantFrom('Dinas Kesehatan', 'dinas kesehatan', 'Dinas Pendidikan', 'Satpol PP', 'Bappeda'), status: fc.constantFrom<WorkerStatus>(...WORKER_STATUSES) }),
      { maxLength: 50 },
    );
    fc.assert(
      fc.property(rowsArb, fc.constantFrom<Lang>('id', 'en'), (rows, lang) => {
        const result: ReconcileResult = { decisions: rows.map((r, i) => decision(worker({ row: i + 2, agency: r.agency }), r.status)), bpjsOnly: [], notes: [] };
        const j = summaryJson(lang, input({ summary: summarize(result), workers: rows.length }));
        const totals = j['totals'] as Record<string, number | null>;
        const agencies = j['agencies'] as Record<string, number | string | null>[];
        for (const k of ['workers', 'registered', 'inactive', 'unregistered', 'review', 'duplicate']) {
          expect(agencies.reduce((s, a) => s + Number(a[k]), 0)).toBe(totals[k]);
        }
        expect(totals['workers']).toBe(rows.length);
        for (const c of [totals['coverage'], ...agencies.map((a) => a['coverage'])]) {
          if (c === null) continue;
          expect(typeof c).toBe('number');
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(1);
        }
        expect(JSON.parse(JSON.stringify(j))).toEqual(j);
      }),
    );
  });
});
