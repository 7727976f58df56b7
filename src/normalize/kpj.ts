import type { RawCell } from '../io/raw-cell.js';
import { expandScientific, isAllDigits, parseScientificText, stripIdSeparators, unwrapIdText } from './id-text.js';
import { isPlaceholderText } from './placeholder.js';

/**
 * Reads a KPJ (BPJS Ketenagakerjaan participant number, normally 11 digits; DOMAIN.md §1.4) as
 * a string of digits: spaces, dots, dashes, quotes, a leading apostrophe, `="…"` and a trailing
 * ".0" are removed, other lengths are kept as they are. Returns null for an empty cell or a
 * placeholder ("-", "0", "belum ada"), and also for scientific notation that has lost digits
 * ("1.23457E+10"): a KPJ with invented digits would match the wrong participant.
 */
export function parseKpj(cell: RawCell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  const raw = typeof cell === 'string' ? cell : cell.kind === 'number' ? cell.raw : null;
  if (raw === null) return null;
  if (isAllDigits(raw)) return /^0+$/.test(raw) ? null : raw;
  const text = unwrapIdText(raw);
  if (text === '' || isPlaceholderText(text) || /^0+$/.test(text)) return null;
  const sci = parseScientificText(text.replace(/\s+/g, ''));
  if (sci !== null) return expandScientific(sci);
  const digits = stripIdSeparators(text).replace(/\D+/g, '');
  return digits === '' || /^0+$/.test(digits) ? null : digits;
}
