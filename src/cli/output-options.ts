import { Option, type Command } from 'commander';
import { parseDelimiterOption } from '../io/read-csv.js';
import type { CsvFormat } from '../report/csv-format.js';
import type { CliContext } from './cli-context.js';
import { t } from './cli-context.js';
import { choiceOption } from './choice-option.js';

/** Output options shared by the commands that write reports, worded identically in each. */
export interface OutputCliOptions {
  readonly format: 'text' | 'csv' | 'json';
  readonly out?: string;
  readonly xlsx?: string;
  /** commander's --no-xlsx-report negation. */
  readonly xlsxReport: boolean;
  readonly only?: string;
  readonly failOn?: string;
  readonly delimiter?: string;
  readonly bom?: boolean;
  readonly excelSafe?: boolean;
  readonly maskNik?: boolean;
  readonly showNik?: boolean;
}

export function addOutputOptions(ctx: CliContext, cmd: Command, formats: readonly string[]): Command {
  return cmd
    .addOption(choiceOption('--format <format>', t(ctx, { code: 'cli.opt.format', params: { choices: formats.join(' | ') } }), formats).default('text'))
    .addOption(new Option('--out <dir>', t(ctx, { code: 'cli.opt.out' })))
    .addOption(new Option('--xlsx <file>', t(ctx, { code: 'cli.opt.xlsx' })))
    .addOption(new Option('--no-xlsx-report', t(ctx, { code: 'cli.opt.no_xlsx_report' })))
    .addOption(new Option('--only <statuses>', t(ctx, { code: 'cli.opt.only' })))
    .addOption(new Option('--fail-on <conditions>', t(ctx, { code: 'cli.opt.fail_on' })))
    .addOption(new Option('--delimiter <char>', t(ctx, { code: 'cli.opt.delimiter_out' })))
    .addOption(new Option('--bom', t(ctx, { code: 'cli.opt.bom' })))
    .addOption(new Option('--excel-safe', t(ctx, { code: 'cli.opt.excel_safe' })))
    .addOption(new Option('--mask-nik', t(ctx, { code: 'cli.opt.mask_nik' })))
    .addOption(new Option('--show-nik', t(ctx, { code: 'cli.opt.show_nik' })));
}

export function csvFormatFrom(opts: Pick<OutputCliOptions, 'delimiter' | 'bom' | 'excelSafe'>): CsvFormat {
  // Same rules as the input delimiter (one character, "tab"/"semicolon"… by name).
  const delimiter = opts.delimiter === undefined ? ',' : parseDelimiterOption(opts.delimiter);
  return { delimiter, bom: opts.bom === true, excelSafe: opts.excelSafe === true };
}
