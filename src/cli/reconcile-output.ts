import type { Worker } from '../normalize/person-record.js';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import type { ChalkInstance } from 'chalk';
import type { CliContext } from './cli-context.js';
import { t } from './cli-context.js';
import type { OutputCliOptions } from './output-options.js';
import type { OnlyFilter } from './only-statuses.js';
import { csvRowsToStdout, writeCsvFile, writeCsvRows } from './write-csv-file.js';
import type { AtomicFile } from '../io/atomic-file.js';
import { writeOutputs, type FillFile, type OutputSet } from '../io/output-set.js';
import { makeFolder } from '../io/make-folder.js';
import { carryDecisions } from './carry-decisions.js';
import type { ReviewRow } from '../review/review-row.js';
import type { Lang, Message } from '../i18n/message.js';
import { formatProvenance } from '../io/provenance.js';
import { msg } from '../i18n/message.js';
import { translate } from '../i18n/translate.js';
import type { ReconcileResult, WorkerDecision } from '../match/match-decision.js';
import type { MatchSettings } from '../match/match-settings.js';
import type { BudgetResult } from '../budget/compute-budget.js';
import { TOTAL_AGENCY } from '../budget/compute-budget.js';
import { isDefaultWageBasis } from '../budget/wage-basis.js';
import { budgetedWage, copyWagesOf, wageFromCopyNotes, type CopyWages } from '../budget/copy-wage.js';
import { wageBasisLine } from './wage-basis-line.js';
import type { RowProblem } from '../normalize/row-problem.js';
import { maskNik } from '../normalize/mask-nik.js';
import type { CsvFormat } from '../report/csv-format.js';
import { WORKER_COLUMNS, workerRowCells, workerRowEmitter, type RowPrivacy } from '../report/model/worker-row.js';
import { BPJS_ONLY_COLUMNS, bpjsOnlyRowCells, bpjsOnlyRowEmitter } from '../report/bpjs-only-row.js';
import { PROBLEM_COLUMNS, problemRowCells } from '../report/problem-row.js';
import { BUDGET_COLUMNS, budgetRowCells } from '../report/budget-row.js';
import { cellsToJson } from '../report/model/cells-json.js';
import { summaryJson } from '../report/model/summary-json.js';
import type { RunSummary } from '../report/model/agency-summary.js';
import { hasWorkerShare, renderSummaryTable, type AgencyMoney } from '../report/terminal-summary.js';
import { agenciesWithOwnClass, riskClassLabel } from '../report/agency-risk-classes.js';
import { formatInteger, formatRupiah } from '../report/format-number.js';
import type { ReportInput } from '../report/model/report-input.js';
import type { BpjsOnlyRecord } from '../report/model/bpjs-only-record.js';
import type { BpjsOnlyStore } from './bpjs-only-store.js';
import { REVIEW_COLUMNS, reviewRowCells } from '../review/review-row.js';
import { reviewRowsOf } from '../report/model/review-rows.js';
import { maskPersonKey } from '../review/mask-person-key.js';
import { maskDigitRuns } from '../normalize/mask-digit-runs.js';

const require = createRequire(import.meta.url);
const { version } = require('../../package.json') as { version: string };

/** Everything one reconcile run produced, ready to be written and shown. */
export interface ReconcileRun {
  readonly ctx: CliContext;
  readonly opts: OutputCliOptions & { readonly roster: readonly string[]; readonly bpjs: readonly string[]; readonly decisions?: readonly string[] };
  readonly csvFormat: CsvFormat;
  readonly only: OnlyFilter;
  readonly result: ReconcileResult;
  readonly summary: RunSummary;
  readonly budget: BudgetResult;
  readonly problems: readonly RowProblem[];
  readonly notes: readonly Message[];
  readonly settings: MatchSettings;
  readonly paint: ChalkInstance;
  /** BPJS participants that found no candidate, streamed out of the matcher (maybe spilled to disk). */
  readonly bpjsOnlyStore: BpjsOnlyStore;
  /** Participants that had candidates but ended unassigned (from the matcher), compact, in seq order. */
  readonly bpjsOnlyRetained: readonly BpjsOnlyRecord[];
  /** The rows of the `--decisions` files, carried into OUT/decisions.csv (null without --decisions). */
  readonly carriedDecisions: readonly ReviewRow[] | null;
}

function bpjsOnlyRecords(run: ReconcileRun): AsyncIterable<BpjsOnlyRecord> {
  return run.bpjsOnlyStore.records(run.bpjsOnlyRetained);
}

