import { describe, expect, it } from 'vitest';
import { Command, CommanderError, Option } from 'commander';
import { commanderErrorMessage } from '../../../src/cli/commander-errors.js';
import { translate } from '../../../src/i18n/translate.js';
import type { Lang, Message } from '../../../src/i18n/message.js';

const LANGS: readonly Lang[] = ['en', 'id'];
const quiet = { writeOut: () => undefined, writeErr: () => undefined, outputError: () => undefined };

/**
 * A small command tree set up as src/cli/program.ts sets up the real one: errors thrown instead of
 * exiting, nothing printed, the program's own suggestions off (subcommands keep commander's default).
 */
function program(opts: { programSuggestions?: boolean } = {}): Command {
  const root = new Command('rekon')
    .option('--lang <lang>')
    .option('-q, --quiet')
    .exitOverride()
    .configureOutput(quiet)
    .showSuggestionAfterError(opts.programSuggestions ?? false);
  const reconcile = new Command('reconcile')
    .option('--roster <path...>')
    .option('--out <dir>')
    .option('--bom')
    .addOption(new Option('--format <format>').choices(['text', 'csv', 'json']).default('text'))
    .action(() => undefined);
  const nik = new Command('nik').argument('<nik>').action(() => undefined);
  const budget = new Command('budget').requiredOption('--roster <path...>').action(() => undefined);
  for (const cmd of [reconcile, nik, budget]) root.addCommand(cmd.exitOverride().configureOutput(quiet));
  return root;
}

async function commanderErrorOf(args: string[], opts?: { programSuggestions?: boolean }): Promise<CommanderError> {
  try {
    await program(opts).parseAsync(args, { from: 'user' });
  } catch (e) {
    expect(e).toBeInstanceOf(CommanderError);
    return e as CommanderError;
  }
  throw new Error('expected a CommanderError');
}

/** commander's own text without its "error: " prefix: what the code passes on as `detail`. */
const detailOf = (err: CommanderError): string => err.message.replace(/^error: /, '');

function expectSaidAs(err: CommanderError, expected: (err: CommanderError) => Message): void {
  for (const lang of LANGS) expect(commanderErrorMessage(lang, err), lang).toBe(translate(lang, expected(err)));
}

