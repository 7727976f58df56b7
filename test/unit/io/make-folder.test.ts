// `--out /proc/rekon-out` hung at full CPU (exploratory test): Node's recursive mkdir stepped back to /proc on
// ENOENT and forward again on EEXIST, forever. Only mkdir under /proc is tried here: it fails and creates nothing.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { checkFolderCreatable, makeFolder } from '../../../src/io/make-folder.js';
import { freshDirs } from './fresh-dirs.js';

const freshDir = freshDirs('rekon-make-folder-');

/** The message code of a UsageError, else the errno code. */
async function failure(p: Promise<void>): Promise<string> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (err instanceof UsageError) return err.detail.code;
  return String((err as NodeJS.ErrnoException | null)?.code ?? 'no error');
}

describe('makeFolder', () => {
  it('makes every missing folder, and accepts one that exists', async () => {
    const d = freshDir();
    await makeFolder(join(d, 'a', 'b', 'c'));
    expect(statSync(join(d, 'a', 'b', 'c')).isDirectory()).toBe(true);
    await makeFolder(join(d, 'a', 'b'));
    await makeFolder(d);
  });

  it('names a file in the way (EEXIST on that part)', async () => {
    const d = freshDir();
    writeFileSync(join(d, 'laporan'), '');
    const err = (await makeFolder(join(d, 'laporan', '2026-01')).catch((e: unknown) => e)) as NodeJS.ErrnoException;
    expect([err.code, err.path]).toEqual(['EEXIST', join(d, 'laporan')]);
  });

  it.skipIf(!existsSync('/proc/self'))('fails at once where the system holds no folders of ours (/proc), at any depth', async () => {
    for (const path of ['/proc/rekon-test-out', '/proc/rekon-test-out/a/b']) {
      // As root mkdir in /proc says ENOENT (the contradiction); as another user EACCES.
      expect(await failure(makeFolder(path))).toMatch(/^(io\.folder_not_creatable|EACCES)$/);
      expect(existsSync('/proc/rekon-test-out')).toBe(false);
    }
  });
});

describe('checkFolderCreatable', () => {
  it('leaves nothing behind where the folder can be made', async () => {
    const d = freshDir();
    await checkFolderCreatable(join(d, 'a', 'b'));
    await checkFolderCreatable(d);
    expect(readdirSync(d)).toEqual([]);
  });

  it.skipIf(!existsSync('/proc/self'))('refuses a folder under /proc', async () => {
    expect(await failure(checkFolderCreatable('/proc/rekon-test-out/x'))).toMatch(/^(io\.folder_not_creatable|EACCES)$/);
  });
});
