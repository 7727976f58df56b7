#!/usr/bin/env node
// When during a run memory peaks: samples the CLI's resident set (Linux /proc) while it reconciles an
// N×N world, and reports per phase (from `--debug`) its end, its duration and the highest RSS seen in it.
// GNU time gives only the peak; this says in which phase it happens (at 1M × 1M: early in finish(),
// when V8's heap limit is reached — see docs/decisions.md § Performance).
//
// Usage: node bench/rss-timeline.mjs [--size 1m] [--seed 1] [--every 250]   (milliseconds between samples)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { pathToFileURL } from 'node:url';
import { REKON_BIN } from './lib/run-cli.mjs';
import { printTable } from './lib/table.mjs';
import { BenchUsageError, intValue, optionValue, runBench } from './lib/bench-args.mjs';
import { ensureWorld, parseSize } from './reconcile-perf.mjs';

const PHASE_LINE = /^rekon: debug: (.+?) ([\d.]+) s \(heap (\d+) MiB, rss (\d+) MiB\)$/;

/** A `--debug` phase line (English) → {phase, seconds, heapMiB, rssMiB}, else null. */
export function parsePhaseLine(line) {
  const m = PHASE_LINE.exec(line.trim());
  return m ? { phase: m[1], seconds: Number(m[2]), heapMiB: Number(m[3]), rssMiB: Number(m[4]) } : null;
}

/**
 * Per phase, the highest sample taken while it ran. `phases` are [{phase, at}] in order, `at` the
 * milliseconds since start when the phase ended; `samples` are [{at, rssMiB}]. Samples before the
 * first phase ended belong to it; samples after the last one to "exit".
 */
export function peaksByPhase(phases, samples) {
  const out = phases.map((p) => ({ phase: p.phase, endMs: p.at, peakMiB: null, peakAtMs: null }));
  out.push({ phase: 'exit', endMs: Infinity, peakMiB: null, peakAtMs: null });
  for (const s of samples) {
    const slot = out.find((p) => s.at <= p.endMs);
    if (slot.peakMiB === null || s.rssMiB > slot.peakMiB) {
      slot.peakMiB = s.rssMiB;
      slot.peakAtMs = s.at;
    }
  }
  return out.filter((p) => p.phase !== 'exit' || p.peakMiB !== null);
}

function parseArgs(argv) {
  const o = { size: '1m', seed: 1, every: 250 };
  for (let i = 0; i < argv.length; i += 2) {
    const [a, v] = [argv[i], argv[i + 1]];
    if (a === '--size') o.size = optionValue(a, v);
    else if (a === '--seed') o.seed = intValue(a, v);
    else if (a === '--every') o.every = intValue(a, v, 1);
    else throw new BenchUsageError(`unknown option ${a}`);
  }
  parseSize(o.size);
  return o;
}

function rssMiBOf(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null; // the process has just ended
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!existsSync('/proc/self/status')) {
    console.error('rss-timeline: needs Linux /proc to sample memory; use reconcile-perf.mjs for the peak alone');
    process.exit(2);
  }
  const n = parseSize(o.size);
  const { dir } = await ensureWorld(n, o.seed);
  const out = join(dir, 'result-timeline');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const args = ['--debug', '--lang', 'en', 'reconcile', '--roster', join(dir, 'roster.csv'), '--bpjs', join(dir, 'bpjs.csv'), '--out', out, '--no-xlsx-report', '--quiet'];
  const t0 = performance.now();
  const child = spawn(process.execPath, [REKON_BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const phases = [];
  const samples = [];
  let pending = '';
  child.stderr.setEncoding('utf8').on('data', (d) => {
    const lines = (pending + d).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const p = parsePhaseLine(line);
      if (p !== null) phases.push({ ...p, at: performance.now() - t0 });
    }
  });
  const timer = setInterval(() => {
    const rss = rssMiBOf(child.pid);
    if (rss !== null) samples.push({ at: performance.now() - t0, rssMiB: rss });
  }, o.every);
  const code = await new Promise((res, rej) => {
    child.on('error', rej);
    child.on('close', res);
  });
  clearInterval(timer);
  if (code !== 0 && code !== 1) {
    console.error(`rss-timeline: rekon exited with ${code}`);
    process.exit(3);
  }
  const wall = (performance.now() - t0) / 1000;
  console.log(`\nrekon reconcile ${o.size}×${o.size} (seed ${o.seed}): ${wall.toFixed(1)} s, RSS sampled every ${o.every} ms\n`);
  const peaks = peaksByPhase(phases, samples);
  const secondsText = (ms) => (ms === null || !Number.isFinite(ms) ? '–' : `${(ms / 1000).toFixed(1)} s`);
  const rows = [['phase', 'ends at', 'took', 'peak RSS', 'at']];
  for (const p of peaks) {
    const took = phases.find((x) => x.phase === p.phase)?.seconds;
    rows.push([p.phase, secondsText(p.endMs), took === undefined ? '–' : `${took.toFixed(2)} s`, p.peakMiB === null ? '–' : `${p.peakMiB.toFixed(0)} MiB`, secondsText(p.peakAtMs)]);
  }
  printTable(rows);
  const top = peaks.reduce((a, b) => ((b.peakMiB ?? 0) > (a.peakMiB ?? 0) ? b : a), peaks[0]);
  if (top?.peakMiB != null) console.log(`\npeak ${top.peakMiB.toFixed(0)} MiB during "${top.phase}" (sampled; GNU time's figure may be a little higher)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runBench('rss-timeline', main);
