// Direct tests of src/budget/rate-table.ts: `entryAt`, the look-up every premium goes through
// (monthly-premium.ts, and compute-budget.ts for the "JP cap assumed" note), and the Schedule contract
// it relies on ("entries sorted by `from`, ascending, no two with the same `from`"), checked on every
// schedule of the shipped table. The shipped values themselves are checked here against the regulation
// numbers quoted in /work/shared/DOMAIN.md §2.1–2.3 (each test says which line), so that a changed rate
// is caught as a rate, not only as a different premium somewhere downstream.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_TABLE } from '../../../src/budget/default-rate-table.js';
import { exactPercent, type ExactRate } from '../../../src/budget/exact-rate.js';
import { entryAt, type Contribution, type Dated, type Schedule } from '../../../src/budget/rate-table.js';
import { RISK_CLASSES, type RiskClass } from '../../../src/budget/risk-class.js';
import { formatYearMonth, nextYearMonth, parseYearMonth, type YearMonth } from '../../../src/budget/year-month.js';
import { msg, type Message } from '../../../src/i18n/message.js';

const reg = (n: number): Message => msg('budget.reg.bpjs_circular', { number: `T/${n}` });
const dated = <T>(from: YearMonth, value: T, n = 0): Dated<T> => ({ from, value, regulation: reg(n) });

/** A cap-like schedule with changes in March, as the JP cap (DOMAIN.md §2.2); values made up. */
const CAPS: Schedule<number> = [dated('2015-07', 100, 1), dated('2022-03', 200, 2), dated('2023-03', 300, 3), dated('2025-12', 400, 4)];

