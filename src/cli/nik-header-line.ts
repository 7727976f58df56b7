import { matchHeader } from '../table/header-aliases.js';

/**
 * True when a line read by `rekon nik -` is the column title a `cut` of a CSV brings along ("NIK", "NO KTP",
 * "NOMOR INDUK KEPENDUDUKAN"…: the nik role's header aliases), not a NIK: it has no run of digits.
 */
export function isNikHeaderLine(line: string): boolean {
  const text = line.replace(/^\uFEFF/, '').replace(/^"(.*)"$/, '$1');
  return !/\d{4}/.test(text) && matchHeader(text)?.role === 'nik';
}
