// Why this file exists: a mutation audit of the budget's set-up modules (periods and months, settings
// validation, risk classes, agency keys, groups, the shipped rate table and its citations) found behaviour
// that no test pinned. Each test kills a source mutation the older tests let through; expected values come
// from the doc comments and /work/shared/DOMAIN.md §2.1–2.5, not from what the code prints today.
import { describe, expect, it } from 'vitest';
import { AGENCY_NAMED_TOTAL, agencyKey, compareCodePoints } from '../../../src/budget/agency-key.js';
import { BUDGET_GROUPS, groupsForStatus, ROSTER_ONLY_GROUPS } from '../../../src/budget/budget-group.js';
import { parsePeriod, MAX_PERIOD_MONTHS } from '../../../src/budget/budget-period.js';
import { defaultBudgetSettings, validateBudgetSettings, type BudgetSettings } from '../../../src/budget/budget-settings.js';
import type { BudgetScheme } from '../../../src/budget/budget-scheme.js';
import { DEFAULT_RATE_TABLE } from '../../../src/budget/default-rate-table.js';
import { entryAt, type RateTable } from '../../../src/budget/rate-table.js';
import { parseRiskClass, RISK_CLASSES, type RiskClass } from '../../../src/budget/risk-class.js';
import { nextYearMonth, parseYearMonth } from '../../../src/budget/year-month.js';
import { msg, type Message } from '../../../src/i18n/message.js';
import { translate } from '../../../src/i18n/translate.js';
import { WORKER_STATUSES } from '../../../src/match/match-decision.js';

const YEAR = parsePeriod('2027') ?? [];

/** The problems of the default settings over 2027 with `overrides`, against `rates` (the shipped table by default). */
function problems(overrides: Partial<BudgetSettings>, rates: RateTable = DEFAULT_RATE_TABLE): Message[] {
  return validateBudgetSettings({ ...defaultBudgetSettings(YEAR), ...overrides }, rates);
}

/** `n` consecutive months from `first`. */
function months(first: string, n: number): string[] {
  const out = [first];
  while (out.length < n) out.push(nextYearMonth(out[out.length - 1] ?? ''));
  return out;
}

describe('year-month: the range and shape parseYearMonth promises', () => {
  it('takes years 1900–2999 only: 3000-01 is a typo, not a budget month', () => {
    expect(parseYearMonth('2999-12')).toBe('2999-12');
    expect(parseYearMonth('3000-01')).toBeNull();
    expect(parseYearMonth('9999-01')).toBeNull();
  });

  it('needs the dash: "202701" is not YYYY-MM', () => {
    expect(parseYearMonth('202701')).toBeNull();
  });

  it('a December steps into January of the next year', () => {
    expect(nextYearMonth('2027-12')).toBe('2028-01');
    expect(nextYearMonth('2027-09')).toBe('2027-10');
  });
});

describe('parsePeriod: edges a user types', () => {
  it('a period of exactly MAX_PERIOD_MONTHS (ten years) is taken; one month more is not', () => {
    expect(MAX_PERIOD_MONTHS).toBe(120);
    const ten = parsePeriod('2027-01..2036-12');
    expect(ten).toHaveLength(120);
    expect(ten?.[119]).toBe('2036-12');
    expect(parsePeriod('2027-01..2037-01')).toBeNull();
  });

  it('a year with spaces around it is still that year', () => {
    expect(parsePeriod(' 2027 ')).toEqual(YEAR);
  });

  it('spaces around ".." are allowed, as the whole value is trimmed', () => {
    expect(parsePeriod('2027-01 .. 2027-03')).toEqual(['2027-01', '2027-02', '2027-03']);
  });
});

