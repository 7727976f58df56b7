import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bufferSource, fileSource } from '../../../src/io/byte-source.js';

const dir = mkdtempSync(join(tmpdir(), 'rekon-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Copies each block as it comes: a file source reuses one buffer for all of them. */
const collect = (blocks: Iterable<Buffer>): Buffer[] => Array.from(blocks, (b) => Buffer.from(b));

describe('ByteSource.blocks', () => {
  const bytes = Buffer.from(Array.from({ length: 10_000 }, (_, i) => i % 251));

  it('a file: every byte once, in order, in blocks of at most the size asked', () => {
    const path = join(dir, 'bytes.bin');
    writeFileSync(path, bytes);
    const blocks = collect(fileSource('bytes.bin', path, bytes.length).blocks(4096));
    expect(blocks.map((b) => b.length)).toEqual([4096, 4096, 1808]);
    expect(Buffer.concat(blocks).equals(bytes)).toBe(true);
  });

  it('a file can be read again, and an empty one gives no block', () => {
    const path = join(dir, 'again.bin');
    writeFileSync(path, bytes);
    const source = fileSource('again.bin', path, bytes.length);
    expect(Buffer.concat(collect(source.blocks(3000))).equals(bytes)).toBe(true);
    expect(Buffer.concat(collect(source.blocks(3000))).equals(bytes)).toBe(true);
    const empty = join(dir, 'empty.bin');
    writeFileSync(empty, '');
    expect(collect(fileSource('empty.bin', empty, 0).blocks(3000))).toEqual([]);
  });

  it('bytes in memory (stdin): the same blocks', () => {
    const blocks = collect(bufferSource('-', bytes).blocks(4096));
    expect(blocks.map((b) => b.length)).toEqual([4096, 4096, 1808]);
    expect(Buffer.concat(blocks).equals(bytes)).toBe(true);
  });
});
