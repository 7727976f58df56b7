import { closeSync, createWriteStream, openSync, rmSync, writeSync, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { UsageError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { outputTarget } from './output-target.js';

/** Temp files not yet committed (or scratch files), removed if the process is interrupted (Ctrl-C, kill). */
const pending = new Set<string>();

/** A scratch file that must not outlive the process (it may hold personal data). */
export function registerScratchFile(path: string): void {
  installCleanup();
  pending.add(path);
}

export function releaseScratchFile(path: string): void {
  pending.delete(path);
}
let handlersInstalled = false;

function installCleanup(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const cleanup = (signal: NodeJS.Signals): void => {
    // Synchronous on purpose: the process is about to die.
    removePending();
    process.exitCode = 130;
    process.kill(process.pid, signal);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(sig, cleanup);
  // process.exit() mid-run (stdout failed: cli/stdout-guard.ts) runs no signal handler, only this.
  process.once('exit', removePending);
}

function removePending(): void {
  for (const p of pending) {
    try {
      rmSync(p, { force: true });
    } catch {
      /* best effort */
    }
  }
}

/**
 * Bytes the stream (for piping writers such as exceljs) may hold before its writer waits for the disk.
 * With the stream default (16 KiB) every ~60 KB piece waited for its own write.
 */
const WRITE_AHEAD_BYTES = 1 << 20;

/** Bytes written synchronously between two turns of the event loop (signals are handled there). */
const YIELD_EVERY_BYTES = 1 << 20;

/**
 * A file written next to its destination under a temporary name and renamed into place only
 * when complete, so an interrupted run leaves the previous file or the new one, never half a file.
 * Created readable by the owner only (mode 0600): reports hold personal data (UU 27/2022).
 *
 * Text handed to write() goes to the file descriptor synchronously. Through a stream, each piece of a
 * million-row CSV became a Buffer, and V8 counts Buffers as external memory: every ~64 MB of them
 * started a full collection of the whole heap (1.5 GB live at 1M × 1M, ~1.75 s of main-thread marking
 * each) although almost nothing was garbage. A synchronous write encodes the string without a Buffer,
 * and costs no more than the stream did: the main thread had nothing else to do meanwhile.
 * Writers that pipe (exceljs) use `stream` instead; a file is written one way or the other.
 *
 * The path's links are followed (output-target.ts): the file they lead to is replaced in its own folder and
 * the link stays. A FIFO or a character device is written straight through (`direct`), never renamed over.
 */
export class AtomicFile {
  private readonly tmp: string;
  /** Where the file lands: the path with its links followed. */
  readonly destination: string;
  /** A pipe or a device: written in place, nothing to rename. */
  readonly direct: boolean;
  private fd: number | null = null;
  private piped: WriteStream | null = null;
  private done = false;
  /** The temp file written with write() was closed (a second open() would empty it). */
  private completed = false;
  private unyielded = 0;
  /** The stream's error, thrown by the next write() or complete() (a reader that closed its pipe: EPIPE). */
  private failure: Error | null = null;

  constructor(readonly path: string) {
    installCleanup();
    const target = outputTarget(path);
    // A disk or a socket is never a report's destination (as root, renaming over /dev/sda's node, or writing it).
    if (target.kind === 'other') throw new UsageError(msg('io.output_not_file', { file: path }));
    this.destination = target.path;
    this.direct = target.kind === 'stream';
    if (this.direct) {
      this.tmp = this.destination;
      return;
    }
    this.tmp = join(dirname(this.destination), `.${basename(this.destination)}.rekon-tmp-${process.pid}`);
    pending.add(this.tmp);
  }

  /** A stream to the temp file, for writers that pipe (exceljs); call commit() when they finish. */
  get stream(): WriteStream {
    if (this.fd !== null) throw new Error('AtomicFile: stream requested after write()');
    // Opened off the main thread: opening a FIFO waits for its reader, and Ctrl-C must still work meanwhile.
    if (this.piped === null) {
      this.piped = createWriteStream(this.tmp, { mode: 0o600, flags: 'w', highWaterMark: WRITE_AHEAD_BYTES });
      // Kept for the writer to throw: an 'error' nobody listens to would end the process with a stack trace.
      // Named by the output (a write error has no path): a FIFO whose reader stopped is then said as that file's.
      this.piped.on('error', (err: NodeJS.ErrnoException) => {
        err.path ??= this.path;
        this.failure ??= err;
      });
    }
    return this.piped;
  }

  /** Writes a chunk (synchronously; the promise is for callers that also write to streams). */
  async write(chunk: string | Buffer): Promise<void> {
    if (this.piped !== null || this.direct) {
      const piped = this.stream;
      if (this.failure !== null) throw this.failure;
      if (!piped.write(chunk)) await once(piped, 'drain');
      return;
    }
    this.unyielded += writeAll(this.open(), chunk);
    // Synchronous writes alone would never let the event loop turn while a large report is written,
    // so Ctrl-C would wait for the whole file: give it a turn every MiB.
    if (this.unyielded >= YIELD_EVERY_BYTES) {
      this.unyielded = 0;
      await yieldToEventLoop();
    }
  }

  /** The temp file, complete once `complete()` resolved; an OutputSet renames it with the others. */
  get tempPath(): string {
    return this.tmp;
  }

  /** Flushes and closes the temp file: it then holds the whole new file, not yet under its name. */
  async complete(): Promise<void> {
    // An empty output still opens and closes a pipe: its reader waits for the end.
    if (this.direct) void this.stream;
    if (this.piped !== null) {
      if (!this.piped.closed) {
        if (!this.piped.writableEnded) this.piped.end();
        await once(this.piped, 'close');
      }
      if (this.failure !== null) throw this.failure;
    } else if (!this.completed) {
      closeSync(this.open());
      this.fd = null;
      this.completed = true;
    }
  }

  async commit(): Promise<void> {
    if (this.done) return;
    this.done = true;
    try {
      await this.complete();
      if (!this.direct) await rename(this.tmp, this.destination);
    } catch (err) {
      // The temp file is a complete copy of the report (personal data): never left behind by a failed commit.
      if (!this.direct) await rm(this.tmp, { force: true });
      throw err;
    } finally {
      pending.delete(this.tmp);
    }
  }

  /** The temp file was renamed into place (or removed) by its OutputSet: nothing is left to clean up. */
  settled(): void {
    this.done = true;
    pending.delete(this.tmp);
  }

  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    this.piped?.destroy();
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        /* already failing: the temp file is removed below */
      }
      this.fd = null;
    }
    if (!this.direct) await rm(this.tmp, { force: true });
    pending.delete(this.tmp);
  }

  private open(): number {
    this.fd ??= openSync(this.tmp, 'w', 0o600);
    return this.fd;
  }
}

/**
 * writeSync may write less than asked (a full disk, a signal); the rest is written from where it
 * stopped. Returns the bytes written.
 */
function writeAll(fd: number, chunk: string | Buffer): number {
  const wanted = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
  const written = typeof chunk === 'string' ? writeSync(fd, chunk) : writeSync(fd, chunk);
  if (written === wanted) return wanted;
  let rest = (typeof chunk === 'string' ? Buffer.from(chunk) : chunk).subarray(written);
  while (rest.length > 0) rest = rest.subarray(writeSync(fd, rest));
  return wanted;
}

/** Writes a whole file atomically. */
export async function writeFileAtomic(path: string, content: string | Buffer): Promise<void> {
  const f = new AtomicFile(path);
  try {
    await f.write(content);
    await f.commit();
  } catch (err) {
    await f.abort();
    throw err;
  }
}
