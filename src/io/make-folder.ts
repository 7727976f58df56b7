import { mkdir, rmdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { msg } from '../i18n/message.js';

/**
 * `mkdir -p` that cannot spin. Node's own (`mkdir(path, { recursive: true })`, Node 20) steps back to the
 * parent on ENOENT and forward again on EEXIST: a folder that exists but cannot hold folders (/proc answers
 * mkdir with ENOENT) made it retry forever at full CPU (`--out /proc/rekon-out` hung). Here each missing
 * folder is made once, from the top down, and any error is final.
 */
export async function makeFolder(path: string): Promise<void> {
  for (const dir of await missingFolders(path)) await makeOne(dir, path);
}

/**
 * Before a long run: the first folder `path` still lacks is made and removed again. Nothing else tells
 * whether it can be made: /proc passes access(W_OK) as root, then refuses the mkdir.
 */
export async function checkFolderCreatable(path: string): Promise<void> {
  const first = (await missingFolders(path))[0];
  if (first === undefined) return;
  await makeOne(first, path);
  // Best effort: something already put into it meanwhile stays (the run would create the folder anyway).
  await rmdir(first).catch(() => undefined);
}

/** The folders of `path` that do not exist yet, outermost first; as many as the path has parts. */
async function missingFolders(path: string): Promise<string[]> {
  const missing: string[] = [];
  for (let p = resolve(path); ; p = dirname(p)) {
    const info = await stat(p).catch(() => null);
    if (info !== null) {
      // Said as the mkdir beyond it would say it (filesystem-error.ts): one line naming that part.
      if (!info.isDirectory()) throw Object.assign(new Error(`EEXIST: file already exists, mkdir '${p}'`), { code: 'EEXIST', syscall: 'mkdir', path: p });
      break;
    }
    missing.unshift(p);
    if (dirname(p) === p) break;
  }
  return missing;
}

async function makeOne(dir: string, asked: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // Made meanwhile by another process: what was wanted.
    if (code === 'EEXIST' && (await stat(dir).catch(() => null))?.isDirectory() === true) return;
    // Its parent exists (it was made or found just before), yet the system says it does not: a place that
    // holds no folders of ours (/proc, /sys).
    if (code === 'ENOENT') throw new UsageError(msg('io.folder_not_creatable', { dir: asked, parent: dirname(dir) }), { cause: err });
    throw err;
  }
}
