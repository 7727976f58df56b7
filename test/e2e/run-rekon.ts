import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'rekon');

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A fixed run date (2026-11-23, midday UTC) for every e2e run: two runs compared byte for byte must
 * not straddle midnight (the workbook carries the run date), nor a new year (the default budget period).
 */
export const PINNED_RUN_DATE = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 23, 12) / 1000) };

/** Runs the built binary as a user would (no TTY), in a known language and on a fixed date unless env says otherwise. */
export function runRekon(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; input?: string | Buffer } = {}): RunResult {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` before the e2e tests');
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', REKON_LANG: 'en', ...PINNED_RUN_DATE, ...options.env };
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function fixture(...parts: string[]): string {
  return join(ROOT, 'fixtures', ...parts);
}
