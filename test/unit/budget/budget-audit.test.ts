/**
 * Mutation audit of compute-budget.ts, monthly-premium.ts and wage-base-policy.ts: each test here kills a
 * source mutation that the existing tests let through (boundaries, dropped branches, vocabulary).
 */
import { describe, expect, it } from 'vitest';
import { computeBudget, TOTAL_AGENCY } from '../../../src/budget/compute-budget.js';
import { DEFAULT_RATE_TABLE } from '../../../src/budget/default-rate-table.js';
import { exactPercent } from '../../../src/budget/exact-rate.js';
import { appliedRateAt, premiumForMonth } from '../../../src/budget/monthly-premium.js';
import type { RateTable } from '../../../src/budget/rate-table.js';
import { isUsableWage, parseRupiahAmount, parseWageBasePolicy, resolveWageBase } from '../../../src/budget/wage-base-policy.js';
import { msg } from '../../../src/i18n/message.js';
import { input, JAN_2027, line, settings } from './budget-fixtures.js';


describe('computeBudget: underreported gap boundaries', () => {
  it('a BPJS wage equal to the wage base is not under-reported (no gap line, no gap worker)', () => {
    const r = computeBudget([input('DINAS A', 'registered', 2_000_000, 2_000_000)], settings({ period: JAN_2027 }), DEFAULT_RATE_TABLE);
    expect(line(r, 'DINAS A', 'underreported_gap', 'jkk')).toBeUndefined();
    expect(line(r, TOTAL_AGENCY, 'underreported_gap', 'jkk')).toMatchObject({ workers: 0, periodTotal: 0 });
  });

  it('is computed when the gap is the only group budgeted', () => {
    const r = computeBudget([input('DINAS A', 'registered', 2_169_348, 1_000_000)], settings({ period: JAN_2027 }), DEFAULT_RATE_TABLE, ['underreported_gap']);
    expect(r.lines.map((l) => `${l.agency}/${l.group}/${l.program}`)).toEqual([
      'DINAS A/underreported_gap/jkk',
      'DINAS A/underreported_gap/jkm',
      `${TOTAL_AGENCY}/underreported_gap/jkk`,
      `${TOTAL_AGENCY}/underreported_gap/jkm`,
    ]);
    expect(line(r, 'DINAS A', 'underreported_gap', 'jkk')).toMatchObject({ workers: 1, monthlyEmployer: 5206 - 2400, periodTotal: 5206 - 2400 });
  });

  it('does not list a registered row as "not budgeted" when the gap is not in the groups budgeted', () => {
    const r = computeBudget([input('DINAS A', 'registered', null, 1_000_000)], settings({ period: JAN_2027 }), DEFAULT_RATE_TABLE, ['unregistered']);
    expect(r.notBudgeted).toEqual([]);
    expect(r.notes).toEqual([]);
  });
});

describe('computeBudget: groups argument', () => {
  it('budgets the groups in their fixed order, whatever order they are asked in, and each once', () => {
    const rows = [input('DINAS A', 'unregistered', 1_000_000)];
    const r = computeBudget(rows, settings({ programs: ['jkk'], period: JAN_2027 }), DEFAULT_RATE_TABLE, ['all_roster', 'unregistered', 'all_roster']);
    expect(r.basis.groups).toEqual(['unregistered', 'all_roster']);
    expect(r.lines.map((l) => `${l.agency}/${l.group}`)).toEqual([
      'DINAS A/unregistered',
      'DINAS A/all_roster',
      `${TOTAL_AGENCY}/unregistered`,
      `${TOTAL_AGENCY}/all_roster`,
    ]);
    expect(line(r, TOTAL_AGENCY, 'all_roster', 'jkk')).toMatchObject({ workers: 1, periodTotal: 2400 });
  });
});

