import { describe, expect, it } from 'vitest';
import { BUDGET_GROUPS, type BudgetGroup } from '../../../src/budget/budget-group.js';
import { parsePeriod } from '../../../src/budget/budget-period.js';
import type { BudgetSettings } from '../../../src/budget/budget-settings.js';
import { budgetFromDecisions, budgetFromRoster, computeBudget, TOTAL_AGENCY } from '../../../src/budget/compute-budget.js';
import { AGENCY_NAMED_TOTAL } from '../../../src/budget/agency-key.js';
import { DEFAULT_RATE_TABLE } from '../../../src/budget/default-rate-table.js';
import { UsageError } from '../../../src/errors.js';
import { decision, input, worker, JAN_2027, line, settings } from './budget-fixtures.js';


describe('DOMAIN.md worked examples', () => {
  it('§2.6: 1,000 honorer at Rp 2,169,348, class I, JKK + JKM, 12 months → Rp 140,568,000 (≈ Rp 140.6 jt)', () => {
    const workers = Array.from({ length: 1000 }, (_, i) => worker(i, 'DINAS PENDIDIKAN', 2_169_348));
    const r = budgetFromRoster(workers, settings(), DEFAULT_RATE_TABLE);
    const jkk = line(r, TOTAL_AGENCY, 'all_roster', 'jkk');
    const jkm = line(r, TOTAL_AGENCY, 'all_roster', 'jkm');
    expect(jkk).toMatchObject({ workers: 1000, monthlyEmployer: 5_206_000, monthlyWorker: 0, periodTotal: 62_472_000 });
    expect(jkm).toMatchObject({ workers: 1000, monthlyEmployer: 6_508_000, periodTotal: 78_096_000 });
    expect((jkk?.periodTotal ?? 0) + (jkm?.periodTotal ?? 0)).toBe(140_568_000);
  });

  it('§2.6 at 0.54 % as JKK class II alone: 11,714 a month per worker', () => {
    const r = computeBudget([input('DINAS A', null, 2_169_348)], settings({ programs: ['jkk'], riskClass: 'low', period: JAN_2027 }), DEFAULT_RATE_TABLE);
    expect(line(r, 'DINAS A', 'all_roster', 'jkk')).toMatchObject({ monthlyTotal: 11_714, periodTotal: 11_714, riskClass: 'low' });
    expect(line(r, TOTAL_AGENCY, 'all_roster', 'jkk')).toMatchObject({ monthlyTotal: 11_714, periodTotal: 11_714, riskClass: null });
  });

  it('Sulsel: 4,156 non-ASN at a fixed Rp 1,000,000 → Rp 5,400 each, Rp 22,442,400 a month', () => {
    const rows = Array.from({ length: 4156 }, (_, i) => input(`OPD ${i % 7}`, null, i % 3 === 0 ? null : 1_750_000 + i));
    const r = computeBudget(rows, settings({ period: JAN_2027, wageBase: { kind: 'fixed', rupiah: 1_000_000 } }), DEFAULT_RATE_TABLE, ['all_roster']);
    const jkk = line(r, TOTAL_AGENCY, 'all_roster', 'jkk');
    const jkm = line(r, TOTAL_AGENCY, 'all_roster', 'jkm');
    expect(jkk?.workers).toBe(4156);
    expect(jkk?.monthlyTotal).toBe(4156 * 2400);
    expect(jkm?.monthlyTotal).toBe(4156 * 3000);
    expect((jkk?.monthlyTotal ?? 0) + (jkm?.monthlyTotal ?? 0)).toBe(22_442_400);
    expect(r.notBudgeted).toEqual([]);
  });
});

describe('an agency named "Total" (a sheet or file standing in for a missing agency column)', () => {
  it('has lines of its own, apart from the total lines, and they add up once', () => {
    const r = computeBudget([input('Total', null, 1_000_000), input('DINAS A', null, 1_000_000)], settings({ programs: ['jkk'], period: JAN_2027 }), DEFAULT_RATE_TABLE, ['all_roster']);
    expect(r.lines.map((l) => l.agency)).toEqual(['DINAS A', AGENCY_NAMED_TOTAL, TOTAL_AGENCY]);
    expect(line(r, AGENCY_NAMED_TOTAL, 'all_roster', 'jkk')?.periodTotal).toBe(2400);
    expect(line(r, TOTAL_AGENCY, 'all_roster', 'jkk')?.periodTotal).toBe(4800);
  });
});

