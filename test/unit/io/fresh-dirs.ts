import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * For the calling test file: a temp root (removed after its tests) and a maker of fresh empty folders
 * under it, one per test, so leftovers of one test never show in another.
 */
export function freshDirs(prefix: string): () => string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;
  return () => {
    const d = join(root, `d${n++}`);
    mkdirSync(d);
    return d;
  };
}
