import type { RawCell } from '../io/raw-cell.js';
import { msg, type Message } from '../i18n/message.js';
import {
  DEFAULT_TWO_DIGIT_YEAR_PIVOT,
  expandTwoDigitYear,
  isRealDate,
  toIsoDate,
} from './calendar.js';
import type { DateMessageCode } from './date-messages.js';
import { excelSerialDay, excelSerialToIso } from './excel-serial.js';
import { hasNonAscii } from './id-text.js';
import type { IsoDate } from './iso-date.js';
import { isPlaceholderText } from './placeholder.js';

export type DateParse = { kind: 'empty' } | { kind: 'ok'; date: IsoDate } | { kind: 'invalid'; reason: Message };

export interface ParseDateOptions {
  /** Two-digit years: YY ≤ pivot → 20YY, else 19YY. Pass `referenceYear % 100`; default 30. */
  readonly twoDigitYearPivot?: number;
}

/** Years accepted at all (birth dates, membership dates). Anything outside is a typing error. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/**
 * Excel serials accepted from numeric cells and as 5-digit text: 1920-01-01 … 2100-12-31. The floor is
 * above 1900 so that a bare year typed into a date column (1990 → serial 1990 = 1905-06-12) is not read
 * as a date.
 */
const MIN_SERIAL = 7306;
const MAX_SERIAL = 73415;
const MIN_SERIAL_YEAR = 1920;
/**
 * A serial as text: a General-format date column saved as CSV ("33437", or "33437.0" from tools that
 * write every number with a decimal), also after the place in a "Tempat, Tgl Lahir" formula. Only five
 * digits: fewer may be a year, more a date typed without separators, and 10000–99999 is 1927–2173.
 */
const SERIAL_TEXT = /^[1-9]\d{4}(?:\.0+)?$/;

const EMPTY: DateParse = Object.freeze({ kind: 'empty' });

/**
 * Reads a date cell. Day-first always for numeric forms (Indonesian data); never swaps day and
 * month silently: a value only month-first can explain ("12/25/1990") is invalid with a reason.
 *
 * Accepted: date cells; Excel serials in numeric cells (1900 system, with its fake 1900-02-29) and
 * as 5-digit text;
 * dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy, d-m-yy; yyyy-mm-dd and yyyy/mm/dd (ISO, also with a time);
 * ddmmyyyy and yyyymmdd as 8 digits; "12 Mei 1988", "12-Agu-1988", "12 Aug 1988", "Agustus 12,
 * 1988" (Indonesian and English month names and abbreviations, an optional weekday first);
 * any of these followed by a time ("12/03/1990 00:00:00").
 */
export function parseDate(cell: RawCell | undefined, options: ParseDateOptions = {}): DateParse {
  if (cell === null || cell === undefined) return EMPTY;
  if (typeof cell === 'string') return parseDateText(cell, options.twoDigitYearPivot ?? DEFAULT_TWO_DIGIT_YEAR_PIVOT);
  if (cell.kind === 'date') return { kind: 'ok', date: cell.iso };
  return parseNumericDate(cell.raw, options.twoDigitYearPivot ?? DEFAULT_TWO_DIGIT_YEAR_PIVOT);
}

function parseNumericDate(raw: string, pivot: number): DateParse {
  const text = raw.trim();
  // A number cell holding 8 digits is a date typed without separators, not a serial.
  if (/^\d{8}$/.test(text)) return parseDateText(text, pivot);
  const value = Number(text);
  if (!Number.isFinite(value)) return invalid('date.unrecognized', { text });
  return fromExcelSerial(excelSerialDay(value), text);
}

/** A 5-digit serial written as text, or null for any other text (see SERIAL_TEXT). */
function fromSerialText(text: string): DateParse | null {
  if (text.length < 5 || !SERIAL_TEXT.test(text)) return null;
  const serial = Number(text.slice(0, 5));
  const iso = excelSerialToIso(serial, false) ?? '';
  if (serial >= MIN_SERIAL && serial <= MAX_SERIAL) return { kind: 'ok', date: iso };
  return invalid('date.serial_text_out_of_range', { text, date: iso, minYear: MIN_SERIAL_YEAR, maxYear: MAX_YEAR });
}

