/**
 * Mutation audit of reader-thread.ts: node:worker_threads' Worker is faked, so what the starter does
 * to a thread that may never be used (a command that reads nothing, an error before reading) can be
 * seen: it must neither keep the process alive nor crash it.
 */
import type { EventEmitter } from 'node:events';
import type * as WorkerThreads from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';

const made = vi.hoisted(() => [] as { url: URL; calls: string[]; emit(e: string, v: unknown): boolean }[]);
vi.mock('node:worker_threads', async (importOriginal) => {
  const { EventEmitter: Emitter } = await import('node:events');
  class FakeWorker extends Emitter {
    readonly calls: string[] = [];
    constructor(readonly url: URL) {
      super();
      made.push(this);
    }
    ref(): void {
      this.calls.push('ref');
    }
    unref(): void {
      this.calls.push('unref');
    }
  }
  return { ...(await importOriginal<typeof WorkerThreads>()), Worker: FakeWorker };
});
const { startReaderThread } = await import('../../../src/cli/reader-thread.js');

describe('startReaderThread (audit)', () => {
  it('starts the side reader script beside it, unreferenced until someone reads', () => {
    const thread = startReaderThread();
    const w = made.at(-1)!;
    expect(thread.worker as unknown as EventEmitter).toBe(w);
    expect(w.url.pathname).toMatch(/\/side-reader-worker\.js$/);
    expect(w.calls).toEqual(['unref']);
  });

  it('a thread that fails before anyone listens does not crash the process, and the failure is kept', () => {
    const thread = startReaderThread();
    const boom = new Error('cannot load');
    expect(() => made.at(-1)!.emit('error', boom)).not.toThrow();
    const seen: unknown[] = [];
    thread.onError((e) => seen.push(e));
    expect(seen).toEqual([boom]);
  });
});
