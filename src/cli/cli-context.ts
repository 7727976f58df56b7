import type { Lang, Message } from '../i18n/message.js';
import { translate } from '../i18n/translate.js';
import { maskDigitRuns } from '../normalize/mask-digit-runs.js';
import type { IsoDate } from '../normalize/iso-date.js';
import type { ReaderThread } from './reader-thread.js';

/**
 * Everything a command needs from the outside world, read once in main.ts: language, colour,
 * the two output streams, today's date. Commands never read process.* themselves.
 */
export interface CliContext {
  readonly lang: Lang;
  /** Colour on stdout: a TTY, and neither NO_COLOR nor --no-color. */
  readonly color: boolean;
  readonly debug: boolean;
  readonly quiet: boolean;
  readonly stdoutIsTty: boolean;
  readonly stderrIsTty: boolean;
  /** Progress is shown only on a TTY stderr and never with --quiet. */
  readonly showProgress: boolean;
  /** Bytes too: `--xlsx -` sends the workbook to stdout. */
  readonly out: (text: string | Uint8Array) => void;
  readonly err: (text: string) => void;
  readonly today: IsoDate;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin: NodeJS.ReadableStream;
  /** Config file path given with --config, if any. */
  readonly configPath: string | undefined;
  /** A reader thread the launcher started ahead for reconcile (reader-thread.ts); null when none. */
  readonly readerThread: ReaderThread | null;
}

export function t(ctx: Pick<CliContext, 'lang'>, message: Message): string {
  return translate(ctx.lang, message);
}

/** Writes one warning line to stderr (never stdout: machine output stays clean). */
export function warn(ctx: CliContext, message: Message): void {
  say(ctx, `${t(ctx, { code: 'warning.prefix' })}: `, message);
}

/** One line on stderr, `rekon: ` + prefix + the message, digit runs masked unless --debug (NIKs in notes). */
export function say(ctx: CliContext, prefix: string, message: Message): void {
  const text = t(ctx, message);
  ctx.err(`rekon: ${prefix}${ctx.debug ? text : maskDigitRuns(text)}\n`);
}
