import { parentPort, workerData } from 'node:worker_threads';
import { RekonError } from '../errors.js';
import type { LoadOptions } from '../io/load-sheets.js';
import { createWireEncoder } from '../normalize/record-wire.js';
import type { Side } from '../table/table-layout.js';
import { localSideEvents } from './side-events.js';
import { ReadAheadCredit, type CreditMessage } from './read-ahead-credit.js';

/**
 * Reads and normalizes one side in a worker thread, so that on a 2-core machine the BPJS export is
 * parsed while the main thread loads and indexes the rosters. Batches are sent ahead only while the
 * main thread has granted credit, which keeps memory bounded when the matcher is the slower one.
 */
interface Input {
  readonly inputs: readonly string[];
  readonly options: LoadOptions<Side>;
  readonly credit: number;
}

const port = parentPort;
if (port === null) throw new Error('side-reader-worker must run in a worker thread');
const { inputs, options, credit: initialCredit } = workerData as Input;
const credit = new ReadAheadCredit(initialCredit);
port.on('message', (m: CreditMessage) => {
  if (m.kind === 'credit') credit.grant(m.batches);
});

async function run(): Promise<void> {
  const encode = createWireEncoder();
  try {
    for await (const event of localSideEvents(inputs, { ...options, copiedOnArrival: true })) {
      if (event.kind === 'batch') {
        await credit.take();
        // Laid out flat (record-wire.ts): reading record objects back costs the main thread 5× more.
        port?.postMessage({ kind: 'wire', wire: encode(event.records) });
      } else port?.postMessage(event);
    }
    port?.postMessage({ kind: 'end' });
  } catch (err) {
    if (err instanceof RekonError) port?.postMessage({ kind: 'error', errorClass: err.constructor.name, detail: err.detail, exitCode: err.exitCode });
    else port?.postMessage({ kind: 'error', errorClass: 'Error', message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined });
  }
  port?.close();
}

void run();
