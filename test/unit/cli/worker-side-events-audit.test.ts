/**
 * Mutation audit of worker-side-events.ts (the main thread's side of the reader thread): the reader is
 * a scripted fake, so message routing, credit, error rebuilding, and when the thread is ref'd, unref'd
 * and terminated (a run that must neither hang nor exit early) can be checked without a built bundle.
 */
import { EventEmitter } from 'node:events';
import type { Worker as NodeWorker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../../src/errors.js';
import { workerSideEvents, type ReadJob } from '../../../src/cli/worker-side-events.js';
import type { ReaderThread } from '../../../src/cli/reader-thread.js';
import type { SideEvent } from '../../../src/cli/side-events.js';
import { createWireEncoder } from '../../../src/normalize/record-wire.js';
import type { BpjsParticipant, Worker } from '../../../src/normalize/person-record.js';
import { makeNik, makeParticipant, makeWorker } from '../match/make-records.js';

/** A worker that records what the main thread does to it; the test plays the reader's messages. */
class FakeWorker extends EventEmitter {
  readonly posted: { kind: string; job?: number; credit?: number; jobs?: unknown[] }[] = [];
  readonly calls: string[] = [];
  postMessage(m: { kind: string }): void {
    this.posted.push(m);
  }
  ref(): void {
    this.calls.push('ref');
  }
  unref(): void {
    this.calls.push('unref');
  }
  terminate(): Promise<number> {
    this.calls.push('terminate');
    return Promise.resolve(1);
  }
  credits(job: number): number {
    return this.posted.filter((m) => m.kind === 'credit' && m.job === job).length;
  }
}

function setup(jobCount = 2): { worker: FakeWorker; streams: AsyncGenerator<SideEvent<Worker | BpjsParticipant>>[]; crash: (err: unknown) => void } {
  const worker = new FakeWorker();
  let listener: ((err: unknown) => void) | null = null;
  const thread: ReaderThread = { worker: worker as unknown as NodeWorker, onError: (l) => (listener = l) };
  const jobs: ReadJob[] = Array.from({ length: jobCount }, (_, i) => ({ inputs: [`side${i}.csv`], options: {} as ReadJob['options'] }));
  const streams = workerSideEvents(jobs, thread);
  return { worker, streams, crash: (err) => listener?.(err) };
}

const sheet = (file: string): SideEvent<never> => ({ kind: 'sheet', file, sheet: '', noTable: false, leftOut: null, roles: ['nik', 'name'], notes: [] });
const roster = Array.from({ length: 4 }, (_, i) => makeWorker(i, { nik: makeNik('327301', '1990-01-05', 'F', i + 1), name: 'SITI AMINAH' }));
const bpjs = Array.from({ length: 3 }, (_, i) => makeParticipant(i, { nik: makeNik('327301', '1985-03-12', 'M', i + 1), name: 'BUDI SANTOSO' }));
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Resolves to 'pending' if `p` has not settled after a few turns of the event loop (a hang). */
async function settled<T>(p: Promise<T>): Promise<{ value: T } | { error: unknown } | 'pending'> {
  let out: { value: T } | { error: unknown } | 'pending' = 'pending';
  p.then((value) => (out = { value }), (error: unknown) => (out = { error }));
  for (let i = 0; i < 5; i++) await tick();
  return out;
}

async function drain<R>(stream: AsyncGenerator<SideEvent<R>>): Promise<SideEvent<R>[]> {
  const out: SideEvent<R>[] = [];
  for await (const e of stream) out.push(e);
  return out;
}

describe('workerSideEvents: what the reader is told', () => {
  it('tells the reader its jobs at once, with a read-ahead that is bounded but more than one batch', () => {
    const { worker } = setup();
    const start = worker.posted[0];
    expect(start?.kind).toBe('start');
    expect(start?.jobs).toHaveLength(2);
    // decisions.md: 64 batches was measured; 1,000 raised the peak RSS to 3.6 GiB for nothing.
    expect(start?.credit).toBeGreaterThan(1);
    expect(start?.credit).toBeLessThanOrEqual(64);
  });
});

describe('workerSideEvents: events and credit', () => {
  it('gives each stream its own events in order, rebuilt, and grants one credit per batch taken, for that side', async () => {
    const { worker, streams } = setup();
    const [r, b] = streams as [AsyncGenerator<SideEvent<Worker>>, AsyncGenerator<SideEvent<BpjsParticipant>>];
    const encR = createWireEncoder();
    const encB = createWireEncoder();
    // The BPJS side's messages interleaved with the roster's: each must reach its own stream.
    worker.emit('message', { job: 0, ...sheet('roster.csv') });
    worker.emit('message', { job: 1, ...sheet('bpjs.csv') });
    worker.emit('message', { job: 0, kind: 'wire', wire: encR(roster.slice(0, 2)) });
    worker.emit('message', { job: 1, kind: 'wire', wire: encB(bpjs) });
    worker.emit('message', { job: 0, kind: 'wire', wire: encR(roster.slice(2)) });
    worker.emit('message', { job: 1, kind: 'end' });
    // No credit for batches only received: credit is for what the main thread has taken.
    expect(worker.credits(0) + worker.credits(1)).toBe(0);
    expect(await r.next()).toEqual({ done: false, value: sheet('roster.csv') });
    expect(worker.credits(0)).toBe(0);
    expect(await r.next()).toEqual({ done: false, value: { kind: 'batch', records: roster.slice(0, 2) } });
    expect(worker.credits(0)).toBe(1);
    // A consumer already waiting is woken by the next message.
    const waiting = r.next();
    await tick();
    worker.emit('message', { job: 0, kind: 'end' });
    expect(await waiting).toEqual({ done: false, value: { kind: 'batch', records: roster.slice(2) } });
    expect(await r.next()).toEqual({ done: true, value: undefined });
    expect(worker.credits(0)).toBe(2);
    expect(worker.credits(1)).toBe(0);
    expect(await drain(b)).toEqual([sheet('bpjs.csv'), { kind: 'batch', records: bpjs }]);
    expect(worker.credits(1)).toBe(1);
  });

  it('a side with no sheets and no records ends empty', async () => {
    const { worker, streams } = setup(1);
    worker.emit('message', { job: 0, kind: 'end' });
    expect(await drain(streams[0]!)).toEqual([]);
  });
});

describe('workerSideEvents: errors reach the user as the one-line error they were in the reader', () => {
  const detail = { code: 'io.record_too_long', params: { file: 'bpjs.csv', row: 7, limit: 100 } };

  it('an input error after some batches: the batches, then the same InputError (file and row kept)', async () => {
    const { worker, streams } = setup(1);
    worker.emit('message', { job: 0, kind: 'wire', wire: createWireEncoder()(bpjs) });
    worker.emit('message', { job: 0, kind: 'error', errorClass: 'InputError', detail, exitCode: 2 });
    const s = streams[0]!;
    expect((await s.next()).value).toEqual({ kind: 'batch', records: bpjs });
    const err = await s.next().then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).detail).toEqual(detail);
    expect((err as InputError).exitCode).toBe(2);
  });

  it('a usage error stays a usage error', async () => {
    const { worker, streams } = setup(1);
    worker.emit('message', { job: 0, kind: 'error', errorClass: 'UsageError', detail: { code: 'io.unknown_encoding', params: { encoding: 'x' } }, exitCode: 2 });
    await expect(streams[0]!.next()).rejects.toBeInstanceOf(UsageError);
  });

  it('an internal error keeps its message and the reader thread stack (shown with --debug)', async () => {
    const { worker, streams } = setup(1);
    worker.emit('message', { job: 0, kind: 'error', errorClass: 'Error', message: 'cannot read x of undefined', stack: 'TypeError: cannot read x\n    at readXlsx (read-xlsx.ts:10)' });
    const err = (await streams[0]!.next().then(() => null, (e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(InputError);
    expect(err.message).toBe('cannot read x of undefined');
    expect(err.stack).toContain('read-xlsx.ts:10');
  });

  it('a crash of the thread fails a stream that is waiting, instead of leaving it waiting for ever', async () => {
    const { worker, streams, crash } = setup();
    const waiting = streams[1]!.next();
    await tick();
    const boom = new Error('worker out of memory');
    crash(boom);
    // The exit that follows a crash must not turn the failure into a quiet (truncated) end.
    worker.emit('exit', 1);
    expect(await settled(waiting)).toEqual({ error: boom });
  });

  it('a crash fails a stream even when it has messages left: a crashed read is not a complete one', async () => {
    const { worker, streams, crash } = setup(1);
    worker.emit('message', { job: 0, ...sheet('a.csv') });
    const boom = new Error('crashed');
    crash(boom);
    await expect(streams[0]!.next()).rejects.toBe(boom);
  });

  it('the thread exiting while a stream waits does not leave the stream waiting for ever', async () => {
    const { worker, streams } = setup();
    const waiting = streams[0]!.next();
    await tick();
    worker.emit('exit', 0);
    expect(await settled(waiting)).not.toBe('pending');
  });
});

describe('workerSideEvents: the thread keeps the process alive only while a stream is read', () => {
  it('ref while a stream is read; unref when no stream is being read; terminate once both are done with', async () => {
    const { worker, streams } = setup();
    const [r, b] = streams;
    // Told what to read, but nobody reads yet: an error before reading must not hang the run.
    expect(worker.calls).toEqual([]);
    const first = r!.next();
    expect(worker.calls).toEqual(['ref']);
    worker.emit('message', { job: 0, kind: 'end' });
    worker.emit('message', { job: 1, kind: 'end' });
    await first;
    // The rosters are done; the BPJS stream may never be read (e.g. no workers in the rosters): the
    // thread still reading ahead for it must not keep the process alive.
    expect(worker.calls).toEqual(['ref', 'unref']);
    await drain(b!);
    expect(worker.calls).toEqual(['ref', 'unref', 'ref', 'unref', 'terminate']);
  });

  it('a consumer that stops early (an error on the main thread) lets go of the thread', async () => {
    const { worker, streams } = setup();
    const enc = createWireEncoder();
    for (let i = 0; i < 3; i++) worker.emit('message', { job: 0, kind: 'wire', wire: enc(roster.slice(i, i + 1)) });
    for await (const e of streams[0]!) {
      expect(e.kind).toBe('batch');
      break;
    }
    expect(worker.calls).toEqual(['ref', 'unref']);
  });

  it('two streams read at once: the thread stays referenced until both have stopped', async () => {
    const { worker, streams } = setup();
    const [r, b] = streams;
    const pr = r!.next();
    const pb = b!.next();
    worker.emit('message', { job: 0, kind: 'end' });
    await pr;
    expect(worker.calls).toEqual(['ref']);
    worker.emit('message', { job: 1, kind: 'end' });
    await pb;
    expect(worker.calls).toEqual(['ref', 'unref', 'terminate']);
  });
});
