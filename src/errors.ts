import type { Message } from './i18n/message.js';

/**
 * Errors thrown on purpose. The CLI maps them to exit codes and renders `message`
 * in the user's language; anything else is an internal error (exit 3).
 */
export abstract class RekonError extends Error {
  abstract readonly exitCode: 2 | 3;
  constructor(readonly detail: Message, options?: { cause?: unknown }) {
    super(detail.code, options);
  }
}

/** Bad command line or option values (exit 2). */
export class UsageError extends RekonError {
  readonly exitCode = 2 as const;
}

/** An input file that cannot be read as asked (exit 2). `detail.params` names file, sheet, row. */
export class InputError extends RekonError {
  readonly exitCode = 2 as const;
}
