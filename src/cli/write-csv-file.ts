import { AtomicFile } from '../io/atomic-file.js';
import type { CsvCell } from '../report/csv-cell.js';
import { formatCsv, formatCsvLine, type CsvFormat } from '../report/csv-format.js';

/**
 * Rows per piece of text written. Small enough that a piece stays a regular heap string (V8 puts
 * larger ones in its large-object space, and a stream of those makes it collect the whole heap over
 * and over while a million-row report is written).
 */
const CHUNK = 200;

type Rows<K extends string> = Iterable<Record<K, CsvCell>> | AsyncIterable<Record<K, CsvCell>>;

/**
 * CSV text in chunks of a few hundred rows (header first), so a million rows never sit in memory
 * as one string; the BOM, when asked for, starts the first chunk only.
 */
async function* csvChunks<K extends string>(columns: readonly K[], rows: Rows<K>, format: CsvFormat): AsyncGenerator<string> {
  yield formatCsv(columns, [], format);
  // Rows are formatted as they come: no array of cells per row is kept for a whole chunk.
  let lines: string[] = [];
  const take = (r: Record<K, CsvCell>): string | null => {
    lines.push(formatCsvLine(columns, r, format));
    if (lines.length < CHUNK) return null;
    const text = `${lines.join('\n')}\n`;
    lines = [];
    return text;
  };
  // A plain iterable is walked without `for await`, which would cost a promise per row.
  if (Symbol.iterator in rows) {
    for (const r of rows) {
      const text = take(r);
      if (text !== null) yield text;
    }
  } else {
    for await (const r of rows) {
      const text = take(r);
      if (text !== null) yield text;
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}

/** Writes a CSV file atomically (temp file renamed into place). */
export async function writeCsvFile<K extends string>(path: string, columns: readonly K[], rows: Rows<K>, format: CsvFormat): Promise<void> {
  const file = new AtomicFile(path);
  try {
    for await (const text of csvChunks(columns, rows, format)) await file.write(text);
    await file.commit();
  } catch (err) {
    await file.abort();
    throw err;
  }
}

/** The same, to stdout (for pipes). */
export async function csvToStdout<K extends string>(out: (text: string) => void, columns: readonly K[], rows: Rows<K>, format: CsvFormat): Promise<void> {
  for await (const text of csvChunks(columns, rows, format)) out(text);
}
