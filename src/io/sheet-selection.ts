/**
 * Which sheets of a workbook to read, from `--sheet` (only these) and `--skip-sheet` (all but these).
 * Names compare case-insensitively with spaces collapsed: officers type what they see on the tab,
 * and Excel itself refuses two sheets whose names differ only in case. A CSV file has no sheets and
 * is never left out.
 */
export interface SheetSelection {
  readonly only: readonly string[];
  readonly skip: readonly string[];
}

export const ALL_SHEETS: SheetSelection = { only: [], skip: [] };

/** The option that leaves this sheet out, or null when it is read. */
export function leftOutBy(sheet: string, selection: SheetSelection | undefined): '--sheet' | '--skip-sheet' | null {
  if (selection === undefined || sheet === '') return null;
  const key = sheetKey(sheet);
  if (selection.skip.some((s) => sheetKey(s) === key)) return '--skip-sheet';
  if (selection.only.length > 0 && !selection.only.some((s) => sheetKey(s) === key)) return '--sheet';
  return null;
}

function sheetKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
