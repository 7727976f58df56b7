import type { EventEmitter } from 'node:events';
import { translate } from '../i18n/translate.js';
import type { Lang } from '../i18n/message.js';
import { EXIT } from './exit-codes.js';

/** Reasons a write to stdout fails that a user can act on; any other is said in the system's words. */
const KNOWN_REASONS = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EROFS', 'EACCES', 'EPERM', 'EFBIG']);

/** A line a command says on stderr at the end of its run; the guard says it when the run stops at EPIPE. */
export type ClosingLine = () => void;

/**
 * What ends the run when stdout fails mid-output. A reader that stops early (`rekon … | head`: EPIPE) is not
 * an error: the run ends quietly, but with the exit code it already had, so `--fail-on` still says 1 under
 * `set -o pipefail` however much of the output was read, and the line explaining that code is still said
 * (stderr is not the closed pipe). Any other failure (a full disk behind `> file`) is one line and exit 2,
 * never a stack trace and exit 1 (which means a --fail-on condition holds).
 */
export class StdoutGuard {
  private code: number = EXIT.ok;
  private readonly closing: ClosingLine[] = [];

  constructor(
    private readonly lang: Lang,
    private readonly debug: boolean,
    private readonly err: (text: string) => void,
    private readonly exit: (code: number) => void,
  ) {}

  /**
   * The run's exit code so far: commands set it before they write their output (setExit), with the line
   * that explains it, if any. That line must say itself at most once: the command says it at its end, and
   * a write that failed before that may be reported only after it (the error comes a turn of the event loop later).
   */
  expect(code: number, closing?: ClosingLine): void {
    this.code = Math.max(this.code, code);
    if (closing !== undefined) this.closing.push(closing);
  }

  /** Listens on `stream` (process.stdout). */
  watch(stream: EventEmitter): void {
    stream.on('error', (e: NodeJS.ErrnoException) => this.failed(e));
  }

  failed(e: NodeJS.ErrnoException): void {
    if (e.code === 'EPIPE') {
      for (const say of this.closing) say();
      this.exit(this.code);
      return;
    }
    const reason = e.code !== undefined && KNOWN_REASONS.has(e.code) ? translate(this.lang, { code: `error.stdout_reason.${e.code === 'EPERM' ? 'EACCES' : e.code}` }) : e.message;
    const line = translate(this.lang, { code: 'error.stdout_write', params: { reason } });
    this.err(`rekon: ${translate(this.lang, { code: 'error.prefix' })}: ${line}\n`);
    if (this.debug && e.stack !== undefined) this.err(`${e.stack}\n`);
    this.exit(EXIT.badInput);
  }
}
