import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';

/** An input left out because an earlier input of the same side is the same file, or holds the same bytes. */
export interface RepeatedInput {
  /** The input left out, as given (or as found in a folder). */
  readonly name: string;
  /** The earlier input that is read instead. */
  readonly sameAs: string;
  readonly why: 'same_file' | 'same_content';
}

interface Named {
  readonly name: string;
  readonly path: string | null;
}

/**
 * Keeps the first of inputs that are one file (same real path: symbolic links and relative paths resolved)
 * or two copies of it (same size and same SHA-256; a re-download "bpjs (1).csv" beside "bpjs.csv"). Read
 * twice, every person in it is a second registration or a second budget line. Only files whose sizes
 * collide are hashed, streamed; stdin ('-') cannot be compared and is always kept.
 */
export async function dropRepeatedInputs<F extends Named>(files: readonly F[]): Promise<{ files: F[]; repeated: RepeatedInput[] }> {
  const repeated: RepeatedInput[] = [];
  const byRealPath = new Map<string, string>();
  const distinct: { file: F; real: string | null }[] = [];
  for (const file of files) {
    if (file.path === null) {
      distinct.push({ file, real: null });
      continue;
    }
    const real = await realpath(file.path);
    const first = byRealPath.get(real);
    if (first !== undefined) repeated.push({ name: file.name, sameAs: first, why: 'same_file' });
    else {
      byRealPath.set(real, file.name);
      distinct.push({ file, real });
    }
  }
  const copies = await copiesOfEarlierFiles(distinct.flatMap((d) => (d.real === null ? [] : [d.real])));
  const kept: F[] = [];
  const nameOf = new Map(distinct.flatMap((d) => (d.real === null ? [] : [[d.real, d.file.name] as const])));
  for (const d of distinct) {
    const original = d.real === null ? undefined : copies.get(d.real);
    if (original === undefined) kept.push(d.file);
    else repeated.push({ name: d.file.name, sameAs: nameOf.get(original) ?? original, why: 'same_content' });
  }
  return { files: kept, repeated };
}

/** A BPJS input that is one of the roster inputs, or holds the same bytes as one. */
export interface InputOnBothSides {
  /** The BPJS input, as given (or as found in a folder). */
  readonly name: string;
  /** The roster input it equals. */
  readonly roster: string;
  readonly why: 'same_file' | 'same_content';
}

/**
 * The BPJS inputs that are a roster input again: the same real path, or a copy (same size and SHA-256). Each
 * row would then be matched to itself, which is only ever a mistake in choosing the files, so it is said.
 * Both lists are already free of repeats within their own side (dropRepeatedInputs).
 */
export async function inputsOnBothSides(roster: readonly Named[], bpjs: readonly Named[]): Promise<InputOnBothSides[]> {
  const rosterByReal = new Map<string, string>();
  for (const file of roster) if (file.path !== null) rosterByReal.set(await realpath(file.path), file.name);
  if (rosterByReal.size === 0) return [];
  const found: InputOnBothSides[] = [];
  const bpjsByReal = new Map<string, string>();
  for (const file of bpjs) {
    if (file.path === null) continue;
    const real = await realpath(file.path);
    const same = rosterByReal.get(real);
    if (same !== undefined) found.push({ name: file.name, roster: same, why: 'same_file' });
    else bpjsByReal.set(real, file.name);
  }
  // Roster paths first: a BPJS copy's earliest equal file is then a roster file whenever there is one.
  const copies = await copiesOfEarlierFiles([...rosterByReal.keys(), ...bpjsByReal.keys()]);
  for (const [real, name] of bpjsByReal) {
    const original = copies.get(real);
    const roster = original === undefined ? undefined : rosterByReal.get(original);
    if (roster !== undefined) found.push({ name, roster, why: 'same_content' });
  }
  return found;
}

/** For each file whose bytes equal an earlier file's, that earlier file (the first with those bytes). */
async function copiesOfEarlierFiles(paths: readonly string[]): Promise<Map<string, string>> {
  const bySize = new Map<number, string[]>();
  for (const path of paths) {
    const size = (await stat(path)).size;
    const group = bySize.get(size);
    if (group === undefined) bySize.set(size, [path]);
    else group.push(path);
  }
  const copies = new Map<string, string>();
  for (const group of bySize.values()) {
    if (group.length < 2) continue;
    const firstWithHash = new Map<string, string>();
    for (const path of group) {
      const hash = await hashFile(path);
      const first = firstWithHash.get(hash);
      if (first === undefined) firstWithHash.set(hash, path);
      else copies.set(path, first);
    }
  }
  return copies;
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