async function* mapAsync<A, B>(items: AsyncIterable<A>, f: (a: A) => B): AsyncIterable<B> {
  for await (const a of items) yield f(a);
}

/** The files `--out DIR` writes; all of them are rekon's own, replaced together on a re-run (OutputSet). */
export const OUT_FILES = ['workers.csv', 'bpjs_only.csv', 'problems.csv', 'budget.csv', 'review.csv', 'summary.json', 'report.xlsx'] as const;

const identity = (s: string): string => s;

function filePrivacy(run: ReconcileRun): RowPrivacy {
  return { mask: run.opts.maskNik === true ? maskNik : identity };
}

/** Masked on a terminal unless --show-nik; masked everywhere with --mask-nik (UU 27/2022). */
function stdoutPrivacy(run: ReconcileRun): RowPrivacy {
  const mask = run.opts.maskNik === true || (run.ctx.stdoutIsTty && run.opts.showNik !== true);
  return { mask: mask ? maskNik : identity };
}

function selectedDecisions(run: ReconcileRun): Iterable<WorkerDecision> {
  const only = run.only;
  if (only.kind !== 'workers') return run.result.decisions;
  return run.result.decisions.filter((d) => only.statuses.has(d.status));
}

function settingsJson(run: ReconcileRun): Record<string, unknown> {
  return {
    match: {
      accept_score: run.settings.acceptScore,
      review_score: run.settings.reviewScore,
      min_margin: run.settings.minMargin,
    },
    lang: run.ctx.lang,
    mask_nik: run.opts.maskNik === true,
  };
}

function summaryObject(run: ReconcileRun): Record<string, unknown> {
  return summaryJson(run.ctx.lang, {
    version,
    rosterInputs: run.opts.roster,
    bpjsInputs: run.opts.bpjs,
    summary: run.summary,
    workers: run.result.decisions.length,
    problems: run.problems,
    notes: run.notes,
    settings: settingsJson(run),
    budget: run.budget,
  });
}

/**
 * Every file of the run replaces its previous version together with the others (one OutputSet): the --out
 * folder is one report, and a run stopped or failed before the end leaves last month's files, all of them.
 */
export async function writeReconcileOutputs(run: ReconcileRun): Promise<void> {
  const { opts } = run;
  const out = opts.out;
  if (out !== undefined) await makeFolder(out);
  const outReport = out !== undefined && opts.xlsxReport ? resolve(out, 'report.xlsx') : null;
  await writeOutputs(async (set) => {
    if (out !== undefined) await writeOutFolder(run, set, out);
    // `--xlsx OUT/report.xlsx` names the workbook the folder gets anyway: written once.
    if (opts.xlsx !== undefined && opts.xlsx !== STDOUT && resolve(opts.xlsx) !== outReport) await set.write(opts.xlsx, (f) => writeWorkbook(run, f));
  });
}

async function writeOutFolder(run: ReconcileRun, set: OutputSet, dir: string): Promise<void> {
  const { ctx, opts } = run;
  const lang = ctx.lang;
  const privacy = filePrivacy(run);
  const file = (name: string, fill: FillFile): Promise<void> => set.write(join(dir, name), fill);
  await file('workers.csv', (f) => writeCsvRows(f, WORKER_COLUMNS, run.result.decisions, workerRowEmitter(lang, privacy), run.csvFormat));
  await file('bpjs_only.csv', (f) => writeCsvRows(f, BPJS_ONLY_COLUMNS, bpjsOnlyRecords(run), bpjsOnlyRowEmitter(privacy), run.csvFormat));
  await file('problems.csv', (f) => writeCsvFile(f, PROBLEM_COLUMNS, map(run.problems, (p) => problemRowCells(lang, p, privacy)), run.csvFormat));
  await file('budget.csv', (f) => writeCsvFile(f, BUDGET_COLUMNS, map(run.budget.lines, budgetRowCells), run.csvFormat));
  await file('review.csv', (f) => writeCsvFile(f, REVIEW_COLUMNS, map(reviewRowsOf(lang, run.result.decisions, privacy.mask, opts.maskNik === true ? maskPersonKey : undefined), reviewRowCells), run.csvFormat));
  await file('summary.json', (f) => f.write(`${JSON.stringify(summaryObject(run), null, 2)}\n`));
  if (opts.xlsxReport) await file('report.xlsx', (f) => writeWorkbook(run, f));
  if (run.carriedDecisions !== null) await carryDecisions(set, dir, opts.decisions ?? [], run.carriedDecisions);
}

