/**
 * Mutation audit of side-reader-worker.ts with read-ahead-credit.ts and worker-side-events.ts: the real
 * worker script runs in-process on a fake parentPort (run from the sources there is no built bundle to
 * start a thread with), linked to the real main-thread side, so the credit bound, the order of the
 * sides, errors and the end of the thread are checked end to end, up to reconcile's one-line error.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker as NodeWorker } from 'node:worker_threads';
import type * as WorkerThreads from 'node:worker_threads';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { InputError, UsageError } from '../../../src/errors.js';
import { workerSideEvents, type ReadJob } from '../../../src/cli/worker-side-events.js';
import type { ReaderThread } from '../../../src/cli/reader-thread.js';
import type { SideEvent } from '../../../src/cli/side-events.js';
import type * as SideEvents from '../../../src/cli/side-events.js';
import type { CliContext } from '../../../src/cli/cli-context.js';
import { runCommandLine } from '../../../src/cli/main.js';
import { filesystemError } from '../../../src/cli/filesystem-error.js';
import type { BpjsParticipant } from '../../../src/normalize/person-record.js';
import { makeNik, makeParticipant } from '../match/make-records.js';

/** The port the worker script talks to in this test (set per test; the mock forwards to it). */
const hub = vi.hoisted(() => ({ port: null as null | EventEmitter & { postMessage(m: unknown): void; close(): void } }));
vi.mock('node:worker_threads', async (importOriginal) => ({
  ...(await importOriginal<typeof WorkerThreads>()),
  parentPort: {
    once: (e: string, l: (m: unknown) => void) => hub.port!.once(e, l),
    on: (e: string, l: (m: unknown) => void) => hub.port!.on(e, l),
    postMessage: (m: unknown) => hub.port!.postMessage(m),
    close: () => hub.port!.close(),
  },
}));

/** A scripted side, by its first input name; any other input is read for real. */
const scripts = vi.hoisted(() => new Map<string, () => AsyncGenerator<unknown>>());
vi.mock('../../../src/cli/side-events.js', async (importOriginal) => {
  const real = await importOriginal<typeof SideEvents>();
  return {
    ...real,
    localSideEvents: (inputs: readonly string[], options: never) => scripts.get(inputs[0] ?? '')?.() ?? real.localSideEvents(inputs, options),
  };
});

/** The two ends of a thread: messages cross asynchronously, structured-cloned, in order (like a MessagePort). */
class Link {
  readonly worker = Object.assign(new EventEmitter(), {
    calls: [] as string[],
    postMessage: (m: unknown): void => this.toPort(structuredClone(m)),
    ref: (): void => void this.worker.calls.push('ref'),
    unref: (): void => void this.worker.calls.push('unref'),
    terminate: (): Promise<number> => {
      this.worker.calls.push('terminate');
      return Promise.resolve(1);
    },
  });
  readonly port = new EventEmitter();
  /** Wire messages posted per job, and the most in flight (posted, not yet taken by the consumer). */
  readonly sent = [0, 0];
  readonly taken = [0, 0];
  maxInFlight = 0;
  closed = false;
  private pending: unknown[] = [];

  constructor() {
    // Messages wait until the script listens (a MessagePort queues them until started).
    this.port.on('newListener', (e) => {
      if (e !== 'message' || this.pending.length === 0) return;
      const p = this.pending.splice(0);
      setImmediate(() => p.forEach((m) => this.port.emit('message', m)));
    });
    Object.assign(this.port, {
      postMessage: (m: { job: number; kind: string }): void => {
        if (m.kind === 'wire') {
          this.sent[m.job]!++;
          this.maxInFlight = Math.max(this.maxInFlight, this.sent[m.job]! - this.taken[m.job]!);
        }
        const copy = structuredClone(m);
        setImmediate(() => this.worker.emit('message', copy));
      },
      close: (): void => {
        this.closed = true;
        setImmediate(() => this.worker.emit('exit', 0));
      },
    });
  }

  private toPort(m: unknown): void {
    if (this.port.listenerCount('message') === 0) this.pending.push(m);
    else setImmediate(() => this.port.emit('message', m));
  }

  thread(): ReaderThread {
    return { worker: this.worker as unknown as NodeWorker, onError: () => undefined };
  }
}

let runs = 0;
/** Starts the real worker script on a fresh link (a fresh module instance each time). */
function startReader(): Link {
  const link = new Link();
  hub.port = link.port as never;
  void import(/* @vite-ignore */ `../../../src/cli/side-reader-worker.ts?run=${++runs}`);
  return link;
}

