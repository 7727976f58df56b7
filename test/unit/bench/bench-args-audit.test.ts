// Mutation audit of bench/lib/bench-args.mjs: cases the existing test left open — a negative number
// is a bad value (not a missing one), spaces around a number are fine, list items obey the minimum,
// and runBench turns only usage mistakes into exit 2 (a real crash must still surface).
import { describe, expect, it, vi } from 'vitest';
import { BenchUsageError, intList, intValue, runBench } from '../../../bench/lib/bench-args.mjs';

describe('bench option values (audit)', () => {
  it('a negative number is refused as a value below the minimum, not as a missing value', () => {
    expect(() => intValue('--seed', '-5')).toThrow('--seed must be an integer ≥ 0, not "-5"');
  });

  it('spaces around an integer are tolerated (a quoted shell argument)', () => {
    expect(intValue('--rows', ' 12 ', 1)).toBe(12);
  });

  it('every list item obeys the minimum', () => {
    expect(() => intList('--sizes', '5,0', 1)).toThrow('--sizes must be an integer ≥ 1, not "0"');
    expect(intList('--sizes', '5,1', 1)).toEqual([5, 1]);
  });
});

describe('runBench', () => {
  it('a usage mistake: "script: message" on stderr and exit code 2; any other error is thrown on', async () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const saved = process.exitCode;
    try {
      await runBench('quality', () => {
        throw new BenchUsageError('unknown option --x');
      });
      expect(write).toHaveBeenCalledWith('quality: unknown option --x\n');
      expect(process.exitCode).toBe(2);
      process.exitCode = saved;
      await expect(runBench('quality', () => Promise.reject(new TypeError('boom')))).rejects.toThrow('boom');
      expect(process.exitCode).toBe(saved);
      await runBench('quality', async () => {});
      expect(process.exitCode).toBe(saved);
    } finally {
      process.exitCode = saved;
      write.mockRestore();
    }
  });
});
