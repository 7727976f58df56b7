import type { RawCell } from '../io/raw-cell.js';
import { msg, type Message } from '../i18n/message.js';
import { DEFAULT_TWO_DIGIT_YEAR_PIVOT, expandTwoDigitYear, isRealDate, toIsoDate } from './calendar.js';
import {
  expandScientific,
  isAllDigits,
  isCommaGroupedNumber,
  isDotGroupedNumber,
  parseScientificText,
  stripIdSeparators,
  unwrapIdText,
} from './id-text.js';
import type { NikMessageCode } from './nik-messages.js';
import type { NikDecoded, ParsedNik, Sex } from './parsed-nik.js';
import { decodeNip } from './nip.js';
import { isPlaceholderText } from './placeholder.js';
import { isKnownRegency } from './region.js';

export interface ParseNikOptions {
  /**
   * The year of the run (e.g. 2026), for the century of the NIK's two-digit birth year:
   * YY > referenceYear % 100 → 19YY, else 20YY. Without it, YY ≤ 30 → 20YY
   * (DEFAULT_TWO_DIGIT_YEAR_PIVOT). The core reads no clock, so pass it.
   */
  readonly referenceYear?: number;
}

/** Reason code for an 18-digit value that looks like an ASN NIP (→ row problem `nip_in_nik_column`). */
export const NIK_REASON_NIP: NikMessageCode = 'nik.looks_like_nip';
/** Reason code for sixteen times one digit (0000000000000000): a placeholder for "no NIK", not a typo. */
export const NIK_REASON_REPEATED_DIGIT: NikMessageCode = 'nik.all_same_digit';

const NO_WARNINGS: readonly Message[] = Object.freeze([]);
/** "0", "00"…: typed to say "none". A full-length run of zeros is a (junk) value, rejected as one repeated digit. */
const ZEROS_ONLY = /^0{1,5}$/;

/**
 * Reads the value of a NIK cell (DOMAIN.md §1, §5). Order of checks:
 * 1. empty or a placeholder ("-", "0", "N/A", "belum ada") → `missing`;
 * 2. cleaning: `="…"`, quotes, a leading apostrophe, spaces/dots/dashes, a trailing ".0";
 * 3. Excel damage (checked before the hard checks) → `excel_damaged` with the digits that survived:
 *    scientific notation with fewer significant digits than the number has, a numeric cell of 16
 *    digits ending in 0 (Excel keeps 15 significant digits and writes 0 as the 16th), or a
 *    thousands-grouped number ending in 0. A *text* cell of 16 digits is taken as written, and a
 *    numeric cell whose 16 digits do not end in 0 is taken as exact (only a writer that stored
 *    the digits can produce it);
 * 4. hard checks → `invalid` with a reason: 16 ASCII digits, not one repeated digit, month 01–12,
 *    day 01–31 or 41–71; an 18-digit NIP is named as such; a 15-digit value keeps its `digits`;
 * 5. soft checks → warnings on a `valid` NIK: unknown region (current or legacy codes), serial
 *    0000, a birth date that is not a real calendar date.
 *
 * What the digits encode is read by `decodeNik`.
 */
export function parseNik(cell: RawCell | undefined, options: ParseNikOptions = {}): ParsedNik {
  const pivot = options.referenceYear === undefined ? DEFAULT_TWO_DIGIT_YEAR_PIVOT : options.referenceYear % 100;
  if (cell === null || cell === undefined) return missing('', pivot);
  if (typeof cell === 'string') return parseNikText(cell, false, pivot);
  if (cell.kind === 'number') return parseNikText(cell.raw, true, pivot);
  return invalid(cell.iso, '', reason('nik.date_cell', { date: cell.iso }), pivot);
}

