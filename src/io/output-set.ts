import { linkSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AtomicFile } from './atomic-file.js';
import { outputTarget } from './output-target.js';

/** Writes the content of one file of a set into it. */
export type FillFile = (file: AtomicFile) => Promise<void>;

/**
 * The files one command writes (reconcile's --out folder: workers.csv … report.xlsx), replaced together.
 * Each file streams to its own temp file (AtomicFile); only when every one of them is complete are they
 * renamed onto their names, so an error or an interruption before that leaves every previous file as it
 * was, and the folder never mixes two runs (the workbook, written last, took a second at 20k rows).
 * Only rekon's own files are renamed; the folder itself and anything else in it are never touched.
 *
 * A pipe or a device (`--xlsx upload.fifo`) cannot wait under a temp name: it is filled only after the
 * renames, so its reader never gets a report the folder does not have (it was filled as the set was, and
 * a rename failing after it left the reader with a workbook of a run that was never committed).
 */
export class OutputSet {
  private readonly files: AtomicFile[] = [];
  private readonly streams: { readonly file: AtomicFile; readonly fill: FillFile }[] = [];

  /** A new file of the set, filled now under a temp name until commit(); a pipe or a device at commit(). */
  async write(path: string, fill: FillFile): Promise<void> {
    // Two writers of one file (or of two links to it) would share its temp file.
    const destination = outputTarget(path).path;
    if (this.files.some((f) => f.destination === destination)) throw new Error(`OutputSet: ${path} added twice`);
    const file = new AtomicFile(path);
    this.files.push(file);
    if (file.direct) this.streams.push({ file, fill });
    else await fill(file);
  }

  /**
   * Completes every temp file, then renames them all in one synchronous step: signals are handled on the
   * event loop, so Ctrl-C or a kill during the renames (milliseconds) takes effect once they are done.
   * A rename that fails midway (a folder named report.xlsx; on Windows a report open in Excel) puts the
   * files already replaced back as they were and throws its error, which names the output, not the temp file.
   * Then the pipes and devices are filled, one after the other.
   */
  async commit(): Promise<void> {
    const renamed = this.files.filter((f) => !f.direct);
    for (const f of renamed) await f.complete();
    renameTogether(renamed);
    for (const { file, fill } of this.streams) {
      await fill(file);
      await file.complete();
      file.settled();
    }
  }

  /** Removes every temp file; the previous files stay as they were. */
  async abort(): Promise<void> {
    for (const f of this.files) await f.abort();
  }
}

/** Fills a set with `write` and commits it; on any error nothing of it replaces a previous file. */
export async function writeOutputs(write: (set: OutputSet) => Promise<void>): Promise<void> {
  const set = new OutputSet();
  try {
    await write(set);
    await set.commit();
  } catch (err) {
    await set.abort();
    throw err;
  }
}

/**
 * Where a replaced file's previous version went: a second name (hard link) to put back, none (the file is
 * new), or unsaved (no hard links on this file system, or not a file: a failed commit cannot restore it).
 */
type Previous = { readonly kind: 'linked'; readonly path: string } | { readonly kind: 'none' } | { readonly kind: 'unsaved' };

function renameTogether(files: readonly AtomicFile[]): void {
  const replaced: { readonly file: AtomicFile; readonly previous: Previous }[] = [];
  try {
    for (const file of files) {
      const previous = keepPrevious(file.destination);
      try {
        renameSync(file.tempPath, file.destination);
      } catch (err) {
        if (previous.kind === 'linked') rmSync(previous.path, { force: true });
        throw err;
      }
      replaced.push({ file, previous });
    }
  } catch (err) {
    for (const r of replaced.reverse()) putBack(r.file.destination, r.previous);
    for (const f of files) removeTemp(f);
    throw err;
  }
  for (const r of replaced) {
    if (r.previous.kind === 'linked') rmSync(r.previous.path, { force: true });
    r.file.settled();
  }
}

/** A second name for the file at `path` (a hard link: no copy, and `path` is never missing meanwhile). */
function keepPrevious(path: string): Previous {
  const link = join(dirname(path), `.${basename(path)}.rekon-prev-${process.pid}`);
  try {
    rmSync(link, { force: true });
    linkSync(path, link);
    return { kind: 'linked', path: link };
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'none' } : { kind: 'unsaved' };
  }
}

function putBack(path: string, previous: Previous): void {
  try {
    if (previous.kind === 'linked') renameSync(previous.path, path);
    // rekon's own new file where there was none: the folder is left as the run found it.
    else if (previous.kind === 'none') rmSync(path, { force: true });
  } catch {
    /* best effort: the error that stopped the commit is the one to report */
  }
}

function removeTemp(file: AtomicFile): void {
  try {
    rmSync(file.tempPath, { force: true });
  } catch {
    /* best effort */
  }
  file.settled();
}
