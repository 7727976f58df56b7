import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';

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
    for (const p of pending) {
      try {
        // Synchronous on purpose: the process is about to die.
        rmSync(p, { force: true });
      } catch {
        /* best effort */
      }
    }
    process.exitCode = 130;
    process.kill(process.pid, signal);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(sig, cleanup);
}

/**
 * Bytes a writer may hand over before waiting for the disk. With the stream default (16 KiB) every
 * piece of a CSV report (~60 KB) waited for its own write, and the main thread sat idle for a tenth
 * of the report-writing time; at 1 MiB the next piece is formatted while the last one is written.
 */
const WRITE_AHEAD_BYTES = 1 << 20;

/**
 * A file written next to its destination under a temporary name and renamed into place only
 * when complete, so an interrupted run leaves the previous file or the new one, never half a file.
 * Created readable by the owner only (mode 0600): reports hold personal data (UU 27/2022).
 */
export class AtomicFile {
  private readonly tmp: string;
  /** The underlying stream, for writers that pipe (exceljs); call commit() when they finish. */
  readonly stream: WriteStream;
  private done = false;

  constructor(readonly path: string) {
    installCleanup();
    this.tmp = join(dirname(path), `.${basename(path)}.rekon-tmp-${process.pid}`);
    pending.add(this.tmp);
    this.stream = createWriteStream(this.tmp, { mode: 0o600, flags: 'w', highWaterMark: WRITE_AHEAD_BYTES });
  }

  /** Writes a chunk, waiting when the stream's buffer is full (bounded memory). */
  async write(chunk: string | Buffer): Promise<void> {
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async commit(): Promise<void> {
    if (this.done) return;
    this.done = true;
    if (!this.stream.closed) {
      if (!this.stream.writableEnded) this.stream.end();
      await once(this.stream, 'close');
    }
    await rename(this.tmp, this.path);
    pending.delete(this.tmp);
  }

  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    this.stream.destroy();
    await rm(this.tmp, { force: true });
    pending.delete(this.tmp);
  }
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
