import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export interface TempFiles {
  /** Writes `content` to `name` in the directory; returns its path. */
  readonly file: (name: string, content: string | Buffer) => Promise<string>;
  /** The path of `name` in the directory (nothing written). */
  readonly pathOf: (name: string) => string;
}

/** A temp directory for the calling test file: made before its tests, removed after them. */
export function tempFiles(prefix: string): TempFiles {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const pathOf = (name: string): string => join(dir, name);
  return {
    pathOf,
    file: async (name, content) => {
      const path = pathOf(name);
      await writeFile(path, content);
      return path;
    },
  };
}
