import type { PersonRecord } from '../normalize/person-record.js';
import { nameKeyString } from '../normalize/name.js';

/**
 * Who a record is, in a form that survives next month's files: the valid NIK, else the name's
 * comparison key plus the birth date. Row numbers shift every month, so human review decisions are
 * keyed by this, never by rows (issue: "decisions are keyed by the people").
 * Null when neither is available (no valid NIK and no birth date): such a record cannot carry a decision.
 */
export function personKey(r: Pick<PersonRecord, 'nik' | 'name' | 'birthDate'>): string | null {
  return personKeys(r)[0] ?? null;
}

/**
 * Every key a record can be known by: its NIK key and its name + birth-date key. A decision made
 * while a worker had no NIK (keyed by name + birth date) still finds them the month the NIK is filled in.
 */
export function personKeys(r: Pick<PersonRecord, 'nik' | 'name' | 'birthDate'>): string[] {
  const keys: string[] = [];
  if (r.nik.status === 'valid' && r.nik.nik !== null) keys.push(`nik:${r.nik.nik}`);
  const name = nameKeyString(r.name);
  if (name !== '' && r.birthDate !== null) keys.push(`name:${name}|${r.birthDate}`);
  return keys;
}
