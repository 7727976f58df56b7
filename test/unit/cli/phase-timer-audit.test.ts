/**
 * Mutation audit of phase-timer.ts: the clock, memory and V8's collection entries are faked, so the
 * --debug lines can be checked for their numbers (seconds since the previous mark, MiB, collections
 * per phase, young and full apart), not only their shape.
 */
import { constants, performance } from 'node:perf_hooks';
import type * as PerfHooks from 'node:perf_hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { phaseTimer } from '../../../src/cli/phase-timer.js';

interface Entry {
  readonly duration: number;
  readonly detail: { readonly kind: number };
}

/** Observers created by the timer: the test delivers entries, or leaves them undelivered (takeRecords). */
const gc = vi.hoisted(() => ({ observers: [] as { deliver(e: readonly unknown[]): void; undelivered: unknown[] }[] }));
vi.mock('node:perf_hooks', async (importOriginal) => {
  const real = await importOriginal<typeof PerfHooks>();
  class FakeObserver {
    undelivered: unknown[] = [];
    constructor(private readonly callback: (list: { getEntries(): readonly unknown[] }) => void) {
      gc.observers.push(this);
    }
    observe(): void {}
    takeRecords(): unknown[] {
      return this.undelivered.splice(0);
    }
    deliver(entries: readonly unknown[]): void {
      this.callback({ getEntries: () => entries });
    }
  }
  return { ...real, PerformanceObserver: FakeObserver };
});

const minor = (ms: number): Entry => ({ duration: ms, detail: { kind: constants.NODE_PERFORMANCE_GC_MINOR } });
const major = (ms: number): Entry => ({ duration: ms, detail: { kind: constants.NODE_PERFORMANCE_GC_MAJOR } });
const incremental = (ms: number): Entry => ({ duration: ms, detail: { kind: constants.NODE_PERFORMANCE_GC_INCREMENTAL } });
const MiB = 2 ** 20;

function fakeClock(...times: number[]): void {
  const spy = vi.spyOn(performance, 'now');
  for (const t of times) spy.mockReturnValueOnce(t);
}
function fakeMemory(heapMiB: number, rssMiB: number): void {
  vi.spyOn(process, 'memoryUsage').mockReturnValue({ heapUsed: heapMiB * MiB, rss: rssMiB * MiB, heapTotal: 0, external: 0, arrayBuffers: 0 });
}

function timer(): { lines: string[]; mark: ReturnType<typeof phaseTimer> } {
  gc.observers.length = 0;
  const lines: string[] = [];
  const mark = phaseTimer({ debug: true, lang: 'en', err: (t) => lines.push(t) });
  return { lines, mark };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('phaseTimer (audit)', () => {
  it('without --debug, says nothing and does not observe collections', async () => {
    gc.observers.length = 0;
    const lines: string[] = [];
    const mark = phaseTimer({ debug: false, lang: 'en', err: (t) => lines.push(t) });
    await mark('roster_read');
    await mark('reported');
    expect(lines).toEqual([]);
    expect(gc.observers).toHaveLength(0);
  });

  it('each phase line gives the seconds since the previous mark (the first: since the timer started)', async () => {
    // Timer made at 1,000 ms; marks at 3,500 and 4,250 ms.
    fakeClock(1000, 3500, 4250);
    fakeMemory(10, 20);
    const { lines, mark } = timer();
    await mark('roster_read');
    await mark('roster_indexed');
    expect(lines[0]).toBe('rekon: debug: roster read 2.50 s (heap 10 MiB, rss 20 MiB)\n');
    expect(lines[2]).toBe('rekon: debug: roster indexed 0.75 s (heap 10 MiB, rss 20 MiB)\n');
  });

  it('gives the heap in use and the resident set in MiB, each in its place', async () => {
    fakeClock(0, 1);
    fakeMemory(1900, 2960);
    const { lines, mark } = timer();
    await mark('matched');
    expect(lines[0]).toBe('rekon: debug: matched 0.00 s (heap 1900 MiB, rss 2960 MiB)\n');
  });

  it('counts young and full collections apart, with their pause times, delivered or not yet delivered', async () => {
    const { lines, mark } = timer();
    const observer = gc.observers[0]!;
    observer.deliver([minor(1.4), major(10.6), incremental(50), minor(2.3)]);
    // A long synchronous phase gives Node no turn to deliver its entries: taken at the mark.
    observer.undelivered.push(minor(0.5), major(3));
    await mark('bpjs_streamed');
    expect(lines[1]).toBe('rekon: debug:   garbage collection: 3 minor (4 ms), 2 major (14 ms)\n');
    // Counted once: the next phase starts from zero.
    await mark('matched');
    expect(lines[3]).toBe('rekon: debug:   garbage collection: 0 minor (0 ms), 0 major (0 ms)\n');
  });

  it("a collection Node reports on the turn after the phase's end is counted in that phase, not the next", async () => {
    const { lines, mark } = timer();
    const observer = gc.observers[0]!;
    // Queued before the mark: runs on the event loop turn the timer waits for.
    setImmediate(() => observer.deliver([major(7)]));
    await mark('roster_read');
    await mark('roster_indexed');
    expect(lines[1]).toBe('rekon: debug:   garbage collection: 0 minor (0 ms), 1 major (7 ms)\n');
    expect(lines[3]).toBe('rekon: debug:   garbage collection: 0 minor (0 ms), 0 major (0 ms)\n');
  });
});
