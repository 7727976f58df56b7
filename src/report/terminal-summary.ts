import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/message.js';
import { label } from '../i18n/translate.js';
import type { AgencySummary, RunSummary, StatusCounts } from './model/agency-summary.js';
import { coverageBar, formatCoverage, formatInteger, formatRupiah, NO_FIGURE } from './format-number.js';
import { coverageTenths } from './shown-coverage.js';

/**
 * An agency's period budget. The two amounts shown are the employer's share, what the pemda budgets; the
 * workers' share of JHT/JP is deducted from the honor (DOMAIN.md §2.1) and kept apart.
 */
export interface AgencyMoney {
  /** Employer's share to enrol the unregistered and reactivate the inactive. */
  readonly toProtect: number;
  /** Employer's share for everyone on the rosters (the APBD line). */
  readonly allRoster: number;
  readonly toProtectWorker: number;
  readonly allRosterWorker: number;
}

/** True when some worker's share is budgeted (JHT or JP chosen): the amounts then say whose share they are. */
export function hasWorkerShare(m: AgencyMoney): boolean {
  return m.toProtectWorker !== 0 || m.allRosterWorker !== 0;
}

/**
 * The per-agency summary table. Colour comes in as a parameter (a chalk instance with level 0
 * when colour is off), so the renderer is pure and testable.
 */
export function renderSummaryTable(
  lang: Lang,
  summary: RunSummary,
  paint: ChalkInstance,
  money: { byAgency: ReadonlyMap<string, AgencyMoney>; total: AgencyMoney } | null,
): string {
  const head = ['col.agency', 'col.workers', 'col.registered', 'col.inactive', 'col.unregistered', 'col.review', 'col.duplicate', 'col.coverage'];
  if (money !== null) {
    if (hasWorkerShare(money.total)) head.push('col.budget_to_enrol_employer', 'col.budget_all_employer');
    else head.push('col.budget_to_enrol', 'col.budget_all');
  }
  const table = new Table({
    head: head.map((h) => paint.bold(label(lang, h))),
    style: { head: [], border: [], compact: true },
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'right', 'right'],
    wordWrap: true,
  });
  const line = (name: string, c: StatusCounts, m: AgencyMoney | undefined): string[] => {
    const coverage = coverageTenths(c);
    const cells = [
      name,
      formatInteger(lang, c.workers),
      paint.green(formatInteger(lang, c.registered)),
      c.inactive > 0 ? paint.yellow(formatInteger(lang, c.inactive)) : '0',
      c.unregistered > 0 ? paint.red(formatInteger(lang, c.unregistered)) : '0',
      c.review > 0 ? paint.magenta(formatInteger(lang, c.review)) : '0',
      formatInteger(lang, c.duplicate),
      `${coverageBar(coverage)} ${formatCoverage(lang, coverage)}`,
    ];
    // No budget line for the agency (nobody budgeted: its rows are copies of workers counted elsewhere, or have no
    // wage): no figure, "–" as the coverage of nobody and as the workbook says it.
    if (money !== null) cells.push(m === undefined ? NO_FIGURE : formatRupiah(lang, m.toProtect), m === undefined ? NO_FIGURE : formatRupiah(lang, m.allRoster));
    return cells;
  };
  for (const a of summary.agencies as readonly AgencySummary[]) table.push(line(a.agency, a, money?.byAgency.get(a.agency)));
  // With no agency budgeted the total is no figure either, as the workbook's TOTAL row.
  const total = money === null || money.byAgency.size === 0 ? undefined : money.total;
  table.push(line(paint.bold(label(lang, 'row.total')), summary.total, total).map((c) => paint.bold(c)));
  return table.toString();
}
