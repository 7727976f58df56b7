import type { Worker } from '../../normalize/person-record.js';
import type { Lang, Message } from '../../i18n/message.js';
import type { Provenance } from '../../io/provenance.js';
import type { ReconcileResult } from '../../match/match-decision.js';
import type { RowProblem } from '../../normalize/row-problem.js';
import type { RunSummary } from './agency-summary.js';
import type { BpjsOnlyRecord } from './bpjs-only-record.js';

/** Which workers a budget line covers. Stable machine values. */
export const BUDGET_GROUPS = ['unregistered', 'inactive', 'review', 'all_roster', 'underreported_gap'] as const;
export type BudgetGroup = (typeof BUDGET_GROUPS)[number];

/**
 * One budget line as the report needs it: agency × group × program, integer rupiah.
 * Structurally the budget core's line (src/budget), so the report does not depend on that module.
 */
export interface BudgetLineLike {
  readonly agency: string;
  readonly group: BudgetGroup;
  /** 'jkk' | 'jkm' | 'jht' | 'jp' (BPU: 'jkk' | 'jkm'); unknown ids are shown as they are. */
  readonly program: string;
  readonly workers: number;
  readonly monthlyEmployer: number;
  readonly monthlyWorker: number;
  readonly monthlyTotal: number;
  /** Employer share over the period: what the pemda budgets (DOMAIN.md §2.1). */
  readonly periodEmployer: number;
  /** Worker share over the period (JHT 2 %, JP 1 %): deducted from the honor, paid through the employer. */
  readonly periodWorker: number;
  readonly periodTotal: number;
  /** JKK risk class used (a RiskClass machine value) on PU JKK lines; null elsewhere. */
  readonly riskClass: string | null;
}

/** A roster row left out of the budget (no wage and no fallback), listed so nobody is silently dropped. */
export interface NotBudgetedRow {
  readonly at: Provenance;
  readonly name: string;
  readonly agency: string;
}

/**
 * The agency of the total lines the budget core appends (src/budget/compute-budget.ts TOTAL_AGENCY).
 * The workbook computes its own totals from the agency lines and skips these, so nothing counts twice.
 */
export const TOTAL_AGENCY_LINE = 'TOTAL';

export interface ReportBudget {
  /** Agency lines; lines whose agency is TOTAL_AGENCY_LINE are accepted and ignored. */
  readonly lines: readonly BudgetLineLike[];
  readonly notBudgeted: readonly NotBudgetedRow[];
  /** Period, programs, rates version, rounding rule: already Messages. */
  readonly notes: readonly Message[];
}

export interface ReportRun {
  readonly rosterInputs: readonly string[];
  readonly bpjsInputs: readonly string[];
  /** Setting label and its value as shown, e.g. [msg('setting.threshold'), '0.85']. */
  readonly settings: readonly (readonly [Message, string])[];
  readonly notes: readonly Message[];
}

/** Everything the report files (workbook, CSVs) are written from. Pure data: the shell fills it. */
export interface ReportInput {
  readonly lang: Lang;
  readonly result: ReconcileResult;
  readonly summary: RunSummary;
  /**
   * BPJS participants on no roster, in export order, when the caller keeps them apart from
   * `result` (the CLI streams them out of the matcher); defaults to `result.bpjsOnly`.
   */
  readonly bpjsOnly?: Iterable<BpjsOnlyRecord>;
  /** All data-quality findings, in input order. */
  readonly problems: readonly RowProblem[];
  readonly budget: ReportBudget | null;
  readonly run: ReportRun;
  /**
   * The wage a roster row is budgeted at, from its roster wage (null: not budgeted), when the wage basis is not the
   * roster wage alone (--wage-floor, --fixed-wage, --default-wage). The worker sheets then end with it, so the Budget
   * sheet can be recomputed; their Wage column stays the roster's. Undefined: no such column.
   */
  readonly budgetedWage?: ((worker: Worker) => number | null) | undefined;
  /** Identity unless --mask-nik; applied to NIK and KPJ. */
  readonly mask: (value: string) => string;
  /**
   * Written as the workbook's created/modified time and as the zip entries' dates, so reruns on
   * the same input give a byte-identical file. The CLI passes the run date (read once in main.ts),
   * or a fixed epoch when reproducibility matters more than the date.
   */
  readonly createdAt: Date;
}
