import { performance } from 'node:perf_hooks';
import type { CliContext } from './cli-context.js';
import { t } from './cli-context.js';
import type { BlockingStats } from '../match/create-matcher.js';

export type Phase = 'roster_read' | 'roster_indexed' | 'bpjs_streamed' | 'matched' | 'reported';

/**
 * With --debug, one stderr line per finished phase of a long command: seconds since the previous
 * mark and memory then. For finding where a slow run spends its time; silent otherwise.
 */
export function phaseTimer(ctx: Pick<CliContext, 'debug' | 'err' | 'lang'>): (phase: Phase) => void {
  if (!ctx.debug) return () => undefined;
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    const mem = process.memoryUsage();
    const mib = (b: number): number => Math.round(b / 2 ** 20);
    const params = { phase: t(ctx, { code: `debug.phase.${phase}` }), seconds: ((now - last) / 1000).toFixed(2), heap: mib(mem.heapUsed), rss: mib(mem.rss) };
    ctx.err(`rekon: ${t(ctx, { code: 'debug.phase', params })}\n`);
    last = now;
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
