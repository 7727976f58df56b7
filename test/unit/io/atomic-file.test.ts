import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { AtomicFile, writeFileAtomic } from '../../../src/io/atomic-file.js';

const dir = mkdtempSync(join(tmpdir(), 'rekon-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
const fresh = (): string => join(dir, `out-${n++}.csv`);
const leftovers = (): string[] => readdirSync(dir).filter((f) => f.includes('rekon-tmp'));

describe('AtomicFile: text written synchronously', () => {
  it('writes strings (any script) and buffers in order, renames into place, owner-only', async () => {
    const path = fresh();
    const f = new AtomicFile(path);
    await f.write('NAMA,NIK\n');
    await f.write('JOSÉ DJOKO,"Ñ ✓ 𝄞"\n');
    await f.write(Buffer.from('tail\n', 'utf8'));
    expect(() => readFileSync(path)).toThrow();
    await f.commit();
    expect(readFileSync(path, 'utf8')).toBe('NAMA,NIK\nJOSÉ DJOKO,"Ñ ✓ 𝄞"\ntail\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(leftovers()).toEqual([]);
  });

  it('keeps the previous file until commit, and after an abort', async () => {
    const path = fresh();
    writeFileSync(path, 'previous run\n');
    const f = new AtomicFile(path);
    await f.write('half of a new file');
    expect(readFileSync(path, 'utf8')).toBe('previous run\n');
    await f.abort();
    expect(readFileSync(path, 'utf8')).toBe('previous run\n');
    expect(leftovers()).toEqual([]);
  });

  it('commits an empty file when nothing was written', async () => {
    const path = fresh();
    await new AtomicFile(path).commit();
    expect(readFileSync(path, 'utf8')).toBe('');
  });

  it('writes any sequence of text chunks byte for byte (UTF-8)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary', maxLength: 200 }), { maxLength: 20 }), async (chunks) => {
        const path = fresh();
        await writeFileAtomic(path, '');
        const f = new AtomicFile(path);
        for (const c of chunks) await f.write(c);
        await f.commit();
        expect(readFileSync(path)).toEqual(Buffer.from(chunks.join(''), 'utf8'));
      }),
      { numRuns: 50 },
    );
  });
});

describe('AtomicFile: piped writers', () => {
  it('streams to the temp file and renames on commit', async () => {
    const path = fresh();
    const f = new AtomicFile(path);
    f.stream.write('from a pipe\n');
    await f.write('and from write()\n');
    f.stream.end();
    await f.commit();
    expect(readFileSync(path, 'utf8')).toBe('from a pipe\nand from write()\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('refuses a stream once text went to the file directly (the two would interleave)', async () => {
    const f = new AtomicFile(fresh());
    await f.write('x');
    expect(() => f.stream).toThrow(/after write/);
    await f.abort();
    expect(leftovers()).toEqual([]);
  });
});
