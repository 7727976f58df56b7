import { cellText, isBlankCell } from '../io/raw-cell.js';
import type { RawCell } from '../io/raw-cell.js';
import { maskGroupedNiks } from '../normalize/mask-digit-runs.js';

/** True for a numbering row under a header ("1 2 3 …" or "(1) (2) (3)"): ≥ 3 cells, consecutive integers. */
export function isNumberingRow(cells: readonly RawCell[]): boolean {
  const values: number[] = [];
  for (const cell of cells) {
    if (isBlankCell(cell)) continue;
    const m = /^\(?\s*(\d{1,2})\s*\)?\.?$/.exec(cellText(cell).trim());
    if (m === null) return false;
    values.push(Number(m[1]));
  }
  if (values.length < 3) return false;
  for (let i = 1; i < values.length; i++) if ((values[i] as number) !== (values[i - 1] as number) + 1) return false;
  return (values[0] as number) <= 2;
}

export function nonBlankCount(cells: readonly RawCell[]): number {
  let n = 0;
  for (const c of cells) if (!isBlankCell(c)) n++;
  return n;
}

/**
 * A row's text for skip reports: non-blank cells joined, shortened, runs of ≥ 10 digits and NIKs typed
 * in groups masked (NIK/NIP privacy, DOMAIN.md §6).
 */
export function rowPreview(cells: readonly RawCell[]): string {
  const parts: string[] = [];
  for (const c of cells) {
    if (isBlankCell(c)) continue;
    parts.push(cellText(c).trim().replace(/\s+/g, ' '));
  }
  const text = maskGroupedNiks(parts.join(' | ').replace(/\d{10,}/g, (d) => `${d.slice(0, 4)}${'*'.repeat(d.length - 8)}${d.slice(-4)}`));
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}
