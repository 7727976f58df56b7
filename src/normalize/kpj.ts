import type { RawCell } from '../io/raw-cell.js';
import { msg, type Message } from '../i18n/message.js';
import { expandScientific, isAllDigits, parseScientificText, stripIdSeparators, unwrapIdText } from './id-text.js';
import { isPlaceholderText } from './placeholder.js';

/**
 * What a KPJ cell holds. `invalid` is a value that was typed but cannot be read as a KPJ: it must be
 * reported (a row problem), not dropped without a word, since a KPJ is the one identifier the BPJS
 * office can look a participant up by.
 */
export type KpjReading =
  | { readonly kind: 'ok'; readonly kpj: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly reason: Message };

const MISSING: KpjReading = { kind: 'missing' };

/** Fewer digits than this beside words are a note's year or count, not a KPJ typed with a label. */
const MIN_KPJ_DIGITS_BESIDE_WORDS = 8;

/** Two numbers of 5 or more digits with something else between them (after separators are stripped). */
const SEVERAL_NUMBERS = /\d{5}\D+\d{5}/;

/**
 * Reads a KPJ (BPJS Ketenagakerjaan participant number, normally 11 digits; DOMAIN.md §1.4) as
 * a string of digits: spaces, dots, dashes, quotes, a leading apostrophe, `="…"` and a trailing
 * ".0" are removed, other lengths are kept as they are. Missing for an empty cell or a placeholder
 * ("-", "0", "belum ada"), a note without digits, or a note whose digits are too few for a KPJ ("BELUM
 * ADA (2024)"). Invalid for scientific notation that has lost
 * digits ("1.23457E+10": a KPJ with invented digits would match the wrong participant), a cell
 * Excel turned into a date, and two numbers in one cell.
 */
export function readKpj(cell: RawCell | undefined): KpjReading {
  if (cell === null || cell === undefined) return MISSING;
  if (typeof cell !== 'string' && cell.kind === 'date') return { kind: 'invalid', reason: msg('kpj.date_cell', { value: cell.iso }) };
  const raw = typeof cell === 'string' ? cell : cell.raw;
  if (isAllDigits(raw)) return /^0+$/.test(raw) ? MISSING : { kind: 'ok', kpj: raw };
  const text = unwrapIdText(raw);
  if (text === '' || isPlaceholderText(text) || /^0+$/.test(text)) return MISSING;
  const sci = parseScientificText(text.replace(/\s+/g, ''));
  if (sci !== null) {
    const digits = expandScientific(sci);
    if (digits === null) return { kind: 'invalid', reason: msg('kpj.scientific', { kpj: text }) };
    return /^0+$/.test(digits) ? MISSING : { kind: 'ok', kpj: digits };
  }
  // Text without a digit is a note ("SEDANG DIPROSES", "BELUM ADA KPJ"), not a number that was lost.
  const stripped = stripIdSeparators(text);
  // Two numbers in one cell ("12345678901 / 12345678902") glued together would be a KPJ nobody has.
  if (SEVERAL_NUMBERS.test(stripped)) return { kind: 'invalid', reason: msg('kpj.several', { kpj: text }) };
  const digits = stripped.replace(/\D+/g, '');
  if (digits === '' || /^0+$/.test(digits)) return MISSING;
  // A note that mentions a year or a count ("BELUM ADA (2024)", "PROSES 2023") is not a KPJ: words plus
  // too few digits for any participant number (11 digits, DOMAIN.md §1.4) is the note, said as missing.
  if (digits.length < MIN_KPJ_DIGITS_BESIDE_WORDS && /\p{L}{2}/u.test(stripped)) return MISSING;
  return { kind: 'ok', kpj: digits };
}

/** The KPJ's digits, or null when the cell is empty, a placeholder or unreadable (see `readKpj`). */
export function parseKpj(cell: RawCell | undefined): string | null {
  const r = readKpj(cell);
  return r.kind === 'ok' ? r.kpj : null;
}
