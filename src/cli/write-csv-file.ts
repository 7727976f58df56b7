import type { AtomicFile } from '../io/atomic-file.js';
import type { RowEmitter } from '../report/cell-sink.js';
import type { CsvCell } from '../report/csv-cell.js';
import { createCsvChunkBuilder } from '../report/csv-chunk-builder.js';
import { formatCsv, type CsvFormat } from '../report/csv-format.js';

/**
 * Rows per piece of text written. Small enough that a piece stays a regular heap string (V8 puts
 * larger ones in its large-object space, and a stream of those makes it collect the whole heap over
 * and over while a million-row report is written).
 */
const CHUNK = 200;

type Items<T> = Iterable<T> | AsyncIterable<T>;

/**
 * CSV text in chunks of a few hundred rows (header first), so a million rows never sit in memory
 * as one string; the BOM, when asked for, starts the first chunk only.
 */
async function* csvChunks<T, K extends string>(columns: readonly K[], items: Items<T>, emit: RowEmitter<T, K>, format: CsvFormat): AsyncGenerator<string> {
  yield formatCsv(columns, [], format);
  // Rows are formatted as they come: nothing is kept per row but its line.
  const chunk = createCsvChunkBuilder(columns, format);
  const take = (item: T): string | null => {
    emit(item, chunk);
    chunk.endRow();
    return chunk.rows < CHUNK ? null : chunk.take();
  };
  // A plain iterable is walked without `for await`, which would cost a promise per row.
  if (Symbol.iterator in items) {
    for (const item of items) {
      const text = take(item);
      if (text !== null) yield text;
    }
  } else {
    for await (const item of items) {
      const text = take(item);
      if (text !== null) yield text;
    }
  }
  if (chunk.rows > 0) yield chunk.take();
}

/** Emits a row that already exists as typed cells. */
function cellsEmitter<K extends string>(columns: readonly K[]): RowEmitter<Readonly<Record<K, CsvCell>>, K> {
  return (row, sink) => {
    for (const c of columns) sink.cell(c, row[c]);
  };
}

/**
 * Writes a CSV file's rows into `file`, each item's row made by `emit`; the file replaces the previous
 * one when its OutputSet is committed (with the run's other files).
 */
export async function writeCsvRows<T, K extends string>(file: AtomicFile, columns: readonly K[], items: Items<T>, emit: RowEmitter<T, K>, format: CsvFormat): Promise<void> {
  for await (const text of csvChunks(columns, items, emit, format)) await file.write(text);
}

/** The same, to stdout (for pipes). */
export async function csvRowsToStdout<T, K extends string>(out: (text: string) => void, columns: readonly K[], items: Items<T>, emit: RowEmitter<T, K>, format: CsvFormat): Promise<void> {
  for await (const text of csvChunks(columns, items, emit, format)) out(text);
}

/** Writes rows of typed cells as a CSV file into `file`. */
export async function writeCsvFile<K extends string>(file: AtomicFile, columns: readonly K[], rows: Items<Readonly<Record<K, CsvCell>>>, format: CsvFormat): Promise<void> {
  await writeCsvRows(file, columns, rows, cellsEmitter(columns), format);
}

/** Rows of typed cells as CSV on stdout. */
export async function csvToStdout<K extends string>(out: (text: string) => void, columns: readonly K[], rows: Items<Readonly<Record<K, CsvCell>>>, format: CsvFormat): Promise<void> {
  await csvRowsToStdout(out, columns, rows, cellsEmitter(columns), format);
}
