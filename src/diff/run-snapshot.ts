import type { Message } from '../i18n/message.js';
import type { Provenance } from '../io/provenance.js';
import type { WorkerStatus } from '../match/match-decision.js';

/**
 * One reconcile run read back from its `--out` directory: just what a month-over-month diff needs.
 * Values are the text the run wrote (NIKs may be masked with `*` when the run used --mask-nik).
 */
export interface RunSnapshot {
  readonly workers: readonly SnapshotWorker[];
  readonly bpjsOnly: readonly SnapshotParticipant[];
  readonly problems: readonly SnapshotProblem[];
  readonly budget: readonly SnapshotBudgetLine[];
  /**
   * The budget settings that set the amounts (summary.json `budget`: period, programs, scheme, risk classes,
   * wage base, default wage, rate table), each as JSON text; null without a readable summary.json.
   */
  readonly budgetSettings?: Readonly<Record<string, string>> | null;
}

/** A workers.csv row. */
export interface SnapshotWorker {
  readonly status: WorkerStatus;
  /** roster_file, roster_sheet, roster_row. */
  readonly at: Provenance;
  /** The roster NIK as written ('' when none); only an identity when `flags` says it is valid. */
  readonly nik: string;
  readonly name: string;
  readonly agency: string;
  /** ISO date or ''. */
  readonly birthDate: string;
  readonly flags: readonly string[];
  /**
   * The KPJ of the BPJS record the row was matched to or proposed for ('' when none, or absent from an older
   * run's file); masked with `*` under --mask-nik.
   */
  readonly kpj?: string;
}

/** A bpjs_only.csv row: a participant on no roster. */
export interface SnapshotParticipant {
  readonly at: Provenance;
  readonly nik: string;
  readonly name: string;
  readonly birthDate: string;
  /** '' when none or absent from an older run's file; masked with `*` under --mask-nik. */
  readonly kpj?: string;
}

/** A problems.csv row; `detail` is the text the run rendered (in the run's language). */
export interface SnapshotProblem {
  readonly at: Provenance;
  readonly column: string;
  readonly kind: string;
  readonly detail: string;
  /**
   * The detail as machine values (problems.csv `detail_key`: code + parameters, the same in every language);
   * null when the run's problems.csv has no such column (written by an older rekon).
   */
  readonly message?: Message | null;
}

/** A budget.csv row, reduced to what the diff compares. */
export interface SnapshotBudgetLine {
  readonly agency: string;
  readonly group: string;
  readonly program: string;
  /** Integer rupiah for the whole budget period: employer + worker share (budget.csv `period_total`). */
  readonly periodTotal: number;
  /**
   * The employer's share of it (budget.csv `period_employer`), what the pemda budgets and the figure the run's
   * summary leads with; null (or absent) when the run's budget.csv has no such figure.
   */
  readonly periodEmployer?: number | null;
}
