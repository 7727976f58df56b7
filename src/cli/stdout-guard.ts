import type { EventEmitter } from 'node:events';
import { translate } from '../i18n/translate.js';
import type { Lang } from '../i18n/message.js';
import { EXIT } from './exit-codes.js';

/** Reasons a write to stdout fails that a user can act on; any other is said in the system's words. */
const KNOWN_REASONS = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EROFS', 'EACCES', 'EPERM', 'EFBIG']);

/**
 * What ends the run when stdout fails mid-output. A reader that stops early (`rekon … | head`: EPIPE) is not
 * an error: the run ends quietly, but with the exit code it already had, so `--fail-on` still says 1 under
 * `set -o pipefail` however much of the output was read. Any other failure (a full disk behind `> file`) is
 * one line and exit 2, never a stack trace and exit 1 (which means a --fail-on condition holds).
 */
export class StdoutGuard {
  private code: number = EXIT.ok;

  constructor(
    private readonly lang: Lang,
    private readonly debug: boolean,
    private readonly err: (text: string) => void,
    private readonly exit: (code: number) => void,
  ) {}

  /** The run's exit code so far: commands set it before they write their output (setExit). */
  expect(code: number): void {
    this.code = Math.max(this.code, code);
  }

  /** Listens on `stream` (process.stdout). */
  watch(stream: EventEmitter): void {
    stream.on('error', (e: NodeJS.ErrnoException) => this.failed(e));
  }

  failed(e: NodeJS.ErrnoException): void {
    if (e.code === 'EPIPE') {
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
