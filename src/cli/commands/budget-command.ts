import { Command, Option } from 'commander';
import { join } from 'node:path';
import { makeFolder } from '../../io/make-folder.js';
import { choiceOption } from '../choice-option.js';
import type { CliContext } from '../cli-context.js';
import { t, warn } from '../cli-context.js';
import { sayNote } from '../stderr-note.js';
import { skippedFolderNotes } from '../skipped-folders.js';
import { notBudgetedNote } from '../not-budgeted-note.js';
import type { SetExit } from '../program.js';
import { required } from '../required-option.js';
import { withExamples } from '../help-examples.js';
import { addInputOptions, columnMapping, parseHeaderRow, sheetSelection, type InputCliOptions } from '../input-options.js';
import { addBudgetOptions, budgetSettingsFrom, type BudgetCliOptions } from '../budget-options.js';
import { csvFormatFrom } from '../output-options.js';
import { loadConfig } from '../config-file.js';
import { Progress } from '../progress.js';
import { readRoster } from '../load-side.js';
import { paintFor } from '../paint.js';
import { csvToStdout, writeCsvFile } from '../write-csv-file.js';
import { writeOutputs } from '../../io/output-set.js';
import { expandInputs } from '../../io/read-input.js';
import type { RepeatedInput } from '../../io/repeated-inputs.js';
import { repeatedInputNotes } from '../repeated-input-notes.js';
import { checkOutputDir, refuseToOverwriteInputs, refuseToWriteIntoInputFolders } from '../output-guard.js';
import { budgetFromRoster, TOTAL_AGENCY } from '../../budget/compute-budget.js';
import { copyWagesOf } from '../../budget/copy-wage.js';
import { isDefaultWageBasis } from '../../budget/wage-basis.js';
import { wageBasisLine } from '../wage-basis-line.js';
import { formatRupiah } from '../../report/format-number.js';
import { createMatcher } from '../../match/create-matcher.js';
import type { WorkerDecision } from '../../match/match-decision.js';
import type { Worker } from '../../normalize/person-record.js';
import { matchSettings } from '../../match/match-settings.js';
import { msg, type Message } from '../../i18n/message.js';
import { DEFAULT_RATE_TABLE } from '../../budget/default-rate-table.js';
import { BUDGET_COLUMNS, budgetRowCells } from '../../report/budget-row.js';
import { budgetJson } from '../../report/model/summary-json.js';
import { renderBudgetTable } from '../../report/terminal-budget.js';
import { formatProvenance } from '../../io/provenance.js';
import { translate } from '../../i18n/translate.js';

interface BudgetOptions extends InputCliOptions, BudgetCliOptions {
  readonly roster: string[];
  readonly format: 'text' | 'csv' | 'json';
  readonly out?: string;
  readonly delimiter?: string;
  readonly bom?: boolean;
}

