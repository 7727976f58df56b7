import type { Lang } from '../i18n/message.js';
import { label, translate } from '../i18n/translate.js';
import { riskClassLabel } from './agency-risk-classes.js';
import { formatProvenance } from '../io/provenance.js';
import { agencyKey, compareCodePoints } from '../budget/agency-key.js';
import type { BudgetGroup, BudgetLineLike, ReportBudget } from './model/report-input.js';
import { BUDGET_GROUPS, TOTAL_AGENCY_LINE } from './model/report-input.js';
import { BUDGET_GROUP_CODES, PROGRAM_CODES } from './xlsx-messages.js';
import type { XlsxBook } from './xlsx-book.js';
import type { XlsxCell } from './xlsx-sheet.js';
import { XlsxSheet, xCount, xRupiah, xText } from './xlsx-sheet.js';


const PROGRAM_ORDER = ['jkk', 'jkm', 'jht', 'jp'];

function programRank(p: string): number {
  const i = PROGRAM_ORDER.indexOf(p);
  return i === -1 ? PROGRAM_ORDER.length : i;
}

/** Budget lines in a stable order: group (as listed in BUDGET_GROUPS), agency (code points, as the budget core), program (JKK, JKM, JHT, JP, others). */
export function sortBudgetLines(lines: readonly BudgetLineLike[]): BudgetLineLike[] {
  return [...lines].sort(
    (a, b) =>
      BUDGET_GROUPS.indexOf(a.group) - BUDGET_GROUPS.indexOf(b.group) ||
      compareCodePoints(a.agency, b.agency) ||
      programRank(a.program) - programRank(b.program) ||
      compareCodePoints(a.program, b.program),
  );
}

export function programLabel(lang: Lang, program: string): string {
  const code = PROGRAM_CODES[program];
  return code === undefined ? program.toUpperCase() : label(lang, code);
}

export function groupLabel(lang: Lang, group: BudgetGroup): string {
  return label(lang, BUDGET_GROUP_CODES[group]);
}

/** The agency lines: the budget core's own TOTAL lines are dropped (we total ourselves, below). */
export function agencyLines(lines: readonly BudgetLineLike[]): BudgetLineLike[] {
  return lines.filter((l) => l.agency !== TOTAL_AGENCY_LINE);
}

export interface BudgetTotal {
  readonly group: BudgetGroup;
  /** A program id, or null for the group's total over all programs. */
  readonly program: string | null;
  /**
   * People. Per program: the sum over agencies. Over all programs: each agency's largest count over
   * the programs, summed, because the same workers appear on every program's line.
   */
  readonly workers: number;
  readonly monthlyEmployer: number;
  readonly monthlyWorker: number;
  readonly monthlyTotal: number;
  readonly periodEmployer: number;
  readonly periodWorker: number;
  readonly periodTotal: number;
}

function sumLines(group: BudgetGroup, program: string | null, lines: readonly BudgetLineLike[]): BudgetTotal {
  const sum = (f: (l: BudgetLineLike) => number): number => lines.reduce((s, l) => s + f(l), 0);
  let workers = sum((l) => l.workers);
  if (program === null) {
    const perAgency = new Map<string, number>();
    for (const l of lines) perAgency.set(l.agency, Math.max(perAgency.get(l.agency) ?? 0, l.workers));
    workers = [...perAgency.values()].reduce((s, n) => s + n, 0);
  }
  return {
    group,
    program,
    workers,
    monthlyEmployer: sum((l) => l.monthlyEmployer),
    monthlyWorker: sum((l) => l.monthlyWorker),
    monthlyTotal: sum((l) => l.monthlyTotal),
    periodEmployer: sum((l) => l.periodEmployer),
    periodWorker: sum((l) => l.periodWorker),
    periodTotal: sum((l) => l.periodTotal),
  };
}


/**
 * Per group present (BUDGET_GROUPS order): one total per program, then the group's total over all
 * programs. Groups overlap (all_roster holds the others), so no grand total across groups is given.
 */
export function budgetTotals(lines: readonly BudgetLineLike[]): BudgetTotal[] {
  const out: BudgetTotal[] = [];
  const agencyOnly = agencyLines(lines);
  for (const group of BUDGET_GROUPS) {
    const mine = agencyOnly.filter((l) => l.group === group);
    if (mine.length === 0) continue;
    const programs = [...new Set(mine.map((l) => l.program))].sort((a, b) => programRank(a) - programRank(b) || compareCodePoints(a, b));
    for (const p of programs) out.push(sumLines(group, p, mine.filter((l) => l.program === p)));
    out.push(sumLines(group, null, mine));
  }
  return out;
}

/**
 * An agency's period budget: the employer's share, what the pemda budgets (DOMAIN.md §2.1). The worker's
 * share of JHT/JP is apart: it is deducted from the honor, not paid from the APBD.
 */
export interface AgencyBudget {
  /**
   * Employer's share to enrol the unregistered and reactivate the inactive: 0 for an agency with budget
   * lines but none of those groups (everyone registered), as the terminal summary says Rp 0.
   */
  readonly toProtect: number | null;
  /** Employer's share for everyone on the rosters; null when it was not computed. */
  readonly allRoster: number | null;
  /** The workers' share of the same two figures (0 with JKK and JKM only). */
  readonly toProtectWorker: number | null;
  readonly allRosterWorker: number | null;
}

