import { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { t } from '../cli-context.js';
import { choiceOption } from '../choice-option.js';
import type { SetExit } from '../program.js';
import { withExamples } from '../help-examples.js';
import { addInputOptions, columnMapping, parseHeaderRow, sheetSelection, type InputCliOptions } from '../input-options.js';
import { loadSheets } from '../../io/load-sheets.js';
import { expandInputs } from '../../io/read-input.js';
import type { RepeatedInput } from '../../io/repeated-inputs.js';
import { repeatedInputNotes } from '../repeated-input-notes.js';
import { sayNote } from '../stderr-note.js';
import type { Side } from '../../table/table-layout.js';
import type { InspectFile, InspectProblem, InspectSheet } from '../../report/model/inspect-model.js';
import { inspectJson, renderInspect } from '../../report/inspect-report.js';
import { paintFor } from '../paint.js';
import { loadConfig, type RekonConfig } from '../config-file.js';
import { maskDigitRuns } from '../../normalize/mask-digit-runs.js';
import { maskedMessage } from '../../report/masked-message.js';

interface InspectOptions extends InputCliOptions {
  readonly format: 'text' | 'json';
  readonly side: Side;
}

export function inspectCommand(ctx: CliContext, _setExit: SetExit): Command {
  const cmd = new Command('inspect')
    .description(t(ctx, { code: 'cmd.inspect.description' }))
    .argument('<file...>', t(ctx, { code: 'cmd.inspect.arg' }))
    .addOption(choiceOption('--side <side>', t(ctx, { code: 'cmd.inspect.side' }), ['roster', 'bpjs']).default('roster'))
    .addOption(choiceOption('--format <format>', t(ctx, { code: 'cli.opt.format', params: { choices: 'text | json' } }), ['text', 'json']).default('text'));
  addInputOptions(ctx, cmd);
  cmd.action(async (inputs: string[], opts: InspectOptions) => {
    const config = await loadConfig(ctx);
    // A copy in the folder is said here too: inspect is where the officer looks before the monthly run.
    const repeated: RepeatedInput[] = [];
    await expandInputs(inputs, { allowDirectories: true, repeated });
    for (const note of repeatedInputNotes(repeated)) sayNote(ctx, note);
    const files = await inspectInputs(ctx, inputs, opts, config);
    if (opts.format === 'json') ctx.out(`${JSON.stringify(inspectJson(ctx.lang, files), null, 2)}\n`);
    else {
      // On a terminal NIKs are masked (UU 27/2022), and so are the dates problems quote from a NIK's hidden
      // digits; piped or --format json output is the officer's data.
      const masked = ctx.stdoutIsTty;
      const text = renderInspect(ctx.lang, masked ? withMaskedDetails(files) : files, paintFor(ctx));
      ctx.out(masked ? maskDigitRuns(text) : text);
    }
  });
  return withExamples(ctx, cmd, [
    'rekon inspect fixtures/roster/dinas-sukamaju.xlsx',
    'rekon inspect --side bpjs fixtures/bpjs/bpjs-export.csv --format json',
    'rekon inspect daftar.csv --map nik="NO KTP" --input-delimiter ";"',
    'rekon inspect honorer.xlsx --sheet "2026"',
  ], false);
}

async function inspectInputs(
  ctx: CliContext,
  inputs: readonly string[],
  opts: InspectOptions,
  config: RekonConfig,
): Promise<InspectFile[]> {
  const files: { file: string; sheets: InspectSheet[] }[] = [];
  const sheets = loadSheets(inputs, {
    side: opts.side,
    ...columnMapping(opts.map, config, opts.side),
    referenceYear: Number(ctx.today.slice(0, 4)),
    headerRow: parseHeaderRow(opts.headerRow),
    delimiter: opts.inputDelimiter,
    encoding: opts.inputEncoding,
    sheets: sheetSelection(opts, config.sheets),
    stdin: ctx.stdin as AsyncIterable<unknown>,
  });
  for await (const sheet of sheets) {
    const problems: InspectProblem[] = [];
    for await (const batch of sheet.records) {
      for (const r of batch) for (const p of r.problems) problems.push({ row: p.at.row, kind: p.kind, column: p.column, detail: p.detail });
    }
    let entry = files[files.length - 1];
    if (entry === undefined || entry.file !== sheet.file) {
      entry = { file: sheet.file, sheets: [] };
      files.push(entry);
    }
    const columns: Record<string, string> = {};
    for (const [role, binding] of Object.entries(sheet.layout?.columns ?? {})) if (binding !== undefined) columns[role] = binding.header;
    entry.sheets.push({
      name: sheet.sheet,
      headerRow: sheet.layout?.headerRow ?? null,
      columns,
      rows: sheet.recordCount,
      problems,
      skipped: sheet.skipped,
      skippedBeyond: sheet.skippedBeyond,
      skippedCounts: sheet.skippedCounts,
      notes: [...sheet.notes, ...sheet.endNotes],
      hiddenRows: sheet.hiddenRows,
      noTable: sheet.noTable,
      leftOutBy: sheet.leftOutBy,
      encoding: sheet.textFormat?.encoding ?? null,
      delimiter: sheet.textFormat?.delimiter ?? null,
    });
  }
  return files;
}

function withMaskedDetails(files: readonly InspectFile[]): InspectFile[] {
  return files.map((f) => ({ ...f, sheets: f.sheets.map((s) => ({ ...s, problems: s.problems.map((p) => ({ ...p, detail: maskedMessage(p.detail) })) })) }));
}
