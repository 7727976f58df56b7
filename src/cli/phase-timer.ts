import { constants, performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import type { CliContext } from './cli-context.js';
import { t } from './cli-context.js';
import type { BlockingStats } from '../match/create-matcher.js';

export type Phase = 'roster_read' | 'roster_indexed' | 'bpjs_streamed' | 'matched' | 'reported';

/**
 * With --debug, one stderr line per finished phase of a long command: seconds since the previous
 * mark and memory then, and a second line with the garbage collections in it (count and pause time,
 * young and full collections apart: at 1M × 1M the young ones cost several milliseconds each, and
 * how many there are follows from how much a phase allocates). For finding where a slow run spends
 * its time; silent otherwise.
 */
export function phaseTimer(ctx: Pick<CliContext, 'debug' | 'err' | 'lang'>): (phase: Phase) => Promise<void> {
  if (!ctx.debug) return () => Promise.resolve();
  let last = performance.now();
  const gc = gcCounter();
  return async (phase) => {
    const now = performance.now();
    const mem = process.memoryUsage();
    const mib = (b: number): number => Math.round(b / 2 ** 20);
    const params = { phase: t(ctx, { code: `debug.phase.${phase}` }), seconds: ((now - last) / 1000).toFixed(2), heap: mib(mem.heapUsed), rss: mib(mem.rss) };
    ctx.err(`rekon: ${t(ctx, { code: 'debug.phase', params })}\n`);
    // Node records a collection on the event loop after it: one turn, so that a synchronous phase's
    // collections are counted in it and not in the next one.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const g = gc.take();
    ctx.err(`rekon: ${t(ctx, { code: 'debug.gc', params: { minor: g.minor, minorMs: Math.round(g.minorMs), major: g.major, majorMs: Math.round(g.majorMs) } })}\n`);
    last = now;
  };
}

interface GcCounts {
  minor: number;
  minorMs: number;
  major: number;
  majorMs: number;
}

/** Counts V8's collections since the last `take()` (node:perf_hooks 'gc' entries; only observed under --debug). */
function gcCounter(): { take(): GcCounts } {
  let counts: GcCounts = { minor: 0, minorMs: 0, major: 0, majorMs: 0 };
  const add = (entries: readonly PerformanceEntry[]): void => {
    for (const e of entries) {
      const kind = (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) {
        counts.minor++;
        counts.minorMs += e.duration;
      } else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
        counts.major++;
        counts.majorMs += e.duration;
      }
    }
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  return {
    take() {
      // Entries not yet delivered (a long synchronous phase gives the event loop no turn to deliver them).
      add(observer.takeRecords());
      const out = counts;
      counts = { minor: 0, minorMs: 0, major: 0, majorMs: 0 };
      return out;
    },
  };
}

/** With --debug, one stderr line of the matcher's blocking statistics: which rules found the candidates that were scored. */
export function printBlockingStats(ctx: Pick<CliContext, 'debug' | 'err' | 'lang'>, stats: BlockingStats): void {
  if (!ctx.debug) return;
  const perRule = (r: Readonly<Record<string, number>>): string =>
    Object.entries(r)
      .map(([rule, n]) => `${rule}=${n}`)
      .join(' ');
  const params = { candidates: perRule(stats.candidatesByRule), skipped: perRule(stats.skippedByRule), kept: stats.keptPairs };
  ctx.err(`rekon: ${t(ctx, { code: 'debug.blocking', params })}\n`);
}
