import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { checkOutputDir, checkOutputFile } from '../../../src/cli/output-guard.js';
import { errorOf } from '../io/read-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'rekon-out-guard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'a-file.csv');
writeFileSync(file, 'x\n');
mkdirSync(join(dir, 'existing'));

async function code(p: Promise<void>): Promise<string> {
  const err = await errorOf(p);
  expect(err).toBeInstanceOf(UsageError);
  return (err as UsageError).detail.code;
}

describe('checkOutputDir', () => {
  it('accepts an existing folder, and a new one under a writable folder without creating it', async () => {
    await checkOutputDir(join(dir, 'existing'));
    await checkOutputDir(join(dir, 'new', 'nested'));
    expect(existsSync(join(dir, 'new'))).toBe(false);
  });

  it('refuses a file, and a path under a file', async () => {
    expect(await code(checkOutputDir(file))).toBe('cli.out_not_directory');
    expect(await code(checkOutputDir(join(file, 'laporan')))).toBe('cli.out_not_directory');
  });
});

describe('checkOutputFile', () => {
  it('accepts a new or existing file in an existing folder', async () => {
    await checkOutputFile(join(dir, 'report.xlsx'));
    await checkOutputFile(file);
  });

  it('refuses a folder, and a file whose folder does not exist', async () => {
    expect(await code(checkOutputFile(join(dir, 'existing')))).toBe('cli.out_file_is_directory');
    expect(await code(checkOutputFile(join(dir, 'missing', 'report.xlsx')))).toBe('cli.out_parent_missing');
  });
});

// `--out laporan` where laporan links to a share that is not mounted ended, after reading every input, in
// "internal error … report it" (exit 3), and `--out laporan/2026-01` called the link a file (repro 06).
describe('a link to nothing', () => {
  const share = join(dir, 'nas-not-mounted', 'laporan');
  symlinkSync(share, join(dir, 'laporan'));
  symlinkSync(join(share, 'report.xlsx'), join(dir, 'report-link.xlsx'));

  async function dangling(p: Promise<void>): Promise<Record<string, unknown>> {
    const err = await errorOf(p);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).detail.code).toBe('cli.out_link_dangling');
    return (err as UsageError).detail.params as Record<string, unknown>;
  }

  it('is named with where it points, as --out and under --out', async () => {
    expect(await dangling(checkOutputDir(join(dir, 'laporan')))).toEqual({ path: join(dir, 'laporan'), target: share });
    expect(await dangling(checkOutputDir(join(dir, 'laporan', '2026-01')))).toEqual({ path: join(dir, 'laporan'), target: share });
  });

  it('is named as --xlsx, and as the folder of --xlsx', async () => {
    expect(await dangling(checkOutputFile(join(dir, 'report-link.xlsx')))).toEqual({ path: join(dir, 'report-link.xlsx'), target: join(share, 'report.xlsx') });
    expect(await dangling(checkOutputFile(join(dir, 'laporan', 'report.xlsx')))).toEqual({ path: join(dir, 'laporan'), target: share });
  });
});

describe('checkOutputFile through links and pipes', () => {
  it('accepts a link to a file in an existing folder, and a FIFO', async () => {
    symlinkSync('a-file.csv', join(dir, 'link-to-file.csv'));
    await checkOutputFile(join(dir, 'link-to-file.csv'));
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    await checkOutputFile(join(dir, 'fifo'));
  });

  it('refuses a link to a folder as a folder', async () => {
    symlinkSync('existing', join(dir, 'link-to-folder'));
    expect(await code(checkOutputFile(join(dir, 'link-to-folder')))).toBe('cli.out_file_is_directory');
  });
});