const job = (name: string, side: 'roster' | 'bpjs' = 'bpjs'): ReadJob => ({ inputs: [name], options: { side } as ReadJob['options'] });
const people = (n: number): BpjsParticipant[] => Array.from({ length: n }, (_, i) => makeParticipant(i, { nik: makeNik('327301', '1990-01-05', 'F', (i % 9000) + 1), name: 'SITI AMINAH' }));
const sheetEvent = (file: string) => ({ kind: 'sheet', file, sheet: '', noTable: false, leftOut: false, roles: ['nik'], notes: [] }) as const;

/** A side of `batches` one-record batches after one sheet, then `fail` thrown if given. */
function script(name: string, batches: readonly BpjsParticipant[], fail?: unknown): void {
  scripts.set(name, async function* () {
    yield sheetEvent(name);
    for (const r of batches) yield { kind: 'batch', records: [r] };
    if (fail !== undefined) throw fail;
  });
}

/** Reads a stream whole (records only), letting the reader run between batches like a slow matcher. */
async function collect(stream: AsyncGenerator<SideEvent<unknown>>, link: Link, jobIndex: number): Promise<{ sheets: string[]; records: unknown[] }> {
  const sheets: string[] = [];
  const records: unknown[] = [];
  for await (const e of stream) {
    if (e.kind === 'sheet') sheets.push(e.file);
    else if (e.kind === 'batch') {
      link.taken[jobIndex]!++;
      records.push(...e.records);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { sheets, records };
}

beforeEach(() => scripts.clear());

describe('side reader: both sides through one thread', () => {
  it('reads the rosters, then the BPJS export, each whole and in order, and the thread ends', async () => {
    const a = people(5);
    const b = people(120);
    script('roster.csv', a);
    script('bpjs.csv', b);
    const link = startReader();
    const [r, p] = workerSideEvents([job('roster.csv', 'roster'), job('bpjs.csv')], link.thread());
    // The roster stream must end while the BPJS export (more batches than the read-ahead) waits
    // for credit: nothing reads the BPJS stream until the rosters are in.
    expect(await collect(r!, link, 0)).toEqual({ sheets: ['roster.csv'], records: a });
    expect(await collect(p!, link, 1)).toEqual({ sheets: ['bpjs.csv'], records: b });
    await vi.waitFor(() => expect(link.closed).toBe(true));
    expect(link.worker.calls.at(-1)).toBe('terminate');
  }, 15_000);

  it('a side that reads nothing ends empty, and the other side is still read', async () => {
    scripts.set('empty.csv', async function* () {});
    const b = people(3);
    script('bpjs.csv', b);
    const link = startReader();
    const [r, p] = workerSideEvents([job('empty.csv', 'roster'), job('bpjs.csv')], link.thread());
    expect(await collect(r!, link, 0)).toEqual({ sheets: [], records: [] });
    expect(await collect(p!, link, 1)).toEqual({ sheets: ['bpjs.csv'], records: b });
  });
});

describe('side reader: the read-ahead stays bounded', () => {
  it('a consumer that never reads holds the reader at the read-ahead, whatever the size of the side', async () => {
    script('bpjs.csv', people(300));
    const link = startReader();
    const [p] = workerSideEvents([job('bpjs.csv')], link.thread());
    await vi.waitFor(() => expect(link.sent[0]).toBeGreaterThan(1));
    for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(link.sent[0]).toBeLessThanOrEqual(64);
    // Credit given back batch by batch lets it go on, never further ahead than that.
    const got = await collect(p!, link, 0);
    expect(got.records).toHaveLength(300);
    expect(link.maxInFlight).toBeLessThanOrEqual(64);
  }, 15_000);

  it("credit for one side is never spent on the other (the BPJS read waits for the BPJS consumer's credit)", async () => {
    script('roster.csv', people(100));
    script('bpjs.csv', people(100));
    const link = startReader();
    const [r, p] = workerSideEvents([job('roster.csv', 'roster'), job('bpjs.csv')], link.thread());
    await collect(r!, link, 0);
    // The roster consumer granted 100 credits; none of it may let the BPJS side run further ahead.
    for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(link.sent[1]).toBeLessThanOrEqual(64);
    expect((await collect(p!, link, 1)).records).toHaveLength(100);
  }, 15_000);
});

describe('side reader: a read error reaches the user as it was raised', () => {
  const detail = { code: 'io.record_too_long', params: { file: 'roster.csv', row: 4, limit: 16 } };

  it('an input error mid-side: the records before it, then the same InputError; the next side is still read', async () => {
    const a = people(3);
    const b = people(2);
    script('roster.csv', a, new InputError(detail));
    script('bpjs.csv', b);
    const link = startReader();
    const [r, p] = workerSideEvents([job('roster.csv', 'roster'), job('bpjs.csv')], link.thread());
    const got: unknown[] = [];
    const err = await (async () => {
      for await (const e of r!) if (e.kind === 'batch') got.push(...e.records);
    })().then(() => null, (e: unknown) => e);
    expect(got).toEqual(a);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).detail).toEqual(detail);
    expect((await collect(p!, link, 1)).records).toEqual(b);
  });

  it('a usage error stays a usage error, an internal error keeps its own message', async () => {
    script('a.csv', [], new UsageError({ code: 'io.unknown_encoding', params: { encoding: 'latin-9' } }));
    script('b.csv', [], new TypeError('x is not a function'));
    const link = startReader();
    const [a, b] = workerSideEvents([job('a.csv'), job('b.csv')], link.thread());
    await expect(collect(a!, link, 0)).rejects.toBeInstanceOf(UsageError);
    const err = (await collect(b!, link, 1).then(() => null, (e: unknown) => e)) as Error;
    expect(err).not.toBeInstanceOf(InputError);
    expect(err.message).toBe('x is not a function');
  });

  // Was a bug: the worker posted only message and stack of an errno error; code and path were lost, so a
  // disk error (EIO, EACCES) while reading a file was "internal error" (exit 3), not the one-line
  // "error.filesystem.EIO" naming the file (exit 2) it is when the same side is read on the main thread.
  it('a file-system error while reading keeps its code and path (said like on the main thread, exit 2)', async () => {
    const eio = Object.assign(new Error("EIO: i/o error, read '/media/usb/bpjs.csv'"), { code: 'EIO', errno: -5, syscall: 'read', path: '/media/usb/bpjs.csv' });
    script('bpjs.csv', people(1), eio);
    const link = startReader();
    const [p] = workerSideEvents([job('bpjs.csv')], link.thread());
    const err = await collect(p!, link, 0).then(() => null, (e: unknown) => e);
    expect(filesystemError(eio)?.detail).toEqual({ code: 'error.filesystem.EIO', params: { path: '/media/usb/bpjs.csv' } });
    expect(filesystemError(err)?.detail).toEqual({ code: 'error.filesystem.EIO', params: { path: '/media/usb/bpjs.csv' } });
  });
});

