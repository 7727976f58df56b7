import { performance } from 'node:perf_hooks';
import type { CliContext } from './cli-context.js';

/**
 * With --debug, one stderr line per finished phase of a long command: seconds since the previous
 * mark and memory then. For finding where a slow run spends its time; silent otherwise.
 */
export function phaseTimer(ctx: Pick<CliContext, 'debug' | 'err'>): (phase: string) => void {
  if (!ctx.debug) return () => undefined;
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    const mem = process.memoryUsage();
    const mib = (b: number): string => `${Math.round(b / 2 ** 20)} MiB`;
    ctx.err(`rekon: debug: ${phase} ${((now - last) / 1000).toFixed(2)} s (heap ${mib(mem.heapUsed)}, rss ${mib(mem.rss)})\n`);
    last = now;
  };
}
