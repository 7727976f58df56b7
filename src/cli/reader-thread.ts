import { Worker } from 'node:worker_threads';

/**
 * The thread that reads the sides of a run (side-reader-worker.ts), started but not yet told what to
 * read. The launcher (bin/rekon) starts one before the CLI's own code is loaded when the command may
 * be `reconcile`: the thread's start (~100 ms: a Node environment, then the reading code) then runs
 * on the second core while the main thread loads, instead of after it.
 */
export interface ReaderThread {
  readonly worker: Worker;
  /** Calls `listener` with the thread's error, now if it already failed (e.g. while nobody listened). */
  onError(listener: (err: unknown) => void): void;
}

/** What the main thread posts first: the thread waits for it before reading anything. */
export interface ReaderStart<J> {
  readonly kind: 'start';
  readonly jobs: readonly J[];
  readonly credit: number;
}

export function startReaderThread(): ReaderThread {
  const worker = new Worker(new URL('./side-reader-worker.js', import.meta.url));
  // An idle thread (a command that reads nothing, an error before reading) must not keep the
  // process alive; whoever reads from it refs it.
  worker.unref();
  let failure: unknown = null;
  let listener: ((err: unknown) => void) | null = null;
  // Listened to from the start: an 'error' event with no listener would crash the process.
  worker.on('error', (err) => {
    failure = err;
    listener?.(err);
  });
  return {
    worker,
    onError(l) {
      listener = l;
      if (failure !== null) l(failure);
    },
  };
}
