// Run the built rekon CLI as a child process and measure it (wall time, peak RSS).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The CLI under test; REKON_BENCH_BIN points elsewhere (another build, a stub). */
export const REKON_BIN = process.env.REKON_BENCH_BIN ?? join(REPO, 'bin', 'rekon');
const PRELOAD = join(REPO, 'bench', 'lib', 'rss-preload.mjs');
const GNU_TIME = '/usr/bin/time';

/** How the child's peak RSS is measured: GNU time if it is there, else a preload script. */
export function rssMethod() {
  return existsSync(GNU_TIME) ? 'gnu-time' : 'preload';
}

/**
 * Run `node bin/rekon ...args`. Resolves {code, seconds, maxRssBytes, stdout, stderr}.
 * maxRssBytes is null when it could not be measured.
 */
export async function runRekon(args, { method = rssMethod(), cwd = REPO, env = process.env } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'rekon-bench-'));
  const rssFile = join(scratch, 'maxrss');
  let cmd;
  let argv;
  let childEnv = env;
  if (method === 'gnu-time') {
    cmd = GNU_TIME;
    argv = ['-f', '%M', '-o', rssFile, process.execPath, REKON_BIN, ...args];
  } else {
    cmd = process.execPath;
    argv = ['--import', pathToFileURL(PRELOAD).href, REKON_BIN, ...args];
    childEnv = { ...env, REKON_BENCH_RSS_FILE: rssFile };
  }
  const t0 = performance.now();
  const child = spawn(cmd, argv, { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (stdout.length < 1e6 ? (stdout += d) : null));
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr.length < 1e6 ? (stderr += d) : null));
  const code = await new Promise((res, rej) => {
    child.on('error', rej);
    child.on('close', (c) => res(c));
  });
  const seconds = (performance.now() - t0) / 1000;
  let maxRssBytes = null;
  if (existsSync(rssFile)) {
    const text = readFileSync(rssFile, 'utf8').trim();
    // GNU time may prefix "Command exited with non-zero status N"; the figure is the last line.
    const last = Number(text.split('\n').pop());
    if (Number.isFinite(last)) maxRssBytes = last * 1024; // both methods report KiB
  }
  rmSync(scratch, { recursive: true, force: true });
  return { code, seconds, maxRssBytes, stdout, stderr };
}
