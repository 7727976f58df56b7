#!/usr/bin/env node
// `npm run bench`: every benchmark in turn with its default (CI-sized) settings.
// Heavier runs: `node bench/reconcile-perf.mjs --sizes 1m`, `node bench/quality.mjs --seeds 1,2,3,4,5`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './lib/run-cli.mjs';

const steps = [
  ['read-bench.mjs', []],
  ['reconcile-perf.mjs', ['--sizes', '10k,100k']],
  ['quality.mjs', ['--seeds', '1,2,3']],
];
let failed = 0;
for (const [script, args] of steps) {
  const path = join(REPO, 'bench', script);
  if (!existsSync(path)) continue;
  console.log(`\n=== bench/${script} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [path, ...args], { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
