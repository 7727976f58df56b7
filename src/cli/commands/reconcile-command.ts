import { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { t, warn } from '../cli-context.js';
import { sayNote } from '../stderr-note.js';
import type { SetExit } from '../program.js';
import { required } from '../required-option.js';
import { withExamples } from '../help-examples.js';
import { addReadOptions, columnMapping, mapOption, mapOptionElsewhere, parseHeaderRow, sheetSelection, type InputCliOptions } from '../input-options.js';
import { addBudgetOptions, budgetSettingsFrom, type BudgetCliOptions } from '../budget-options.js';
import { addOutputOptions, csvFormatFrom, type OutputCliOptions } from '../output-options.js';
import { loadConfig } from '../config-file.js';
import { Progress } from '../progress.js';
import { phaseTimer, printBlockingStats } from '../phase-timer.js';
import { readRoster, readSide, startSidesInWorker, type SideStats } from '../load-side.js';
import { BpjsOnlyStore } from '../bpjs-only-store.js';
import { compactBpjsOnly } from '../../report/model/bpjs-only-record.js';
import { deceasedMatchProblems } from '../../match/deceased-match.js';
import { RepeatedParticipantRows } from '../../normalize/repeated-participant-rows.js';
import type { ReconcileResult } from '../../match/match-decision.js';
import { paintFor } from '../paint.js';
import { EXIT } from '../exit-codes.js';
import { parseFailOn, failOnMet } from '../fail-on.js';
import { parseOnly } from '../only-statuses.js';
import { skippedFolderNotes } from '../skipped-folders.js';
import { formatInteger } from '../../i18n/format-integer.js';
import { writeReconcileOutputs, printReconcile, OUT_FILES, STDOUT, type ReconcileRun } from '../reconcile-output.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRosterIntake } from '../../match/create-matcher.js';
import { matchSettings } from '../../match/match-settings.js';
import { budgetFromDecisions } from '../../budget/compute-budget.js';
import { DEFAULT_RATE_TABLE } from '../../budget/default-rate-table.js';
import { summarize } from '../../report/model/agency-summary.js';
import { msg, type Message } from '../../i18n/message.js';
import { expandInputs } from '../../io/read-input.js';
import { inputsOnBothSides, type RepeatedInput } from '../../io/repeated-inputs.js';
import { repeatedInputNotes } from '../repeated-input-notes.js';
import { checkOutputDir, checkOutputFile, refuseToOverwriteInputs, refuseToWriteIntoInputFolders } from '../output-guard.js';
import { UsageError } from '../../errors.js';
import { readDecisionFile } from '../../review/decision-file.js';
import type { ReviewRow } from '../../review/review-row.js';
import { notBudgetedNote } from '../not-budgeted-note.js';
import { decisionsOf } from '../../review/decisions-of.js';
import type { ManualDecision } from '../../review/manual-decision.js';
import { unappliedDecisionNotes } from '../../review/unapplied-decision-notes.js';
import { limitHeapGrowth } from '../heap-growth.js';

interface ReconcileOptions extends InputCliOptions, BudgetCliOptions, OutputCliOptions {
  readonly roster: string[];
  readonly bpjs: string[];
  readonly rosterMap?: string[];
  readonly bpjsMap?: string[];
  readonly decisions?: readonly string[];
}

export function reconcileCommand(ctx: CliContext, setExit: SetExit): Command {
  const cmd = new Command('reconcile')
    .description(t(ctx, { code: 'cmd.reconcile.description' }))
    .option('--roster <path...>', t(ctx, { code: 'cmd.reconcile.roster' }))
    .option('--bpjs <path...>', t(ctx, { code: 'cmd.reconcile.bpjs' }))
    .addOption(mapOption(ctx, '--roster-map'))
    .addOption(mapOption(ctx, '--bpjs-map'))
    .addOption(mapOptionElsewhere('--map', ['--roster-map', '--bpjs-map']))
    .option('--decisions <file>', t(ctx, { code: 'cmd.reconcile.decisions' }), (value: string, previous: readonly string[] | undefined) => [...(previous ?? []), value]);
  addReadOptions(ctx, cmd);
  addOutputOptions(ctx, cmd, ['text', 'csv', 'json']);
  addBudgetOptions(ctx, cmd);
  cmd.action(async (opts: Omit<ReconcileOptions, 'roster' | 'bpjs'> & Partial<Pick<ReconcileOptions, 'roster' | 'bpjs'>>) => {
    setExit(await runReconcile(ctx, { ...opts, roster: required(opts.roster, '--roster <path...>'), bpjs: required(opts.bpjs, '--bpjs <path...>') }, setExit));
  });
  return withExamples(ctx, cmd, [
    'rekon reconcile --roster fixtures/roster --bpjs fixtures/bpjs',
    'rekon reconcile --roster opd/ --bpjs bpjs-2026-01.csv --out laporan-2026-01',
    'rekon reconcile --roster opd/ --bpjs bpjs.csv --format csv --only unregistered,review > tindak-lanjut.csv',
    'rekon reconcile --roster opd/ --bpjs bpjs.csv --format json --quiet | jq .summary.totals',
    'rekon reconcile --roster opd/ --bpjs bpjs.csv --out laporan --fail-on unregistered,review',
    'rekon reconcile --roster 2026-02/opd --bpjs 2026-02/bpjs.csv --decisions laporan-2026-01/decisions.csv --out laporan-2026-02',
  ], true);
}

/** See heap-growth.ts: the peak memory of a large run, at no measurable cost in time. */
const HEAP_GROWTH_PERCENT = 15;

async function runReconcile(ctx: CliContext, opts: ReconcileOptions, setExit: SetExit): Promise<number> {
  const config = await loadConfig(ctx);
  const failOn = parseFailOn(opts.failOn);
  const only = parseOnly(opts.only);
  // The summary table always counts everything; a filter the user typed must not look applied.
  if (opts.only !== undefined && opts.format === 'text') warn(ctx, msg('cli.only_without_format'));
  refuseStdinTwice(opts);
  const csvFormat = csvFormatFrom(opts);
  const budgetSettings = budgetSettingsFrom(ctx, opts, { ...config.budget, agencyRisk: config.agencyRisk }, DEFAULT_RATE_TABLE);
  const settings = matchSettings(config.match);

  // Check outputs before the (possibly long) run: never write over an input.
  const skipped: string[] = [];
  const repeated: RepeatedInput[] = [];
  const rosterFiles = await expandInputs(opts.roster, { allowDirectories: true, skippedFolders: skipped, repeated });
  const bpjsFiles = await expandInputs(opts.bpjs, { allowDirectories: true, skippedFolders: skipped, repeated });
  const runNotes: Message[] = [...skippedFolderNotes(skipped), ...repeatedInputNotes(repeated)];
  for (const both of await inputsOnBothSides(rosterFiles, bpjsFiles)) {
    runNotes.push(both.why === 'same_file' ? msg('run.same_file_both_sides', { file: both.name }) : msg('run.same_content_both_sides', { file: both.name, roster: both.roster }));
  }
  // The decisions file is an input too: `--decisions laporan/review.csv --out laporan` would replace the
  // review.csv the officer just filled in.
  const decisionsFile = (opts.decisions ?? []).map((d) => ({ name: d, path: d === '-' ? null : d }));
  const outputs = plannedOutputs(opts);
  await refuseToOverwriteInputs(outputs, [...rosterFiles, ...bpjsFiles, ...decisionsFile]);
  await refuseToWriteIntoInputFolders(outputs, [...opts.roster, ...opts.bpjs]);
  if (opts.out !== undefined) await checkOutputDir(opts.out);
  // A report.xlsx left from an earlier run beside this run's files would be read as this month's.
  if (opts.out !== undefined && !opts.xlsxReport && existsSync(join(opts.out, 'report.xlsx'))) runNotes.push(msg('run.stale_report_xlsx', { file: join(opts.out, 'report.xlsx') }));
  if (opts.xlsx === STDOUT) refuseWorkbookToStdout(ctx, opts.format);
  else if (opts.xlsx !== undefined) await checkOutputFile(opts.xlsx);

  const progress = new Progress(ctx);
  // A read error after the counter was drawn: wiped first, or the one-line error is glued to it.
  return progress.wipedAfter(async () => {
    const phase = phaseTimer(ctx);
    const read = { headerRow: parseHeaderRow(opts.headerRow), delimiter: opts.inputDelimiter, encoding: opts.inputEncoding, sheets: sheetSelection(opts, config.sheets) };
    const bpjsRead = { ...read, ...columnMapping(opts.bpjsMap, config, 'bpjs', '--bpjs-map'), mapFlag: '--bpjs-map' };
    const rosterRead = { ...read, ...columnMapping(opts.rosterMap, config, 'roster', '--roster-map'), agencyAliases: config.agencyAliases, mapFlag: '--roster-map' };
    // Both sides are parsed in a reader thread (2 cores): the rosters first, their rows taken into the
    // matcher here as they arrive (features, blocking keys); then the BPJS export, read ahead while the
    // rosters are indexed.
    // The thread reads the files expanded above, not the folders again: a file saved into a folder meanwhile
    // would be read without the checks above (never an output, same file on both sides).
    const names = (files: readonly { name: string }[]): string[] => files.map((f) => f.name);
    const { roster: rosterEvents, bpjs: bpjsEvents } = startSidesInWorker(ctx, { inputs: names(rosterFiles), options: rosterRead }, { inputs: names(bpjsFiles), options: bpjsRead });
    const intake = createRosterIntake();
    const roster = await readRoster(ctx, opts.roster, rosterRead, progress, { events: rosterEvents, onBatch: (b) => intake.add(b) });
    // Wiped before --debug's phase line, which would otherwise be glued to the counter.
    progress.done();
    await phase('roster_read');
    const manual = opts.decisions === undefined ? null : await readManualDecisions(opts.decisions, ctx.stdin as AsyncIterable<unknown>);
    if (manual !== null) runNotes.push(...manual.warnings);
    const matcher = intake.matcher(settings, manual?.decisions ?? []);
    await phase('roster_indexed');
    limitHeapGrowth(HEAP_GROWTH_PERCENT);
    // The BPJS side streams through the matcher; what finds no candidate leaves it at once (memory
    // stays bounded by the roster side).
    const store = new BpjsOnlyStore();
    const repeats = new RepeatedParticipantRows(MAX_BPJS_PROBLEMS);
    try {
      const read = await readSide(ctx, 'bpjs', opts.bpjs, bpjsRead, progress, (batch) => store.add(matcher.addParticipants(repeats.drop(batch))), { maxProblems: MAX_BPJS_PROBLEMS, ...(bpjsEvents === null ? {} : { events: bpjsEvents }) });
      const bpjs = withRepeatedRows(read, repeats);
      progress.done();
      await phase('bpjs_streamed');
      printBlockingStats(ctx, matcher.stats());
      const result = matcher.finish();
      await phase('matched');
      if (manual !== null) runNotes.push(...unappliedDecisionNotes(manual.decisions, result.manualApplied ?? [], result.manualNotApplied ?? []));
      const carried = manual?.rows ?? null;
      const code = await finishRun(ctx, opts, { failOn, only, csvFormat, budgetSettings, settings, runNotes, roster, bpjs, store, result, carried }, setExit);
      await phase('reported');
      return code;
    } finally {
      store.dispose();
    }
  });
}

/**
 * `--xlsx -` sends the workbook to stdout, as `-` reads an input from stdin: for a pipeline (an upload tool).
 * Binary data on a terminal is garbage there, and CSV or JSON rows after it would break the workbook.
 */
function refuseWorkbookToStdout(ctx: CliContext, format: ReconcileOptions['format']): void {
  if (ctx.stdoutIsTty) throw new UsageError(msg('cli.xlsx_stdout_terminal'));
  if (format !== 'text') throw new UsageError(msg('cli.xlsx_stdout_with_format', { format }));
}

/** stdin holds one input: `-` given to two options (or twice to one) is a usage error naming them. */
function refuseStdinTwice(opts: Pick<ReconcileOptions, 'roster' | 'bpjs' | 'decisions'>): void {
  const given = (['roster', 'bpjs', 'decisions'] as const).flatMap((name) => (opts[name] ?? []).filter((p) => p === '-').map(() => `--${name}`));
  if (given.length > 1) throw new UsageError(msg('cli.stdin_twice', { options: given.join(', ') }));
}

/** Every --decisions file in the order given (a later file's row wins, as a later row does); `-` is stdin. */
async function readManualDecisions(paths: readonly string[], stdin: AsyncIterable<unknown>): Promise<{ decisions: ManualDecision[]; warnings: Message[]; rows: ReviewRow[] }> {
  const rows: ReviewRow[] = [];
  for (const path of paths) rows.push(...(await readDecisionFile(path, stdin)));
  return { ...decisionsOf(rows), rows };
}

/** BPJS-side findings kept for the reports; past this only their number is said (the export can be huge). */
const MAX_BPJS_PROBLEMS = 100_000;

/** The BPJS side's problems with the repeated-row ones after them, under the same cap and its one note. */
function withRepeatedRows(read: SideStats, repeats: RepeatedParticipantRows): SideStats {
  if (repeats.problems.length === 0 && repeats.dropped === 0) return read;
  const room = Math.max(0, MAX_BPJS_PROBLEMS - read.problems.length);
  const problems = [...read.problems, ...repeats.problems.slice(0, room)];
  const droppedProblems = read.droppedProblems + Math.max(0, repeats.problems.length - room) + repeats.dropped;
  if (droppedProblems === 0) return { ...read, problems };
  const notes = [...read.notes.filter((n) => n.code !== 'run.problems_capped'), msg('run.problems_capped', { kept: problems.length, count: droppedProblems })];
  return { ...read, problems, notes, droppedProblems };
}

async function finishRun(
  ctx: CliContext,
  opts: ReconcileOptions,
  r: {
    failOn: ReturnType<typeof parseFailOn>;
    only: ReturnType<typeof parseOnly>;
    csvFormat: ReturnType<typeof csvFormatFrom>;
    budgetSettings: ReturnType<typeof budgetSettingsFrom>;
    settings: ReturnType<typeof matchSettings>;
    runNotes: Message[];
    roster: Awaited<ReturnType<typeof readRoster>>;
    bpjs: SideStats;
    store: BpjsOnlyStore;
    result: ReconcileResult;
    carried: readonly ReviewRow[] | null;
  },
  setExit: SetExit,
): Promise<number> {
  const { failOn, only, csvFormat, budgetSettings, settings, runNotes, roster, bpjs, store, result, carried } = r;

  if (bpjs.records === 0) runNotes.push(msg('run.no_participants'));
  for (const role of ['birth_date', 'nik'] as const) {
    const present = role === 'birth_date' ? bpjs.roles.has('birth_date') || bpjs.roles.has('birth_place_date') : bpjs.roles.has(role);
    if (bpjs.records > 0 && !present) runNotes.push(msg('run.missing_role', { role }));
  }
  const notes = [...runNotes, ...roster.stats.notes, ...bpjs.notes, ...result.notes];
  // Text output lists them under the table; machine formats keep stdout clean, so say them on stderr:
  // all of them with CSV or a workbook on stdout (nowhere else to go), the run's own with JSON (the others are in its notes).
  const stdoutIsData = opts.format !== 'text' || opts.xlsx === STDOUT;
  if (!ctx.quiet && stdoutIsData) for (const n of opts.format === 'json' ? runNotes : notes) sayNote(ctx, n);

  const retained = result.bpjsOnly.map((p, i) => compactBpjsOnly(p, result.bpjsOnlyLinks?.[i] ?? null));
  if (store.spilled) notes.push(msg('run.bpjs_only_in_csv_only', { count: store.count + retained.length }));
  const budget = budgetFromDecisions(result.decisions, budgetSettings, DEFAULT_RATE_TABLE);
  const unbudgeted = notBudgetedNote(budget.notBudgeted);
  if (!ctx.quiet && stdoutIsData && unbudgeted !== null) warn(ctx, unbudgeted);
  // A rekon.toml risk class that reached no agency: a setting the officer believes in force (any format).
  if (!ctx.quiet) for (const n of budget.notes) if (n.code === 'budget.note.risk_agency_unused') warn(ctx, n);
  const summary = summarize(result, store.count + retained.length, store.inactive + retained.filter((p) => p.status === 'inactive').length);
  const problems = [...roster.stats.problems, ...bpjs.problems, ...deceasedMatchProblems(result.decisions)];
  const run: ReconcileRun = {
    ctx,
    opts,
    csvFormat,
    only,
    result,
    summary,
    budget,
    problems,
    notes,
    settings,
    paint: paintFor(ctx),
    bpjsOnlyStore: store,
    bpjsOnlyRetained: retained,
    carriedDecisions: carried,
  };
  const met = failOnMet(failOn, { summary, problems: problems.length });
  // A cron log must say why the job "failed", not only that it did: at the end of the run, or when a reader
  // that stops early (`| head`) ends it (said once either way).
  let said = ctx.quiet;
  const sayMet = (): void => {
    if (said) return;
    said = true;
    const conditions = met.map((m) => `${m.condition} (${formatInteger(ctx.lang, m.count)})`).join(', ');
    ctx.err(`rekon: ${t(ctx, msg('cli.fail_on_met', { conditions }))}\n`);
  };
  // Known before stdout is written: a reader that stops early must not turn it into 0.
  if (met.length > 0) setExit(EXIT.conditionMet, sayMet);
  await writeReconcileOutputs(run);
  await printReconcile(run);
  if (met.length === 0) return EXIT.ok;
  sayMet();
  return EXIT.conditionMet;
}

function plannedOutputs(opts: ReconcileOptions): string[] {
  const out: string[] = [];
  // Only what this run writes: with --no-xlsx-report, a report.xlsx in the folder may be an input.
  if (opts.out !== undefined) for (const f of OUT_FILES) if (f !== 'report.xlsx' || opts.xlsxReport) out.push(join(opts.out, f));
  if (opts.xlsx !== undefined && opts.xlsx !== STDOUT) out.push(opts.xlsx);
  return out;
}
