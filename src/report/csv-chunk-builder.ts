import type { CellSink } from './cell-sink.js';
import { csvCellText, idCellText, neutralizeFormula, numberCellText } from './csv-cell.js';
import { quoteCsvField, type CsvFormat } from './csv-format.js';

/**
 * Collects CSV rows, cell by cell, into a piece of text. Each line is one join of its quoted cells:
 * building it by `+=` made ~50 intermediate strings per line, and with cell objects and a record per
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
  // One line's quoted cells, reused for every row (every row has the same number of cells).
  const cells = new Array<string>(columns.length).fill('');
  let col = 0;
  let lines: string[] = [];
  // Cells are matched to columns by name, so an emitter that skips or reorders one fails loudly
  // instead of shifting every later cell of the file by one column.
  const put = (column: K, value: string): void => {
    if (columns[col] !== column) throw new Error(`CSV cell for column "${column}" where "${columns[col] ?? '(end of row)'}" was expected`);
    cells[col++] = quoteCsvField(value, d);
  };
  return {
    text: (column, value) => put(column, neutralizeFormula(value ?? '')),
    num: (column, value) => put(column, numberCellText(value ?? null)),
    id: (column, value) => put(column, idCellText(value ?? '', format)),
    cell: (column, cell) => put(column, csvCellText(cell, format)),
    endRow() {
      if (col !== columns.length) throw new Error(`CSV row ended after ${col} of ${columns.length} cells`);
      lines.push(cells.join(d));
      col = 0;
    },
    get rows() {
      return lines.length;
    },
    take() {
      if (lines.length === 0) return '';
      // The empty last element gives the final line end within the join: appending it afterwards
      // would make a two-part string that the file writer then copies once more to flatten it.
      lines.push('');
      const text = lines.join('\n');
      lines = [];
      return text;
    },
  };
}