describe('validateBudgetSettings: problems the CLI cannot catch for an API caller', () => {
  it('an unknown scheme is refused, naming it', () => {
    expect(problems({ scheme: 'jkn' as BudgetScheme })).toEqual([msg('budget.invalid.scheme', { scheme: 'jkn' })]);
  });

  it('one agency written twice with the same class is not a conflict', () => {
    expect(problems({ agencyRiskClasses: { 'Dinas LH': 'high', 'DINAS  LH': 'high' } })).toEqual([]);
  });

  it('an unknown class for an agency is said once, not also as a conflict with its other spelling', () => {
    expect(problems({ agencyRiskClasses: { DLH: 'x' as RiskClass, dlh: 'high' } })).toEqual([msg('budget.invalid.agency_risk_class', { agency: 'DLH', value: 'x' })]);
  });

  it('a period of 120 months is valid; 121 months is too long, with both numbers', () => {
    expect(problems({ period: months('2027-01', 120) })).toEqual([]);
    expect(problems({ period: months('2027-01', 121) })).toEqual([msg('budget.invalid.period_too_long', { months: 121, max: 120 })]);
  });

  it('a month must be written exactly YYYY-MM (" 2027-01" would be priced and shown as is)', () => {
    expect(problems({ period: [' 2027-01'] })).toEqual([msg('budget.invalid.month', { month: ' 2027-01' })]);
  });

  it('rates are checked from the first month: a period starting before July 2015 is refused even if it runs past it', () => {
    const codes = problems({ period: ['2015-06', '2015-07', '2015-08'] });
    expect(codes).toEqual([msg('budget.invalid.no_rate', { program: 'jkk', month: '2015-06' }), msg('budget.invalid.no_rate', { program: 'jkm', month: '2015-06' })]);
  });

  it('a program without a rate is said once, however many agency classes lack it', () => {
    const p = problems({ period: ['2015-06'], programs: ['jkk'], agencyRiskClasses: { DLH: 'high', DAMKAR: 'very_high' } });
    expect(p).toEqual([msg('budget.invalid.no_rate', { program: 'jkk', month: '2015-06' })]);
  });

  it('an unknown risk class is the only problem said: the rate look-up is not tried with it', () => {
    expect(problems({ riskClass: 'extreme' as RiskClass, period: ['2015-06'] })).toEqual([msg('budget.invalid.risk_class', { value: 'extreme' })]);
  });

  it('the rates of every agency class are checked, not only the default class', () => {
    // A table whose class IV JKK starts later than the others (the shipped table starts all in July 2015).
    const late: RateTable = {
      ...DEFAULT_RATE_TABLE,
      pu: { ...DEFAULT_RATE_TABLE.pu, jkk: { ...DEFAULT_RATE_TABLE.pu.jkk, high: [{ ...DEFAULT_RATE_TABLE.pu.jkk.high[0]!, from: '2030-01' }] } },
    };
    expect(problems({ agencyRiskClasses: { 'Satpol PP': 'high' } }, late)).toEqual([msg('budget.invalid.no_rate', { program: 'jkk', month: '2027-01' })]);
    expect(problems({}, late)).toEqual([]);
  });
});

describe('parseRiskClass: the prefixes its doc comment lists', () => {
  it.each([
    ['Tingkat 3', 'medium'],
    ['tingkat V', 'very_high'],
    ['Kelas I', 'very_low'],
    ['class_2', 'low'],
  ] as const)('"%s" → %s', (input, expected) => {
    expect(parseRiskClass(input)).toBe(expected);
  });
});

describe('agencyKey and compareCodePoints', () => {
  it('changes only spaces and case: punctuation in an agency name is kept', () => {
    expect(agencyKey('Dinas P.U.  dan Tata-Ruang')).toBe('DINAS P.U. DAN TATA-RUANG');
    expect(agencyKey('total')).toBe(AGENCY_NAMED_TOTAL);
  });

  it('a name sorts before the longer names it starts ("DINAS" before "DINAS A")', () => {
    expect(compareCodePoints('A', 'AB')).toBeLessThan(0);
    expect(compareCodePoints('DINAS', 'DINAS A')).toBeLessThan(0);
    expect(['DINAS A', 'DINAS', 'DINAS AB'].sort(compareCodePoints)).toEqual(['DINAS', 'DINAS A', 'DINAS AB']);
  });
});

describe('groupsForStatus', () => {
  // budget-group.ts: everyone on the roster is in all_roster once (duplicates in nothing); the status adds
  // the group that says why the money is needed; with rosters alone (null) there is only all_roster.
  it.each([
    [null, ['all_roster']],
    ['registered', ['all_roster']],
    ['inactive', ['inactive', 'all_roster']],
    ['unregistered', ['unregistered', 'all_roster']],
    ['review', ['review', 'all_roster']],
    ['duplicate', []],
  ] as const)('%s → %j', (status, expected) => {
    expect(groupsForStatus(status)).toEqual(expected);
  });

  it('covers every worker status, each group list in output order', () => {
    for (const s of WORKER_STATUSES) {
      const groups = groupsForStatus(s);
      expect(groups.map((g) => BUDGET_GROUPS.indexOf(g))).toEqual([...groups.map((g) => BUDGET_GROUPS.indexOf(g))].sort((a, b) => a - b));
    }
  });

  it('output order is enrol, reactivate, review, whole roster, then the gap; rosters alone budget the whole roster only', () => {
    expect(BUDGET_GROUPS).toEqual(['unregistered', 'inactive', 'review', 'all_roster', 'underreported_gap']);
    expect(ROSTER_ONLY_GROUPS).toEqual(['all_roster']);
  });
});

