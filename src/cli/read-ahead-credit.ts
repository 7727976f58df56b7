/**
 * How many batches a reader thread may still send before the main thread asks for more (the reader's
 * side of the credit: the main thread grants one for each batch it takes).
 */
export class ReadAheadCredit {
  private credit: number;
  private wake: (() => void) | null = null;

  constructor(initial: number) {
    this.credit = initial;
  }

  /** One more batch may be sent. */
  grant(): void {
    this.credit++;
    this.wake?.();
    this.wake = null;
  }

  /** Resolves once a batch may be sent, and uses that credit. */
  async take(): Promise<void> {
    while (this.credit <= 0) await new Promise<void>((resolve) => (this.wake = resolve));
    this.credit--;
  }
}

/** The message the main thread posts to grant one batch of credit to one of the reader's jobs (sides). */
export interface CreditMessage {
  readonly kind: 'credit';
  readonly job: number;
}