function parseNikText(raw: string, numeric: boolean, pivot: number): ParsedNik {
  // Fast path: the common clean case, 16 ASCII digits and nothing else.
  if (raw.length === 16 && isAllDigits(raw)) return checkSixteen(raw, raw, numeric, pivot);

  const text = unwrapIdText(raw);
  if (text === '' || isPlaceholderText(text) || ZEROS_ONLY.test(text)) return missing(raw, pivot);

  const sci = parseScientificText(text.replace(/\s+/g, ''));
  if (sci !== null) {
    const exact = expandScientific(sci);
    if (exact !== null) return checkLength(raw, exact, true, pivot);
    if (sci.integerDigits === 16) {
      const kept = sci.significant.slice(0, 15);
      return damaged(raw, sci.significant, kept, reason('nik.excel_scientific', { kept: kept.length }), pivot);
    }
    return invalid(raw, sci.significant, reason('nik.wrong_length', { length: sci.integerDigits }), pivot);
  }

  if (isCommaGroupedNumber(text) || isDotGroupedNumber(text)) {
    const digits = text.replace(/[,.]/g, '');
    if (digits.length === 16 && digits.endsWith('0')) {
      return damaged(raw, digits, digits.slice(0, 15), reason('nik.excel_grouped'), pivot);
    }
    return checkLength(raw, digits, true, pivot);
  }

  const cleaned = stripIdSeparators(text);
  if (!isAllDigits(cleaned)) {
    // The letter O typed for a zero (or I, l for a one) stands in a digit's place: read as that digit, the
    // NIK keeps its 16 positions for matching ("3273O1…" is not a 15-digit NIK cut short). Still invalid.
    const lookalike = cleaned.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
    const digits = isAllDigits(lookalike) ? lookalike : cleaned.replace(/\D+/g, '');
    return invalid(raw, digits, reason('nik.non_digits', { chars: nonDigitChars(cleaned) }), pivot);
  }
  return checkLength(raw, cleaned, numeric, pivot);
}

function checkLength(raw: string, digits: string, numeric: boolean, pivot: number): ParsedNik {
  if (digits.length === 16) return checkSixteen(raw, digits, numeric, pivot);
  if (digits.length === 18) {
    const nip = decodeNip(digits);
    if (nip !== null) return invalid(raw, digits, reason(NIK_REASON_NIP, { birth: nip.birth, tmt: nip.tmt }), pivot);
  }
  return invalid(raw, digits, reason('nik.wrong_length', { length: digits.length }), pivot);
}

function checkSixteen(raw: string, digits: string, numeric: boolean, pivot: number): ParsedNik {
  if (numeric && digits.charCodeAt(15) === 48 /* 0 */) {
    return damaged(raw, digits, digits.slice(0, 15), reason('nik.excel_rounded'), pivot);
  }
  if (isOneRepeatedDigit(digits)) return invalid(raw, digits, reason(NIK_REASON_REPEATED_DIGIT, { digit: digits[0] ?? '' }), pivot);
  const dd = twoDigits(digits, 6);
  const mm = twoDigits(digits, 8);
  if (mm < 1 || mm > 12) return invalid(raw, digits, reason('nik.bad_month', { month: digits.slice(8, 10) }), pivot);
  if (!isNikDay(dd)) return invalid(raw, digits, reason('nik.bad_day', { day: digits.slice(6, 8) }), pivot);

  const warnings: Message[] = [];
  if (!isKnownRegency(digits.slice(0, 4))) warnings.push(reason('nik.region_unknown', { region: digits.slice(0, 4) }));
  if (digits.endsWith('0000')) warnings.push(reason('nik.serial_zero'));
  if (birthDateNumber(digits, pivot) === 0) {
    const yy = twoDigits(digits, 10);
    const day = dd > 40 ? dd - 40 : dd;
    // Warn only if no century makes it real (29-02-00 is real in 2000).
    if (!isRealDate(1900 + yy, mm, day) && !isRealDate(2000 + yy, mm, day)) {
      warnings.push(reason('nik.date_impossible', { day: pad2(day), month: pad2(mm), year: pad2(yy) }));
    }
  }
  return {
    status: 'valid',
    raw,
    nik: digits,
    trustedPrefix: null,
    digits,
    pivot,
    reason: null,
    warnings: warnings.length === 0 ? NO_WARNINGS : warnings,
  };
}

/** Region, birth date, sex and serial from a NIK's digits (at least 12; DOMAIN.md §1.1). */
function decode(digits: string, pivot: number): NikDecoded {
  const born = birthDateNumber(digits, pivot);
  return {
    region: sharedDigits(digits, 0, 6),
    province: sharedDigits(digits, 0, 2),
    birthDate: born === 0 ? null : sharedDate(Math.floor(born / 10_000), Math.floor(born / 100) % 100, born % 100),
    sex: sexOf(digits),
    serial: sharedDigits(digits, 12, 4),
  };
}

/** The birth date in a NIK's digits 7–12 as yyyymmdd (day − 40 for women; century from the pivot), 0 if not a real date. */
function birthDateNumber(digits: string, pivot: number): number {
  const dd = twoDigits(digits, 6);
  const mm = twoDigits(digits, 8);
  const year = expandTwoDigitYear(twoDigits(digits, 10), pivot);
  const day = dd > 40 ? dd - 40 : dd;
  return isRealDate(year, mm, day) ? year * 10_000 + mm * 100 + day : 0;
}

function sexOf(digits: string): Sex {
  return twoDigits(digits, 6) > 40 ? 'F' : 'M';
}

