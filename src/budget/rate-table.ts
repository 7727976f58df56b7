import type { Message } from '../i18n/message.js';
import type { ExactRate } from './exact-rate.js';
import type { RiskClass } from './risk-class.js';
import type { YearMonth } from './year-month.js';

/**
 * How one program's premium is computed for one worker-month, split into who pays.
 * - `percent_of_wage`: a share of the monthly wage (PU) or declared income (BPU).
 * - `flat`: a fixed rupiah amount per month (BPU JKM, Rp 6,800).
 */
export type Contribution =
  | { readonly kind: 'percent_of_wage'; readonly employer: ExactRate; readonly worker: ExactRate }
  | { readonly kind: 'flat'; readonly employer: number; readonly worker: number };

/** A value in force from `from` (inclusive) until the next entry's `from`, with the rule that sets it. */
export interface Dated<T> {
  readonly from: YearMonth;
  readonly value: T;
  /** Citation, a message code of src/budget/budget-messages.ts, e.g. PP 44/2015 Pasal 16(1)a. */
  readonly regulation: Message;
}

/** Entries sorted by `from`, ascending, no two with the same `from`. */
export type Schedule<T> = readonly Dated<T>[];

/**
 * BPJS Ketenagakerjaan premium rates as data, versioned by effective month (DOMAIN.md §2.2: the JP cap
 * changes every March, so rates cannot be code constants). See default-rate-table.ts for the values.
 */
export interface RateTable {
  /** Identifies this table in reports, e.g. "2026-03" (the last change it knows). */
  readonly version: string;
  /** Penerima Upah (wage earners). */
  readonly pu: {
    readonly jkk: Readonly<Record<RiskClass, Schedule<Contribution>>>;
    readonly jkm: Schedule<Contribution>;
    readonly jht: Schedule<Contribution>;
    readonly jp: Schedule<Contribution>;
    /** JP wage cap (batas upah tertinggi), rupiah per month; JP is computed on min(wage, cap). */
    readonly jpWageCap: Schedule<number>;
    /**
     * Last month for which the cap is known. A later month still uses the newest cap, but the budget
     * says so: the cap is raised each March by GDP growth (PP 45/2015 Pasal 29(3)–(4)).
     */
    readonly jpWageCapKnownThrough: YearMonth;
  };
  /** Bukan Penerima Upah ("pekerja rentan"). There is no JP for BPU. */
  readonly bpu: {
    readonly jkk: Schedule<Contribution>;
    readonly jkm: Schedule<Contribution>;
    readonly jht: Schedule<Contribution>;
    /** Lowest income a BPU participant can declare; premiums use max(wage base, minimum). */
    readonly minimumDeclaredIncome: Schedule<number>;
  };
}

/** The entry in force in `month`, or null if the schedule starts later. */
export function entryAt<T>(schedule: Schedule<T>, month: YearMonth): Dated<T> | null {
  let found: Dated<T> | null = null;
  for (const entry of schedule) {
    if (entry.from <= month) found = entry;
    else break;
  }
  return found;
}
