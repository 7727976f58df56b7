import { Worker } from 'node:worker_threads';
import { InputError, UsageError } from '../errors.js';
import type { Message } from '../i18n/message.js';
import type { LoadOptions, RecordOf } from '../io/load-sheets.js';
import { createWireDecoder, type RecordWire } from '../normalize/record-wire.js';
import type { BpjsParticipant, Worker as RosterWorker } from '../normalize/person-record.js';
import type { Side } from '../table/table-layout.js';
import type { SideEvent } from './side-events.js';
import type { CreditMessage } from './read-ahead-credit.js';

type WorkerMessage<R> =
  | Exclude<SideEvent<R>, { kind: 'batch' }>
  | { readonly kind: 'wire'; readonly wire: RecordWire }
  | { readonly kind: 'end' }
  | { readonly kind: 'error'; readonly errorClass: string; readonly detail?: Message; readonly message?: string; readonly stack?: string };

/**
 * Batches (of ~1,000 records) read ahead by the worker before the main thread asks for more: most of
 * a pemda-sized export is read while the rosters load, and memory stays bounded for huge ones.
 */
const READ_AHEAD = 64;
/**
 * Batches a held worker reads before `releaseReadAhead()`. While the rosters are read, the roster
 * reader thread is the slowest of three threads on two cores; a BPJS reader reading ahead then took
 * CPU from it (100k × 100k: roster phase 2.25 → 1.87 s held, streaming 1.10 → 1.20 s, ~0.1 s less in
 * all). Held, it still starts now: the thread boots and compiles while the rosters load.
 */
const HELD_READ_AHEAD = 2;

/** Side events from a worker thread; a held one reads ahead fully only once released. */
export type WorkerSideStream<R> = AsyncGenerator<SideEvent<R>> & {
  /** Lets a held worker read up to READ_AHEAD batches ahead; a no-op after the first call, or when not held. */
  releaseReadAhead(): void;
};

/**
 * The same events as localSideEvents, produced by a worker thread (reading in parallel with the
 * main thread). Errors keep their kind: an InputError in the worker is an InputError here.
 */
export function workerSideEvents<S extends Side>(
  inputs: readonly string[],
  options: Omit<LoadOptions<S>, 'stdin'>,
  start: { readonly held?: boolean } = {},
): WorkerSideStream<RecordOf<S>> {
  // Started now, not on the first read: the point is to read while the caller does other work.
  const initial = start.held === true ? HELD_READ_AHEAD : READ_AHEAD;
  const worker = new Worker(new URL('./side-reader-worker.js', import.meta.url), { workerData: { inputs, options, credit: initial } });
  const queue: WorkerMessage<RecordOf<S>>[] = [];
  let wake: (() => void) | null = null;
  let failure: unknown = null;
  const notify = (): void => {
    wake?.();
    wake = null;
  };
  worker.on('message', (m: WorkerMessage<RecordOf<S>>) => {
    queue.push(m);
    notify();
  });
  worker.on('error', (err) => {
    failure = err;
    notify();
  });
  worker.on('exit', () => {
    queue.push({ kind: 'end' });
    notify();
  });
  // Until someone reads from it, the worker must not keep the process alive (e.g. when the
  // rosters fail to load and the run ends with an error).
  worker.unref();
  let held = initial < READ_AHEAD;
  const releaseReadAhead = (): void => {
    if (!held) return;
    held = false;
    const grant: CreditMessage = { kind: 'credit', batches: READ_AHEAD - initial };
    worker.postMessage(grant);
  };
  return Object.assign(consume(worker, queue, () => failure, (w) => (wake = w)), { releaseReadAhead });
}

async function* consume<R extends RosterWorker | BpjsParticipant>(
  worker: Worker,
  queue: WorkerMessage<R>[],
  failure: () => unknown,
  setWake: (w: () => void) => void,
): AsyncGenerator<SideEvent<R>> {
  worker.ref();
  const decode = createWireDecoder();
  try {
    for (;;) {
      while (queue.length === 0 && failure() === null) await new Promise<void>((resolve) => setWake(resolve));
      if (failure() !== null) throw failure();
      const m = queue.shift() as WorkerMessage<R>;
      if (m.kind === 'end') return;
      if (m.kind === 'error') throw rebuildError(m);
      if (m.kind === 'wire') {
        worker.postMessage(ONE_BATCH);
        yield { kind: 'batch', records: decode<R>(m.wire) };
      } else yield m;
    }
  } finally {
    await worker.terminate();
  }
}

const ONE_BATCH: CreditMessage = { kind: 'credit', batches: 1 };

function rebuildError(m: { errorClass: string; detail?: Message; message?: string; stack?: string }): Error {
  if (m.detail !== undefined && m.errorClass === 'UsageError') return new UsageError(m.detail);
  if (m.detail !== undefined) return new InputError(m.detail);
  const err = new Error(m.message ?? 'worker failed');
  if (m.stack !== undefined) err.stack = m.stack;
  return err;
}