describe('wage-base policies', () => {
  const cases: { description: string; overrides: Partial<BudgetSettings>; rosterWage: number | null; expectedJkk: number | null }[] = [
    { description: 'roster wage', overrides: {}, rosterWage: 2_169_348, expectedJkk: 5206 },
    { description: 'floor raises a low wage to UMP', overrides: { wageBase: { kind: 'floor', rupiah: 2_169_348 } }, rosterWage: 1_500_000, expectedJkk: 5206 },
    { description: 'floor keeps a higher wage', overrides: { wageBase: { kind: 'floor', rupiah: 2_169_348 } }, rosterWage: 3_000_000, expectedJkk: 7200 },
    { description: 'fixed ignores the roster wage', overrides: { wageBase: { kind: 'fixed', rupiah: 1_000_000 } }, rosterWage: 3_000_000, expectedJkk: 2400 },
    { description: 'fixed budgets a row without a wage', overrides: { wageBase: { kind: 'fixed', rupiah: 1_000_000 } }, rosterWage: null, expectedJkk: 2400 },
    { description: 'default wage fills a missing wage', overrides: { defaultWage: 1_000_000 }, rosterWage: null, expectedJkk: 2400 },
    { description: 'default wage then floor', overrides: { defaultWage: 1_000_000, wageBase: { kind: 'floor', rupiah: 2_169_348 } }, rosterWage: null, expectedJkk: 5206 },
    { description: 'no wage, no default: not budgeted', overrides: {}, rosterWage: null, expectedJkk: null },
    { description: 'floor does not invent a missing wage', overrides: { wageBase: { kind: 'floor', rupiah: 2_169_348 } }, rosterWage: null, expectedJkk: null },
    { description: 'zero wage counts as missing', overrides: {}, rosterWage: 0, expectedJkk: null },
  ];
  it.each(cases)('$description', ({ overrides, rosterWage, expectedJkk }) => {
    const r = computeBudget([input('DINAS A', 'unregistered', rosterWage)], settings({ period: JAN_2027, ...overrides }), DEFAULT_RATE_TABLE);
    const agencyLine = line(r, 'DINAS A', 'unregistered', 'jkk');
    if (expectedJkk === null) {
      expect(agencyLine).toBeUndefined();
      expect(r.notBudgeted).toHaveLength(1);
      expect(line(r, TOTAL_AGENCY, 'unregistered', 'jkk')).toMatchObject({ workers: 0, periodTotal: 0 });
    } else {
      expect(agencyLine).toMatchObject({ workers: 1, monthlyEmployer: expectedJkk, periodTotal: expectedJkk });
      expect(r.notBudgeted).toEqual([]);
    }
  });

  it('lists rows not budgeted with provenance, status, groups and reason, once each', () => {
    const rows = [input('Dinas A', 'unregistered', null), input('Dinas A', 'registered', 2_000_000), input('Dinas B', 'review', -5)];
    const r = computeBudget(rows, settings(), DEFAULT_RATE_TABLE);
    expect(r.notBudgeted).toEqual([
      { at: rows[0]?.at, agency: 'DINAS A', status: 'unregistered', groups: ['unregistered', 'all_roster'], reason: { code: 'budget.not_budgeted.no_wage' } },
      { at: rows[2]?.at, agency: 'DINAS B', status: 'review', groups: ['review', 'all_roster'], reason: { code: 'budget.not_budgeted.bad_wage', params: { wage: -5 } } },
    ]);
    expect(r.notes).toContainEqual({ code: 'budget.note.not_budgeted', params: { count: 2 } });
    expect(line(r, TOTAL_AGENCY, 'all_roster', 'jkk')?.workers).toBe(1);
  });
});