describe('commanderErrorMessage: commander errors re-said in the user language', () => {
  it('an unknown option, with commander\'s suggestion kept', async () => {
    const err = await commanderErrorOf(['reconcile', '--formt', 'csv']);
    expect(err.code).toBe('commander.unknownOption');
    expectSaidAs(err, () => ({ code: 'cli.unknown_option_suggest', params: { name: '--formt', suggestion: '--format' } }));
  });

  it('an unknown option nothing resembles', async () => {
    const err = await commanderErrorOf(['reconcile', '--zzzzzz']);
    expectSaidAs(err, (e) => ({ code: 'cli.unknown_option', params: { name: '--zzzzzz', detail: detailOf(e) } }));
  });

  it('an unknown command (the program shows no suggestion, as program.ts sets it)', async () => {
    const err = await commanderErrorOf(['reconcle']);
    expect(err.code).toBe('commander.unknownCommand');
    expectSaidAs(err, (e) => ({ code: 'cli.unknown_command', params: { name: 'reconcle', detail: detailOf(e) } }));
  });

  it('an unknown command with a suggestion, when commander gives one', async () => {
    const err = await commanderErrorOf(['reconcle'], { programSuggestions: true });
    expectSaidAs(err, () => ({ code: 'cli.unknown_command_suggest', params: { name: 'reconcle', suggestion: 'reconcile' } }));
  });

  it('a missing argument, named', async () => {
    const err = await commanderErrorOf(['nik']);
    expect(err.code).toBe('commander.missingArgument');
    expectSaidAs(err, (e) => ({ code: 'cli.missing_argument', params: { name: 'nik', detail: detailOf(e) } }));
  });

  it('an option without its value, named with its placeholder', async () => {
    const err = await commanderErrorOf(['reconcile', '--out']);
    expect(err.code).toBe('commander.optionMissingArgument');
    expectSaidAs(err, (e) => ({ code: 'cli.option_missing_argument', params: { name: '--out <dir>', detail: detailOf(e) } }));
  });

  it('a required option not given', async () => {
    const err = await commanderErrorOf(['budget']);
    expect(err.code).toBe('commander.missingMandatoryOptionValue');
    expectSaidAs(err, (e) => ({ code: 'cli.missing_mandatory_option', params: { name: '--roster <path...>', detail: detailOf(e) } }));
  });

  it('too many arguments, with commander\'s detail', async () => {
    const err = await commanderErrorOf(['nik', '3273014501900001', '3273014501900002']);
    expect(err.code).toBe('commander.excessArguments');
    expectSaidAs(err, (e) => ({ code: 'cli.excess_arguments', params: { name: 'nik', detail: detailOf(e) } }));
  });

  it('an invalid argument that is not about choices keeps commander\'s detail', () => {
    const err = new CommanderError(1, 'commander.invalidArgument', "error: option '--x <n>' argument 'abc' is invalid. Not a number.");
    expectSaidAs(err, (e) => ({ code: 'cli.invalid_argument', params: { name: '--x <n>', detail: detailOf(e) } }));
  });

  it('the mapped messages differ between the two languages', async () => {
    for (const args of [['reconcile', '--formt'], ['reconcile', '--zzzzzz'], ['reconcle'], ['nik'], ['reconcile', '--out'], ['budget'], ['nik', '1', '2']]) {
      const err = await commanderErrorOf(args);
      expect(commanderErrorMessage('id', err), args.join(' ')).not.toBe(commanderErrorMessage('en', err));
    }
  });

  it('a code it does not map: commander\'s text without the "error: " prefix, in any language', () => {
    const err = new CommanderError(1, 'commander.conflictingOption', "error: option '--a' cannot be used with option '--b'");
    for (const lang of LANGS) expect(commanderErrorMessage(lang, err)).toBe("option '--a' cannot be used with option '--b'");
    const bare = new CommanderError(1, 'commander.somethingNew', 'no prefix here; error: stays');
    expect(commanderErrorMessage('en', bare)).toBe('no prefix here; error: stays');
  });

  it('a suggestion is used only for unknown options and commands', () => {
    const err = new CommanderError(1, 'commander.missingArgument', "error: missing required argument 'file'\n(Did you mean x?)");
    for (const lang of LANGS) {
      expect(commanderErrorMessage(lang, err)).toBe(translate(lang, { code: 'cli.missing_argument', params: { name: 'file', detail: detailOf(err) } }));
    }
  });

  it('without a quoted word the name is empty, never undefined', () => {
    const err = new CommanderError(1, 'commander.unknownOption', 'error: unknown option');
    expect(commanderErrorMessage('en', err)).toBe(translate('en', { code: 'cli.unknown_option', params: { name: '', detail: 'unknown option' } }));
  });

  // The offending word used to be cut at its first apostrophe ("unknown command Rekap Jum."); apostrophes
  // are common in Indonesian names and words (Jum'at, Ma'ruf, Syafi'i).
  it('keeps an offending word that contains an apostrophe whole', async () => {
    const err = await commanderErrorOf(["Rekap Jum'at.xlsx"]);
    expectSaidAs(err, (e) => ({ code: 'cli.unknown_command', params: { name: "Rekap Jum'at.xlsx", detail: detailOf(e) } }));
  });

  // When commander finds several equally close options it says "(Did you mean one of --bom, --format?)";
  // "one of" used to pass into the Indonesian sentence.
  it('a suggestion of several options carries no English into the Indonesian message', async () => {
    const err = await commanderErrorOf(['reconcile', '--form', 'csv']);
    expect(err.message).toContain('--bom, --format'); // the precondition: commander offers two
    expect(commanderErrorMessage('id', err)).toBe('opsi tidak dikenal --form; maksudnya salah satu dari --bom, --format?');
    expect(commanderErrorMessage('en', err)).toBe('unknown option --form; did you mean one of --bom, --format?');
  });

  // A value outside an option's choices used to be commander's English sentence in both languages; it is
  // said as rekon's own bad-choice message.
  it('a value outside the choices is said in the user\'s language, naming the option, the value and the choices', async () => {
    const err = await commanderErrorOf(['reconcile', '--format', 'xml']);
    expect(commanderErrorMessage('id', err)).not.toBe(commanderErrorMessage('en', err));
    const m = /Allowed choices are (.*)\.$/.exec(err.message);
    expect(commanderErrorMessage('en', err)).toBe(translate('en', { code: 'cli.bad_choice', params: { option: '--format', value: 'xml', allowed: m?.[1] ?? '?' } }));
  });
});
