import { constants } from 'node:fs';
import { access, lstat, readlink, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { msg } from '../i18n/message.js';
import type { InputFile } from '../io/read-input.js';
import { outputTarget } from '../io/output-target.js';
import { checkFolderCreatable } from '../io/make-folder.js';

/** Resolves symlinks where the path exists, so `./a.csv` and a link to it count as the same file. */
export async function canonicalPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/** rekon never writes over one of its inputs (an input file is never modified). */
export async function refuseToOverwriteInputs(outputs: readonly string[], inputs: readonly InputFile[]): Promise<void> {
  const ins = new Set<string>();
  for (const i of inputs) if (i.path !== null) ins.add(await canonicalPath(i.path));
  for (const o of outputs) {
    if (ins.has(await canonicalPath(o))) throw new UsageError(msg('cli.output_is_input', { file: o }));
  }
}

/**
 * rekon never writes into a folder it reads as input (`--roster opd/ --out opd/`): the next run over
 * that folder would read its own reports as rosters, or stop at them with an error about headers that
 * points at the wrong cause. Folders are compared by real path; files given one by one are not folders.
 */
export async function refuseToWriteIntoInputFolders(outputs: readonly string[], inputArgs: readonly string[]): Promise<void> {
  const folders = new Map<string, string>();
  for (const a of inputArgs) {
    if (a === '-') continue;
    if ((await statOrNull(a))?.isDirectory() === true) folders.set(await canonicalPath(a), a);
  }
  if (folders.size === 0) return;
  for (const o of outputs) {
    const dir = folders.get(await canonicalPath(dirname(resolve(o))));
    if (dir !== undefined) throw new UsageError(msg('cli.output_in_input_folder', { file: o, dir }));
  }
}

/**
 * Before a possibly long run: the --out folder must be a folder rekon can write in (or one it can
 * create), and a single output file (--xlsx) must go into such a folder. Said in one line, exit 2,
 * instead of an internal error after the matching is done.
 */
export async function checkOutputDir(dir: string, flag = '--out'): Promise<void> {
  const info = await statOrNull(dir);
  if (info !== null && !info.isDirectory()) throw new UsageError(msg('cli.out_not_directory', { dir, flag }));
  if (info === null) await refuseDanglingLink(dir);
  await checkWritable(info !== null ? dir : await nearestExisting(dir, flag), dir);
  if (info === null) await checkFolderCreatable(dir);
}

/**
 * A single output file (--xlsx): its links are followed as the write will follow them (io/output-target.ts),
 * so the folder checked is the one the file lands in. A pipe or a device is written straight through.
 */
export async function checkOutputFile(file: string): Promise<void> {
  const target = outputTarget(file);
  if (target.kind === 'directory') throw new UsageError(msg('cli.out_file_is_directory', { file }));
  if (target.kind === 'other') throw new UsageError(msg('io.output_not_file', { file }));
  if (target.kind === 'stream') return checkWritable(target.path, file, constants.W_OK);
  const parent = dirname(target.path);
  const parentInfo = await statOrNull(parent);
  if (parentInfo === null) {
    // A link to a file on a share that is not mounted: the link is the cause, not a folder to create.
    if (target.linked) throw new UsageError(msg('cli.out_link_dangling', { path: file, target: target.path }));
    await refuseDanglingLink(dirname(file));
    throw new UsageError(msg('cli.out_parent_missing', { file, dir: dirname(file) }));
  }
  // "--xlsx roster.csv/out.xlsx": "create the folder first" would be advice the user cannot follow.
  if (!parentInfo.isDirectory()) throw new UsageError(msg('cli.out_parent_not_folder', { file, dir: dirname(file) }));
  await checkWritable(parent, file);
}

/** A folder must be writable and enterable; a pipe or a device writable. */
async function checkWritable(existing: string, asked: string, mode = constants.W_OK | constants.X_OK): Promise<void> {
  try {
    await access(existing, mode);
  } catch {
    throw new UsageError(msg('cli.out_not_writable', { path: asked }));
  }
}

/**
 * `--out laporan` where laporan links to a share that is not mounted: mkdir would fail after the whole run,
 * and "create the folder" would be the wrong advice. The first part of the path that exists, if it is a
 * link to nothing, is named with where it points.
 */
async function refuseDanglingLink(path: string): Promise<void> {
  for (let p = path; ; p = dirname(p)) {
    const info = await lstatOrNull(p);
    if (info !== null) {
      if (info.isSymbolicLink() && (await statOrNull(p)) === null) throw new UsageError(msg('cli.out_link_dangling', { path: p, target: await readlink(p) }));
      return;
    }
    if (dirname(p) === p) return;
  }
}

/** The nearest ancestor of a path that exists (where `mkdir -p` would start creating). */
async function nearestExisting(path: string, flag: string): Promise<string> {
  let p = resolve(path);
  for (;;) {
    const info = await statOrNull(p);
    if (info !== null) {
      if (!info.isDirectory()) throw new UsageError(msg('cli.out_not_directory', { dir: p, flag }));
      return p;
    }
    const up = dirname(p);
    if (up === p) return p;
    p = up;
  }
}

async function lstatOrNull(path: string): Promise<Awaited<ReturnType<typeof lstat>> | null> {
  try {
    return await lstat(path);
  } catch {
    return null;
  }
}

async function statOrNull(path: string): Promise<Awaited<ReturnType<typeof stat>> | null> {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}