/** `rekon budget`: the annual APBD line for everyone on the rosters, without a BPJS export. */
export function budgetCommand(ctx: CliContext, _setExit: SetExit): Command {
  const cmd = new Command('budget')
    .description(t(ctx, { code: 'cmd.budget.description' }))
    .option('--roster <path...>', t(ctx, { code: 'cmd.reconcile.roster' }))
    .addOption(choiceOption('--format <format>', t(ctx, { code: 'cli.opt.format', params: { choices: 'text | csv | json' } }), ['text', 'csv', 'json']).default('text'))
    .addOption(new Option('--out <dir>', t(ctx, { code: 'cmd.budget.out' })))
    .addOption(new Option('--delimiter <char>', t(ctx, { code: 'cli.opt.delimiter_out' })))
    .addOption(new Option('--bom', t(ctx, { code: 'cli.opt.bom' })));
  addInputOptions(ctx, cmd);
  addBudgetOptions(ctx, cmd);
  cmd.action(async (given: Omit<BudgetOptions, 'roster'> & { readonly roster?: string[] }) => {
    const opts: BudgetOptions = { ...given, roster: required(given.roster, '--roster <path...>') };
    const config = await loadConfig(ctx);
    const settings = budgetSettingsFrom(ctx, opts, { ...config.budget, agencyRisk: config.agencyRisk }, DEFAULT_RATE_TABLE);
    const csvFormat = { ...csvFormatFrom(opts), excelSafe: false };
    const skipped: string[] = [];
    const repeated: RepeatedInput[] = [];
    const files = await expandInputs(opts.roster, { allowDirectories: true, skippedFolders: skipped, repeated });
    if (opts.out !== undefined) {
      const outputs = [join(opts.out, 'budget.csv'), join(opts.out, 'budget.json')];
      await refuseToOverwriteInputs(outputs, files);
      await refuseToWriteIntoInputFolders(outputs, opts.roster);
      await checkOutputDir(opts.out);
    }
    const progress = new Progress(ctx);
    const read = {
      headerRow: parseHeaderRow(opts.headerRow),
      delimiter: opts.inputDelimiter,
      encoding: opts.inputEncoding,
      ...columnMapping(opts.map, config, 'roster'),
      agencyAliases: config.agencyAliases,
      sheets: sheetSelection(opts, config.sheets),
    };
    // wipedAfter: a read error after the counter was drawn must not be glued to it.
    const { workers, stats } = await progress.wipedAfter(() => readRoster(ctx, opts.roster, read, progress));
    // What reading left out or noticed (a hidden sheet budgeted, a sheet skipped, a subfolder not read):
    // with the table on stdout, as reconcile shows it; on stderr when stdout is CSV or JSON.
    const readNotes = [...skippedFolderNotes(skipped), ...repeatedInputNotes(repeated), ...stats.notes];
    if (opts.format !== 'text' && !ctx.quiet) for (const n of readNotes) sayNote(ctx, n);
    // Duplicates as reconcile finds them (the matcher without a BPJS export), so this budget is reconcile's
    // all_roster group: a NIK copied onto another person's row is two people, a NIK-less copy one.
    const decisions = createMatcher(workers, matchSettings(config.match)).finish().decisions;
    // A kept row without a wage is budgeted at its copy's, as reconcile does.
    const computed = budgetFromRoster(workers, settings, DEFAULT_RATE_TABLE, (i) => decisions[i]?.status === 'duplicate', copyWagesOf(decisions));
    // budget.json and --format json carry the reading notes with the budget's own.
    const ownNotes = [...computed.notes, ...duplicateNotes(decisions)];
    const budget = { ...computed, notes: [...readNotes, ...ownNotes] };
    if (opts.out !== undefined) {
      const dir = opts.out;
      await makeFolder(dir);
      // budget.csv and budget.json are one answer: replaced together or not at all.
      await writeOutputs(async (set) => {
        await set.write(join(dir, 'budget.csv'), (f) => writeCsvFile(f, BUDGET_COLUMNS, budget.lines.map(budgetRowCells), csvFormat));
        await set.write(join(dir, 'budget.json'), (f) => f.write(`${JSON.stringify(budgetJson(ctx.lang, budget), null, 2)}\n`));
      });
    }
    const unbudgeted = notBudgetedNote(budget.notBudgeted);
    if (opts.format !== 'text' && !ctx.quiet) {
      for (const n of ownNotes) sayNote(ctx, n);
      if (unbudgeted !== null) warn(ctx, unbudgeted);
    }
    if (opts.format === 'csv') await csvToStdout(ctx.out, BUDGET_COLUMNS, budget.lines.map(budgetRowCells), csvFormat);
    else if (opts.format === 'json') ctx.out(`${JSON.stringify(budgetJson(ctx.lang, budget), null, 2)}\n`);
    else {
      const s = budget.basis.settings;
      ctx.out(`${t(ctx, { code: 'budget.heading', params: { group: t(ctx, { code: 'budget.group.all_roster' }), from: s.period[0] ?? '', to: s.period.at(-1) ?? '', count: s.period.length } })}\n`);
      if (!isDefaultWageBasis(s)) ctx.out(`${t(ctx, wageBasisLine(ctx.lang, budget))}\n`);
      ctx.out(`${renderBudgetTable(ctx.lang, budget.lines, paintFor(ctx), s.scheme === 'pu' ? s.riskClass : null)}\n`);
      const total = budget.lines.filter((l) => l.agency === TOTAL_AGENCY);
      const worker = total.reduce((n, l) => n + l.periodWorker, 0);
      // The Period column adds the workers' JHT/JP share, deducted from the honor: the APBD line is the employer's.
      if (worker !== 0) {
        const employer = total.reduce((n, l) => n + l.periodEmployer, 0);
        ctx.out(`${t(ctx, { code: 'budget.worker_share_line', params: { employer: formatRupiah(ctx.lang, employer), worker: formatRupiah(ctx.lang, worker) } })}\n`);
      }
      for (const n of [budget.basis.rounding, budget.basis.monthly, ...budget.notes]) ctx.out(`· ${translate(ctx.lang, n)}\n`);
      if (budget.notBudgeted.length > 0) {
        ctx.out(`${t(ctx, { code: 'budget.not_budgeted_rows', params: { rows: budget.notBudgeted.map((r) => formatProvenance(r.at)).join(', ') } })}\n`);
      }
    }
  });
  return withExamples(ctx, cmd, [
    'rekon budget --roster fixtures/roster',
    'rekon budget --roster opd/ --programs jkk,jkm,jht,jp --period 2027-01..2027-12',
    'rekon budget --roster opd/ --fixed-wage 1000000 --format csv --delimiter ";" > anggaran.csv',
    'rekon budget --roster opd/ --scheme bpu --wage-floor 2169348',
  ], false);
}

/**
 * A duplicate whose birth date is not its kept row's (flagged `dob_differs` by the matcher) was taken for one
 * person on a guess (a mistyped date, duplicate-birth-date.ts): the row left out of the budget says so, or a
 * second person drops out unseen.
 */
function duplicateNote(d: WorkerDecision, first: Worker): Message {
  const row = d.worker;
  const params = { row: formatProvenance(row), first: formatProvenance(first) };
  if (!d.flags.includes('dob_differs')) return msg('budget.note.duplicate_row', params);
  return msg('budget.note.duplicate_row_dob_differs', { ...params, date: row.birthDate ?? '', first_date: first.birthDate ?? '' });
}

/** Duplicate rows are named (the first ones; the rest counted), so the officer sees who was not budgeted twice. */
const DUPLICATES_NAMED = 20;

function duplicateNotes(decisions: readonly WorkerDecision[]): Message[] {
  const duplicates = decisions.filter((d) => d.status === 'duplicate' && d.duplicateOf !== null);
  const notes = duplicates.slice(0, DUPLICATES_NAMED).map((d) => duplicateNote(d, d.duplicateOf!));
  if (duplicates.length > DUPLICATES_NAMED) notes.push(msg('budget.note.duplicate_rows_more', { count: duplicates.length - DUPLICATES_NAMED }));
  return notes;
}