describe('computeBudget: risk class on TOTAL lines and in the basis', () => {
  it('an empty budget\'s TOTAL JKK line carries no class: no agency line used one', () => {
    const r = computeBudget([], settings({ riskClass: 'high', period: JAN_2027 }), DEFAULT_RATE_TABLE, ['all_roster']);
    expect(line(r, TOTAL_AGENCY, 'all_roster', 'jkk')).toMatchObject({ riskClass: null, workers: 0 });
    expect(line(r, TOTAL_AGENCY, 'all_roster', 'jkm')?.riskClass).toBeNull();
  });

  it('no TOTAL line carries a class, empty or not, even when one agency makes up the group', () => {
    const r = computeBudget([input('SATPOL PP', 'unregistered', 2_000_000)], settings({ period: JAN_2027, agencyRiskClasses: { 'SATPOL PP': 'medium' } }), DEFAULT_RATE_TABLE, ['unregistered', 'review', 'all_roster']);
    expect(line(r, 'SATPOL PP', 'unregistered', 'jkk')?.riskClass).toBe('medium');
    expect(line(r, TOTAL_AGENCY, 'review', 'jkk')).toMatchObject({ riskClass: null, workers: 0 });
    expect(line(r, TOTAL_AGENCY, 'unregistered', 'jkk')).toMatchObject({ riskClass: null, workers: 1 });
    expect(line(r, TOTAL_AGENCY, 'all_roster', 'jkk')).toMatchObject({ riskClass: null, workers: 1 });
  });

  it('no TOTAL line carries the default class either, when every agency uses it', () => {
    const r = computeBudget([input('DINAS A', 'unregistered', 2_000_000), input('DINAS B', 'inactive', 2_000_000)], settings({ period: JAN_2027 }), DEFAULT_RATE_TABLE);
    expect(line(r, 'DINAS A', 'unregistered', 'jkk')?.riskClass).toBe('very_low');
    expect(r.lines.filter((l) => l.agency === TOTAL_AGENCY).map((l) => l.riskClass)).toEqual(r.lines.filter((l) => l.agency === TOTAL_AGENCY).map(() => null));
  });

  it('cites the default class even when every row has an agency override', () => {
    const r = computeBudget([input('DLH', null, 2_000_000)], settings({ period: JAN_2027, agencyRiskClasses: { DLH: 'high' } }), DEFAULT_RATE_TABLE, ['all_roster']);
    expect(line(r, 'DLH', 'all_roster', 'jkk')).toMatchObject({ riskClass: 'high', monthlyEmployer: 25_400 });
    expect(r.basis.regulations).toEqual([
      msg('budget.reg.pp44_2015_art16_1', { letter: 'a' }),
      msg('budget.reg.pp44_2015_art16_1', { letter: 'd' }),
      msg('budget.reg.pp44_2015_art18_1'),
    ]);
  });
});

describe('computeBudget: notes', () => {
  it('counts a single row not budgeted', () => {
    const r = computeBudget([input('DINAS A', null, null)], settings({ period: JAN_2027 }), DEFAULT_RATE_TABLE, ['all_roster']);
    expect(r.notes).toEqual([msg('budget.note.not_budgeted', { count: 1 })]);
  });
});

/** The default table with some schedules replaced, to reach branches the real rates never take. */
function tableWith(pu: Partial<RateTable['pu']>, bpu: Partial<RateTable['bpu']>): RateTable {
  return { ...DEFAULT_RATE_TABLE, pu: { ...DEFAULT_RATE_TABLE.pu, ...pu }, bpu: { ...DEFAULT_RATE_TABLE.bpu, ...bpu } };
}

const CITED = msg('budget.reg.bpjs_circular', { number: 'TEST/1' });

