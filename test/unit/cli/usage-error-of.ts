// Shared by the CLI option tests: the UsageError a call throws, as its message code, params and exit code.
import { expect } from 'vitest';
import { UsageError } from '../../../src/errors.js';

export function usageErrorOf(f: () => unknown): { code: string; params: Record<string, unknown>; exitCode: number } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    const err = e as UsageError;
    return { code: err.detail.code, params: { ...(err.detail.params ?? {}) }, exitCode: err.exitCode };
  }
  throw new Error('expected a UsageError');
}
