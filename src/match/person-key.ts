import { agencyKey } from '../budget/agency-key.js';
import type { PersonRecord, Worker } from '../normalize/person-record.js';
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
  if (name !== '' && r.birthDate !== null) keys.push(nameDateKey(name, r.birthDate));
  return keys;
}

function nameDateKey(nameKey: string, birthDate: string): string {
  return `name:${nameKey}|${birthDate}`;
}

/** What separates a name key from the agency that narrows it: `name:NAME|DATE|opd:AGENCY`. */
const AGENCY_MARK = '|opd:';

/**
 * A name + birth-date key narrowed to one agency (its agencyKey). Two NIK-less rows with the same
 * name and birth date in two agencies share a name key, so a decision on one would also decide the
 * other, which may be another person (an agency is not a likely place for one person to be listed
 * twice without a NIK; find-duplicates does not join them either). review.csv writes this key for
 * such rows only (see rosterReviewKey), so most keys stay as stable as the name itself.
 */
export function agencyNameKey(nameKey: string, agency: string): string {
  return `${nameKey}${AGENCY_MARK}${agencyKey(agency)}`;
}

/** Keys a decision's roster side may name this row by: personKeys plus the agency-narrowed name key. */
export function rosterPersonKeys(w: Pick<Worker, 'nik' | 'name' | 'birthDate' | 'agency'>): string[] {
  const keys = personKeys(w);
  const nameKey = keys[keys.length - 1];
  if (nameKey?.startsWith('name:') === true) keys.push(agencyNameKey(nameKey, w.agency));
  return keys;
}

/**
 * The roster key review.csv gives a row: its personKey, narrowed to its agency when that is a name key
 * that a row of another agency shares (`agenciesByNameKey`: every roster row's name key → the
 * agency keys carrying it).
 */
export function rosterReviewKey(w: Pick<Worker, 'nik' | 'name' | 'birthDate' | 'agency'>, agenciesByNameKey: ReadonlyMap<string, ReadonlySet<string>>): string | null {
  const key = personKey(w);
  if (key === null || !key.startsWith('name:')) return key;
  return (agenciesByNameKey.get(key)?.size ?? 0) > 1 ? agencyNameKey(key, w.agency) : key;
}

/**
 * For rosterReviewKey: each of the `wanted` name + birth-date keys → the agency keys of the roster rows
 * carrying it (any row, with a NIK or not: a decision names its roster side by any of a row's keys).
 * Rows born on another day are passed over without building their key (a million rows, a few wanted).
 */
export function agenciesByNameKey(
  workers: Iterable<Pick<Worker, 'name' | 'birthDate' | 'agency'>>,
  wanted: ReadonlySet<string>,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (wanted.size === 0) return out;
  const dates = new Set([...wanted].map((k) => k.slice(k.lastIndexOf('|') + 1)));
  for (const w of workers) {
    if (w.birthDate === null || !dates.has(w.birthDate)) continue;
    const name = nameKeyString(w.name);
    if (name === '') continue;
    const key = nameDateKey(name, w.birthDate);
    if (!wanted.has(key)) continue;
    const set = out.get(key);
    if (set === undefined) out.set(key, new Set([agencyKey(w.agency)]));
    else set.add(agencyKey(w.agency));
  }
  return out;
}
