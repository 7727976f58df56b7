import { lstatSync, readlinkSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * What an output path names once its symbolic links are followed:
 * - `file`: a regular file, or nothing yet: replaced atomically (temp file + rename) in the folder it is in,
 *   so a link to a shared copy updates that copy and stays a link;
 * - `stream`: a FIFO or a character device (a pipe, /dev/null): written straight through. It has no previous
 *   version to keep, and renaming over it would replace the pipe or the device node while its reader gets nothing;
 * - `directory`, `other` (a block device, a socket): never written.
 * `path` is where the bytes land; `linked` says a link was followed to get there.
 */
export interface OutputTarget {
  readonly kind: 'file' | 'stream' | 'directory' | 'other';
  readonly path: string;
  readonly exists: boolean;
  readonly linked: boolean;
}

/** As the kernel would (ELOOP past 40 links). */
const MAX_LINKS = 40;

/** Follows `path`'s links to what a write would reach; a link to nothing reaches the file it would create. */
export function outputTarget(path: string): OutputTarget {
  let p = resolve(path);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const info = lstatOrNull(p);
    const linked = hops > 0;
    if (info === null) return { kind: 'file', path: p, exists: false, linked };
    if (info.isSymbolicLink()) {
      p = resolve(dirname(p), readlinkSync(p));
      continue;
    }
    const kind = info.isFile() ? 'file' : info.isDirectory() ? 'directory' : info.isFIFO() || info.isCharacterDevice() ? 'stream' : 'other';
    return { kind, path: p, exists: true, linked };
  }
  throw Object.assign(new Error(`ELOOP: too many symbolic links, open '${path}'`), { code: 'ELOOP', path });
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (err) {
    // ENOTDIR: a part of the path is a file; said by the write that follows.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    throw err;
  }
}
