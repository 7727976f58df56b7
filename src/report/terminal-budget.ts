import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/message.js';
import { label } from '../i18n/translate.js';
import type { BudgetLine } from '../budget/compute-budget.js';
import type { RiskClass } from '../budget/risk-class.js';
import { TOTAL_AGENCY } from '../budget/compute-budget.js';
import { formatInteger, formatRupiah } from './format-number.js';
import { riskClassLabel } from './agency-risk-classes.js';

/**
 * Budget lines of one group as a table: agency × program, employer/worker shares, monthly and for the period.
 * When an agency is budgeted at a JKK risk class other than `defaultClass` (rekon.toml [agencies.risk]), a
 * column names the class of each JKK line: a reader checking its JKK against the default class would find it
 * "wrong".
 */
export function renderBudgetTable(lang: Lang, lines: readonly BudgetLine[], paint: ChalkInstance, defaultClass: RiskClass | null = null): string {
  const showClass = lines.some((l) => l.agency !== TOTAL_AGENCY && l.riskClass !== null && l.riskClass !== defaultClass && defaultClass !== null);
  const head = ['col.agency', 'col.program', ...(showClass ? ['col.risk_class'] : []), 'col.workers', 'col.monthly_employer', 'col.monthly_worker', 'col.monthly_total', 'col.period_total'];
  const table = new Table({
    head: head.map((h) => paint.bold(label(lang, h))),
    style: { head: [], border: [], compact: true },
    colAligns: ['left', 'left', ...(showClass ? (['left'] as const) : []), 'right', 'right', 'right', 'right', 'right'],
  });
  for (const l of lines) {
    const cells = [
      l.agency,
      l.program.toUpperCase(),
      ...(showClass ? [riskClassLabel(lang, l.riskClass) ?? ''] : []),
      formatInteger(lang, l.workers),
      formatRupiah(lang, l.monthlyEmployer),
      formatRupiah(lang, l.monthlyWorker),
      formatRupiah(lang, l.monthlyTotal),
      formatRupiah(lang, l.periodTotal),
    ];
    table.push(l.agency === TOTAL_AGENCY ? cells.map((c) => paint.bold(c)) : cells);
  }
  return table.toString();
}
