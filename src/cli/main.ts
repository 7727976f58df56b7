import { CommanderError } from 'commander';
import { RekonError } from '../errors.js';
import { resolveLang, unknownEnvLang } from '../i18n/resolve-lang.js';
import { translate } from '../i18n/translate.js';
import { msg, type Lang } from '../i18n/message.js';
import { warn, type CliContext } from './cli-context.js';
import { EXIT } from './exit-codes.js';
import { scanGlobalFlags } from './global-flags.js';
import { buildProgram } from './program.js';
import { commanderErrorMessage } from './commander-errors.js';
import { maskDigitRuns } from '../normalize/mask-digit-runs.js';
import type { ReaderThread } from './reader-thread.js';
import { filesystemError } from './filesystem-error.js';
import { runDate } from './run-date.js';
import { StdoutGuard, type ClosingLine } from './stdout-guard.js';

/**
 * Entry point: reads the environment once, runs one command, and turns every outcome into
 * a stable exit code. Never calls process.exit() mid-run, so pending writes are flushed.
 */
export async function main(argv: readonly string[], launch: { readonly readerThread?: ReaderThread | null } = {}): Promise<void> {
  const flags = scanGlobalFlags(argv);
  // The CLI runs bundled (dist/bundle/): stack traces name the TypeScript sources only with source maps.
  if (flags.debug) process.setSourceMapsEnabled(true);
  const env = process.env;
  const resolved = resolveLang(flags.lang, env, Intl.DateTimeFormat().resolvedOptions().locale);
  const lang: Lang = resolved ?? 'en';
  // Exits at once: the rest of the output has nowhere to go (pending temp files are removed on exit).
  const stdoutGuard = new StdoutGuard(lang, flags.debug, (text) => process.stderr.write(text), (code) => process.exit(code));
  stdoutGuard.watch(process.stdout);

  let today: string;
  let badDate: unknown = null;
  try {
    today = runDate(env, new Date());
  } catch (err) {
    badDate = err;
    today = runDate({}, new Date());
  }
  const ctx = makeContext(lang, flags, env, launch.readerThread ?? null, today);
  if (resolved === null) {
    ctx.err(`rekon: ${translate(lang, { code: 'error.prefix' })}: ${translate(lang, { code: 'error.bad_option', params: { option: '--lang', value: flags.lang ?? '', allowed: 'id | en' } })}\n`);
    process.exitCode = EXIT.badInput;
    return;
  }
  const badEnvLang = unknownEnvLang(flags.lang, env);
  if (badEnvLang !== null) warn(ctx, msg('warning.rekon_lang_unknown', { value: badEnvLang }));

  const { exitCode } = await runCommandLine(ctx, argv, badDate, (code, closing) => stdoutGuard.expect(code, closing));
  stdoutGuard.expect(exitCode);
  process.exitCode = exitCode;
}

/** How a command line ended: its exit code, and what was thrown (null when nothing was). */
export interface CommandLineEnd {
  readonly exitCode: number;
  readonly thrown: unknown;
}

/**
 * Runs one command line in `ctx`: the exit code is the highest an action set, or the one a thrown error
 * maps to (said in one line on stderr). `refuseToRun`, when not null, is thrown before any action.
 * `onExitCode` hears each code an action sets (before its output, where it is known by then), with the
 * line that explains it.
 */
export async function runCommandLine(
  ctx: CliContext,
  argv: readonly string[],
  refuseToRun: unknown = null,
  onExitCode: (code: number, closing?: ClosingLine) => void = () => undefined,
): Promise<CommandLineEnd> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(ctx, (code, closing) => {
    exitCode = Math.max(exitCode, code);
    onExitCode(exitCode, closing);
  });
  // A bad SOURCE_DATE_EPOCH stops any command before it runs, but not --help or --version (which
  // never reach an action): the help is how one finds out what the variable should hold.
  if (refuseToRun !== null) {
    program.hook('preAction', () => {
      throw refuseToRun;
    });
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return { exitCode, thrown: null };
  } catch (err) {
    return { exitCode: reportError(ctx, err), thrown: err };
  }
}

function makeContext(lang: Lang, flags: ReturnType<typeof scanGlobalFlags>, env: NodeJS.ProcessEnv, readerThread: ReaderThread | null, today: string): CliContext {
  const stdoutIsTty = process.stdout.isTTY === true;
  const stderrIsTty = process.stderr.isTTY === true;
  const noColorEnv = env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '';
  return {
    lang,
    color: stdoutIsTty && !noColorEnv && !flags.noColor && env['TERM'] !== 'dumb',
    debug: flags.debug,
    quiet: flags.quiet,
    stdoutIsTty,
    stderrIsTty,
    showProgress: stderrIsTty && !flags.quiet,
    out: (text) => {
      process.stdout.write(text);
    },
    err: (text) => {
      process.stderr.write(text);
    },
    today,
    env,
    stdin: process.stdin,
    configPath: flags.config,
    readerThread,
  };
}

/** One clear line on stderr; a stack trace only with --debug. Returns the exit code. */
function reportError(ctx: CliContext, thrown: unknown): number {
  // The machine's state (permissions, a full disk) is not a bug: said like bad usage.
  const err = filesystemError(thrown) ?? thrown;
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.help' || err.code === 'commander.version') return EXIT.ok;
    const text = commanderErrorMessage(ctx.lang, err);
    ctx.err(`rekon: ${translate(ctx.lang, { code: 'error.prefix' })}: ${text}\n`);
    return EXIT.badInput;
  }
  if (err instanceof RekonError) {
    const text = translate(ctx.lang, err.detail);
    ctx.err(`rekon: ${translate(ctx.lang, { code: 'error.prefix' })}: ${ctx.debug ? text : maskDigitRuns(text)}\n`);
    if (ctx.debug && err.cause !== undefined) ctx.err(`${String((err.cause as Error)?.stack ?? err.cause)}\n`);
    return err.exitCode;
  }
  const raw = err instanceof Error ? err.message : String(err);
  const detail = ctx.debug ? raw : maskDigitRuns(raw);
  ctx.err(`rekon: ${translate(ctx.lang, { code: 'error.internal', params: { detail } })}\n`);
  if (ctx.debug && err instanceof Error && err.stack !== undefined) ctx.err(`${err.stack}\n`);
  return EXIT.internal;
}
