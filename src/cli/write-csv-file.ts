import { AtomicFile } from '../io/atomic-file.js';
import type { CsvCell } from '../report/csv-cell.js';
import { formatCsv, type CsvFormat } from '../report/csv-format.js';

const CHUNK = 5000;

/**
 * Writes a CSV file atomically, formatting rows in chunks so a million rows never sit
 * in memory as one string.
 */
export async function writeCsvFile<K extends string>(
  path: string,
  columns: readonly K[],
  rows: Iterable<Record<K, CsvCell>> | AsyncIterable<Record<K, CsvCell>>,
  format: CsvFormat,
): Promise<void> {
  const file = new AtomicFile(path);
  try {
    await file.write(formatCsv(columns, [], format));
    let chunk: CsvCell[][] = [];
    for await (const r of rows) {
      chunk.push(columns.map((c) => r[c]));
      if (chunk.length >= CHUNK) {
        await file.write(formatCsv(null, chunk, format, false));
        chunk = [];
      }
    }
    if (chunk.length > 0) await file.write(formatCsv(null, chunk, format, false));
    await file.commit();
  } catch (err) {
    await file.abort();
    throw err;
  }
}

/** The same, to stdout (for pipes). */
export async function csvToStdout<K extends string>(
  out: (text: string) => void,
  columns: readonly K[],
  rows: Iterable<Record<K, CsvCell>> | AsyncIterable<Record<K, CsvCell>>,
  format: CsvFormat,
): Promise<void> {
  out(formatCsv(columns, [], format));
  let chunk: CsvCell[][] = [];
  for await (const r of rows) {
    chunk.push(columns.map((c) => r[c]));
    if (chunk.length >= CHUNK) {
      out(formatCsv(null, chunk, format, false));
      chunk = [];
    }
  }
  if (chunk.length > 0) out(formatCsv(null, chunk, format, false));
}
