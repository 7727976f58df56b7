#!/usr/bin/env node
// Speed and memory of `rekon reconcile` on generated CSV worlds (roster N × BPJS N).
//
// Usage: node bench/reconcile-perf.mjs [--sizes 10k,100k,1m] [--seed 1] [--runs 1] [--check]
//                                      [--xlsx-report]
//
// The CLI runs with --out (workers.csv, bpjs_only.csv, summary.json …) and, unless --xlsx-report,
// --no-xlsx-report: the report workbook is a presentation extra, timed separately on request.
// Files are generated once and cached in bench/out/perf/<size>/ (same seed → same files).
// The CLI runs as a child process; wall time is measured around it, peak RSS with GNU
// `/usr/bin/time -f %M` when present, else with a `node --import` preload that reports
// process.resourceUsage().maxRSS (bench/lib/rss-preload.mjs).
// Targets: 100k×100k ≤ 5 s; 1M×1M ≤ 40 s and ≤ 2 GiB. --check exits 1 when one is missed.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateFiles } from './generate.mjs';
import { GENERATOR_VERSION } from './lib/people.mjs';
import { REPO, rssMethod, runRekon } from './lib/run-cli.mjs';
import { printTable } from './lib/table.mjs';
import { BenchUsageError, intValue, optionValue, runBench } from './lib/bench-args.mjs';

const GiB = 1024 ** 3;
export const PERF_TARGETS = {
  100000: { seconds: 5 },
  1000000: { seconds: 40, rssBytes: 2 * GiB },
};

/** "10k" → 10000, "1m" → 1000000, "250000" → 250000. */
export function parseSize(s) {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
  if (!m) throw new BenchUsageError(`bad size "${s}" (use e.g. 10k, 100k, 1m)`);
  const mult = { '': 1, k: 1e3, m: 1e6 }[m[2].toLowerCase()];
  return Math.round(Number(m[1]) * mult);
}

function parseArgs(argv) {
  const o = { sizes: ['10k', '100k', '1m'], seed: 1, runs: 1, check: false, xlsxReport: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--sizes') {
      o.sizes = optionValue(a, v).split(',');
      i++;
    } else if (a === '--seed') {
      o.seed = intValue(a, v);
      i++;
    } else if (a === '--runs') {
      o.runs = intValue(a, v, 1);
      i++;
    } else if (a === '--check') o.check = true;
    else if (a === '--xlsx-report') o.xlsxReport = true;
    else throw new BenchUsageError(`unknown option ${a}`);
  }
  // Sizes are checked before any world is generated (a 1M world takes a while).
  for (const s of o.sizes) parseSize(s);
  return o;
}

export async function ensureWorld(n, seed) {
  const dir = join(REPO, 'bench', 'out', 'perf', `${n}x${n}-s${seed}`);
  const metaPath = join(dir, 'meta.json');
  if (existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    if (meta.rows === n && meta.bpjs_rows === n && meta.seed === seed && meta.generator_version === GENERATOR_VERSION) return { dir, genSeconds: null };
  }
  const g = await generateFiles({ rows: n, bpjsRows: n, seed, out: dir });
  return { dir, genSeconds: g.seconds };
}

const mib = (b) => (b === null ? 'n/a' : (b / 1024 ** 2).toFixed(0) + ' MiB');

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const method = rssMethod();
  const rows = [['size', 'wall', 'rows/s', 'peak RSS', 'target', 'ok']];
  const misses = [];
  for (const label of o.sizes) {
    const n = parseSize(label);
    const { dir, genSeconds } = await ensureWorld(n, o.seed);
    if (genSeconds !== null) console.error(`perf: generated ${n}×${n} in ${genSeconds.toFixed(1)} s → ${dir}`);
    let best = null;
    for (let r = 0; r < o.runs; r++) {
      const out = join(dir, 'result');
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out, { recursive: true });
      const args = ['reconcile', '--roster', join(dir, 'roster.csv'), '--bpjs', join(dir, 'bpjs.csv'), '--out', out, '--quiet'];
      if (!o.xlsxReport) args.push('--no-xlsx-report');
      const run = await runRekon(args);
      if (run.code !== 0 && run.code !== 1) {
        console.error(`perf: rekon exited with ${run.code} on ${n}×${n}\n${run.stderr.slice(0, 2000)}`);
        process.exit(3);
      }
      if (!best || run.seconds < best.seconds) best = run;
    }
    const t = PERF_TARGETS[n];
    const targetText = t ? [`≤ ${t.seconds} s`, t.rssBytes ? `≤ ${t.rssBytes / GiB} GiB` : null].filter(Boolean).join(', ') : '–';
    let ok = '–';
    if (t) {
      const timeOk = best.seconds <= t.seconds;
      const rssOk = !t.rssBytes || (best.maxRssBytes !== null && best.maxRssBytes <= t.rssBytes);
      ok = timeOk && rssOk ? 'yes' : 'NO';
      if (!timeOk) misses.push(`${label}: ${best.seconds.toFixed(2)} s > ${t.seconds} s`);
      if (!rssOk) misses.push(`${label}: peak RSS ${mib(best.maxRssBytes)} > ${t.rssBytes / GiB} GiB`);
    }
    rows.push([`${label}×${label}`, best.seconds.toFixed(2) + ' s', Math.round((2 * n) / best.seconds).toLocaleString('en-US'), mib(best.maxRssBytes), targetText, ok]);
  }
  console.log(`\nrekon reconcile --out … ${o.xlsxReport ? '(with report.xlsx)' : '--no-xlsx-report'} — CSV roster × CSV BPJS (peak RSS via ${method}, best of ${o.runs})\n`);
  printTable(rows);
  console.log('\nrows/s counts both sides (roster + BPJS rows).');
  if (o.check && misses.length) {
    console.log(`CHECK FAILED: ${misses.join('; ')}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runBench('reconcile-perf', main);
