import { Command, Option } from 'commander';
import { makeFolder } from '../../io/make-folder.js';
import { join } from 'node:path';
import { choiceOption } from '../choice-option.js';
import type { CliContext } from '../cli-context.js';
import { canonicalPath, checkOutputDir } from '../output-guard.js';
import { t } from '../cli-context.js';
import type { SetExit } from '../program.js';
import { withExamples } from '../help-examples.js';
import { csvFormatFrom, type OutputCliOptions } from '../output-options.js';
import { csvToStdout, writeCsvFile } from '../write-csv-file.js';
import { paintFor } from '../paint.js';
import { EXIT } from '../exit-codes.js';
import { writeOutputs } from '../../io/output-set.js';
import { readRunDir } from '../../io/read-run-dir.js';
import { UsageError } from '../../errors.js';
import { msg } from '../../i18n/message.js';
import { maskNik } from '../../normalize/mask-nik.js';
import { DIFF_CATEGORIES, isDiffCategory, type DiffCategory } from '../../diff/diff-category.js';
import { diffRuns } from '../../diff/diff-runs.js';
import { categoryTotals, selectCategories } from '../../diff/diff-summary.js';
import { BUDGET_CHANGE_COLUMNS, DIFF_COLUMNS, budgetChangeCells, diffJson, diffRowCells, renderDiffText, type MaskFn } from '../../diff/render-diff.js';

/** The shared output options that `diff` offers (it writes no workbook). */
type DiffOptions = Pick<OutputCliOptions, 'format' | 'out' | 'only' | 'failOn' | 'delimiter' | 'bom' | 'excelSafe' | 'maskNik' | 'showNik'>;

/** Files `--out DIR` writes. */
export const DIFF_OUT_FILES = ['diff.csv', 'diff_budget.csv', 'diff.json'] as const;

const identity: MaskFn = (s) => s;

export function diffCommand(ctx: CliContext, setExit: SetExit): Command {
  const choices = DIFF_CATEGORIES.join(', ');
  const cmd = new Command('diff')
    .description(t(ctx, { code: 'cmd.diff.description' }))
    .argument('<previous>', t(ctx, { code: 'cmd.diff.previous' }))
    .argument('<current>', t(ctx, { code: 'cmd.diff.current' }))
    .addOption(choiceOption('--format <format>', t(ctx, { code: 'cli.opt.format', params: { choices: 'text | csv | json' } }), ['text', 'csv', 'json']).default('text'))
    .addOption(new Option('--out <dir>', t(ctx, { code: 'cmd.diff.out' })))
    .addOption(new Option('--only <categories>', t(ctx, { code: 'cmd.diff.only', params: { choices } })))
    .addOption(new Option('--fail-on <categories>', t(ctx, { code: 'cmd.diff.fail_on', params: { choices } })))
    .addOption(new Option('--delimiter <char>', t(ctx, { code: 'cli.opt.delimiter_out' })))
    .addOption(new Option('--bom', t(ctx, { code: 'cli.opt.bom' })))
    .addOption(new Option('--excel-safe', t(ctx, { code: 'cli.opt.excel_safe' })))
    .addOption(new Option('--mask-nik', t(ctx, { code: 'cli.opt.mask_nik' })))
    .addOption(new Option('--show-nik', t(ctx, { code: 'cli.opt.show_nik' })));
  cmd.action(async (previous: string, current: string, opts: DiffOptions) => {
    setExit(await runDiff(ctx, previous, current, opts, setExit));
  });
  return withExamples(ctx, cmd, [
    'rekon diff laporan-2026-01 laporan-2026-02',
    'rekon diff laporan-2026-01 laporan-2026-02 --only lost_coverage,problem_new',
    'rekon diff laporan-2026-01 laporan-2026-02 --format csv --delimiter ";" --bom > perubahan.csv',
    'rekon diff laporan-2026-01 laporan-2026-02 --out perubahan-2026-02 --fail-on lost_coverage',
  ], true);
}