/** Excel 1900 date system: serial 1 = 1900-01-01, serial 60 = the fake 1900-02-29 (kept from Lotus 1-2-3). */
function fromExcelSerial(serial: number, text: string): DateParse {
  if (serial === 60) return invalid('date.serial_1900_feb29');
  const iso = serial >= MIN_SERIAL && serial <= MAX_SERIAL ? excelSerialToIso(serial, false) : null;
  if (iso === null) return invalid('date.serial_out_of_range', { serial: text, min: MIN_SERIAL, max: MAX_SERIAL, minYear: MIN_SERIAL_YEAR, maxYear: MAX_YEAR });
  return { kind: 'ok', date: iso };
}

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['JAN', 1], ['JANUARI', 1], ['JANUARY', 1], ['JANUARIE', 1],
  ['FEB', 2], ['PEB', 2], ['FEBRUARI', 2], ['PEBRUARI', 2], ['FEBRUARY', 2], ['FEBR', 2],
  ['MAR', 3], ['MRT', 3], ['MARET', 3], ['MARCH', 3],
  ['APR', 4], ['APRIL', 4], ['APRL', 4],
  ['MEI', 5], ['MAY', 5],
  ['JUN', 6], ['JUNI', 6], ['JUNE', 6],
  ['JUL', 7], ['JULI', 7], ['JULY', 7],
  ['AGU', 8], ['AGT', 8], ['AGS', 8], ['AGST', 8], ['AGUST', 8], ['AGUSTUS', 8], ['AUG', 8], ['AUGUST', 8],
  ['SEP', 9], ['SEPT', 9], ['SEPTEMBER', 9],
  ['OKT', 10], ['OKTOBER', 10], ['OCT', 10], ['OCTOBER', 10],
  ['NOP', 11], ['NOV', 11], ['NOPEMBER', 11], ['NOVEMBER', 11],
  ['DES', 12], ['DESEMBER', 12], ['DEC', 12], ['DECEMBER', 12],
]);

const WEEKDAYS: ReadonlySet<string> = new Set([
  'SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT', 'JUMUAH', 'SABTU', 'MINGGU', 'AHAD',
  'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY',
  'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN',
]);

