import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