/** `--only` / `--fail-on`: a comma-separated list of categories; null when not given. */
export function parseCategories(option: string, value: string | undefined): ReadonlySet<DiffCategory> | null {
  if (value === undefined) return null;
  const parts = value.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  const out = new Set<DiffCategory>();
  for (const p of parts) {
    if (!isDiffCategory(p)) throw new UsageError(msg('cli.bad_choice', { option, value: p, allowed: DIFF_CATEGORIES.join(', ') }));
    out.add(p);
  }
  if (out.size === 0) throw new UsageError(msg('cli.bad_choice', { option, value, allowed: DIFF_CATEGORIES.join(', ') }));
  return out;
}

async function runDiff(ctx: CliContext, previousDir: string, currentDir: string, opts: DiffOptions, setExit: SetExit): Promise<number> {
  const only = parseCategories('--only', opts.only);
  const failOn = parseCategories('--fail-on', opts.failOn);
  const csvFormat = csvFormatFrom(opts);
  // Real paths: a symbolic link to the other run is the same folder.
  const previousReal = await canonicalPath(previousDir);
  const currentReal = await canonicalPath(currentDir);
  if (previousReal === currentReal) throw new UsageError(msg('diff.same_directory', { dir: previousDir }));
  if (opts.out !== undefined) {
    const outReal = await canonicalPath(opts.out);
    // diff.csv next to workers.csv would not break a run folder, but keeps two reports apart.
    if (outReal === previousReal || outReal === currentReal) throw new UsageError(msg('diff.out_is_run', { dir: opts.out }));
    await checkOutputDir(opts.out);
  }
  const full = diffRuns(await readRunDir(previousDir), await readRunDir(currentDir));
  // --fail-on looks at every change, whatever --only shows.
  const totals = categoryTotals(full);
  const failed = failOn !== null && [...failOn].some((c) => totals[c] > 0);
  // Before stdout is written: a reader that stops early (`| head`) must not turn it into 0.
  if (failed) setExit(EXIT.conditionMet);
  const diff = selectCategories(full, only);
  const shown = only === null ? DIFF_CATEGORIES : DIFF_CATEGORIES.filter((c) => only.has(c));
  const inputs = { previous: previousDir, current: currentDir };

  // Files hold full NIKs (the officer needs them) unless --mask-nik; a terminal masks unless --show-nik (DOMAIN.md §6).
  const fileMask: MaskFn = opts.maskNik === true ? maskNik : identity;
  const stdoutMask: MaskFn = opts.maskNik === true || (ctx.stdoutIsTty && opts.showNik !== true) ? maskNik : identity;

  if (opts.out !== undefined) {
    const dir = opts.out;
    await makeFolder(dir);
    // One comparison: its three files are replaced together or not at all.
    await writeOutputs(async (set) => {
      await set.write(join(dir, 'diff.csv'), (f) => writeCsvFile(f, DIFF_COLUMNS, diff.items.map((i) => diffRowCells(ctx.lang, i, fileMask)), csvFormat));
      await set.write(join(dir, 'diff_budget.csv'), (f) => writeCsvFile(f, BUDGET_CHANGE_COLUMNS, diff.budget.map(budgetChangeCells), csvFormat));
      await set.write(join(dir, 'diff.json'), (f) => f.write(`${JSON.stringify(diffJson(ctx.lang, diff, fileMask, inputs), null, 2)}\n`));
    });
  }
  if (opts.format === 'csv') await csvToStdout(ctx.out, DIFF_COLUMNS, diff.items.map((i) => diffRowCells(ctx.lang, i, stdoutMask)), csvFormat);
  else if (opts.format === 'json') ctx.out(`${JSON.stringify(diffJson(ctx.lang, diff, stdoutMask, inputs), null, 2)}\n`);
  else {
    ctx.out(renderDiffText(ctx.lang, diff, paintFor(ctx), stdoutMask, shown));
    if (opts.out !== undefined) ctx.out(`${t(ctx, { code: 'diff.outputs_written', params: { dir: opts.out } })}\n`);
  }
  return failed ? EXIT.conditionMet : EXIT.ok;
}
