import { msg, type Message } from '../i18n/message.js';

/**
 * Which sheets of a workbook to read, from `--sheet` (only these) and `--skip-sheet` (all but these).
 * Names compare case-insensitively with spaces collapsed: officers type what they see on the tab,
 * and Excel itself refuses two sheets whose names differ only in case. A CSV file has no sheets and
 * is never left out.
 */
export interface SheetSelection {
  readonly only: readonly string[];
  readonly skip: readonly string[];
  /** The config file that gave the selection (rekon.toml `[sheets]`); absent when the command line did. */
  readonly config?: string | undefined;
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

/**
 * What left a sheet out, as the user can find it: the option, or the config file's key (an officer who
 * never typed --skip-sheet looks for it on the command line in vain).
 */
export function leftOutSource(flag: '--sheet' | '--skip-sheet', selection: SheetSelection | undefined): string {
  return selection?.config === undefined ? flag : `${selection.config} [sheets] ${flag === '--sheet' ? 'only' : 'skip'}`;
}

/** The note of a sheet left out, naming what left it out (leftOutSource). */
export function leftOutNote(flag: '--sheet' | '--skip-sheet', selection: SheetSelection | undefined): Message {
  return msg('io.sheet_left_out', { by: leftOutSource(flag, selection) });
}

function sheetKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