describe('side reader: reconcile, end to end', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rekon-reader-audit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function reconcile(bpjsText: Buffer | string): Promise<{ code: number; stderr: string; link: Link }> {
    const roster = join(dir, 'roster.csv');
    const bpjs = join(dir, 'bpjs.csv');
    writeFileSync(roster, 'NAMA,NIK,TGL LAHIR,OPD,GAJI\nSITI AMINAH,3273014501900001,05-01-1990,DINAS A,2000000\n');
    writeFileSync(bpjs, bpjsText);
    let stderr = '';
    const link = startReader();
    const ctx = {
      lang: 'en', color: false, debug: false, quiet: true, stdoutIsTty: false, stderrIsTty: false, showProgress: false,
      out: () => undefined, err: (s: string) => void (stderr += s), today: '2026-11-23', env: {}, stdin: process.stdin,
      configPath: undefined, readerThread: link.thread(),
    } as unknown as CliContext;
    const { exitCode } = await runCommandLine(ctx, ['reconcile', '--roster', roster, '--bpjs', bpjs, '--format', 'json']);
    return { code: exitCode, stderr, link };
  }

  it('a BPJS export that is not text: exit 2 and one line naming the file, and the thread is let go', async () => {
    const { code, stderr, link } = await reconcile(Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x00, 0x41, 0x00]));
    expect(code).toBe(2);
    expect(stderr.split('\n').filter((l) => l !== '')).toHaveLength(1);
    expect(stderr).toMatch(/^rekon: error: .*bpjs\.csv/);
    // Nothing left referenced: the process can exit.
    expect(link.worker.calls.filter((c) => c === 'ref').length).toBe(link.worker.calls.filter((c) => c === 'unref').length);
  });

  it('a good run reads both files through the thread', async () => {
    const { code, stderr } = await reconcile('NIK,NAMA,TGL LAHIR,STATUS\n3273014501900001,SITI AMINAH,05-01-1990,AKTIF\n');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