/** `--xlsx -`: the workbook goes to stdout (for a pipeline), as `-` reads an input from stdin. */
export const STDOUT = '-';

/** Writes the workbook into `file` (exceljs pipes into its stream). */
async function writeWorkbook(run: ReconcileRun, file: AtomicFile): Promise<void> {
  await writeWorkbookTo(run, file.stream);
}

/** `ctx.out` as a stream for exceljs: stdout's errors (a reader that stopped) are main.ts's StdoutGuard's. */
function stdoutStream(ctx: CliContext): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      ctx.out(chunk);
      done();
    },
  });
}

async function writeWorkbookTo(run: ReconcileRun, stream: NodeJS.WritableStream): Promise<void> {
  const { ctx } = run;
  const nameAt = new Map(run.result.decisions.map((d) => [formatProvenance(d.worker), d.worker.name.original]));
  const input: ReportInput = {
    lang: ctx.lang,
    result: run.result,
    // A spilled list is too long for a worksheet anyway (Excel's row limit): bpjs_only.csv holds it all.
    bpjsOnly: run.bpjsOnlyStore.spilled ? run.bpjsOnlyRetained : run.bpjsOnlyStore.inMemory(run.bpjsOnlyRetained),
    summary: run.summary,
    problems: run.problems,
    budget: {
      lines: run.budget.lines,
      notBudgeted: run.budget.notBudgeted.map((r) => ({ at: r.at, name: nameAt.get(formatProvenance(r.at)) ?? '', agency: r.agency })),
      notes: [wageBasisLine(ctx.lang, run.budget), ...run.budget.notes, run.budget.basis.rounding, run.budget.basis.monthly, ...run.budget.basis.regulations],
    },
    run: {
      rosterInputs: run.opts.roster,
      bpjsInputs: run.opts.bpjs,
      settings: [
        [msg('setting.accept_score'), String(run.settings.acceptScore)],
        [msg('setting.review_score'), String(run.settings.reviewScore)],
        [msg('setting.period'), `${run.budget.basis.settings.period[0] ?? ''}..${run.budget.basis.settings.period.at(-1) ?? ''}`],
        // Program names are the same in both languages, upper-case as the terminal writes them.
        [msg('setting.programs'), run.budget.basis.settings.programs.join(', ').toUpperCase()],
        // Read by people in their language (it showed the machine values pu / very_low).
        [msg('setting.scheme'), t(ctx, { code: `budget.scheme.${run.budget.basis.settings.scheme}` })],
        [msg('setting.risk_class'), riskClassSetting(ctx, run.budget)],
        [msg('setting.wage_basis'), t(ctx, run.budget.basis.wageBasis)],
      ],
      notes: run.notes,
    },
    budgetedWage: isDefaultWageBasis(run.budget.basis.settings) ? undefined : budgetedWageOf(run.budget.basis.settings, copyWagesOf(run.result.decisions)),
    mask: filePrivacy(run).mask,
    // Midnight UTC of the run date: reruns on the same day give byte-identical workbooks.
    createdAt: new Date(`${ctx.today}T00:00:00Z`),
  };
  // exceljs is loaded only when a workbook is written (it is large; CSV-only runs start faster).
  const { writeReportWorkbook } = await import('../report/xlsx-report.js');
  await writeReportWorkbook(stream, input);
}

