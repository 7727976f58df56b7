// Mutation audit of bench/lib/run-cli.mjs: the perf figures we publish (peak RSS ≤ 2 GiB, wall time)
// come from runRekon, and the quality benchmark relies on its exit code. A stub CLI (REKON_BENCH_BIN)
// allocates a known amount of memory, so the RSS must be the child's, in bytes, by either method.
import { existsSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const STUB = `const [cmd, arg] = process.argv.slice(2);
if (cmd === 'echo') {
  process.stdout.write(JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd(), foo: process.env.FOO ?? null }));
  process.stderr.write('to stderr');
} else if (cmd === 'alloc') {
  const b = Buffer.alloc(Number(arg) * 1024 * 1024, 1);
  process.stdout.write(String(b[b.length - 1]));
  process.exit(3);
} else if (cmd === 'sleep') setTimeout(() => {}, Number(arg));
else if (cmd === 'kill') process.kill(process.pid, 'SIGKILL');
`;
const dir = mkdtempSync(join(tmpdir(), 'run-cli-audit-'));
const stub = join(dir, 'rekon-stub.mjs');
writeFileSync(stub, STUB);
// REKON_BIN is read when run-cli.mjs loads, so the stub is set first; the module has no types.
process.env.REKON_BENCH_BIN = stub;
const RUN_CLI = '../../../bench/lib/run-cli.mjs';
interface Run { code: number | null; seconds: number; maxRssBytes: number | null; stdout: string; stderr: string }
const m = (await import(RUN_CLI)) as {
  REKON_BIN: string;
  rssMethod(): string;
  runRekon(args: string[], o?: { method?: string; cwd?: string; env?: NodeJS.ProcessEnv }): Promise<Run>;
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const methods = existsSync('/usr/bin/time') ? ['gnu-time', 'preload'] : ['preload'];
const MiB = 1024 * 1024;

describe('runRekon', () => {
  it('runs REKON_BENCH_BIN with the arguments, in cwd, with env; captures stdout and stderr', async () => {
    expect(m.REKON_BIN).toBe(stub);
    for (const method of methods) {
      const r = await m.runRekon(['echo', 'a b', '--x'], { method, cwd: dir, env: { ...process.env, FOO: 'bar' } });
      expect(r.code, method).toBe(0);
      expect(JSON.parse(r.stdout), method).toEqual({ args: ['echo', 'a b', '--x'], cwd: realpathSync(dir), foo: 'bar' });
      expect(r.stderr, method).toBe('to stderr');
    }
  });

  it('GNU time is used when /usr/bin/time exists, else the preload', () => {
    expect(m.rssMethod()).toBe(existsSync('/usr/bin/time') ? 'gnu-time' : 'preload');
  });

  for (const method of methods) {
    it(`${method}: peak RSS is the child's, in bytes, even when it exits non-zero; the exit code comes back`, async () => {
      const big = await m.runRekon(['alloc', '300'], { method });
      expect(big.code).toBe(3);
      expect(big.stdout).toBe('1');
      expect(big.maxRssBytes).toBeGreaterThan(300 * MiB);
      expect(big.maxRssBytes).toBeLessThan(1200 * MiB);
      const small = await m.runRekon(['echo'], { method });
      expect(small.maxRssBytes).toBeGreaterThan(10 * MiB);
      expect(small.maxRssBytes).toBeLessThan(big.maxRssBytes! - 200 * MiB);
    });
  }

  it('wall time is measured in seconds around the child', async () => {
    const r = await m.runRekon(['sleep', '400']);
    expect(r.seconds).toBeGreaterThanOrEqual(0.4);
    expect(r.seconds).toBeLessThan(20);
  });

  it('a child killed by a signal: no exit code (the quality bench then stops), RSS unknown under the preload', async () => {
    const r = await m.runRekon(['kill'], { method: 'preload' });
    expect(r.code).toBeNull();
    expect(r.maxRssBytes).toBeNull();
  });

  it('leaves no scratch directory behind', async () => {
    const own = mkdtempSync(join(dir, 'tmp-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = own; // os.tmpdir() reads it on each call
    try {
      for (const method of methods) await m.runRekon(['echo'], { method });
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    expect(readdirSync(own)).toEqual([]);
  });
});
