/**
 * Where the parts of a 16-digit NIK stand (DOMAIN.md §1.1): region code (province, regency,
 * district: digits 1–6), birth date DDMMYY (7–12, day + 40 for women), serial number (13–16).
 */

/** Digits of the region code. */
export const NIK_REGION_DIGITS = 6;

/** 1-based position of the first serial digit: twins and siblings born the same day differ from here on. */
export const NIK_SERIAL_POSITION = 13;

/** 1-based position of the first birth-date digit (right after the region code). */
export const NIK_BIRTH_DATE_POSITION = NIK_REGION_DIGITS + 1;
