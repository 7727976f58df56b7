import type { Command } from 'commander';
import type { CliContext } from './cli-context.js';
import { t } from './cli-context.js';

/** Every command's --help ends with examples and the exit codes (clig.dev). */
export function withExamples(ctx: CliContext, cmd: Command, examples: readonly string[]): Command {
  const lines = [``, t(ctx, { code: 'cli.examples' }), ...examples.map((e) => `  $ ${e}`), ``, t(ctx, { code: 'cli.exit_codes' }), ``];
  return cmd.addHelpText('after', lines.join('\n'));
}
