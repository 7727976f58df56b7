import { setFlagsFromString } from 'node:v8';

/**
 * Asks V8 to collect before its heap grows by more than `percent` over what the last collection kept.
 *
 * For reconcile, once the roster is indexed: from then on the heap holds most of what the run keeps,
 * and V8's own rule (grow by up to ~1.5–2× before the next full collection) put the peak RSS of a
 * 1M × 1M run at 2.96 GB with ~1.9 GB live. With 30 % it was 2.42 GB, in the same time within the
 * noise (two interleaved pairs: 55.3 / 52.9 s without, 56.0 / 50.6 s with; 50 %: 2.52 GB): the
 * extra marking mostly runs concurrently, on the core the reader threads no longer use. Not set from
 * the start: while three threads share the two cores reading, the extra marking costs time (10 % for
 * the whole run: 2.38 GB, but 71 s instead of 56).
 * It only changes when garbage is collected, never what the run computes.
 */
export function limitHeapGrowth(percent: number): void {
  try {
    setFlagsFromString(`--heap-growing-percent=${percent}`);
  } catch {
    // A V8 that refuses the flag runs as before, with a larger peak.
  }
}
