import type { Command } from 'commander';
import type { CliContext } from './cli-context.js';
import { t } from './cli-context.js';

/**
 * Every command's --help ends with examples and the exit codes it can give (clig.dev): exit 1 only where there
 * is a `--fail-on` to ask for it (`failOn`).
 */
export function withExamples(ctx: CliContext, cmd: Command, examples: readonly string[], failOn: boolean): Command {
  const exitCodes = failOn ? 'cli.exit_codes' : 'cli.exit_codes.no_fail_on';
  const lines = [``, t(ctx, { code: 'cli.examples' }), ...examples.map((e) => `  $ ${e}`), ``, t(ctx, { code: exitCodes }), ``];
  return cmd.addHelpText('after', lines.join('\n'));
}
