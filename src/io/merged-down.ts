import type { RawCell } from './raw-cell.js';
import { isBlankCell } from './raw-cell.js';
import type { MergedCover, MergedRange } from './raw-sheet.js';

/**
 * Follows a sheet's rows in order and tells, for each, which of its blank cells a vertically merged
 * cell above covers, and with which value (the merged range's top-left cell, as the spreadsheet shows it
 * in every row it spans). Horizontal-only ranges (a title over A1:F1) cover no row below and are dropped.
 */
export class MergedDown {
  private readonly ranges: readonly MergedRange[];
  private next = 0;
  private active: MergedCover[] = [];

  constructor(ranges: readonly MergedRange[]) {
    this.ranges = ranges.filter((r) => r.bottom > r.top).sort((a, b) => a.top - b.top);
  }

  get empty(): boolean {
    return this.ranges.length === 0;
  }

  /** Called for every row in ascending order (rows absent from the file may be skipped). */
  cover(row: number, cells: readonly RawCell[]): ReadonlyMap<number, MergedCover> | undefined {
    if (this.active.length > 0) this.active = this.active.filter((a) => a.range.bottom >= row);
    while (this.next < this.ranges.length && (this.ranges[this.next] as MergedRange).top <= row) {
      const range = this.ranges[this.next++] as MergedRange;
      // A range whose top row is not in the file has a blank top-left cell: nothing to show below.
      const value = range.top === row ? cells[range.left] : undefined;
      if (value !== undefined && !isBlankCell(value) && range.bottom > row) this.active.push({ range, value });
    }
    let covered: Map<number, MergedCover> | undefined;
    for (const a of this.active) {
      if (a.range.top >= row || !isBlankCell(cells[a.range.left])) continue;
      covered ??= new Map();
      covered.set(a.range.left, a);
    }
    return covered;
  }
}

/** "B4:C6" → the range (1-based rows, 0-based columns); null for anything else. */
export function parseMergedRef(ref: string): MergedRange | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+):\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (m === null) return null;
  const left = letters(m[1] as string);
  const right = letters(m[3] as string);
  const top = Number(m[2]);
  const bottom = Number(m[4]);
  return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(left, right), right: Math.max(left, right) };
}

/** The range as a spreadsheet writes it: "C4:C6" (the inverse of parseMergedRef). */
export function mergedRangeRef(range: MergedRange): string {
  return `${columnLetters(range.left)}${range.top}:${columnLetters(range.right)}${range.bottom}`;
}

function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function letters(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