/** A time after the date: " 00:00:00", "T08:30:00.000Z", " 0:00 AM", " 07.00 WIB"… */
const TRAILING_TIME = /(?:T|\s+)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:AM|PM|WIB|WITA|WIT)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/;
const TOKEN = /\d+|[A-Z]+/g;
const APOSTROPHES = /['\u2018\u2019`]/g;

function parseDateText(raw: string, pivot: number): DateParse {
  const text = raw.trim();
  const fixed = fixedWidthDate(text, pivot);
  if (fixed !== null) return fixed;
  const serial = fromSerialText(text);
  if (serial !== null) return serial;
  if (text === '' || isPlaceholderText(text)) return EMPTY;
  if (text.length > 60) return invalid('date.unrecognized', { text: text.slice(0, 60) });
  // Apostrophes vanish rather than split a word: "Jum'at" is JUMAT.
  const upper = (hasNonAscii(text) ? text.normalize('NFKC') : text).toUpperCase().replace(TRAILING_TIME, '').replace(APOSTROPHES, '');

  const tokens: readonly string[] = upper.match(TOKEN) ?? [];
  let words = tokens;
  if (words.length > 0 && WEEKDAYS.has(words[0] as string)) words = words.slice(1);

  if (words.length === 1 && /^\d{8}$/.test(words[0] as string)) return compactDigits(words[0] as string, text);
  if (words.length !== 3) return invalid('date.unrecognized', { text });
  const [a, b, c] = words as [string, string, string];

  const aNum = isDigits(a);
  const bNum = isDigits(b);
  const cNum = isDigits(c);
  if (aNum && bNum && cNum) {
    if (a.length === 4) return build(Number(c), Number(b), Number(a), text, pivot, a.length, false);
    if (c.length === 4 || c.length === 2) return build(Number(a), Number(b), Number(c), text, pivot, c.length, true);
    return invalid('date.unrecognized', { text });
  }
  // Day, month name, year: "12 Mei 1988", "12-Agu-88".
  if (aNum && !bNum && cNum) {
    const m = MONTHS.get(b);
    if (m === undefined) return invalid('date.unrecognized', { text });
    return build(Number(a), m, Number(c), text, pivot, c.length, false);
  }
  // Month name, day, year: "Agustus 12, 1988", "Aug 12 1988" — unambiguous because the month is a word.
  if (!aNum && bNum && cNum) {
    const m = MONTHS.get(a);
    if (m === undefined) return invalid('date.unrecognized', { text });
    return build(Number(b), m, Number(c), text, pivot, c.length, false);
  }
  return invalid('date.unrecognized', { text });
}

/**
 * dd-mm-yyyy and yyyy-mm-dd (separators '-', '/' or '.'), the forms nearly every export uses, read
 * without the tokenizing below: the same result (a property test compares them), a fraction of the
 * cost for a million rows. null for anything else.
 */
function fixedWidthDate(text: string, pivot: number): DateParse | null {
  if (text.length !== 10) return null;
  if (isDateSeparator(text, 2) && isDateSeparator(text, 5)) {
    const day = twoDigits(text, 0);
    const month = twoDigits(text, 3);
    const year = fourDigits(text, 6);
    return day < 0 || month < 0 || year < 0 ? null : build(day, month, year, text, pivot, 4, true);
  }
  if (isDateSeparator(text, 4) && isDateSeparator(text, 7)) {
    const year = fourDigits(text, 0);
    const month = twoDigits(text, 5);
    const day = twoDigits(text, 8);
    return day < 0 || month < 0 || year < 0 ? null : build(day, month, year, text, pivot, 4, false);
  }
  return null;
}

function isDateSeparator(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 45 || c === 47 || c === 46;
}

/** The number written by the digits at [i, i + 2), or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function fourDigits(s: string, i: number): number {
  const hi = twoDigits(s, i);
  const lo = twoDigits(s, i + 2);
  return hi < 0 || lo < 0 ? -1 : hi * 100 + lo;
}

/** ddmmyyyy or yyyymmdd; the two readings can never both be real (see tests). */
function compactDigits(d: string, text: string): DateParse {
  const y1 = Number(d.slice(0, 4));
  const m1 = Number(d.slice(4, 6));
  const d1 = Number(d.slice(6, 8));
  if (y1 >= MIN_YEAR && y1 <= MAX_YEAR && isRealDate(y1, m1, d1)) return { kind: 'ok', date: toIsoDate(y1, m1, d1) };
  return build(Number(d.slice(0, 2)), Number(d.slice(2, 4)), Number(d.slice(4, 8)), text, 0, 4, true);
}

function build(day: number, month: number, yearIn: number, text: string, pivot: number, yearDigits: number, numericMonth: boolean): DateParse {
  if (yearDigits !== 2 && yearDigits !== 4) return invalid('date.unrecognized', { text });
  const year = yearDigits === 2 ? expandTwoDigitYear(yearIn, pivot) : yearIn;
  if (year < MIN_YEAR || year > MAX_YEAR) return invalid('date.year_out_of_range', { text, year, min: MIN_YEAR, max: MAX_YEAR });
  if (isRealDate(year, month, day)) return { kind: 'ok', date: toIsoDate(year, month, day) };
  // Only month-first explains it (12/25/1990): say so rather than swap.
  if (numericMonth && month > 12 && day >= 1 && day <= 12 && isRealDate(year, day, month)) return invalid('date.month_first', { text });
  return invalid('date.no_such_date', { text, day, month, year });
}

function isDigits(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function invalid(code: DateMessageCode, params?: Record<string, string | number>): DateParse {
  return { kind: 'invalid', reason: msg(code, params) };
}