describe('the shipped rate table beyond its values', () => {
  it('BPU rates are in force from January 2016, the Permenaker 1/2016 year the table states', () => {
    const bpu = DEFAULT_RATE_TABLE.bpu;
    for (const s of [bpu.jkk, bpu.jkm, bpu.jht, bpu.minimumDeclaredIncome]) {
      expect(entryAt<unknown>(s, '2015-12')).toBeNull();
      expect(entryAt<unknown>(s, '2016-01')).not.toBeNull();
    }
  });

  it('says which JP cap it knows last: version 2026-03', () => {
    expect(DEFAULT_RATE_TABLE.version).toBe('2026-03');
    expect(DEFAULT_RATE_TABLE.version).toBe(DEFAULT_RATE_TABLE.pu.jpWageCap.at(-1)?.from);
  });
});

describe('budget messages a user reads', () => {
  const ROMAN = ['I', 'II', 'III', 'IV', 'V'];
  it.each(RISK_CLASSES.map((c, i) => [c, ROMAN[i]] as const))('risk class %s is class %s in both languages (PP 44/2015 Pasal 16(1))', (riskClass, roman) => {
    expect(translate('id', { code: `budget.risk_class.${riskClass}` })).toMatch(new RegExp(`^Kelas ${roman} \\(`));
    expect(translate('en', { code: `budget.risk_class.${riskClass}` })).toMatch(new RegExp(`^Class ${roman} \\(`));
  });

  // DOMAIN.md §2.1 table, "Regulation" column, in the Indonesian citation style the reports use.
  it.each([
    [msg('budget.reg.pp44_2015_art16_1', { letter: 'c' }), 'PP 44/2015 Pasal 16 ayat (1) huruf c'],
    [msg('budget.reg.pp44_2015_art18_1'), 'PP 44/2015 Pasal 18 ayat (1)'],
    [msg('budget.reg.pp46_2015_art16_1'), 'PP 46/2015 Pasal 16 ayat (1)'],
    [msg('budget.reg.pp45_2015_art28_3'), 'PP 45/2015 Pasal 28 ayat (3)'],
  ])('cites %j as "%s"', (message, text) => {
    expect(translate('id', message)).toBe(text);
  });

  it('JP cap citations name the regulation and the BPJS letter', () => {
    expect(translate('id', msg('budget.reg.pp45_2015_art29_2'))).toMatch(/^PP 45\/2015 Pasal 29 ayat \(2\)/);
    expect(translate('en', msg('budget.reg.bpjs_circular', { number: 'B/1226/022026' }))).toContain('B/1226/022026');
  });

  it.each([
    ['jkk', 'Jaminan Kecelakaan Kerja'],
    ['jkm', 'Jaminan Kematian'],
    ['jht', 'Jaminan Hari Tua'],
    ['jp', 'Jaminan Pensiun'],
  ])('program %s is %s', (program, name) => {
    expect(translate('id', { code: `budget.program.${program}` })).toBe(`${program.toUpperCase()} (${name})`);
  });

  it('scheme and group names say what they are', () => {
    expect(translate('en', { code: 'budget.scheme.pu' })).toBe('Wage earners (PU)');
    expect(translate('id', { code: 'budget.scheme.bpu' })).toContain('Bukan Penerima Upah');
    expect(translate('en', { code: 'budget.group.unregistered' })).toContain('enrol');
  });

  it('the rounding rule says half up to the whole rupiah, per month (DOMAIN.md "Decisions already taken")', () => {
    expect(translate('id', { code: 'budget.rounding_rule' })).toContain('rupiah terdekat (0,5 ke atas)');
    expect(translate('en', { code: 'budget.rounding_rule' })).toContain('nearest rupiah (half up)');
  });

  it('notes put each value in its place and count in the singular for one', () => {
    // The cap as amounts are written everywhere else (it read "Rp11086300"; exploratory test round 2).
    const note = msg('budget.note.jp_cap_assumed', { month: '2027-03', cap_rupiah: 11_086_300, from: '2026-03' });
    expect(translate('en', note)).toBe('The JP wage cap from 2027-03 is not known yet; the latest cap, Rp 11,086,300 (in force since 2026-03), is used. The cap rises every March.');
    expect(translate('id', note)).toContain('batas terakhir Rp 11.086.300 (berlaku sejak 2026-03)');
    const period = (count: number): string => translate('en', msg('summary.period', { from: '2027-01', to: '2027-01', count, programs: 'JKK+JKM' }));
    expect([period(1), period(12)]).toEqual(['Budget period 2027-01..2027-01 (1 month), programs JKK+JKM', 'Budget period 2027-01..2027-01 (12 months), programs JKK+JKM']);
    expect(translate('en', msg('budget.note.duplicates_excluded', { count: 1 }))).toBe('1 duplicate row is not budgeted twice.');
    expect(translate('en', msg('budget.invalid.no_rate', { program: 'jkk', month: '2015-06' }))).toBe('the rate table has no jkk rate for 2015-06');
  });
});
