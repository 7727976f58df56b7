import { describe, expect, it } from 'vitest';
import { Command, CommanderError } from 'commander';
import { addOutputOptions, csvFormatFrom, type OutputCliOptions } from '../../../src/cli/output-options.js';
import { t, type CliContext } from '../../../src/cli/cli-context.js';
import { usageErrorOf } from './usage-error-of.js';

const ctx = { lang: 'en' } as CliContext;
const FORMATS = ['text', 'csv', 'json'];

/** A command set up as src/cli/program.ts sets up each command: errors thrown, nothing printed. */
function command(formats: readonly string[] = FORMATS): Command {
  const cmd = new Command('reconcile').exitOverride().configureOutput({ writeOut: () => undefined, writeErr: () => undefined, outputError: () => undefined });
  cmd.action(() => undefined);
  return addOutputOptions(ctx, cmd, formats);
}

function parse(args: string[], formats?: readonly string[]): OutputCliOptions {
  const cmd = command(formats);
  cmd.parse(args, { from: 'user' });
  return cmd.opts<OutputCliOptions>();
}

function commanderErrorOf(args: string[], formats?: readonly string[]): CommanderError {
  try {
    command(formats).parse(args, { from: 'user' });
  } catch (e) {
    expect(e).toBeInstanceOf(CommanderError);
    return e as CommanderError;
  }
  throw new Error('expected a CommanderError');
}

describe('addOutputOptions (commander)', () => {
  it('defaults: text on stdout, the workbook written with --out, nothing else set', () => {
    expect(parse([])).toEqual({ format: 'text', xlsxReport: true });
  });

  it('every option given at once', () => {
    const opts = parse([
      '--format',
      'csv',
      '--out',
      'laporan',
      '--xlsx',
      'r.xlsx',
      '--no-xlsx-report',
      '--only',
      'unregistered,review',
      '--fail-on',
      'problems',
      '--delimiter',
      ';',
      '--bom',
      '--excel-safe',
      '--mask-nik',
      '--show-nik',
    ]);
    expect(opts).toEqual({
      format: 'csv',
      out: 'laporan',
      xlsx: 'r.xlsx',
      xlsxReport: false,
      only: 'unregistered,review',
      failOn: 'problems',
      delimiter: ';',
      bom: true,
      excelSafe: true,
      maskNik: true,
      showNik: true,
    });
  });

  it('each of the given formats is accepted', () => {
    for (const f of FORMATS) expect(parse(['--format', f]).format).toBe(f);
  });

  it.each([['xml'], ['csvx'], ['']])('--format %j is refused by commander', (value) => {
    expect(commanderErrorOf(['--format', value]).code).toBe('commander.invalidArgument');
  });

  it('a format in any letter case is taken lower-cased (as --only and --fail-on are)', () => {
    expect(parse(['--format', 'CSV']).format).toBe('csv');
    expect(parse(['--format', 'Json']).format).toBe('json');
  });

  it('a command offering fewer formats refuses the others, and its help lists only its own', () => {
    expect(parse(['--format', 'json'], ['text', 'json']).format).toBe('json');
    expect(commanderErrorOf(['--format', 'csv'], ['text', 'json']).code).toBe('commander.invalidArgument');
    const format = command(['text', 'json']).options.find((o) => o.long === '--format');
    expect(format?.argChoices).toEqual(['text', 'json']);
    expect(format?.defaultValue).toBe('text');
    expect(format?.description).toBe(t(ctx, { code: 'cli.opt.format', params: { choices: 'text | json' } }));
  });

  it('the last --format wins', () => {
    expect(parse(['--format', 'json', '--format', 'csv']).format).toBe('csv');
  });

  it.each(['--format', '--out', '--xlsx', '--only', '--fail-on', '--delimiter'])('%s without a value is a commander error', (flag) => {
    expect(commanderErrorOf([flag]).code).toBe('commander.optionMissingArgument');
  });

  it('flags take no value', () => {
    expect(commanderErrorOf(['--bom=yes']).code).toBe('commander.unknownOption');
  });
});

describe('csvFormatFrom (--delimiter, --bom, --excel-safe)', () => {
  it('defaults: comma, no BOM, cells as they are', () => {
    expect(csvFormatFrom({})).toEqual({ delimiter: ',', bom: false, excelSafe: false });
  });

  it('--bom and --excel-safe each switch only their own setting', () => {
    expect(csvFormatFrom({ bom: true })).toEqual({ delimiter: ',', bom: true, excelSafe: false });
    expect(csvFormatFrom({ excelSafe: true })).toEqual({ delimiter: ',', bom: false, excelSafe: true });
    expect(csvFormatFrom({ bom: false, excelSafe: false })).toEqual({ delimiter: ',', bom: false, excelSafe: false });
  });

  it.each([
    [';', ';'],
    ['|', '|'],
    [' ', ' '],
    ['\t', '\t'],
    ['tab', '\t'],
    ['TAB', '\t'],
    ['\\t', '\t'],
    ['semicolon', ';'],
    ['Semicolon', ';'],
    ['comma', ','],
    ['pipe', '|'],
  ])('--delimiter %j writes %j (the input delimiter rules)', (given, delimiter) => {
    expect(csvFormatFrom({ delimiter: given }).delimiter).toBe(delimiter);
  });

  it.each(['', ';;', '"', '\n', '\r', 'koma', 'titik koma'])('--delimiter %j is refused naming the value', (value) => {
    const e = usageErrorOf(() => csvFormatFrom({ delimiter: value }));
    expect(e).toEqual({ code: 'io.bad_delimiter', params: { delimiter: value }, exitCode: 2 });
  });

  it('as the commands use it: parsed by commander, then turned into the CSV format', () => {
    expect(csvFormatFrom(parse(['--delimiter', 'semicolon', '--bom', '--excel-safe']))).toEqual({ delimiter: ';', bom: true, excelSafe: true });
    expect(csvFormatFrom(parse(['--format', 'csv']))).toEqual({ delimiter: ',', bom: false, excelSafe: false });
  });
});