describe('entryAt', () => {
  const cases: { description: string; month: YearMonth; expected: number | null }[] = [
    { description: 'long before the first entry', month: '1990-01', expected: null },
    { description: 'the month before the first entry', month: '2015-06', expected: null },
    { description: 'the first entry\u2019s own month (`from` is inclusive)', month: '2015-07', expected: 100 },
    { description: 'between the first and second entries', month: '2019-11', expected: 100 },
    { description: 'the month before the second entry', month: '2022-02', expected: 100 },
    { description: 'the second entry\u2019s own month', month: '2022-03', expected: 200 },
    { description: 'the month before a December entry', month: '2025-11', expected: 300 },
    { description: 'the last entry\u2019s own month (December)', month: '2025-12', expected: 400 },
    { description: 'across the year boundary after the last entry', month: '2026-01', expected: 400 },
    { description: 'far after the last entry: schedules never end', month: '2999-12', expected: 400 },
  ];
  it.each(cases)('$description ($month) → $expected', ({ month, expected }) => {
    expect(entryAt(CAPS, month)?.value ?? null).toBe(expected);
  });

  it('returns the entry itself, so callers can cite its regulation and its `from`', () => {
    const e = entryAt(CAPS, '2024-01');
    expect(e).toBe(CAPS[2]);
    expect(e?.from).toBe('2023-03');
    expect(e?.regulation).toEqual(reg(3));
  });

  it('an empty schedule has no entry in any month', () => {
    expect(entryAt([], '2015-07')).toBeNull();
    expect(entryAt([], '2999-12')).toBeNull();
  });

  it('a one-entry schedule: null before it, the entry from its month on', () => {
    const one: Schedule<string> = [dated('2016-01', 'only')];
    expect(entryAt(one, '2015-12')).toBeNull();
    expect(entryAt(one, '2016-01')?.value).toBe('only');
    expect(entryAt(one, '2040-06')?.value).toBe('only');
  });

  it('entries in consecutive months each take over in their own month', () => {
    const s: Schedule<string> = [dated('2024-11', 'nov'), dated('2024-12', 'dec'), dated('2025-01', 'jan')];
    expect(['2024-10', '2024-11', '2024-12', '2025-01', '2025-02'].map((m) => entryAt(s, m)?.value ?? null)).toEqual([null, 'nov', 'dec', 'jan', 'jan']);
  });

  it('does not modify the schedule', () => {
    const s = CAPS.map((e) => ({ ...e }));
    const before = JSON.stringify(s);
    for (const m of ['2010-01', '2022-03', '2030-05']) entryAt(s, m);
    expect(JSON.stringify(s)).toBe(before);
  });

  // A month between 1900-01 and 2999-12, the range parseYearMonth accepts.
  const monthArb = fc.record({ year: fc.integer({ min: 1900, max: 2999 }), month: fc.integer({ min: 1, max: 12 }) }).map(({ year, month }) => formatYearMonth(year, month));
  /** A valid schedule: distinct months, ascending. */
  const scheduleArb = fc.uniqueArray(monthArb, { maxLength: 12 }).map((months) => [...months].sort().map((from, i) => dated(from, i, i)));

  it('property: the entry is the one with the latest `from` not after the month, null if none', () => {
    fc.assert(
      fc.property(scheduleArb, monthArb, (schedule, month) => {
        const inForce = schedule.filter((e) => e.from <= month);
        expect(entryAt(schedule, month)).toBe(inForce.length === 0 ? null : inForce[inForce.length - 1]);
      }),
    );
  });

  it('property: each entry is in force from its own month until the month before the next entry', () => {
    fc.assert(
      fc.property(scheduleArb.filter((s) => s.length > 0), (schedule) => {
        schedule.forEach((e, i) => {
          expect(entryAt(schedule, e.from)).toBe(e);
          const next = schedule[i + 1];
          if (next !== undefined && nextYearMonth(e.from) !== next.from) {
            // The month before `next.from`: step back one month from it.
            const [y, m] = [Number(next.from.slice(0, 4)), Number(next.from.slice(5, 7))];
            const before = m === 1 ? formatYearMonth(y - 1, 12) : formatYearMonth(y, m - 1);
            expect(entryAt(schedule, before)).toBe(e);
          }
        });
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The shipped table.

/** True when `rate` is exactly `percent` % (compared as fractions, whatever the denominator). */
function isPercent(rate: ExactRate, percent: string): boolean {
  const p = exactPercent(percent);
  return rate.num * p.den === p.num * rate.den;
}

function percentOfWage(c: Contribution): { employer: ExactRate; worker: ExactRate } {
  if (c.kind !== 'percent_of_wage') throw new Error(`expected a percentage, got ${c.kind}`);
  return c;
}

const PU = DEFAULT_RATE_TABLE.pu;
const BPU = DEFAULT_RATE_TABLE.bpu;

/** Every schedule of the shipped table, by name. */
const SCHEDULES: readonly [string, Schedule<unknown>][] = [
  ...RISK_CLASSES.map((c): [string, Schedule<unknown>] => [`pu.jkk.${c}`, PU.jkk[c]]),
  ['pu.jkm', PU.jkm],
  ['pu.jht', PU.jht],
  ['pu.jp', PU.jp],
  ['pu.jpWageCap', PU.jpWageCap],
  ['bpu.jkk', BPU.jkk],
  ['bpu.jkm', BPU.jkm],
  ['bpu.jht', BPU.jht],
  ['bpu.minimumDeclaredIncome', BPU.minimumDeclaredIncome],
];

describe('DEFAULT_RATE_TABLE: the Schedule contract', () => {
  it.each(SCHEDULES)('%s is non-empty, with valid months, strictly ascending', (_name, schedule) => {
    expect(schedule.length).toBeGreaterThan(0);
    for (const e of schedule) expect(parseYearMonth(e.from)).toBe(e.from);
    for (let i = 1; i < schedule.length; i++) expect(schedule[i - 1]!.from < schedule[i]!.from).toBe(true);
  });

  it.each(SCHEDULES)('%s cites a budget.reg.* regulation on every entry', (_name, schedule) => {
    for (const e of schedule) expect(e.regulation.code).toMatch(/^budget\.reg\./);
  });
});

describe('DEFAULT_RATE_TABLE: PU rates equal the regulation (DOMAIN.md §2.1)', () => {
  // DOMAIN.md §2.1 table, "Wage-earner (PU) rates": JKK class I–V 0.24 / 0.54 / 0.89 / 1.27 / 1.74 %,
  // employer only, PP 44/2015 Pasal 16(1) a–e. RISK_CLASSES is in class order I–V (risk-class.ts).
  const jkk: { riskClass: RiskClass; percent: string; letter: string }[] = [
    { riskClass: 'very_low', percent: '0.24', letter: 'a' },
    { riskClass: 'low', percent: '0.54', letter: 'b' },
    { riskClass: 'medium', percent: '0.89', letter: 'c' },
    { riskClass: 'high', percent: '1.27', letter: 'd' },
    { riskClass: 'very_high', percent: '1.74', letter: 'e' },
  ];
  it.each(jkk)('JKK $riskClass is $percent % employer, 0 % worker, PP 44/2015 Pasal 16(1)$letter', ({ riskClass, percent, letter }) => {
    const e = entryAt(PU.jkk[riskClass], '2026-06');
    const c = percentOfWage(e!.value);
    expect(isPercent(c.employer, percent)).toBe(true);
    expect(c.worker.num).toBe(0);
    expect(e!.regulation).toEqual(msg('budget.reg.pp44_2015_art16_1', { letter }));
  });

  it('JKM is 0.30 % employer, PP 44/2015 Pasal 18(1)', () => {
    const e = entryAt(PU.jkm, '2026-06')!;
    const c = percentOfWage(e.value);
    expect(isPercent(c.employer, '0.30')).toBe(true);
    expect(c.worker.num).toBe(0);
    expect(e.regulation).toEqual(msg('budget.reg.pp44_2015_art18_1'));
  });

  it('JHT is 3.7 % employer + 2 % worker, PP 46/2015 Pasal 16(1)', () => {
    const e = entryAt(PU.jht, '2026-06')!;
    const c = percentOfWage(e.value);
    expect(isPercent(c.employer, '3.7')).toBe(true);
    expect(isPercent(c.worker, '2')).toBe(true);
    expect(e.regulation).toEqual(msg('budget.reg.pp46_2015_art16_1'));
  });

  it('JP is 2 % employer + 1 % worker, PP 45/2015 Pasal 28(3)', () => {
    const e = entryAt(PU.jp, '2026-06')!;
    const c = percentOfWage(e.value);
    expect(isPercent(c.employer, '2')).toBe(true);
    expect(isPercent(c.worker, '1')).toBe(true);
    expect(e.regulation).toEqual(msg('budget.reg.pp45_2015_art28_3'));
  });

  it('JKK class I + JKM is 0.54 %: Rp 5,400 on a Rp 1,000,000 wage (DOMAIN.md §0 item 4, §2.4 Sulsel)', () => {
    const jkk = percentOfWage(entryAt(PU.jkk.very_low, '2022-05')!.value).employer;
    const jkm = percentOfWage(entryAt(PU.jkm, '2022-05')!.value).employer;
    // Exact: 1,000,000 × num / den is a whole number for both rates.
    expect((1_000_000 * jkk.num) / jkk.den + (1_000_000 * jkm.num) / jkm.den).toBe(5_400);
  });

  it('PU rates are in force from July 2015 (PP 44/45/46 of 2015) and unchanged since (PP 82/2019 changed benefits, not rates)', () => {
    const pu: Schedule<Contribution>[] = [...RISK_CLASSES.map((c) => PU.jkk[c]), PU.jkm, PU.jht, PU.jp];
    for (const s of pu) {
      expect(entryAt(s, '2015-06')).toBeNull();
      expect(entryAt(s, '2015-07')).not.toBeNull();
      expect(entryAt(s, '2030-01')).toBe(entryAt(s, '2015-07'));
    }
  });

  it('the temporary 50 % JKK relief (PP 7/2025, PP 36/2025) is not applied: it does not cover pemda (DOMAIN.md §2.1)', () => {
    // Relief months Feb 2025 – Jan 2026 would be 0.120 / 0.270 / 0.445 / 0.635 / 0.870 %.
    for (const month of ['2025-02', '2025-07', '2026-01']) {
      for (const { riskClass, percent } of jkk) {
        expect(isPercent(percentOfWage(entryAt(PU.jkk[riskClass], month)!.value).employer, percent), `${riskClass} ${month}`).toBe(true);
      }
    }
  });
});

describe('DEFAULT_RATE_TABLE: JP wage cap (DOMAIN.md §2.2)', () => {
  // DOMAIN.md §2.2 table. The 2015 cap starts July 2015; the source gives the 2022 cap only as "2022",
  // and the table assumes March, the month of the yearly adjustment (PP 45/2015 Pasal 29(3)).
  const cases: { month: YearMonth; cap: number | null; regulation: Message | null }[] = [
    { month: '2015-06', cap: null, regulation: null },
    { month: '2015-07', cap: 7_000_000, regulation: msg('budget.reg.pp45_2015_art29_2') },
    { month: '2016-02', cap: 7_000_000, regulation: msg('budget.reg.pp45_2015_art29_2') },
    { month: '2016-03', cap: 7_335_300, regulation: msg('budget.reg.pp45_2015_art29_3') },
    { month: '2019-03', cap: 8_512_400, regulation: msg('budget.reg.pp45_2015_art29_3') },
    { month: '2020-03', cap: 8_939_700, regulation: msg('budget.reg.pp45_2015_art29_3') },
    // GDP fell 2.07 % in 2020: the cap went down in March 2021.
    { month: '2021-03', cap: 8_754_600, regulation: msg('budget.reg.pp45_2015_art29_3') },
    { month: '2022-02', cap: 8_754_600, regulation: msg('budget.reg.pp45_2015_art29_3') },
    { month: '2022-03', cap: 9_077_600, regulation: msg('budget.reg.bpjs_circular', { number: 'B/77/022023' }) },
    { month: '2023-02', cap: 9_077_600, regulation: msg('budget.reg.bpjs_circular', { number: 'B/77/022023' }) },
    { month: '2023-03', cap: 9_559_600, regulation: msg('budget.reg.bpjs_circular', { number: 'B/77/022023' }) },
    { month: '2024-03', cap: 10_042_300, regulation: msg('budget.reg.bpjs_circular', { number: 'B/1387/022024' }) },
    { month: '2025-02', cap: 10_042_300, regulation: msg('budget.reg.bpjs_circular', { number: 'B/1387/022024' }) },
    { month: '2025-03', cap: 10_547_400, regulation: msg('budget.reg.bpjs_circular', { number: 'B/726/022025' }) },
    { month: '2026-02', cap: 10_547_400, regulation: msg('budget.reg.bpjs_circular', { number: 'B/726/022025' }) },
    { month: '2026-03', cap: 11_086_300, regulation: msg('budget.reg.bpjs_circular', { number: 'B/1226/022026' }) },
    // After the last known change the newest cap still applies (the budget adds a note; compute-budget.ts).
    { month: '2027-03', cap: 11_086_300, regulation: msg('budget.reg.bpjs_circular', { number: 'B/1226/022026' }) },
  ];
  it.each(cases)('$month → $cap', ({ month, cap, regulation }) => {
    const e = entryAt(PU.jpWageCap, month);
    expect(e?.value ?? null).toBe(cap);
    expect(e?.regulation ?? null).toEqual(regulation);
  });

  it('every yearly cap from 2016 is the previous one × (1 + GDP growth of the year before), rounded down to Rp 100 (Pasal 29(3))', () => {
    // BPS GDP growth, 2015–2024 (%), as the caps from 2016 to 2025 use them; the 2022–2025 caps are the BPJS letters' own.
    const growth: Record<string, number> = { 2016: 4.79, 2017: 5.02, 2018: 5.07, 2019: 5.17, 2020: 5.02, 2021: -2.07, 2022: 3.69, 2023: 5.31, 2024: 5.05, 2025: 5.03 };
    const caps = PU.jpWageCap;
    for (let i = 1; i < caps.length; i++) {
      const year = caps[i]!.from.slice(0, 4);
      if (growth[year] === undefined) continue;
      const expected = Math.floor((caps[i - 1]!.value * (100 + growth[year]!)) / 100 / 100) * 100;
      expect(caps[i]!.value, year).toBe(expected);
    }
  });

  it('the cap is known through February 2027: the next one takes effect in March 2027, not yet published', () => {
    // §2.2: the newest known cap took effect March 2026 and the cap is adjusted every March.
    expect(PU.jpWageCapKnownThrough).toBe('2027-02');
    expect(PU.jpWageCap[PU.jpWageCap.length - 1]!.from).toBe('2026-03');
  });
});

describe('DEFAULT_RATE_TABLE: BPU amounts (DOMAIN.md §2.3)', () => {
  // §2.3: JKK 1 % of declared income, JKM flat Rp 6,800 a month, JHT 2 %, minimum declared income
  // Rp 1,000,000 (so the minimum package is Rp 16,800, Rp 36,800 with JHT); Permenaker 1/2016. A pemda
  // pays it all on the worker's behalf, so the amounts sit in the employer column.
  const month = '2025-01';
  const permenaker = msg('budget.reg.permenaker_1_2016');

  it('JKK is 1 % of declared income', () => {
    const e = entryAt(BPU.jkk, month)!;
    const c = percentOfWage(e.value);
    expect(isPercent(c.employer, '1')).toBe(true);
    expect(c.worker.num).toBe(0);
    expect(e.regulation).toEqual(permenaker);
  });

  it('JKM is a flat Rp 6,800 a month', () => {
    const e = entryAt(BPU.jkm, month)!;
    expect(e.value).toEqual({ kind: 'flat', employer: 6_800, worker: 0 });
    expect(e.regulation).toEqual(permenaker);
  });

  it('JHT is 2 % of declared income', () => {
    const c = percentOfWage(entryAt(BPU.jht, month)!.value);
    expect(isPercent(c.employer, '2')).toBe(true);
    expect(c.worker.num).toBe(0);
  });

  it('the minimum declared income is Rp 1,000,000, giving the Rp 16,800 / Rp 36,800 packages', () => {
    const minimum = entryAt(BPU.minimumDeclaredIncome, month)!.value;
    expect(minimum).toBe(1_000_000);
    const jkk = percentOfWage(entryAt(BPU.jkk, month)!.value).employer;
    const jht = percentOfWage(entryAt(BPU.jht, month)!.value).employer;
    const jkkRupiah = (minimum * jkk.num) / jkk.den;
    expect(jkkRupiah + 6_800).toBe(16_800);
    expect(jkkRupiah + 6_800 + (minimum * jht.num) / jht.den).toBe(36_800);
  });
});
