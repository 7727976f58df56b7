import type { BudgetLine } from '../budget/compute-budget.js';
import type { CsvCell } from './csv-cell.js';
import { num, text } from './csv-cell.js';

/** budget.csv columns: the list first, then the period split and the risk class. */
export const BUDGET_COLUMNS = [
  'agency',
  'group',
  'program',
  'workers',
  'monthly_employer',
  'monthly_worker',
  'monthly_total',
  'period_total',
  'period_employer',
  'period_worker',
  'risk_class',
] as const;

export type BudgetColumn = (typeof BUDGET_COLUMNS)[number];

export function budgetRowCells(l: BudgetLine): Record<BudgetColumn, CsvCell> {
  return {
    agency: text(l.agency),
    group: text(l.group),
    program: text(l.program),
    workers: num(l.workers),
    monthly_employer: num(l.monthlyEmployer),
    monthly_worker: num(l.monthlyWorker),
    monthly_total: num(l.monthlyTotal),
    period_total: num(l.periodTotal),
    period_employer: num(l.periodEmployer),
    period_worker: num(l.periodWorker),
    risk_class: text(l.riskClass ?? ''),
  };
}

/** The same figures for JSON (snake_case keys, integers). */
export function budgetLineJson(l: BudgetLine): Record<BudgetColumn, string | number | null> {
  return {
    agency: l.agency,
    group: l.group,
    program: l.program,
    workers: l.workers,
    monthly_employer: l.monthlyEmployer,
    monthly_worker: l.monthlyWorker,
    monthly_total: l.monthlyTotal,
    period_total: l.periodTotal,
    period_employer: l.periodEmployer,
    period_worker: l.periodWorker,
    risk_class: l.riskClass,
  };
}
