import { normalizeName } from '../normalize/name.js';

/** What identifies a person across two runs: row numbers shift between months, people do not. */
export interface PersonIdentity {
  /**
   * The NIK when it can identify (16 characters, not flagged as invalid, damaged or missing);
   * with masked NIKs it may contain `*` and then only rules people out (see `niksCompatible`).
   */
  readonly nik: string | null;
  /** Sorted name keys (old/new spellings meet, titles removed) + birth date; null without a name. */
  readonly nameBirth: string | null;
  /**
   * The sorted name keys alone, for a person whose NIK is masked: `--mask-nik` leaves the birth date out
   * beside a masked NIK (its digits 7-12 are the date), so such a person meets the other run by name among
   * people whose visible NIK digits agree. Null otherwise.
   */
  readonly maskedName: string | null;
  /**
   * Only for a row with neither (NIK and name unusable): where it is, file + sheet + row. Such a row can be
   * recognised by nothing else, and in an unchanged roster it is still there: without this it was reported
   * as a worker gone plus a new one every month.
   */
  readonly place: string | null;
}

/** Flags under which the roster NIK is not the person's NIK (src/match/match-decision.ts). */
const UNUSABLE_NIK_FLAGS: ReadonlySet<string> = new Set(['nik_invalid', 'nik_excel_damaged', 'nik_missing']);

/** The name keys alone (nameBirth without its birth date). */
function nameOf(p: PersonIdentity): string | null {
  return p.maskedName ?? (p.nameBirth === null ? null : p.nameBirth.slice(0, p.nameBirth.lastIndexOf('|')));
}

export function isMaskedNik(nik: string): boolean {
  return nik.includes('*');
}

export function personIdentity(person: {
  readonly nik: string;
  readonly name: string;
  readonly birthDate: string;
  readonly flags?: readonly string[];
  readonly at?: { readonly file: string; readonly sheet: string; readonly row: number };
}): PersonIdentity {
  const flagged = (person.flags ?? []).some((f) => UNUSABLE_NIK_FLAGS.has(f));
  // A NIK is 16 digits (DOMAIN.md §1.1); a masked one keeps its length ("3279********0301").
  const nik = !flagged && /^[\d*]{16}$/.test(person.nik) ? person.nik : null;
  const keys = normalizeName(person.name).keys;
  const name = keys.length === 0 ? null : [...keys].sort().join(' ');
  const nameBirth = name === null ? null : `${name}|${person.birthDate}`;
  const maskedName = name !== null && nik !== null && isMaskedNik(nik) && person.birthDate === '' ? name : null;
  const at = person.at;
  const place = nik === null && nameBirth === null && at !== undefined ? `${at.file}\u0000${at.sheet}\u0000${at.row}` : null;
  return { nik, nameBirth, maskedName, place };
}

/**
 * False when the two NIKs show they belong to different people: every position that both show
 * must agree (`*` is a hidden digit). A missing NIK rules nobody out.
 */
export function niksCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y && x !== '*' && y !== '*') return false;
  }
  return true;
}

/**
 * Pairs people of two runs, first by NIK (when `byNik`), then the rest by name + birth date among
 * NIK-compatible people, then rows with neither by their place. Within a key the earlier row pairs with the earlier row, so the outcome is
 * deterministic. `apart(i, j)` names pairs known to be two people, never paired. Returns pairs of indexes into `left` and `right`.
 */
export function pairPeople(left: readonly PersonIdentity[], right: readonly PersonIdentity[], byNik: boolean, apart: (i: number, j: number) => boolean = () => false): [number, number][] {
  const pairs: [number, number][] = [];
  const leftUsed = new Set<number>();
  const rightUsed = new Set<number>();
  const pass = (key: (p: PersonIdentity) => string | null, fits: (l: PersonIdentity, r: PersonIdentity) => boolean): void => {
    const waiting = new Map<string, number[]>();
    right.forEach((p, j) => {
      const k = rightUsed.has(j) ? null : key(p);
      if (k === null) return;
      const list = waiting.get(k);
      if (list === undefined) waiting.set(k, [j]);
      else list.push(j);
    });
    left.forEach((p, i) => {
      const k = leftUsed.has(i) ? null : key(p);
      if (k === null) return;
      const list = waiting.get(k);
      if (list === undefined) return;
      const at = list.findIndex((j) => !apart(i, j) && fits(p, right[j] as PersonIdentity));
      if (at < 0) return;
      const j = list[at] as number;
      list.splice(at, 1);
      leftUsed.add(i);
      rightUsed.add(j);
      pairs.push([i, j]);
    });
  };
  if (byNik) pass((p) => p.nik, () => true);
  // Two different valid NIKs are two people even with the same name and birth date (the BPJS
  // export in fixtures/monthly has two SRI MULYANI born 11-04-1987).
  pass((p) => p.nameBirth, (l, r) => (byNik ? l.nik === null || r.nik === null : niksCompatible(l.nik, r.nik)));
  // A masked NIK without its birth date (--mask-nik): by name, first with people whose visible NIK digits
  // agree, then with people without a NIK.
  if (!byNik) {
    const oneMasked = (l: PersonIdentity, r: PersonIdentity): boolean => l.maskedName !== null || r.maskedName !== null;
    pass(nameOf, (l, r) => oneMasked(l, r) && l.nik !== null && r.nik !== null && niksCompatible(l.nik, r.nik));
    pass(nameOf, (l, r) => oneMasked(l, r) && (l.nik === null || r.nik === null));
  }
  pass((p) => p.place, () => true);
  return pairs;
}
