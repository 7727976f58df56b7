import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { msg } from '../i18n/message.js';
import type { InputFile } from '../io/read-input.js';

/** Resolves symlinks where the path exists, so `./a.csv` and a link to it count as the same file. */
async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/** rekon never writes over one of its inputs (an input file is never modified). */
export async function refuseToOverwriteInputs(outputs: readonly string[], inputs: readonly InputFile[]): Promise<void> {
  const ins = new Set<string>();
  for (const i of inputs) if (i.path !== null) ins.add(await canonical(i.path));
  for (const o of outputs) {
    if (ins.has(await canonical(o))) throw new UsageError(msg('cli.output_is_input', { file: o }));
  }
}
