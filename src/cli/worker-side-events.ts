import type { Worker } from 'node:worker_threads';
import { InputError, UsageError } from '../errors.js';
import type { Message } from '../i18n/message.js';
import type { LoadOptions } from '../io/load-sheets.js';
import { createWireDecoder, type RecordWire } from '../normalize/record-wire.js';
import type { BpjsParticipant, Worker as RosterWorker } from '../normalize/person-record.js';
import type { Side } from '../table/table-layout.js';
import type { SideEvent } from './side-events.js';
import type { CreditMessage } from './read-ahead-credit.js';
import { startReaderThread, type ReaderStart, type ReaderThread } from './reader-thread.js';

/** What the reader thread posts, each message tagged with the index of the job it belongs to. */
type WorkerMessage<R> = { readonly job: number } & (
  | Exclude<SideEvent<R>, { kind: 'batch' }>
  | { readonly kind: 'wire'; readonly wire: RecordWire }
  | { readonly kind: 'end' }
  | ({ readonly kind: 'error' } & ReaderErrorFields)
);

/**
 * How the reader thread sends an error: a RekonError by class and message (detail), anything else by text
 * and stack, with a file-system error's code and path so that filesystemError can still say it in one line.
 */
export interface ReaderErrorFields {
  readonly errorClass: string;
  readonly detail?: Message;
  readonly exitCode?: number;
  readonly message?: string | undefined;
  readonly stack?: string | undefined;
  readonly code?: string | undefined;
  readonly path?: string | undefined;
}

type Rec = RosterWorker | BpjsParticipant;

/**
 * Batches (of ~1,000 records) read ahead by the worker before the main thread asks for more: most of
 * a pemda-sized export is read while the rosters are indexed, and memory stays bounded for huge ones.
 */
const READ_AHEAD = 64;

/** One side's inputs, read by the reader thread after the jobs before it. */
export interface ReadJob {
  readonly inputs: readonly string[];
  readonly options: Omit<LoadOptions<Side>, 'stdin'>;
}

/**
 * The same events as localSideEvents, one stream per job, produced by one worker thread that reads
 * the jobs in order (reading in parallel with the main thread). Errors keep their kind: an
 * InputError in the worker is an InputError here.
 */
export function workerSideEvents(jobs: readonly ReadJob[], started: ReaderThread | null = null): AsyncGenerator<SideEvent<Rec>>[] {
  // Told now, not on the first read: the point is to read while the caller does other work.
  const thread = started ?? startReaderThread();
  const worker = thread.worker;
  const start: ReaderStart<ReadJob> = { kind: 'start', jobs, credit: READ_AHEAD };
  worker.postMessage(start);
  const streams = jobs.map(() => ({ queue: [] as WorkerMessage<Rec>[], wake: null as (() => void) | null }));
  let failure: unknown = null;
  const notify = (s: (typeof streams)[number]): void => {
    s.wake?.();
    s.wake = null;
  };
  worker.on('message', (m: WorkerMessage<Rec>) => {
    const s = streams[m.job];
    if (s === undefined) return;
    s.queue.push(m);
    notify(s);
  });
  thread.onError((err) => {
    failure = err;
    streams.forEach(notify);
  });
  worker.on('exit', () => {
    streams.forEach((s, job) => {
      s.queue.push({ job, kind: 'end' });
      notify(s);
    });
  });
  // Only a stream being read keeps the process alive (not a worker reading ahead for a stream that
  // nobody will read, e.g. when the rosters fail to load and the run ends with an error: the thread
  // starts unreferenced). It stops once every stream is done with.
  let reading = 0;
  let open = jobs.length;
  const lifecycle: Lifecycle = {
    startReading: () => {
      if (reading++ === 0) worker.ref();
    },
    stopReading: async () => {
      if (--reading === 0) worker.unref();
      if (--open === 0) await worker.terminate();
    },
  };
  return streams.map((s, job) =>
    consume(worker, job, s.queue, () => failure, (w) => (s.wake = w), lifecycle),
  );
}

interface Lifecycle {
  startReading(): void;
  stopReading(): Promise<void>;
}

async function* consume(
  worker: Worker,
  job: number,
  queue: WorkerMessage<Rec>[],
  failure: () => unknown,
  setWake: (w: () => void) => void,
  lifecycle: Lifecycle,
): AsyncGenerator<SideEvent<Rec>> {
  lifecycle.startReading();
  const decode = createWireDecoder();
  const credit: CreditMessage = { kind: 'credit', job };
  try {
    for (;;) {
      while (queue.length === 0 && failure() === null) await new Promise<void>((resolve) => setWake(resolve));
      if (failure() !== null) throw failure();
      const m = queue.shift() as WorkerMessage<Rec>;
      if (m.kind === 'end') return;
      if (m.kind === 'error') throw rebuildError(m);
      if (m.kind === 'wire') {
        worker.postMessage(credit);
        yield { kind: 'batch', records: decode<Rec>(m.wire) };
      } else {
        const { job: _job, ...event } = m;
        yield event;
      }
    }
  } finally {
    await lifecycle.stopReading();
  }
}

function rebuildError(m: ReaderErrorFields): Error {
  if (m.detail !== undefined && m.errorClass === 'UsageError') return new UsageError(m.detail);
  if (m.detail !== undefined) return new InputError(m.detail);
  const err: NodeJS.ErrnoException = new Error(m.message ?? 'worker failed');
  if (m.stack !== undefined) err.stack = m.stack;
  if (m.code !== undefined) err.code = m.code;
  if (m.path !== undefined) err.path = m.path;
  return err;
}