// Exploratory round 4, C06: a worker matched to a dead participant had been budgeted "to reactivate".
describe('a worker BPJS records as deceased', () => {
  it('is left out of the cost to reactivate, kept in all_roster, and said in a note', () => {
    const rows = [{ ...input('DINAS A', 'inactive', 2_000_000), deceased: true }, input('DINAS A', 'inactive', 2_000_000)];
    const r = computeBudget(rows, settings({ period: JAN_2027 }), DEFAULT_RATE_TABLE);
    expect(line(r, TOTAL_AGENCY, 'inactive', 'jkk')?.workers).toBe(1);
    expect(line(r, TOTAL_AGENCY, 'all_roster', 'jkk')?.workers).toBe(2);
    expect(r.notes).toContainEqual({ code: 'budget.note.deceased_not_reactivated', params: { count: 1 } });
  });

  it('says nothing when there is none', () => {
    const r = computeBudget([input('DINAS A', 'inactive', 2_000_000)], settings({ period: JAN_2027 }), DEFAULT_RATE_TABLE);
    expect(r.notes.map((n) => n.code)).not.toContain('budget.note.deceased_not_reactivated');
  });
});

describe('groups', () => {
  const rows = [
    input('DINAS A', 'registered', 2_000_000, 2_000_000),
    input('DINAS A', 'inactive', 2_000_000, 2_000_000),
    input('DINAS A', 'unregistered', 2_000_000),
    input('DINAS A', 'review', 2_000_000),
    input('DINAS A', 'duplicate', 2_000_000),
    input('DINAS A', 'duplicate', 2_000_000),
  ];
  const r = computeBudget(rows, settings({ programs: ['jkm'], period: JAN_2027 }), DEFAULT_RATE_TABLE);
  const cases: { group: BudgetGroup; workers: number }[] = [
    { group: 'unregistered', workers: 1 },
    { group: 'inactive', workers: 1 },
    { group: 'review', workers: 1 },
    { group: 'all_roster', workers: 4 },
    { group: 'underreported_gap', workers: 0 },
  ];
  it.each(cases)('$group has $workers workers (duplicates excluded)', ({ group, workers }) => {
    expect(line(r, TOTAL_AGENCY, group, 'jkm')).toMatchObject({ workers, periodTotal: workers * 6000 });
  });
  it('says how many duplicates were left out', () => {
    expect(r.notes).toContainEqual({ code: 'budget.note.duplicates_excluded', params: { count: 2 } });
  });
  it('emits agency lines only for groups the agency has workers in, TOTAL lines for every group', () => {
    expect(r.lines.filter((l) => l.agency === 'DINAS A').map((l) => l.group)).toEqual(['unregistered', 'inactive', 'review', 'all_roster']);
    expect(r.lines.filter((l) => l.agency === TOTAL_AGENCY).map((l) => l.group)).toEqual([...BUDGET_GROUPS]);
  });
});

describe('underreported gap', () => {
  it('is premium(roster wage) − premium(BPJS wage), per worker, only when BPJS has the lower wage', () => {
    const rows = [
      input('DINAS A', 'registered', 2_169_348, 1_000_000), // gap: JKK 5206 − 2400, JKM 6508 − 3000
      input('DINAS A', 'registered', 2_000_000, 2_500_000), // BPJS higher: no gap
      input('DINAS A', 'registered', 2_000_000, null), // BPJS wage unknown: no gap
      input('DINAS A', 'inactive', 2_000_000, 1_000_000), // not registered: budgeted in full under inactive instead
    ];
    const r = computeBudget(rows, settings(), DEFAULT_RATE_TABLE);
    expect(line(r, 'DINAS A', 'underreported_gap', 'jkk')).toMatchObject({ workers: 1, monthlyEmployer: 2806, monthlyWorker: 0, periodTotal: 2806 * 12 });
    expect(line(r, 'DINAS A', 'underreported_gap', 'jkm')).toMatchObject({ workers: 1, monthlyEmployer: 3508, periodTotal: 3508 * 12 });
  });

  it('includes worker shares for JHT and respects the JP cap on both sides', () => {
    const rows = [input('DINAS A', 'registered', 15_000_000, 12_000_000)];
    const r = computeBudget(rows, settings({ programs: ['jht', 'jp'], period: ['2027-01'] }), DEFAULT_RATE_TABLE);
    // JHT: 3.7 % and 2 % of the 3,000,000 difference; JP: both wages above the cap → no difference.
    expect(line(r, 'DINAS A', 'underreported_gap', 'jht')).toMatchObject({ monthlyEmployer: 111_000, monthlyWorker: 60_000, periodTotal: 171_000 });
    expect(line(r, 'DINAS A', 'underreported_gap', 'jp')).toMatchObject({ workers: 1, monthlyTotal: 0, periodTotal: 0 });
  });

  it('is not computed for a wage base made up from the default wage', () => {
    const r = computeBudget([input('DINAS A', 'registered', null, 500_000)], settings({ defaultWage: 2_000_000 }), DEFAULT_RATE_TABLE);
    expect(line(r, 'DINAS A', 'underreported_gap', 'jkk')).toBeUndefined();
    expect(line(r, 'DINAS A', 'all_roster', 'jkk')?.workers).toBe(1);
  });

  it('compares with the policy wage base (floor)', () => {
    const r = computeBudget([input('DINAS A', 'registered', 1_500_000, 1_000_000)], settings({ period: JAN_2027, wageBase: { kind: 'floor', rupiah: 2_169_348 } }), DEFAULT_RATE_TABLE);
    expect(line(r, 'DINAS A', 'underreported_gap', 'jkk')?.monthlyEmployer).toBe(5206 - 2400);
  });
});

