import type { RawCell } from '../io/raw-cell.js';
import { cellText } from '../io/raw-cell.js';
import { msg, type Message } from '../i18n/message.js';
import type { Sex } from './parsed-nik.js';
import { isPlaceholderText } from './placeholder.js';

export type SexParse = { kind: 'empty' } | { kind: 'ok'; sex: Sex } | { kind: 'invalid'; reason: Message };

const EMPTY: SexParse = Object.freeze({ kind: 'empty' });

/** Spellings compared with spaces, dashes, dots and digits removed ("LAKI-LAKI", "LAKI2", "L / K" → LAKILAKI, LAKI, LK). */
const SEXES: ReadonlyMap<string, Sex> = new Map([
  ['L', 'M'], ['LK', 'M'], ['LAKI', 'M'], ['LAKILAKI', 'M'], ['LELAKI', 'M'], ['PRIA', 'M'], ['COWOK', 'M'],
  ['M', 'M'], ['MALE', 'M'], ['MAN', 'M'],
  ['P', 'F'], ['PR', 'F'], ['PRP', 'F'], ['PEREMPUAN', 'F'], ['WANITA', 'F'], ['W', 'F'], ['CEWEK', 'F'],
  ['F', 'F'], ['FEMALE', 'F'], ['WOMAN', 'F'],
]);

const NOT_LETTERS = /[^A-Z]+/g;

/**
 * Reads a sex column: L/P, LK/PR, LAKI-LAKI/PEREMPUAN, PRIA/WANITA, M/F, MALE/FEMALE.
 * Numeric codes (1/2, 0/1) are not guessed: Dukcapil and BKN use 1 = male, 2 = female, but a
 * spreadsheet's 1/2 or 0/1 may as well be a dropdown's order or a yes/no flag, and sex is only a
 * comparison feature here, so a wrong guess would manufacture sex mismatches. They are invalid
 * with a reason that says so.
 */
export function parseSex(cell: RawCell | undefined): SexParse {
  const text = cellText(cell).trim();
  if (text === '' || isPlaceholderText(text)) return EMPTY;
  if (/^\d+(\.0+)?$/.test(text)) return { kind: 'invalid', reason: msg('sex.numeric_code', { text }) };
  const sex = SEXES.get(text.toUpperCase().replace(NOT_LETTERS, ''));
  return sex === undefined ? { kind: 'invalid', reason: msg('sex.unrecognized', { text }) } : { kind: 'ok', sex };
}
