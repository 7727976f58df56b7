import { agencyKey } from '../budget/agency-key.js';
import type { Lang, Message } from '../i18n/message.js';
import { label, translate } from '../i18n/translate.js';
import type { StatusCounts } from './model/agency-summary.js';
import type { ReportInput } from './model/report-input.js';
import { agencyBudgets, type AgencyBudget } from './xlsx-budget-sheet.js';
import type { XlsxBook } from './xlsx-book.js';
import type { XlsxCell, XlsxColumn } from './xlsx-sheet.js';
import { XlsxSheet, xCount, xPercent, xRupiah, xText } from './xlsx-sheet.js';
import { NO_FIGURE } from './format-number.js';
import { coverageTenths } from './shown-coverage.js';


/**
 * The Summary sheet: per-agency counts and coverage (filterable), a bold TOTAL row, the budget per
 * agency when one was computed, then the run's inputs, settings and notes, so the workbook explains itself.
 */
export function writeSummarySheet(book: XlsxBook, input: ReportInput): void {
  const lang: Lang = input.lang;
  const L = (code: string): string => label(lang, code);
  const money = input.budget === null ? null : agencyBudgets(input.budget.lines);
  const columns: XlsxColumn[] = [
    { header: L('xlsx.col.agency'), type: 'label' },
    { header: L('xlsx.col.workers'), type: 'count' },
    { header: L('xlsx.col.registered'), type: 'count' },
    { header: L('xlsx.col.inactive'), type: 'count' },
    { header: L('xlsx.col.unregistered'), type: 'count' },
    { header: L('xlsx.col.review'), type: 'count' },
    { header: L('xlsx.col.duplicate'), type: 'count' },
    { header: L('xlsx.col.coverage'), type: 'percent' },
  ];
  // The budget columns are the employer's share (the APBD line); the workers' share of JHT/JP, deducted
  // from the honor, gets its own columns, only when there is one (JKK and JKM have none).
  const workerShare = money !== null && [...money.values()].some((m) => (m.toProtectWorker ?? 0) !== 0 || (m.allRosterWorker ?? 0) !== 0);
  if (money !== null) columns.push({ header: L('xlsx.col.budget_to_protect'), type: 'money' }, { header: L('xlsx.col.budget_all_roster'), type: 'money' });
  if (workerShare) columns.push({ header: L('xlsx.col.worker_share_to_protect'), type: 'money' }, { header: L('xlsx.col.worker_share_all_roster'), type: 'money' });
  const sheet = XlsxSheet.open(book, L('xlsx.sheet.summary'), columns);

  // The figures the terminal shows: coverage rounded by its rule (the cell holds 0.667, not 2/3, so Excel's "0.0%"
  // shows the terminal's 66.7 % and never 100.0 % while someone is uncovered), "–" where there is no figure.
  const figure = (v: number | null | undefined, cell: (v: number) => XlsxCell): XlsxCell => (v === null || v === undefined ? xText(NO_FIGURE) : cell(v));
  const line = (name: string, c: StatusCounts, m: AgencyBudget | undefined): XlsxCell[] => {
    const coverage = coverageTenths(c);
    const cells = [
      xText(name),
      xCount(c.workers),
      xCount(c.registered),
      xCount(c.inactive),
      xCount(c.unregistered),
      xCount(c.review),
      xCount(c.duplicate),
      figure(coverage, (t) => xPercent(t / 1000)),
    ];
    if (money !== null) cells.push(figure(m?.toProtect, xRupiah), figure(m?.allRoster, xRupiah));
    if (workerShare) cells.push(figure(m?.toProtectWorker, xRupiah), figure(m?.allRosterWorker, xRupiah));
    return cells;
  };
  for (const a of input.summary.agencies) sheet.addRow(line(a.agency, a, money?.get(agencyKey(a.agency))));
  // The filter covers the agencies only, so sorting them leaves TOTAL at the bottom.
  sheet.filterHere();
  let total: AgencyBudget | undefined;
  if (money !== null) {
    const sum = (f: (m: AgencyBudget) => number | null): number | null =>
      [...money.values()].reduce<number | null>((s, m) => (f(m) === null ? s : (s ?? 0) + (f(m) ?? 0)), null);
    total = {
      toProtect: sum((m) => m.toProtect),
      allRoster: sum((m) => m.allRoster),
      toProtectWorker: sum((m) => m.toProtectWorker),
      allRosterWorker: sum((m) => m.allRosterWorker),
    };
  }
  sheet.addRow(line(L('xlsx.total'), input.summary.total, total), { bold: true });

  sheet.addBlankRow();
  sheet.addRow([xText(L('xlsx.summary.bpjs_only')), xCount(input.summary.bpjsOnly)]);
  sheet.addRow([xText(L('xlsx.summary.bpjs_only_other_registration')), xCount(input.summary.bpjsOnlyRelated.other_registration)]);
  sheet.addRow([xText(L('xlsx.summary.bpjs_only_review_candidate')), xCount(input.summary.bpjsOnlyRelated.review_candidate)]);
  if (input.summary.bpjsOnlyInactive > 0) sheet.addRow([xText(L('xlsx.summary.bpjs_only_inactive')), xCount(input.summary.bpjsOnlyInactive)]);
  sheet.addRow([xText(L('xlsx.summary.problems')), xCount(input.problems.length)]);

  sheet.addBlankRow();
  sheet.addRow([xText(L('xlsx.summary.inputs'))], { bold: true });
  for (const f of input.run.rosterInputs) sheet.addRow([xText(L('xlsx.summary.roster_input')), xText(f)]);
  for (const f of input.run.bpjsInputs) sheet.addRow([xText(L('xlsx.summary.bpjs_input')), xText(f)]);

  if (input.run.settings.length > 0) {
    sheet.addBlankRow();
    sheet.addRow([xText(L('xlsx.summary.settings'))], { bold: true });
    for (const [name, value] of input.run.settings) sheet.addRow([xText(translate(lang, name)), xText(value)]);
  }

  const notes: Message[] = [...input.result.notes, ...input.run.notes, ...(input.budget?.notes ?? [])];
  if (workerShare) notes.push({ code: 'xlsx.budget.worker_share_note' });
  if (notes.length > 0) {
    sheet.addBlankRow();
    sheet.addRow([xText(L('xlsx.summary.notes'))], { bold: true });
    for (const n of notes) sheet.addRow([xText(translate(lang, n))]);
  }
  sheet.commit();
}