describe('per-agency risk class', () => {
  const rows = [input('Dinas Lingkungan  Hidup', 'unregistered', 2_000_000), input('DINAS PENDIDIKAN', 'unregistered', 2_000_000)];
  const r = computeBudget(rows, settings({ period: JAN_2027, agencyRiskClasses: { 'dinas lingkungan hidup': 'high' } }), DEFAULT_RATE_TABLE);
  it('applies the override to its agency only (names matched ignoring case and spacing)', () => {
    expect(line(r, 'DINAS LINGKUNGAN HIDUP', 'unregistered', 'jkk')).toMatchObject({ riskClass: 'high', monthlyEmployer: 25_400 });
    expect(line(r, 'DINAS PENDIDIKAN', 'unregistered', 'jkk')).toMatchObject({ riskClass: 'very_low', monthlyEmployer: 4_800 });
  });
  it('leaves JKM alone and marks a mixed TOTAL with no class', () => {
    expect(line(r, 'DINAS LINGKUNGAN HIDUP', 'unregistered', 'jkm')).toMatchObject({ riskClass: null, monthlyEmployer: 6_000 });
    expect(line(r, TOTAL_AGENCY, 'unregistered', 'jkk')).toMatchObject({ riskClass: null, monthlyEmployer: 30_200 });
  });
  it('says so when a risk class names an agency no budgeted row has (it would change nothing in silence)', () => {
    expect(r.notes.filter((n) => n.code === 'budget.note.risk_agency_unused')).toEqual([]);
    const typo = computeBudget(rows, settings({ period: JAN_2027, agencyRiskClasses: { 'Dinas Damkar': 'very_high', 'dinas lingkungan hidup': 'high' } }), DEFAULT_RATE_TABLE);
    expect(typo.notes.filter((n) => n.code === 'budget.note.risk_agency_unused')).toEqual([{ code: 'budget.note.risk_agency_unused', params: { agency: 'Dinas Damkar' } }]);
  });
  it('cites the regulation of every class used', () => {
    expect(r.basis.regulations).toContainEqual({ code: 'budget.reg.pp44_2015_art16_1', params: { letter: 'a' } });
    expect(r.basis.regulations).toContainEqual({ code: 'budget.reg.pp44_2015_art16_1', params: { letter: 'd' } });
    expect(r.basis.regulations).toContainEqual({ code: 'budget.reg.pp44_2015_art18_1' });
  });
});

