// Types of the pure helpers of rss-timeline.mjs, for its unit test.
export interface PhaseLine {
  phase: string;
  seconds: number;
  heapMiB: number;
  rssMiB: number;
}
export interface PhasePeak {
  phase: string;
  endMs: number;
  peakMiB: number | null;
  peakAtMs: number | null;
}
export function parsePhaseLine(line: string): PhaseLine | null;
export function peaksByPhase(phases: readonly { phase: string; at: number }[], samples: readonly { at: number; rssMiB: number }[]): PhasePeak[];
