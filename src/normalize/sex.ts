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

/**
 * Marks that tick an L or P column: check marks, V and X (both used as a tick on printed forms), 1, YA.
 * Compared upper-cased; X is checked before the placeholders, which list it as "no value".
 */
const TICKS: ReadonlySet<string> = new Set(['√', '✓', '✔', '☑', '✅', '✗', '✘', '×', 'V', 'X', '*', '1', 'Y', 'YA', 'ADA', 'TRUE']);

type Mark = 'tick' | 'none' | Message;

function readMark(cell: RawCell | undefined, own: Sex): Mark {
  const text = cellText(cell).trim();
  if (text === '') return 'none';
  const upper = text.toUpperCase();
  if (TICKS.has(upper)) return 'tick';
  // 0 / FALSE: the unticked value of a 0/1 or checkbox column.
  if (upper === '0' || upper === 'FALSE' || isPlaceholderText(text)) return 'none';
  // The column's own letter ("L" in the L column) is a tick too; the other sex's word is not.
  if (SEXES.get(upper.replace(NOT_LETTERS, '')) === own) return 'tick';
  return msg('sex.mark_unrecognized', { text, column: own === 'M' ? 'L' : 'P' });
}

/**
 * Reads sex from a pair of tick columns L | P under one JENIS KELAMIN header: a tick in L is male, in P
 * female. Neither is no value (as an empty sex cell); both is invalid, since only a person can say which.
 */
export function parseSexMarks(male: RawCell | undefined, female: RawCell | undefined): SexParse {
  const m = readMark(male, 'M');
  if (typeof m === 'object') return { kind: 'invalid', reason: m };
  const f = readMark(female, 'F');
  if (typeof f === 'object') return { kind: 'invalid', reason: f };
  if (m === 'tick' && f === 'tick') return { kind: 'invalid', reason: msg('sex.both_marked', { male: cellText(male).trim(), female: cellText(female).trim() }) };
  if (m === 'tick') return { kind: 'ok', sex: 'M' };
  return f === 'tick' ? { kind: 'ok', sex: 'F' } : EMPTY;
}
