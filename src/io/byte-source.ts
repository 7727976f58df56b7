import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';

/**
 * Bytes of one input: a file opened read-only (never written or locked) or a buffer (stdin).
 * Readers ask for the head to sniff the format and then stream the rest.
 */
export interface ByteSource {
  /** Name used in messages and provenance: the path as given, or '-' for stdin. */
  readonly name: string;
  /** Path on disk, or null when the bytes are in memory. */
  readonly path: string | null;
  readonly size: number;
  head(length: number): Promise<Buffer>;
  chunks(): AsyncIterable<Buffer>;
  /**
   * The bytes again, for a pass that only looks at them (UTF-8 validation): read synchronously in
   * blocks of up to `size` into one reused buffer, so each block is valid only until the next. A whole
   * 110 MB file in 1 MiB blocks takes ~20 ms; through `chunks()` ~130–220 ms (a thread-pool round
   * trip per 48 KiB chunk).
   */
  blocks(size: number): Iterable<Buffer>;
  all(): Promise<Buffer>;
}

/**
 * Bytes read at a time. Small enough that a chunk's decoded text (two bytes a character once a single
 * character is outside Latin-1) stays under V8's 128 KiB large-object size: a larger string gets pages
 * of its own, mapped and faulted in for each chunk. Reading a 100k-row roster with 256 KiB chunks spent
 * ~40 ms of its ~1.3 s in that (`rekon inspect`: ~60 ms and ~12 MB RSS less at 48–64 KiB).
 */
export const READ_CHUNK_BYTES = 48 * 1024;

export function fileSource(name: string, path: string, size: number): ByteSource {
  return {
    name,
    path,
    size,
    async head(length) {
      const handle = await open(path, 'r');
      try {
        const buf = Buffer.alloc(Math.min(length, size));
        const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
        return buf.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    chunks: () => createReadStream(path, { flags: 'r', highWaterMark: READ_CHUNK_BYTES }),
    *blocks(size) {
      const fd = openSync(path, 'r');
      try {
        const buf = Buffer.allocUnsafe(size);
        for (let n = readSync(fd, buf, 0, size, null); n > 0; n = readSync(fd, buf, 0, size, null)) yield buf.subarray(0, n);
      } finally {
        closeSync(fd);
      }
    },
    all: () => readFile(path),
  };
}

export function bufferSource(name: string, bytes: Buffer): ByteSource {
  return {
    name,
    path: null,
    size: bytes.length,
    head: (length) => Promise.resolve(bytes.subarray(0, length)),
    async *chunks() {
      for (let i = 0; i < bytes.length; i += READ_CHUNK_BYTES) yield bytes.subarray(i, i + READ_CHUNK_BYTES);
    },
    *blocks(size) {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    },
    all: () => Promise.resolve(bytes),
  };
}

/** Reads a whole stream (stdin) into memory; formats are sniffed from content, so it must be seekable. */
export async function readAllStream(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(parts);
}
