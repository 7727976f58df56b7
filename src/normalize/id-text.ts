/**
 * Cleaning shared by identifier columns (NIK, KPJ): undo what spreadsheets and people do to a
 * string of digits (DOMAIN.md §5). Pure string work; no numbers are ever formed, because a JS
 * number is exact only up to 2^53 and NIKs of provinces 91–96 are above it (DOMAIN.md §1.5).
 */

const QUOTES = /['"`\u2018\u2019\u201C\u201D\u00B4]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Trims, applies NFKC (full-width digits), drops invisible characters, unwraps Excel's text-forcing
 * formula `="…"` and removes quotes and apostrophes (a leading `'` forces text in Excel).
 */
export function unwrapIdText(raw: string): string {
  let s = raw;
  // The acute accent some keyboards give for an apostrophe (´) becomes a space and a combining accent
  // under NFKC: made an apostrophe first, it is removed with the other quotes.
  if (hasNonAscii(s)) s = s.replace(/\u00B4/g, "'").normalize('NFKC').replace(INVISIBLE, '');
  s = s.trim();
  if (s.charCodeAt(0) === 61 /* = */) s = s.slice(1).trim();
  if (s.includes("'") || s.includes('"') || hasNonAscii(s) || s.includes('`')) s = s.replace(QUOTES, '').trim();
  return s;
}

export function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return true;
  return false;
}

export function isAllDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A number in scientific notation as text, e.g. "3.67101E+15" or "3,67101E+15" (decimal comma). */
export interface ScientificText {
  /** The mantissa's digits without the separator or leading zeros: the significant digits shown. */
  readonly significant: string;
  /** How many digits the integer it stands for has (exponent + 1 for a mantissa 1 ≤ m < 10). */
  readonly integerDigits: number;
}

const SCIENTIFIC = /^(\d+)(?:[.,](\d+))?\s*[eE]\s*\+?\s*(\d{1,3})$/;

export function parseScientificText(s: string): ScientificText | null {
  if (s.length < 3 || (!s.includes('E') && !s.includes('e'))) return null;
  const m = SCIENTIFIC.exec(s);
  if (m === null) return null;
  const intPart = (m[1] ?? '').replace(/^0+/, '');
  const frac = m[2] ?? '';
  const exponent = Number(m[3]);
  const significant = intPart === '' ? frac.replace(/^0+/, '') : intPart + frac;
  if (significant === '') return null; // a zero ("0E+00") is no identifier, and not damaged either
  const integerDigits = intPart === '' ? exponent - (frac.length - frac.replace(/^0+/, '').length) : intPart.length + exponent;
  return { significant, integerDigits };
}

/**
 * The digits a scientific-notation text stands for when none were lost (significant digits fill
 * the whole integer, or the rest are zeros written out); null when digits are missing.
 */
export function expandScientific(sci: ScientificText): string | null {
  if (sci.significant.length > sci.integerDigits) {
    // Only trailing zeros may stand after the integer's last digit.
    const extra = sci.significant.slice(sci.integerDigits);
    return /^0*$/.test(extra) ? sci.significant.slice(0, sci.integerDigits) : null;
  }
  return sci.significant.length === sci.integerDigits ? sci.significant : null;
}

/**
 * An identifier cell written in scientific notation that lost digits ("3.27301E+15"), cleaned as
 * `unwrapIdText` cleans it and without spaces; null for any other cell. Its surviving digits alone
 * ("327301") would read as a short identifier: reports show this text instead (DOMAIN.md §5, unrecoverable).
 */
export function lossyScientificText(raw: string): string | null {
  if (!raw.includes('E') && !raw.includes('e')) return null;
  const text = unwrapIdText(raw).replace(/\s+/g, '');
  const sci = parseScientificText(text);
  return sci !== null && expandScientific(sci) === null ? text : null;
}

const TRAILING_DECIMAL_ZEROS = /^([\d\s.-]*\d)[.,]0+$/;
const SEPARATORS = /[\s.\-_]+/g;

/**
 * Removes a trailing ".0"/",00" left by a numeric export (only when it is the value's single
 * dot or comma, so dotted groups such as "3671.0145.0190.0001" keep their digits), then the
 * separators people type: spaces, dots, dashes, underscores.
 */
export function stripIdSeparators(s: string): string {
  let t = s;
  if (countSeparatorMarks(t) === 1) {
    const m = TRAILING_DECIMAL_ZEROS.exec(t);
    if (m !== null) t = m[1] ?? t;
  }
  return t.replace(SEPARATORS, '');
}

function countSeparatorMarks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 44) n++;
  }
  return n;
}

const GROUPED_THOUSANDS = /^\d{1,3}(,\d{3})+$/;

/** "3,671,014,501,900,000": a number displayed with thousands separators (it went through a float). */
export function isCommaGroupedNumber(s: string): boolean {
  return s.length > 4 && GROUPED_THOUSANDS.test(s);
}

const DOT_GROUPED_THOUSANDS = /^\d{1,3}(\.\d{3})+$/;

/** "3.671.014.501.900.000": the same in Indonesian-locale Excel, whose thousands mark is the dot. */
export function isDotGroupedNumber(s: string): boolean {
  return s.length > 4 && DOT_GROUPED_THOUSANDS.test(s);
}
