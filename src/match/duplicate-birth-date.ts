import { formatProvenance } from '../io/provenance.js';
import { msg, type Message } from '../i18n/message.js';
import { decodeNik } from '../normalize/nik.js';
import type { Worker } from '../normalize/person-record.js';

/**
 * Why a duplicate row's birth date is not its kept row's, or null when they agree (or one is missing).
 *
 * Rows with the same NIK and name whose birth dates are not `farApart` (a day, a swap, one digit, or
 * another year on the same day and month) are one person with a mistyped date (find-duplicates.ts): two
 * people sharing a name, a NIK and a birthday are far rarer than a wrong year. That is a guess, so the row
 * says it, and, when both carry one NIK, which row's date the NIK encodes: if they are two people after
 * all, the other row carries a copied NIK. Before, the reason said only "same NIK".
 */
export function duplicateBirthDateReason(dup: Worker, kept: Worker): Message | null {
  if (dup.birthDate === null || kept.birthDate === null || dup.birthDate === kept.birthDate) return null;
  const params = { date: dup.birthDate, kept_date: kept.birthDate, ref: formatProvenance(kept) };
  const shared = dup.nik.status === 'valid' && dup.nik.nik !== null && dup.nik.nik === kept.nik.nik;
  const nikDate = shared ? (decodeNik(dup.nik)?.birthDate ?? null) : null;
  if (nikDate === kept.birthDate) return msg('match.reason.duplicate_dob_differs_nik_kept', params);
  if (nikDate === dup.birthDate) return msg('match.reason.duplicate_dob_differs_nik_own', params);
  return msg('match.reason.duplicate_dob_differs', params);
}
