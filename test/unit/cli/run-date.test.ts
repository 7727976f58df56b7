import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { runDate } from '../../../src/cli/run-date.js';

describe('runDate', () => {
  const now = new Date(2026, 11, 6, 23, 59, 30); // local time

  it('is the local date of now when SOURCE_DATE_EPOCH is not set (or empty)', () => {
    expect(runDate({}, now)).toBe('2026-12-06');
    expect(runDate({ SOURCE_DATE_EPOCH: '' }, now)).toBe('2026-12-06');
  });

  it('SOURCE_DATE_EPOCH pins it, read as UTC', () => {
    expect(runDate({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 23, 12) / 1000) }, now)).toBe('2026-11-23');
    expect(runDate({ SOURCE_DATE_EPOCH: '0' }, now)).toBe('1970-01-01');
    expect(runDate({ SOURCE_DATE_EPOCH: String(Date.UTC(2027, 0, 1, 0, 0, 0) / 1000 - 1) }, now)).toBe('2026-12-31');
  });

  it('refuses a value that is not whole seconds', () => {
    for (const v of ['yesterday', '1.5', '-1', '2026-11-23']) {
      expect(() => runDate({ SOURCE_DATE_EPOCH: v }, now)).toThrow(UsageError);
    }
  });
});
