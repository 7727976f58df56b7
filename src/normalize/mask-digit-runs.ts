import { maskNik } from './mask-nik.js';

/**
 * Masks every run of 12 or more digits (a NIK, NIP or KPJ-like number) in free text, for messages
 * and logs: error messages never print a full NIK unless --debug (UU 27/2022; DOMAIN.md §6).
 */
export function maskDigitRuns(text: string): string {
  return maskGroupedNiks(text.replace(/\d{12,}/g, (digits) => maskNik(digits)));
}

/**
 * A NIK typed in groups, as officers do ("3671 0145 0190 0001", "3671.0145.0190.0001",
 * "367101-450190-0001"), is as personal as one typed whole. No amount of money is grouped by four or
 * six digits (Rp 1.250.000), nor a date or a phone number into sixteen digits.
 */
const GROUPED_NIK = /(?<!\d)(?:\d{4}([ .-])\d{4}\1\d{4}\1\d{4}|\d{6}([ .-])\d{6}\2\d{4})(?!\d)/g;

/**
 * A NIK typed in groups with a digit too many or too few ("3671 0145 0190 00012", "3671 0145 0190 001"),
 * which is what a wrong-length message quotes: 3–6 groups of 2–6 digits, one separator, 13–19 digits in
 * all. Amounts grouped by thousands ("1.250.000.000.000") are left as they are.
 */
const MISTYPED_GROUPED_NIK = /(?<!\d)\d{2,6}([ .-])\d{2,6}(?:\1\d{2,6}){1,4}(?!\d)/g;
const THOUSANDS = /^\d{1,3}(?:[ .]\d{3})+$/;

/** Masks NIKs typed in groups (see GROUPED_NIK, MISTYPED_GROUPED_NIK) as `maskNik` masks a whole one: "3671********0001". */
export function maskGroupedNiks(text: string): string {
  return text
    .replace(GROUPED_NIK, (grouped) => maskNik(grouped.replace(/\D/g, '')))
    .replace(MISTYPED_GROUPED_NIK, (grouped) => {
      const digits = grouped.replace(/\D/g, '');
      return digits.length < 13 || digits.length > 19 || THOUSANDS.test(grouped) ? grouped : maskNik(digits);
    });
}