type MutableAgencyBudget = { -readonly [K in keyof AgencyBudget]: AgencyBudget[K] };

/** Per-agency money for the Summary sheet (period totals), keyed by agencyKey() as the summary groups agencies. */
export function agencyBudgets(lines: readonly BudgetLineLike[]): Map<string, AgencyBudget> {
  const out = new Map<string, MutableAgencyBudget>();
  for (const l of agencyLines(lines)) {
    const key = agencyKey(l.agency);
    let a = out.get(key);
    if (a === undefined) {
      a = { toProtect: 0, allRoster: null, toProtectWorker: 0, allRosterWorker: null };
      out.set(key, a);
    }
    if (l.group === 'unregistered' || l.group === 'inactive') {
      a.toProtect = (a.toProtect ?? 0) + l.periodEmployer;
      a.toProtectWorker = (a.toProtectWorker ?? 0) + l.periodWorker;
    }
    if (l.group === 'all_roster') {
      a.allRoster = (a.allRoster ?? 0) + l.periodEmployer;
      a.allRosterWorker = (a.allRosterWorker ?? 0) + l.periodWorker;
    }
  }
  return out;
}

/**
 * The Budget sheet: agency × group × program lines (filterable), one TOTAL row per group,
 * the notes (period, programs, rates, rounding), then the roster rows left out of the budget.
 */
export function writeBudgetSheet(book: XlsxBook, lang: Lang, budget: ReportBudget): void {
  const L = (code: string): string => label(lang, code);
  const sheet = XlsxSheet.open(book, L('xlsx.sheet.budget'), [
    { header: L('xlsx.col.agency'), type: 'agency' },
    { header: L('xlsx.col.group'), type: 'name' },
    { header: L('xlsx.col.program'), type: 'name' },
    { header: L('xlsx.col.workers'), type: 'count' },
    { header: L('xlsx.col.monthly_employer'), type: 'money' },
    { header: L('xlsx.col.monthly_worker'), type: 'money' },
    { header: L('xlsx.col.monthly_total'), type: 'money' },
    { header: L('xlsx.col.period_total'), type: 'money' },
    // After the columns the sheet always had, so a reader's column positions stay.
    { header: L('xlsx.col.period_employer'), type: 'money' },
    { header: L('xlsx.col.period_worker'), type: 'money' },
    { header: L('xlsx.col.risk_class'), type: 'name' },
  ]);
  for (const l of sortBudgetLines(agencyLines(budget.lines))) {
    sheet.addRow([
      xText(l.agency),
      xText(groupLabel(lang, l.group)),
      xText(programLabel(lang, l.program)),
      xCount(l.workers),
      xRupiah(l.monthlyEmployer),
      xRupiah(l.monthlyWorker),
      xRupiah(l.monthlyTotal),
      xRupiah(l.periodTotal),
      xRupiah(l.periodEmployer),
      xRupiah(l.periodWorker),
      xText(riskClassLabel(lang, l.riskClass)),
    ]);
  }
  // Sorting or filtering the lines must not move the TOTAL rows.
  sheet.filterHere();
  sheet.addBlankRow();
  const totals = budgetTotals(budget.lines);
  for (const t of totals) {
    sheet.addRow(
      [
        xText(L('xlsx.total')),
        xText(groupLabel(lang, t.group)),
        xText(t.program === null ? L('xlsx.budget.all_programs') : programLabel(lang, t.program)),
        xCount(t.workers),
        xRupiah(t.monthlyEmployer),
        xRupiah(t.monthlyWorker),
        xRupiah(t.monthlyTotal),
        xRupiah(t.periodTotal),
        xRupiah(t.periodEmployer),
        xRupiah(t.periodWorker),
        // No class on a total, as budget.csv's TOTAL lines: a sum over agencies was computed at no one class.
        xText(null),
      ],
      { bold: t.program === null },
    );
  }
  const notes = [...budget.notes.map((n) => translate(lang, n))];
  const groups = new Set(totals.map((t) => t.group));
  if (totals.length > 0) notes.push(L('xlsx.budget.total_workers_note'));
  if (groups.size > 1 && groups.has('all_roster')) notes.push(L('xlsx.budget.groups_overlap_note'));
  if (totals.some((t) => t.periodWorker !== 0)) notes.push(L('xlsx.budget.worker_share_note'));
  if (notes.length > 0) sheet.addBlankRow();
  for (const n of notes) sheet.addRow([xText(n)]);

  if (budget.notBudgeted.length > 0) {
    sheet.addBlankRow();
    sheet.addRow([xText(translate(lang, { code: 'xlsx.budget.not_budgeted', params: { count: budget.notBudgeted.length } }))], { bold: true });
    sheet.addRow([xText(L('xlsx.col.agency')), xText(L('xlsx.col.name')), xText(L('xlsx.col.location'))], { bold: true });
    for (const r of budget.notBudgeted) {
      const cells: XlsxCell[] = [xText(r.agency), xText(r.name), xText(formatProvenance(r.at))];
      sheet.addRow(cells);
    }
  }
  sheet.commit();
}
