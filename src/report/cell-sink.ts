import { id, num, text, type CsvCell } from './csv-cell.js';

/**
 * Receives one report row's cells, in column order, as typed values. A million-row CSV is written
 * through a sink that quotes each value straight into its line (csv-chunk-builder.ts), so no cell
 * object or row record is made per row; the same emitter builds typed cells (cellsOf) for JSON,
 * the workbook and tests.
 */
export interface CellSink<K extends string> {
  text(column: K, value: string | null | undefined): void;
  num(column: K, value: number | null | undefined): void;
  id(column: K, value: string | null | undefined): void;
  /** A cell that is already typed. */
  cell(column: K, cell: CsvCell): void;
}

/** Emits the cells of one row of a report, one sink call per column, in the report's column order. */
export type RowEmitter<T, K extends string> = (item: T, sink: CellSink<K>) => void;

/** The row as typed cells keyed by column (keys in emission order). */
export function cellsOf<T, K extends string>(emit: RowEmitter<T, K>, item: T): Record<K, CsvCell> {
  const row = {} as Record<K, CsvCell>;
  emit(item, {
    text: (column, value) => void (row[column] = text(value)),
    num: (column, value) => void (row[column] = num(value)),
    id: (column, value) => void (row[column] = id(value)),
    cell: (column, cell) => void (row[column] = cell),
  });
  return row;
}