/** What goes to stdout: the human summary, or the chosen rows as CSV, or everything as JSON. */
export async function printReconcile(run: ReconcileRun): Promise<void> {
  const { ctx, opts } = run;
  const lang = ctx.lang;
  // The summary table would follow the workbook's bytes; the workbook has its own summary sheet.
  if (opts.xlsx === STDOUT) return writeWorkbookTo(run, stdoutStream(ctx));
  if (opts.format === 'csv') {
    const privacy = stdoutPrivacy(run);
    if (run.only.kind === 'bpjs_only') await csvRowsToStdout(ctx.out, BPJS_ONLY_COLUMNS, bpjsOnlyRecords(run), bpjsOnlyRowEmitter(privacy), run.csvFormat);
    else await csvRowsToStdout(ctx.out, WORKER_COLUMNS, selectedDecisions(run), workerRowEmitter(lang, privacy), run.csvFormat);
    return;
  }
  if (opts.format === 'json') {
    await printJson(run);
    return;
  }
  ctx.out(`${renderSummaryTable(lang, run.summary, run.paint, moneyByAgency(run.budget))}\n`);
  const s = run.budget.basis.settings;
  ctx.out(`${t(ctx, { code: 'summary.period', params: { from: s.period[0] ?? '', to: s.period.at(-1) ?? '', count: s.period.length, programs: s.programs.join('+').toUpperCase() } })}\n`);
  if (!isDefaultWageBasis(s)) ctx.out(`${t(ctx, wageBasisLine(lang, run.budget))}\n`);
  const classes = riskClassesText(lang, run.budget);
  if (classes !== null) ctx.out(`${classes}\n`);
  if (run.summary.bpjsOnly > 0) ctx.out(`${t(ctx, bpjsOnlyLine(lang, run.summary))}\n`);
  const related = run.summary.bpjsOnlyRelated;
  if (related.other_registration + related.review_candidate > 0) {
    const params = { other: formatInteger(lang, related.other_registration), review: formatInteger(lang, related.review_candidate) };
    ctx.out(`${t(ctx, { code: 'summary.bpjs_only_related', params })}\n`);
  }
  if (run.problems.length > 0) ctx.out(`${t(ctx, { code: 'summary.problems', params: { count: formatInteger(lang, run.problems.length) } })}\n`);
  if (run.budget.notBudgeted.length > 0) ctx.out(`${t(ctx, { code: 'summary.not_budgeted', params: { count: formatInteger(lang, run.budget.notBudgeted.length) } })}\n`);
  const onScreen = (text: string): string => (ctx.stdoutIsTty && opts.showNik !== true ? maskDigitRuns(text) : text);
  // A person budgeted at a copy's wage is part of the budget line printed below: said where it is read.
  for (const n of [...run.notes, ...wageFromCopyNotes(run.budget.notes)]) ctx.out(run.paint.dim(onScreen(`· ${translate(lang, n)}`)) + '\n');
  if (opts.out !== undefined) ctx.out(`${t(ctx, { code: 'summary.outputs_written', params: { dir: opts.out } })}\n`);
  const total = moneyByAgency(run.budget).total;
  const rp = (n: number): string => formatRupiah(lang, n);
  const employer = { to_protect: rp(total.toProtect), all: rp(total.allRoster) };
  if (!hasWorkerShare(total)) ctx.out(`${t(ctx, { code: 'summary.budget_line', params: employer })}\n`);
  else {
    ctx.out(`${t(ctx, { code: 'summary.budget_line_employer', params: employer })}\n`);
    const worker = {
      to_protect: rp(total.toProtectWorker),
      all: rp(total.allRosterWorker),
      to_protect_total: rp(total.toProtect + total.toProtectWorker),
      all_total: rp(total.allRoster + total.allRosterWorker),
    };
    ctx.out(`${t(ctx, { code: 'summary.worker_share_line', params: worker })}\n`);
  }
}

/** The wage a roster row is budgeted at under the run's wage basis (null: not budgeted), as computeBudget resolves it. */
function budgetedWageOf(s: BudgetResult['basis']['settings'], copies: CopyWages): (worker: Worker) => number | null {
  return (worker) => budgetedWage(s, worker.wage, copies.get(worker));
}

/**
 * "Paid for, but not listed" counts only the BPJS-only participants whose membership is active (or has no status
 * rekon knows): a death, a leaver or a PHK on no roster is paid for by nobody (exploratory round 4, C05).
 */
function bpjsOnlyLine(lang: Lang, s: RunSummary): Message {
  const paid = s.bpjsOnly - s.bpjsOnlyInactive;
  if (s.bpjsOnlyInactive === 0) return { code: 'summary.bpjs_only', params: { count: formatInteger(lang, s.bpjsOnly) } };
  if (paid === 0) return { code: 'summary.bpjs_only_inactive_only', params: { count: formatInteger(lang, s.bpjsOnly) } };
  return { code: 'summary.bpjs_only_inactive_too', params: { count: formatInteger(lang, paid), inactive: formatInteger(lang, s.bpjsOnlyInactive) } };
}

/**
 * "Kelas I (sangat rendah); per OPD: DINAS PEMADAM KEBAKARAN Kelas V (sangat tinggi)": null when every
 * agency budgeted used the default class (it is then in the settings, not news on the terminal).
 */
