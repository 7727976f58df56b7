import type { CellSink } from './cell-sink.js';
import { csvCellText, idCellText, neutralizeFormula, numberCellText } from './csv-cell.js';
import { quoteCsvField, type CsvFormat } from './csv-format.js';

/**
 * Collects CSV rows, cell by cell, into a piece of text made by one join of all its quoted cells:
 * building lines by `+=` made ~50 intermediate strings per line, and with cell objects and a record per
 * row, writing workers.csv for a million rows allocated ~1.4 KB per row, i.e. hundreds of young-
 * generation collections, each slower the larger the heap of the run.
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
  const width = columns.length;
  // The quoted cells of every row since the last take(), each followed by its delimiter or line end,
  // joined once into the piece: joining each line first made every line a string of its own, i.e. the
  // whole report allocated twice (~300 MB more at 1M rows). The array is reused; slots past the rows of
  // a short last piece are blanked rather than cut off, since shrinking it makes V8 drop its storage.
  const parts: string[] = [];
  let n = 0;
  let col = 0;
  let rows = 0;
  // Cells are matched to columns by name, so an emitter that skips or reorders one fails loudly
  // instead of shifting every later cell of the file by one column.
  const put = (column: K, value: string): void => {
    if (columns[col] !== column) throw new Error(`CSV cell for column "${column}" where "${columns[col] ?? '(end of row)'}" was expected`);
    col++;
    parts[n++] = quoteCsvField(value, d);
    parts[n++] = col === width ? '\n' : d;
  };
  return {
    text: (column, value) => put(column, neutralizeFormula(value ?? '')),
    num: (column, value) => put(column, numberCellText(value ?? null)),
    id: (column, value) => put(column, idCellText(value ?? '', format)),
    cell: (column, cell) => put(column, csvCellText(cell, format)),
    endRow() {
      if (col !== width) throw new Error(`CSV row ended after ${col} of ${width} cells`);
      col = 0;
      rows++;
    },
    get rows() {
      return rows;
    },
    take() {
      if (rows === 0) return '';
      // Only whole rows: a row begun but not ended stays for the next piece.
      const end = n - col * 2;
      const open = parts.slice(end, n);
      for (let i = end; i < parts.length; i++) parts[i] = '';
      const text = parts.join('');
      for (let i = 0; i < open.length; i++) parts[i] = open[i] ?? '';
      n = open.length;
      rows = 0;
      return text;
    },
  };
}
