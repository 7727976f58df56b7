import type { CsvCell } from '../csv-cell.js';

/** Typed cells as JSON values: numbers stay numbers, empty text becomes null. */
export function cellsToJson<K extends string>(cells: Record<K, CsvCell>): Record<K, string | number | null> {
  const out = {} as Record<K, string | number | null>;
  for (const key of Object.keys(cells) as K[]) {
    const c = cells[key];
    out[key] = c.kind === 'number' ? c.value : c.value === '' ? null : c.value;
  }
  return out;
}
