import { msg } from '../i18n/message.js';
import { exactPercent } from './exact-rate.js';
import type { Contribution, Dated, RateTable } from './rate-table.js';
import type { RiskClass } from './risk-class.js';

/*
 * BPJS Ketenagakerjaan premium rates, DOMAIN.md §2.1–2.3. Each value carries its regulation.
 *
 * PU rates are in force since PP 44/45/46 of 2015 took effect (July 2015); they have not changed since
 * (PP 82/2019 raised benefits, not rates — DOMAIN.md §2.1). The temporary 50 % JKK relief of
 * PP 7/2025 / PP 36/2025 applies only to six labour-intensive industries, not to pemda, so it is
 * not in this table.
 */

const FROM_2015 = '2015-07';

function employerOnly(percent: string): Contribution {
  return { kind: 'percent_of_wage', employer: exactPercent(percent), worker: exactPercent('0') };
}

function jkkClass(percent: string, letter: string): Dated<Contribution>[] {
  return [{ from: FROM_2015, value: employerOnly(percent), regulation: msg('budget.reg.pp44_2015_art16_1', { letter }) }];
}

const JKK_PU: Readonly<Record<RiskClass, Dated<Contribution>[]>> = {
  very_low: jkkClass('0.24', 'a'),
  low: jkkClass('0.54', 'b'),
  medium: jkkClass('0.89', 'c'),
  high: jkkClass('1.27', 'd'),
  very_high: jkkClass('1.74', 'e'),
};

function circular(number: string): ReturnType<typeof msg> {
  return msg('budget.reg.bpjs_circular', { number });
}

/*
 * BPU ("pekerja rentan"): Permenaker 1/2016 (DOMAIN.md §2.3). The participant normally pays everything;
 * when a pemda budgets BPU coverage it pays the whole premium on the workers' behalf, so all BPU amounts
 * are in the employer column. The effective month is set to January 2016 (the Permenaker's year);
 * the exact month is unverified and matters only for budgets of past periods.
 */
const FROM_BPU = '2016-01';
const BPU_REGULATION = msg('budget.reg.permenaker_1_2016');

export const DEFAULT_RATE_TABLE: RateTable = {
  version: '2026-03',
  pu: {
    jkk: JKK_PU,
    jkm: [{ from: FROM_2015, value: employerOnly('0.30'), regulation: msg('budget.reg.pp44_2015_art18_1') }],
    // JHT 5.7 %: 3.7 % employer + 2 % worker.
    jht: [
      {
        from: FROM_2015,
        value: { kind: 'percent_of_wage', employer: exactPercent('3.7'), worker: exactPercent('2') },
        regulation: msg('budget.reg.pp46_2015_art16_1'),
      },
    ],
    // JP 3 %: 2 % employer + 1 % worker, on the wage up to the cap.
    jp: [
      {
        from: FROM_2015,
        value: { kind: 'percent_of_wage', employer: exactPercent('2'), worker: exactPercent('1') },
        regulation: msg('budget.reg.pp45_2015_art28_3'),
      },
    ],
    // Caps from 2022 as quoted in DOMAIN.md §2.2. 2016–2021 (not in DOMAIN.md) follow Pasal 29(3): the
    // previous cap × (1 + the previous year's GDP growth, BPS), rounded down to Rp 100, from March. 2016–2019
    // as a public payroll article lists them (krishandsoftware.com, "Batasan Upah Tertinggi Jaminan Pensiun
    // Naik per Maret 2020"); 2020 (GDP 2019 +5.02 %) and 2021 (GDP 2020 −2.07 %) computed by that rule.
    // The chain gives exactly the 2022 cap of the BPJS letter (8,754,600 × 1.0369), which checks it. The
    // source gives the 2022 cap only as "2022"; March is assumed, the month of the yearly adjustment.
    jpWageCap: [
      { from: FROM_2015, value: 7_000_000, regulation: msg('budget.reg.pp45_2015_art29_2') },
      { from: '2016-03', value: 7_335_300, regulation: msg('budget.reg.pp45_2015_art29_3') },
      { from: '2017-03', value: 7_703_500, regulation: msg('budget.reg.pp45_2015_art29_3') },
      { from: '2018-03', value: 8_094_000, regulation: msg('budget.reg.pp45_2015_art29_3') },
      { from: '2019-03', value: 8_512_400, regulation: msg('budget.reg.pp45_2015_art29_3') },
      { from: '2020-03', value: 8_939_700, regulation: msg('budget.reg.pp45_2015_art29_3') },
      { from: '2021-03', value: 8_754_600, regulation: msg('budget.reg.pp45_2015_art29_3') },
      { from: '2022-03', value: 9_077_600, regulation: circular('B/77/022023') },
      { from: '2023-03', value: 9_559_600, regulation: circular('B/77/022023') },
      { from: '2024-03', value: 10_042_300, regulation: circular('B/1387/022024') },
      { from: '2025-03', value: 10_547_400, regulation: circular('B/726/022025') },
      { from: '2026-03', value: 11_086_300, regulation: circular('B/1226/022026') },
    ],
    // The March 2027 adjustment is not known yet.
    jpWageCapKnownThrough: '2027-02',
  },
  bpu: {
    jkk: [{ from: FROM_BPU, value: employerOnly('1'), regulation: BPU_REGULATION }],
    jkm: [{ from: FROM_BPU, value: { kind: 'flat', employer: 6_800, worker: 0 }, regulation: BPU_REGULATION }],
    // Optional for BPU; chosen by adding 'jht' to the programs.
    jht: [{ from: FROM_BPU, value: employerOnly('2'), regulation: BPU_REGULATION }],
    minimumDeclaredIncome: [{ from: FROM_BPU, value: 1_000_000, regulation: BPU_REGULATION }],
  },
};