describe('appliedRateAt', () => {
  it('PU JP cites the contribution and the cap in force', () => {
    expect(appliedRateAt('jp', 'pu', 'very_low', '2026-03', DEFAULT_RATE_TABLE)?.regulations).toEqual([
      msg('budget.reg.pp45_2015_art28_3'),
      msg('budget.reg.bpjs_circular', { number: 'B/1226/022026' }),
    ]);
  });

  it('BPU cites the contribution and the minimum declared income', () => {
    const rates = tableWith({}, { minimumDeclaredIncome: [{ from: '2016-01', value: 1_000_000, regulation: CITED }] });
    expect(appliedRateAt('jkk', 'bpu', 'very_low', '2027-01', rates)?.regulations).toEqual([msg('budget.reg.permenaker_1_2016'), CITED]);
  });

  it('is null for a BPU month before the minimum declared income is known', () => {
    const rates = tableWith({}, { minimumDeclaredIncome: [{ from: '2017-01', value: 1_000_000, regulation: CITED }] });
    expect(appliedRateAt('jkk', 'bpu', 'very_low', '2016-06', rates)).toBeNull();
    expect(appliedRateAt('jkk', 'bpu', 'very_low', '2017-01', rates)?.wageMinimum).toBe(1_000_000);
  });

  it('is null for a PU JP month before the wage cap is known (JP is never priced uncapped)', () => {
    const rates = tableWith({ jpWageCap: [{ from: '2016-01', value: 7_000_000, regulation: CITED }] }, {});
    expect(appliedRateAt('jp', 'pu', 'very_low', '2015-12', rates)).toBeNull();
    expect(appliedRateAt('jp', 'pu', 'very_low', '2016-01', rates)?.wageCap).toBe(7_000_000);
  });
});

describe('premiumForMonth', () => {
  it('a flat contribution keeps both shares as given', () => {
    const rate = { contribution: { kind: 'flat' as const, employer: 6_800, worker: 1_200 }, wageCap: null, wageMinimum: null, regulations: [] };
    expect(premiumForMonth(rate, 5_000_000)).toEqual({ employer: 6_800, worker: 1_200 });
  });

  it('a zero share is zero and the other share still rounds half up', () => {
    const rate = { contribution: { kind: 'percent_of_wage' as const, employer: exactPercent('0.24'), worker: exactPercent('0') }, wageCap: null, wageMinimum: null, regulations: [] };
    expect(premiumForMonth(rate, 625)).toEqual({ employer: 2, worker: 0 });
  });
});

describe('resolveWageBase', () => {
  it('a roster wage exactly at the floor is the roster wage, not raised', () => {
    expect(resolveWageBase({ kind: 'floor', rupiah: 2_000_000 }, 2_000_000, null)).toEqual({ kind: 'base', rupiah: 2_000_000, source: 'roster' });
  });

  it('a zero default wage is no default: the row is not budgeted at zero', () => {
    expect(resolveWageBase({ kind: 'roster' }, null, 0)).toEqual({ kind: 'none', reason: msg('budget.not_budgeted.no_wage') });
    expect(resolveWageBase({ kind: 'roster' }, -1, 1.5)).toEqual({ kind: 'none', reason: msg('budget.not_budgeted.bad_wage', { wage: -1 }) });
  });

  it('isUsableWage accepts Rp 1 and rejects unsafe integers', () => {
    expect(isUsableWage(1)).toBe(true);
    expect(isUsableWage(2 ** 53)).toBe(false);
  });
});

describe('parseWageBasePolicy / parseRupiahAmount', () => {
  it('tolerates surrounding spaces and spaces around the separator', () => {
    expect(parseWageBasePolicy('  fixed:1000000  ')).toEqual({ kind: 'fixed', rupiah: 1_000_000 });
    expect(parseWageBasePolicy(' roster ')).toEqual({ kind: 'roster' });
    expect(parseWageBasePolicy('floor = 2.169.348')).toEqual({ kind: 'floor', rupiah: 2_169_348 });
  });

  it('reads "Rp." and surrounding spaces', () => {
    expect(parseRupiahAmount('Rp. 1.000.000')).toBe(1_000_000);
    expect(parseRupiahAmount('  Rp 1.000.000 ')).toBe(1_000_000);
  });

  it('rejects misplaced separators and amounts that are not safe integers', () => {
    expect(parseRupiahAmount('1000.000')).toBeNull();
    expect(parseRupiahAmount('1.000.0000')).toBeNull();
    expect(parseRupiahAmount('99999999999999999')).toBeNull();
  });

  it('refuses mixed separators (a decimal in one convention, a typo in the other) and keeps either one alone', () => {
    expect(parseRupiahAmount('1.000,000')).toBeNull();
    expect(parseRupiahAmount('1,000.000')).toBeNull();
    expect(parseRupiahAmount('2.169,348')).toBeNull();
    expect(parseRupiahAmount('1,000,000')).toBe(1_000_000);
    expect(parseRupiahAmount('1.000.000')).toBe(1_000_000);
  });
});
