// Mutation audit of src/io/atomic-file.ts: the existing tests did not check the mode of a piped file,
// where the temp file lives, or what a failed commit leaves behind. Reports hold personal data
// (UU 27/2022), so a stray readable copy is as much a defect as a half-written report.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicFile, writeFileAtomic } from '../../../src/io/atomic-file.js';
import { freshDirs } from './fresh-dirs.js';

const freshDir = freshDirs('rekon-atomic-audit-');

describe('AtomicFile: where the unfinished file lives', () => {
  it('keeps the unfinished file next to its destination, hidden, until commit', async () => {
    // Same folder: rename() is only atomic within one file system. Hidden: an officer opening the
    // output folder mid-run must not take the unfinished file for a report.
    const d = freshDir();
    const f = new AtomicFile(join(d, 'workers.csv'));
    await f.write('status,nik\n');
    const during = readdirSync(d);
    expect(during).toHaveLength(1);
    expect(during[0]?.startsWith('.')).toBe(true);
    expect(during[0]).not.toBe('workers.csv');
    await f.commit();
    expect(readdirSync(d)).toEqual(['workers.csv']);
  });

  it('gives two files of one folder their own unfinished files', async () => {
    const d = freshDir();
    const a = new AtomicFile(join(d, 'workers.csv'));
    const b = new AtomicFile(join(d, 'problems.csv'));
    await a.write('A\n');
    await b.write('B\n');
    await b.commit();
    await a.commit();
    expect(readFileSync(join(d, 'workers.csv'), 'utf8')).toBe('A\n');
    expect(readFileSync(join(d, 'problems.csv'), 'utf8')).toBe('B\n');
  });
});

describe('AtomicFile: piped writers (exceljs)', () => {
  it('creates a piped report readable by its owner only, like a written one', async () => {
    const d = freshDir();
    const path = join(d, 'report.xlsx');
    const f = new AtomicFile(path);
    f.stream.write(Buffer.from('PK\u0003\u0004 pretend workbook'));
    f.stream.end();
    await f.commit();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('PK\u0003\u0004 pretend workbook');
  });

  it('commits a stream its writer never ended', async () => {
    const d = freshDir();
    const path = join(d, 'report.xlsx');
    const f = new AtomicFile(path);
    f.stream.write('unended');
    await f.commit();
    expect(readFileSync(path, 'utf8')).toBe('unended');
  });

  it('abort of a piped writer leaves the previous report and no unfinished file', async () => {
    const d = freshDir();
    const path = join(d, 'report.xlsx');
    writeFileSync(path, 'previous');
    const f = new AtomicFile(path);
    f.stream.write('half');
    await f.abort();
    expect(readdirSync(d)).toEqual(['report.xlsx']);
    expect(readFileSync(path, 'utf8')).toBe('previous');
  });
});

describe('AtomicFile: commit and abort are final', () => {
  it('an abort after a commit keeps the committed file', async () => {
    const d = freshDir();
    const path = join(d, 'summary.json');
    const f = new AtomicFile(path);
    await f.write('{}');
    await f.commit();
    await f.abort();
    expect(readFileSync(path, 'utf8')).toBe('{}');
  });

  it('a second commit does nothing (and does not fail)', async () => {
    const d = freshDir();
    const path = join(d, 'summary.json');
    const f = new AtomicFile(path);
    await f.write('{"a":1}');
    await f.commit();
    await expect(f.commit()).resolves.toBeUndefined();
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}');
  });

  it('writes a report larger than the 1 MiB yield step whole', async () => {
    const d = freshDir();
    const path = join(d, 'big.csv');
    const line = `${'x'.repeat(1023)}\n`;
    const f = new AtomicFile(path);
    for (let i = 0; i < 2100; i++) await f.write(line);
    await f.commit();
    expect(statSync(path).size).toBe(2100 * 1024);
  });
});

describe('writeFileAtomic: a failed write', () => {
  // Was a bug: commit() marked the file done before rename(); when rename failed, writeFileAtomic's abort()
  // returned early and the complete temp copy (personal data) stayed in the output folder.
  it('leaves no unfinished copy behind when the rename fails', async () => {
    const d = freshDir();
    const target = join(d, 'workers.csv');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'x'); // a non-empty folder where the report should go: rename fails
    await expect(writeFileAtomic(target, 'nik\n3671014501900001\n')).rejects.toThrow();
    expect(readdirSync(d)).toEqual(['workers.csv']);
  });

  it('rejects when the folder does not exist, creating nothing', async () => {
    const d = freshDir();
    await expect(writeFileAtomic(join(d, 'missing', 'workers.csv'), 'x')).rejects.toThrow();
    expect(readdirSync(d)).toEqual([]);
  });
});
