import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';
import type { CliContext } from './cli-context.js';
import { t } from './cli-context.js';

/** commander's headings (Help.formatHelp passes them to styleTitle) and the catalog texts that say them. */
const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'cli.help.usage',
  'Arguments:': 'cli.help.arguments',
  'Options:': 'cli.help.options',
  'Global Options:': 'cli.help.global_options',
  'Commands:': 'cli.help.commands',
};

/** The placeholders commander writes into usage lines and the command list. */
const USAGE_WORDS: Readonly<Record<string, string>> = {
  '[options]': 'cli.help.usage_options',
  '[command]': 'cli.help.usage_command',
};

/**
 * The frame commander puts around every --help (headings, "[options]" in usage lines, the "(choices: …,
 * default: …)" after a description) in the user's language: with --lang id the descriptions were Indonesian
 * inside an English frame. The English texts are commander's own, so English help reads as before. The
 * descriptions of -h/--help, -V/--version and the help command are set where those are declared (program.ts).
 * Set on every command: one added with addCommand does not inherit its parent's help configuration.
 */
export function helpFrame(ctx: Pick<CliContext, 'lang'>): HelpConfiguration {
  const base = new Help();
  const word = (w: string): string => {
    const code = USAGE_WORDS[w];
    return code === undefined ? w : t(ctx, { code });
  };
  const words = (s: string): string => s.split(' ').map(word).join(' ');
  const extra = (description: string, info: string[]): string => {
    if (info.length === 0) return description;
    const more = `(${info.join(', ')})`;
    return description === '' ? more : `${description} ${more}`;
  };
  const choices = (values: readonly string[] | undefined): string[] =>
    values === undefined ? [] : [`${t(ctx, { code: 'cli.help.choices' })}: ${values.map((c) => JSON.stringify(c)).join(', ')}`];
  const defaultIs = (description: string | undefined, value: unknown): string => `${t(ctx, { code: 'cli.help.default' })}: ${description || JSON.stringify(value)}`;
  return {
    styleTitle: (title: string): string => {
      const code = TITLES[title];
      return code === undefined ? title : t(ctx, { code });
    },
    commandUsage: (cmd: Command): string => words(base.commandUsage(cmd)),
    subcommandTerm: (cmd: Command): string => words(base.subcommandTerm(cmd)),
    // As commander's Help.optionDescription, in the user's language.
    optionDescription: (option: Option): string => {
      const info = choices(option.argChoices);
      if (option.defaultValue !== undefined) {
        const shown = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
        if (shown) info.push(defaultIs(option.defaultValueDescription, option.defaultValue));
      }
      if (option.presetArg !== undefined && option.optional) info.push(`${t(ctx, { code: 'cli.help.preset' })}: ${JSON.stringify(option.presetArg)}`);
      if (option.envVar !== undefined) info.push(`${t(ctx, { code: 'cli.help.env' })}: ${option.envVar}`);
      return extra(option.description, info);
    },
    // As commander's Help.argumentDescription, in the user's language.
    argumentDescription: (argument: Argument): string => {
      const info = choices(argument.argChoices);
      if (argument.defaultValue !== undefined) info.push(defaultIs(argument.defaultValueDescription, argument.defaultValue));
      return extra(argument.description, info);
    },
  };
}
