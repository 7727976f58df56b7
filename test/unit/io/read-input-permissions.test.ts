import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { errorOf } from './read-helpers.js';

// Tests run as root in CI, where every file is readable: access() is made to refuse the paths named
// "locked", as it would for a user without read permission.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  return {
    ...fs,
    access: async (path: string, mode?: number) => {
      if (String(path).includes('locked')) throw Object.assign(new Error(`EACCES: permission denied, access '${String(path)}'`), { code: 'EACCES', path });
      return fs.access(path, mode);
    },
  };
});

const { expandInputs } = await import('../../../src/io/read-input.js');

const dir = mkdtempSync(join(tmpdir(), 'rekon-perm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expandInputs: inputs rekon may not read', () => {
  it('a file: one clear error naming it, before any reading', async () => {
    const locked = join(dir, 'locked.csv');
    writeFileSync(locked, 'NAMA,NIK\n');
    const err = await errorOf(expandInputs([locked]));
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).detail).toEqual({ code: 'io.permission_denied', params: { file: locked } });
  });

  it('a file inside a folder given as input', async () => {
    const folder = join(dir, 'opd');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.csv'), 'NAMA,NIK\n');
    writeFileSync(join(folder, 'b-locked.csv'), 'NAMA,NIK\n');
    const err = await errorOf(expandInputs([folder]));
    expect((err as InputError).detail).toEqual({ code: 'io.permission_denied', params: { file: join(folder, 'b-locked.csv') } });
  });

  it('readable inputs are listed as before', async () => {
    const ok = join(dir, 'ok.csv');
    writeFileSync(ok, 'NAMA,NIK\n');
    expect(await expandInputs([ok])).toEqual([{ name: ok, path: ok }]);
  });
});
