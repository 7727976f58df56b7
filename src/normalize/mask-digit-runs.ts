import { maskNik } from './mask-nik.js';

/**
 * Masks every run of 12 or more digits (a NIK, NIP or KPJ-like number) in free text, for messages
 * and logs: error messages never print a full NIK unless --debug (UU 27/2022; DOMAIN.md §6).
 */
export function maskDigitRuns(text: string): string {
  return text.replace(/\d{12,}/g, (digits) => maskNik(digits));
}
