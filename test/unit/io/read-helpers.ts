// Test helper: read every sheet of an input fully.
import type { RawRow } from '../../../src/io/raw-sheet.js';
import { readInput } from '../../../src/io/read-input.js';
import type { ReadOptions } from '../../../src/io/read-input.js';

export interface ReadSheet {
  readonly sheet: string;
  readonly rows: RawRow[];
  readonly encoding: string | null;
  readonly delimiter: string | null;
  readonly hidden: boolean;
}

export async function readAll(path: string | null, options: ReadOptions = {}, name = path ?? '-'): Promise<ReadSheet[]> {
  const out: ReadSheet[] = [];
  for await (const sheet of readInput({ name, path }, options)) {
    const rows: RawRow[] = [];
    for await (const batch of sheet.batches) rows.push(...batch);
    out.push({ sheet: sheet.sheet, rows, encoding: sheet.textFormat?.encoding ?? null, delimiter: sheet.textFormat?.delimiter ?? null, hidden: sheet.hidden === true });
  }
  return out;
}

/** Catches a rejected promise and returns the error (fails the test if it resolves). */
export async function errorOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}
