import { parentPort } from 'node:worker_threads';
import { RekonError } from '../errors.js';
import { createWireEncoder } from '../normalize/record-wire.js';
import { localSideEvents } from './side-events.js';
import { ReadAheadCredit, type CreditMessage } from './read-ahead-credit.js';
import type { ReaderStart } from './reader-thread.js';
import type { ReaderErrorFields, ReadJob } from './worker-side-events.js';

/**
 * Reads and normalizes the sides of a run in a worker thread, one after the other (rosters, then the
 * BPJS export), so that on a 2-core machine they are parsed while the main thread takes the rosters
 * in, indexes them and matches. Batches are sent ahead only while the main thread has granted credit
 * for that side, which keeps memory bounded when the matcher is the slower one.
 */
const port = parentPort;
if (port === null) throw new Error('side-reader-worker must run in a worker thread');
// Started ahead (reader-thread.ts): told what to read by the first message.
const { jobs, credit: initialCredit } = await new Promise<ReaderStart<ReadJob>>((resolve) => port.once('message', resolve));
const credits = jobs.map(() => new ReadAheadCredit(initialCredit));
port.on('message', (m: CreditMessage) => {
  if (m.kind === 'credit') credits[m.job]?.grant();
});

/** Reads one side; its failure is reported for that side only, and the next side is still read. */
async function read(job: number): Promise<void> {
  const { inputs, options } = jobs[job]!;
  const credit = credits[job]!;
  // One encoder per side: its dictionary of repeated strings pairs with that side's decoder.
  const encode = createWireEncoder();
  try {
    for await (const event of localSideEvents(inputs, { ...options, copiedOnArrival: true })) {
      if (event.kind === 'batch') {
        await credit.take();
        // Laid out flat (record-wire.ts): reading record objects back costs the main thread 5× more.
        port?.postMessage({ job, kind: 'wire', wire: encode(event.records) });
      } else port?.postMessage({ job, ...event });
    }
    port?.postMessage({ job, kind: 'end' });
  } catch (err) {
    port?.postMessage({ job, kind: 'error', ...errorFields(err) });
  }
}

async function run(): Promise<void> {
  for (let job = 0; job < jobs.length; job++) await read(job);
  port?.close();
}

void run();

/** An error as it crosses to the main thread (see ReaderErrorFields). */
function errorFields(err: unknown): ReaderErrorFields {
  if (err instanceof RekonError) return { errorClass: err.constructor.name, detail: err.detail, exitCode: err.exitCode };
  if (!(err instanceof Error)) return { errorClass: 'Error', message: String(err) };
  // A file-system error keeps its code and path: the main thread says it in one line (filesystemError),
  // as it would had the read failed there (a USB stick pulled out, a network share gone), not as internal.
  const fs = err as NodeJS.ErrnoException;
  return {
    errorClass: 'Error',
    message: err.message,
    stack: err.stack,
    code: typeof fs.code === 'string' ? fs.code : undefined,
    path: typeof fs.path === 'string' ? fs.path : undefined,
  };
}