describe('JP cap changing inside the period', () => {
  it('Jan–Jun 2026 at Rp 12,000,000: Jan–Feb at 10,547,400, Mar–Jun at 11,086,300', () => {
    const r = computeBudget([input('DINAS A', null, 12_000_000)], settings({ programs: ['jp'], period: parsePeriod('2026-01..2026-06') ?? [] }), DEFAULT_RATE_TABLE, ['all_roster']);
    expect(line(r, TOTAL_AGENCY, 'all_roster', 'jp')).toEqual({
      agency: TOTAL_AGENCY,
      group: 'all_roster',
      program: 'jp',
      riskClass: null,
      workers: 1,
      monthlyEmployer: 210_948,
      monthlyWorker: 105_474,
      monthlyTotal: 316_422,
      periodEmployer: 2 * 210_948 + 4 * 221_726,
      periodWorker: 2 * 105_474 + 4 * 110_863,
      periodTotal: 1_963_200,
    });
    expect(r.basis.regulations).toContainEqual({ code: 'budget.reg.bpjs_circular', params: { number: 'B/726/022025' } });
    expect(r.basis.regulations).toContainEqual({ code: 'budget.reg.bpjs_circular', params: { number: 'B/1226/022026' } });
    expect(r.basis.monthly).toEqual({ code: 'budget.monthly_rule', params: { month: '2026-01' } });
    expect(r.notes).toEqual([]);
  });
  it('says when the cap of a budgeted month is not known yet', () => {
    const r = computeBudget([input('DINAS A', null, 12_000_000)], settings({ programs: ['jp'] }), DEFAULT_RATE_TABLE, ['all_roster']);
    expect(r.notes).toContainEqual({ code: 'budget.note.jp_cap_assumed', params: { month: '2027-03', cap_rupiah: 11_086_300, from: '2026-03' } });
    expect(line(r, TOTAL_AGENCY, 'all_roster', 'jp')?.periodTotal).toBe(12 * 332_589);
  });
});

describe('BPU scheme', () => {
  it('15,000 pekerja rentan at the minimum package: Rp 16,800 × 15,000 × 12 = Rp 3,024,000,000 (PPU, DOMAIN §2.3)', () => {
    const rows = Array.from({ length: 15_000 }, () => input('PEKERJA RENTAN', null, 0));
    const r = computeBudget(rows, settings({ scheme: 'bpu', wageBase: { kind: 'fixed', rupiah: 1_000_000 } }), DEFAULT_RATE_TABLE, ['all_roster']);
    const jkk = line(r, TOTAL_AGENCY, 'all_roster', 'jkk');
    const jkm = line(r, TOTAL_AGENCY, 'all_roster', 'jkm');
    expect(jkk).toMatchObject({ riskClass: null, monthlyEmployer: 150_000_000, monthlyWorker: 0 });
    expect((jkk?.periodTotal ?? 0) + (jkm?.periodTotal ?? 0)).toBe(3_024_000_000);
    expect(r.basis.regulations).toEqual([{ code: 'budget.reg.permenaker_1_2016' }]);
  });
});

describe('order and totals', () => {
  const rows = [
    input('Ünit Kerja', 'unregistered', 1_000_000),
    input('dinas b', 'unregistered', 2_000_000),
    input('DINAS A', 'inactive', 3_000_000, 3_000_000),
    input('Dinas B', 'registered', 2_500_000, 1_000_000),
    input('BADAN X', 'review', 4_000_000),
  ];
  const r = computeBudget(rows, settings({ programs: ['jp', 'jkk', 'jht', 'jkm'] }), DEFAULT_RATE_TABLE);

  it('sorts agencies by code point of the uppercase name, then TOTAL; groups and programs in fixed order', () => {
    const agencies = [...new Set(r.lines.map((l) => l.agency))];
    expect(agencies).toEqual(['BADAN X', 'DINAS A', 'DINAS B', 'ÜNIT KERJA', TOTAL_AGENCY]);
    expect(r.lines.filter((l) => l.agency === 'DINAS B').map((l) => `${l.group}/${l.program}`)).toEqual([
      'unregistered/jkk', 'unregistered/jkm', 'unregistered/jht', 'unregistered/jp',
      'all_roster/jkk', 'all_roster/jkm', 'all_roster/jht', 'all_roster/jp',
      'underreported_gap/jkk', 'underreported_gap/jkm', 'underreported_gap/jht', 'underreported_gap/jp',
    ]);
  });

  it('TOTAL rows equal the sum of agency rows', () => {
    for (const group of BUDGET_GROUPS) {
      for (const program of ['jkk', 'jkm', 'jht', 'jp'] as const) {
        const parts = r.lines.filter((l) => l.agency !== TOTAL_AGENCY && l.group === group && l.program === program);
        const total = line(r, TOTAL_AGENCY, group, program);
        for (const field of ['workers', 'monthlyEmployer', 'monthlyWorker', 'monthlyTotal', 'periodEmployer', 'periodWorker', 'periodTotal'] as const) {
          expect(total?.[field], `${group}/${program}/${field}`).toBe(parts.reduce((s, l) => s + l[field], 0));
        }
      }
    }
  });

  it('is deterministic and independent of input order', () => {
    const again = computeBudget([...rows].reverse(), settings({ programs: ['jp', 'jkk', 'jht', 'jkm'] }), DEFAULT_RATE_TABLE);
    expect(again.lines).toEqual(r.lines);
  });

  it('reads its rows once, in order, from any iterable (inputs are made as they are read)', () => {
    const read: string[] = [];
    function* oneByOne() {
      for (const row of rows) {
        read.push(row.agency);
        yield row;
      }
    }
    const streamed = computeBudget(oneByOne(), settings({ programs: ['jp', 'jkk', 'jht', 'jkm'] }), DEFAULT_RATE_TABLE);
    expect(streamed).toEqual(r);
    expect(read).toEqual(rows.map((row) => row.agency));
  });

  it('echoes the basis of the figures', () => {
    expect(r.basis).toMatchObject({
      rateTableVersion: DEFAULT_RATE_TABLE.version,
      groups: [...BUDGET_GROUPS],
      rounding: { code: 'budget.rounding_rule' },
    });
    expect(r.basis.settings.programs).toEqual(['jp', 'jkk', 'jht', 'jkm']);
  });
});