function riskClassesText(lang: CliContext['lang'], budget: BudgetResult): string | null {
  const s = budget.basis.settings;
  const own = agenciesWithOwnClass(budget.lines, s.riskClass);
  if (own.length === 0) return null;
  const agencies = own.map(([agency, riskClass]) => `${agency} ${riskClassLabel(lang, riskClass) ?? riskClass}`).join(', ');
  return translate(lang, { code: 'summary.risk_classes', params: { default: riskClassLabel(lang, s.riskClass) ?? s.riskClass, agencies } });
}

/** The workbook's settings row for the JKK class: the default, and where to look when some agencies have their own. */
function riskClassSetting(ctx: CliContext, budget: BudgetResult): string {
  const s = budget.basis.settings;
  const byDefault = t(ctx, { code: `budget.risk_class.${s.riskClass}` });
  if (agenciesWithOwnClass(budget.lines, s.riskClass).length === 0) return byDefault;
  return t(ctx, { code: 'setting.risk_class_per_agency', params: { default: byDefault } });
}

/**
 * Everything as one JSON document, written in pieces: the BPJS-only list can be far longer than
 * what fits in one string.
 */
async function printJson(run: ReconcileRun): Promise<void> {
  const { ctx } = run;
  const lang = ctx.lang;
  const privacy = stdoutPrivacy(run);
  const indent = (s: string): string => s.replace(/\n/g, '\n  ');
  const array = async (items: Iterable<unknown> | AsyncIterable<unknown>): Promise<void> => {
    let first = true;
    ctx.out('[');
    for await (const item of items) {
      ctx.out(`${first ? '' : ','}\n    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}`);
      first = false;
    }
    ctx.out(first ? ']' : '\n  ]');
  };
  ctx.out(`{\n  "summary": ${indent(JSON.stringify(summaryObject(run), null, 2))},\n  "workers": `);
  await array(run.only.kind === 'bpjs_only' ? [] : map(selectedDecisions(run), (d) => workerJson(lang, d, privacy)));
  ctx.out(',\n  "bpjs_only": ');
  await array(run.only.kind === 'all' || run.only.kind === 'bpjs_only' ? mapAsync(bpjsOnlyRecords(run), (p) => cellsToJson(bpjsOnlyRowCells(p, privacy))) : []);
  ctx.out(',\n  "problems": ');
  await array(map(run.problems, (p) => cellsToJson(problemRowCells(lang, p, privacy))));
  ctx.out('\n}\n');
}

/** A candidate's `bpjs_sheet` is null for a CSV (no sheet), as the worker's own is (cellsToJson). */
function workerJson(lang: CliContext['lang'], d: WorkerDecision, privacy: RowPrivacy): Record<string, unknown> {
  const row = cellsToJson(workerRowCells(lang, d, privacy));
  return {
    ...row,
    flags: d.flags,
    reasons: d.reasons.map((r) => ({ code: r.code, params: r.params ?? {}, text: translate(lang, r) })),
    candidates: d.candidates.map((c) => ({ bpjs_file: c.bpjs.file, bpjs_sheet: c.bpjs.sheet === '' ? null : c.bpjs.sheet, bpjs_row: c.bpjs.row, score: Math.round(c.score * 100) / 100, reasons: c.reasons.map((r) => translate(lang, r)) })),
  };
}

/**
 * Period totals per agency: to protect (unregistered + inactive) and all rosters, the employer's share
 * (what the pemda budgets) and the workers' share (deducted from the honor) apart.
 */
export function moneyByAgency(budget: BudgetResult): { byAgency: Map<string, AgencyMoney>; total: AgencyMoney } {
  const none = (): { -readonly [K in keyof AgencyMoney]: number } => ({ toProtect: 0, allRoster: 0, toProtectWorker: 0, allRosterWorker: 0 });
  const acc = new Map<string, ReturnType<typeof none>>();
  for (const l of budget.lines) {
    let m = acc.get(l.agency);
    if (m === undefined) {
      m = none();
      acc.set(l.agency, m);
    }
    if (l.group === 'unregistered' || l.group === 'inactive') {
      m.toProtect += l.periodEmployer;
      m.toProtectWorker += l.periodWorker;
    }
    if (l.group === 'all_roster') {
      m.allRoster += l.periodEmployer;
      m.allRosterWorker += l.periodWorker;
    }
  }
  const total = acc.get(TOTAL_AGENCY) ?? none();
  acc.delete(TOTAL_AGENCY);
  return { byAgency: acc, total };
}

function* map<A, B>(items: Iterable<A>, f: (a: A) => B): Iterable<B> {
  for (const a of items) yield f(a);
}
