import { setFlagsFromString } from 'node:v8';

/**
 * Asks V8 to collect before its heap grows by more than `percent` over what the last collection kept.
 *
 * For reconcile, once the roster is indexed: from then on the heap holds most of what the run keeps,
 * and V8's own rule (grow by up to ~1.5–2× before the next full collection) put the peak RSS of a
 * 1M × 1M run at 2.96 GB with ~1.9 GB live. 30 % brought it to 2.42 GB (stop 11) and, after later
 * cuts, 2,270 MiB; 15 % to 2,093 MiB (stop 16) at no measurable cost: the extra marking runs
 * concurrently, on the core the reader thread no longer uses (at 1M it idles most of the streaming,
 * and nothing else runs beside finish() and the reports). 10 % gained only 30 MiB more but
 * cost ~20 s of CPU at 1M. Not set from the start: while three threads share the two cores reading,
 * the extra marking costs time (10 % for the whole run: 2.38 GB, but 71 s instead of 56).
 * It only changes when garbage is collected, never what the run computes.
 */
export function limitHeapGrowth(percent: number): void {
  try {
    setFlagsFromString(`--heap-growing-percent=${percent}`);
  } catch {
    // A V8 that refuses the flag runs as before, with a larger peak.
  }
}