/**
 * One shared copy of the short strings decoded from NIKs: regions, serials and dates repeat across a
 * million rows, and each separate copy costs more than its characters. Looked up by their numeric
 * value (no substring is built to look one up); bounded. The values are the same strings either way.
 */
const sharedCache = new Map<number, string>();
const SHARED_LIMIT = 200_000;

function shared(key: number, make: () => string): string {
  let v = sharedCache.get(key);
  if (v === undefined) {
    v = make();
    if (sharedCache.size >= SHARED_LIMIT) sharedCache.clear();
    sharedCache.set(key, v);
  }
  return v;
}

/** `digits.slice(from, from + len)` for len ≤ 6, shared; the key space is split by length (a damaged NIK's serial is shorter). */
function sharedDigits(digits: string, from: number, want: number): string {
  const len = Math.max(0, Math.min(want, digits.length - from));
  let v = 0;
  for (let i = from; i < from + len; i++) v = v * 10 + (digits.charCodeAt(i) - 48);
  return shared(len * 1_000_000 + v, () => digits.slice(from, from + len));
}

function sharedDate(year: number, month: number, day: number): string {
  // Negative keys: never equal to a sharedDigits key.
  return shared(-(year * 10_000 + month * 100 + day), () => toIsoDate(year, month, day));
}

/**
 * What a NIK's digits encode (DOMAIN.md §1.1): region, birth date, sex and serial, for a `valid` NIK;
 * for an `excel_damaged` one with at least 12 trusted digits and a plausible day and month, from the
 * trusted digits (its `serial` then holds only the serial digits that survived, usually 3). Otherwise
 * null. Its strings are shared across calls.
 */
export function decodeNik(n: ParsedNik): NikDecoded | null {
  const digits = decodableDigits(n);
  return digits === null ? null : decode(digits, n.pivot);
}

/** The digits `decodeNik` reads (the NIK, or a damaged one's plausible trusted prefix), else null. */
function decodableDigits(n: ParsedNik): string | null {
  if (n.status === 'valid') return n.nik;
  const t = n.trustedPrefix;
  // Scientific notation rounds the last digit it shows: with only 12 kept, the birth year's last digit may be off.
  if (n.status !== 'excel_damaged' || t === null || t.length < 13) return null;
  const mm = twoDigits(t, 8);
  return mm >= 1 && mm <= 12 && isNikDay(twoDigits(t, 6)) ? t : null;
}

/**
 * `decodeNik(n)`'s birth date as yyyymmdd (0 when it has none) and sex (null when nothing decodes),
 * without building any string or object: the matcher reads them for every record on both sides.
 */
export function nikBirthDateNumber(n: ParsedNik): number {
  const digits = decodableDigits(n);
  return digits === null ? 0 : birthDateNumber(digits, n.pivot);
}

export function nikSex(n: ParsedNik): Sex | null {
  const digits = decodableDigits(n);
  return digits === null ? null : sexOf(digits);
}

function damaged(raw: string, digits: string, trustedPrefix: string, why: Message, pivot: number): ParsedNik {
  return { status: 'excel_damaged', raw, nik: null, trustedPrefix, digits, pivot, reason: why, warnings: NO_WARNINGS };
}

function invalid(raw: string, digits: string, why: Message, pivot: number): ParsedNik {
  return { status: 'invalid', raw, nik: null, trustedPrefix: null, digits, pivot, reason: why, warnings: NO_WARNINGS };
}

function missing(raw: string, pivot: number): ParsedNik {
  return { status: 'missing', raw, nik: null, trustedPrefix: null, digits: '', pivot, reason: null, warnings: NO_WARNINGS };
}

function isNikDay(dd: number): boolean {
  return (dd >= 1 && dd <= 31) || (dd >= 41 && dd <= 71);
}

/** Sixteen times one digit (0000000000000000): a placeholder for "no NIK". */
export function isOneRepeatedDigit(d: string): boolean {
  const c = d.charCodeAt(0);
  for (let i = 1; i < d.length; i++) if (d.charCodeAt(i) !== c) return false;
  return true;
}

function twoDigits(s: string, at: number): number {
  return (s.charCodeAt(at) - 48) * 10 + (s.charCodeAt(at + 1) - 48);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The distinct non-digit characters (at most 5), for the message. */
function nonDigitChars(s: string): string {
  const seen: string[] = [];
  for (const ch of s) {
    if ((ch < '0' || ch > '9') && !seen.includes(ch)) seen.push(ch);
    if (seen.length === 5) break;
  }
  return seen.join('');
}

function reason(code: NikMessageCode, params?: Record<string, string | number>): Message {
  return msg(code, params);
}
