import { parseDate, type DateParse, type ParseDateOptions } from './date.js';

/** Separators between place and date: "Klaten, 12-03-1990", "Bandung / 01-01-1985", "Solo - 1 Mei 1990". */
const PLACE_TRAILER = /[\s,;/\\|–—-]+$/;
/** A month name opening the date part, for "Klaten, Maret 12 1990" (month-first with a word month). */
const LEADING_MONTH_WORD = /[\s,;/\\|–—-]((?:JAN|PEB|FEB|MAR|MRT|APR|MEI|MAY|JUN|JUL|AGU|AGT|AGS|AUG|SEP|OKT|OCT|NOP|NOV|DES|DEC)[A-Z]*)\s*\d{1,2}\s*,?\s*\d{4}\s*$/i;

/**
 * Splits a combined "Tempat/Tgl Lahir" (TTL) value into place and date: "Klaten, 12-03-1990",
 * "KLATEN 12 Maret 1990", "Bandung / 01-01-1985". The date starts at the first digit; the place is
 * everything before it, without trailing separators. Either part may be missing.
 */
export function parsePlaceAndDate(text: string, options: ParseDateOptions = {}): { place: string | null; date: DateParse } {
  const t = text.trim();
  let cut = firstDigit(t);
  if (cut > 0) {
    const monthFirst = LEADING_MONTH_WORD.exec(t);
    if (monthFirst !== null && monthFirst.index < cut) cut = monthFirst.index + 1;
  }
  const placeText = (cut < 0 ? t : t.slice(0, cut)).replace(PLACE_TRAILER, '').replace(/\s+/g, ' ').trim();
  const datePart = cut < 0 ? '' : t.slice(cut);
  return { place: placeText === '' ? null : placeText, date: parseDate(datePart, options) };
}

function firstDigit(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return -1;
}
