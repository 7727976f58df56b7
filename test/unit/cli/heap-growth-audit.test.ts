/**
 * Mutation audit of heap-growth.ts: V8 is faked to see the flag reconcile sets once the roster is
 * indexed, and the flag is checked against the flags this Node's V8 knows (V8 ignores a misspelt one
 * silently, and the peak memory of a large run would quietly go back up).
 */
import { execFileSync } from 'node:child_process';
import type * as V8 from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';

const v8 = vi.hoisted(() => ({ flags: [] as string[], refuse: false }));
vi.mock('node:v8', async (importOriginal) => ({
  ...(await importOriginal<typeof V8>()),
  setFlagsFromString: (flag: string) => {
    if (v8.refuse) throw new Error('flag refused');
    v8.flags.push(flag);
  },
}));
const { limitHeapGrowth } = await import('../../../src/cli/heap-growth.js');

afterEach(() => {
  v8.flags.length = 0;
  v8.refuse = false;
});

describe('limitHeapGrowth (audit)', () => {
  it('sets the growth percentage asked for, with a flag this V8 knows', () => {
    limitHeapGrowth(15);
    expect(v8.flags).toHaveLength(1);
    const [, name, value] = /^--([a-z-]+)=(\d+)$/.exec(v8.flags[0] ?? '') ?? [];
    expect(value).toBe('15');
    const known = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    // --v8-options spells flags with dashes or underscores depending on the V8 version.
    const spelled = new RegExp(`--${(name ?? '?').replace(/[-_]/g, '[-_]')}\\b`);
    expect(known).toMatch(spelled);
    expect(name).toBe('heap-growing-percent');
  });

  it('a V8 that refuses the flag: the run goes on as before', () => {
    v8.refuse = true;
    expect(() => limitHeapGrowth(15)).not.toThrow();
  });
});
