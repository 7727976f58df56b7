import type { Message } from '../i18n/message.js';
import type { BudgetScheme } from './budget-scheme.js';
import type { Program } from './budget-program.js';
import type { ExactRate } from './exact-rate.js';
import { entryAt, type Contribution, type RateTable } from './rate-table.js';
import type { RiskClass } from './risk-class.js';
import { roundHalfUpRupiah } from './round-half-up-rupiah.js';
import type { YearMonth } from './year-month.js';

/** One worker's premium for one program and one month, whole rupiah, by who pays. */
export interface Premium {
  readonly employer: number;
  readonly worker: number;
}

/** Everything needed to price one program in one month: the contribution and the wage limits around it. */
export interface AppliedRate {
  readonly contribution: Contribution;
  /** JP: the wage above this is not counted (PP 45/2015 Pasal 28–29). */
  readonly wageCap: number | null;
  /** BPU: declared income is at least this (Permenaker 1/2016). */
  readonly wageMinimum: number | null;
  /** Citations of every value used. */
  readonly regulations: readonly Message[];
}

/**
 * The rate of `program` in `month`, or null when the table has none (BPU has no JP; a month before
 * the table starts). The risk class matters only for PU JKK (BPU JKK is 1 % for everyone).
 */
export function appliedRateAt(program: Program, scheme: BudgetScheme, riskClass: RiskClass, month: YearMonth, rates: RateTable): AppliedRate | null {
  if (scheme === 'bpu') {
    if (program === 'jp') return null;
    const entry = entryAt(rates.bpu[program], month);
    const minimum = entryAt(rates.bpu.minimumDeclaredIncome, month);
    if (entry === null || minimum === null) return null;
    return { contribution: entry.value, wageCap: null, wageMinimum: minimum.value, regulations: [entry.regulation, minimum.regulation] };
  }
  const schedule = program === 'jkk' ? rates.pu.jkk[riskClass] : rates.pu[program];
  const entry = entryAt(schedule, month);
  if (entry === null) return null;
  if (program !== 'jp') return { contribution: entry.value, wageCap: null, wageMinimum: null, regulations: [entry.regulation] };
  const cap = entryAt(rates.pu.jpWageCap, month);
  if (cap === null) return null;
  return { contribution: entry.value, wageCap: cap.value, wageMinimum: null, regulations: [entry.regulation, cap.regulation] };
}

/**
 * The premium on a monthly wage base. Each share (employer, worker) is rounded on its own with
 * roundHalfUpRupiah, as BPJS bills list them in separate columns (F2a: JHT-PK / JHT-TK, DOMAIN.md §3.1).
 */
export function premiumForMonth(rate: AppliedRate, wageBase: number): Premium {
  const c = rate.contribution;
  if (c.kind === 'flat') return { employer: c.employer, worker: c.worker };
  let wage = wageBase;
  if (rate.wageCap !== null && wage > rate.wageCap) wage = rate.wageCap;
  if (rate.wageMinimum !== null && wage < rate.wageMinimum) wage = rate.wageMinimum;
  return { employer: share(wage, c.employer), worker: share(wage, c.worker) };
}

function share(wage: number, rate: ExactRate): number {
  if (rate.num === 0) return 0;
  return roundHalfUpRupiah(BigInt(wage) * BigInt(rate.num), BigInt(rate.den));
}
