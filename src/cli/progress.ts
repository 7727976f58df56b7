import type { CliContext } from './cli-context.js';

/**
 * A one-line counter on stderr ("roster: 120.000 rows"), redrawn at most ~10 times a second.
 * Totals are unknown while streaming, so a counter rather than a bar. Silent unless stderr is a TTY
 * and --quiet is off (clig.dev: progress only for humans).
 */
export class Progress {
  private last = 0;
  private shown = false;
  constructor(private readonly ctx: Pick<CliContext, 'showProgress' | 'err'>, private readonly clock: () => number = Date.now) {}

  update(text: string): void {
    if (!this.ctx.showProgress) return;
    const now = this.clock();
    if (now - this.last < 100) return;
    this.last = now;
    this.shown = true;
    this.ctx.err(`\r\x1b[2K${text}`);
  }

  done(): void {
    if (this.shown) this.ctx.err('\r\x1b[2K');
    this.shown = false;
  }

  /** Runs `work`, then wipes the counter however it ends: an error line must start on a clean line. */
  async wipedAfter<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } finally {
      this.done();
    }
  }
}
