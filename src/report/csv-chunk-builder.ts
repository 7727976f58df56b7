import type { CellSink } from './cell-sink.js';
import { csvCellText, idCellText, neutralizeFormula, numberCellText } from './csv-cell.js';
import { quoteCsvField, type CsvFormat } from './csv-format.js';

/**
 * Collects CSV rows, cell by cell, into a piece of text. The quoted cells and their separators go into
 * one reused array, joined once per piece: building a line by `+=` made ~50 intermediate strings per
 * line, cell objects and a record per row ~1.4 KB per row, and a string per line joined again into
 * the piece copied every character twice (at 1M rows, hundreds of young-generation collections, each
 * slower the larger the heap of the run).
 */
export interface CsvChunkBuilder<K extends string> extends CellSink<K> {
  /** Ends the current row; throws unless it had exactly one cell per column. */
  endRow(): void;
  /** Rows ended since the last take(). */
  readonly rows: number;
  /** Those rows as CSV text, each line ending in `\n` ('' when there are none); starts over. */
  take(): string;
}

export function createCsvChunkBuilder<K extends string>(columns: readonly K[], format: CsvFormat): CsvChunkBuilder<K> {
  const d = format.delimiter;
  // Cells and separators of the rows since the last take(), filled by index and kept between pieces
  // (every piece of the same number of rows has the same number of parts).
  const parts: string[] = [];
  let n = 0;
  let col = 0;
  let rows = 0;
  // Cells are matched to columns by name, so an emitter that skips or reorders one fails loudly
  // instead of shifting every later cell of the file by one column.
  const put = (column: K, value: string): void => {
    if (columns[col] !== column) throw new Error(`CSV cell for column "${column}" where "${columns[col] ?? '(end of row)'}" was expected`);
    col++;
    const sep = col === columns.length ? '\n' : d;
    const text = quoteCsvField(value, d);
    if (n + 2 <= parts.length) {
      parts[n] = text;
      parts[n + 1] = sep;
    } else {
      parts.length = n;
      parts.push(text, sep);
    }
    n += 2;
  };
  return {
    text: (column, value) => put(column, neutralizeFormula(value ?? '')),
    num: (column, value) => put(column, numberCellText(value ?? null)),
    id: (column, value) => put(column, idCellText(value ?? '', format)),
    cell: (column, cell) => put(column, csvCellText(cell, format)),
    endRow() {
      if (col !== columns.length) throw new Error(`CSV row ended after ${col} of ${columns.length} cells`);
      col = 0;
      rows++;
    },
    get rows() {
      return rows;
    },
    take() {
      if (col !== 0) throw new Error('CSV take() in the middle of a row');
      if (rows === 0) return '';
      if (n < parts.length) parts.length = n;
      const text = parts.join('');
      n = 0;
      rows = 0;
      return text;
    },
  };
}
