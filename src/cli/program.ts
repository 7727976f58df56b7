import { Command, Option } from 'commander';
import { createRequire } from 'node:module';
import type { CliContext } from './cli-context.js';
import { t } from './cli-context.js';
import { nikCommand } from './commands/nik-command.js';
import { inspectCommand } from './commands/inspect-command.js';
import { reconcileCommand } from './commands/reconcile-command.js';
import { diffCommand } from './commands/diff-command.js';
import { budgetCommand } from './commands/budget-command.js';
import { initCommand } from './commands/init-command.js';
import { reviewCommand } from './commands/review-command.js';
import { withExamples } from './help-examples.js';
import { helpFrame } from './help-frame.js';
import type { ClosingLine } from './stdout-guard.js';

/** Sets the run's exit code before its output is written; `closing` says why at the end (stdout-guard.ts). */
export type SetExit = (code: number, closing?: ClosingLine) => void;

const require = createRequire(import.meta.url);
const { version } = require('../../package.json') as { version: string };

/** The whole command tree; each command lives in its own module under commands/. */
export function buildProgram(ctx: CliContext, setExit: SetExit): Command {
  const program = new Command('rekon')
    .description(t(ctx, { code: 'cli.description' }))
    .version(version, '-V, --version', t(ctx, { code: 'cli.opt.version' }))
    .helpOption('-h, --help', t(ctx, { code: 'cli.opt.help' }))
    .helpCommand('help [command]', t(ctx, { code: 'cli.help_command' }))
    .addOption(new Option('--lang <lang>', t(ctx, { code: 'cli.opt.lang' })))
    .option('--debug', t(ctx, { code: 'cli.opt.debug' }))
    .option('--no-color', t(ctx, { code: 'cli.opt.no_color' }))
    .option('-q, --quiet', t(ctx, { code: 'cli.opt.quiet' }))
    .option('--config <file>', t(ctx, { code: 'cli.opt.config' }))
    .configureHelp(helpFrame(ctx))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.out(s),
      writeErr: (s) => ctx.err(s),
      // Errors are re-said in the user's language by main.ts (with commander's suggestion, e.g. "reconcile"
      // for "reconcle").
      outputError: () => undefined,
    });

  withExamples(ctx, program, [
    'rekon reconcile --roster fixtures/roster --bpjs fixtures/bpjs',
    'rekon inspect fixtures/roster/dinas-sukamaju.xlsx',
    'rekon budget --roster fixtures/roster --programs jkk,jkm,jht,jp',
    'rekon review laporan/review.csv',
    'rekon diff laporan/2026-01 laporan/2026-02',
    'rekon nik 3273014501900001',
  ], true);

  for (const make of [reconcileCommand, budgetCommand, diffCommand, inspectCommand, nikCommand, initCommand, reviewCommand]) {
    const cmd = make(ctx, setExit);
    cmd.exitOverride().configureOutput({ writeOut: (s) => ctx.out(s), writeErr: (s) => ctx.err(s), outputError: () => undefined });
    cmd.helpOption('-h, --help', t(ctx, { code: 'cli.opt.help' }));
    cmd.configureHelp(helpFrame(ctx));
    program.addCommand(cmd);
  }
  return program;
}
