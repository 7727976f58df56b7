import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BenchUsageError, intList, intValue, optionValue } from '../../../bench/lib/bench-args.mjs';

const REPO = join(import.meta.dirname, '..', '..', '..');

describe('bench option values', () => {
  it('takes integers at or above the minimum and refuses anything else', () => {
    expect(intValue('--runs', '3', 1)).toBe(3);
    expect(intValue('--seed', '0')).toBe(0);
    for (const bad of ['x', '1.5', '', ' ', '0x10', '1e3', '-1', '99999999999999999999']) expect(() => intValue('--seed', bad), bad).toThrow(BenchUsageError);
    expect(() => intValue('--runs', '0', 1)).toThrow('--runs must be an integer ≥ 1, not "0"');
  });

  it('needs a value after an option, and not another option', () => {
    expect(() => optionValue('--sizes', undefined)).toThrow('--sizes needs a value');
    expect(() => optionValue('--sizes', '--check')).toThrow(BenchUsageError);
    expect(optionValue('--size', '1m')).toBe('1m');
  });

  it('reads comma-separated integer lists', () => {
    expect(intList('--seeds', '1,2,3')).toEqual([1, 2, 3]);
    expect(() => intList('--seeds', '1,,3')).toThrow(BenchUsageError);
    expect(() => intList('--seeds', '1,2x')).toThrow('not "2x"');
  });
});

describe('bench scripts given a bad option', () => {
  const cases: [string, string[], string][] = [
    ['reconcile-perf.mjs', ['--sizes', '5q'], 'reconcile-perf: bad size "5q" (use e.g. 10k, 100k, 1m)'],
    ['reconcile-perf.mjs', ['--bogus'], 'reconcile-perf: unknown option --bogus'],
    ['quality.mjs', ['--seeds', 'x'], 'quality: --seeds must be an integer ≥ 0, not "x"'],
    ['rss-timeline.mjs', ['--every', '0'], 'rss-timeline: --every must be an integer ≥ 1, not "0"'],
  ];
  for (const [script, args, message] of cases) {
    it(`${script} ${args.join(' ')}: one line, exit 2, before any work`, () => {
      const r = spawnSync(process.execPath, [join(REPO, 'bench', script), ...args], { cwd: REPO, encoding: 'utf8', timeout: 30_000 });
      expect(r.stderr).toBe(`${message}\n`);
      expect(r.stdout).toBe('');
      expect(r.status).toBe(2);
    });
  }
});