describe('adapters', () => {
  it('budgets matcher decisions with every group', () => {
    const decisions = [
      decision(worker(0, 'DINAS A', 2_169_348, '3273011203850001'), 'registered', 1_000_000),
      decision(worker(1, 'DINAS A', 2_000_000, '3273015507900002'), 'unregistered'),
      decision(worker(2, 'DINAS A', 2_000_000, '3273015507900002'), 'duplicate'),
    ];
    const r = budgetFromDecisions(decisions, settings({ period: JAN_2027 }), DEFAULT_RATE_TABLE);
    expect(r.basis.groups).toEqual([...BUDGET_GROUPS]);
    expect(line(r, 'DINAS A', 'all_roster', 'jkk')?.workers).toBe(2);
    expect(line(r, 'DINAS A', 'underreported_gap', 'jkk')?.monthlyEmployer).toBe(2806);
  });

  it('budgets rosters alone as all_roster only, counting a repeated NIK once', () => {
    const workers = [
      worker(0, 'DINAS A', 2_000_000, '3671014203910001'),
      worker(1, 'DINAS B', 2_000_000, '3671014203910001'),
      worker(2, 'DINAS B', 2_000_000),
      worker(3, 'DINAS B', 2_000_000),
    ];
    const r = budgetFromRoster(workers, settings({ period: JAN_2027 }), DEFAULT_RATE_TABLE);
    expect(r.basis.groups).toEqual(['all_roster']);
    expect(new Set(r.lines.map((l) => l.group))).toEqual(new Set(['all_roster']));
    expect(line(r, TOTAL_AGENCY, 'all_roster', 'jkk')?.workers).toBe(3);
    expect(line(r, 'DINAS B', 'all_roster', 'jkk')?.workers).toBe(2);
  });

  it('with no rows still gives TOTAL lines of zero', () => {
    const r = budgetFromRoster([], settings(), DEFAULT_RATE_TABLE);
    expect(r.lines).toHaveLength(2);
    expect(r.lines.every((l) => l.agency === TOTAL_AGENCY && l.periodTotal === 0 && l.workers === 0)).toBe(true);
    expect(r.basis.regulations.length).toBeGreaterThan(0);
  });
});

describe('invalid settings', () => {
  it('throw a UsageError carrying the first problem', () => {
    expect(() => computeBudget([], settings({ period: [] }), DEFAULT_RATE_TABLE)).toThrow(UsageError);
    try {
      computeBudget([], settings({ scheme: 'bpu', programs: ['jkk', 'jp'] }), DEFAULT_RATE_TABLE);
      expect.unreachable();
    } catch (e) {
      expect((e as UsageError).detail).toEqual({ code: 'budget.invalid.program_not_in_scheme', params: { program: 'jp', scheme: 'bpu' } });
    }
  });
});
