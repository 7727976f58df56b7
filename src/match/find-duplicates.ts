import { agencyKey } from '../budget/agency-key.js';
import type { ParsedNik } from '../normalize/parsed-nik.js';
import type { Worker } from '../normalize/person-record.js';
import { decodeNik } from '../normalize/nik.js';
import { NikHalvesTable } from '../normalize/nik-halves.js';
import { nameConfirms } from './classify.js';
import { compareNames, type NameSide } from './compare-name.js';
import { compareNik, excelPrefixAgrees, shortPrefix } from './compare-nik.js';
import { NIK_REGION_DIGITS } from '../normalize/nik-layout.js';
import { hashFinish, hashStart, LANE1, mixString } from './key-hash.js';
import { nikYearsFromOwn, type PersonFeatures } from './person-features.js';
import { NO_DIGITS, type PackedNikDigits } from './packed-nik-digits.js';

/** Why a row is a duplicate; 'same_bpjs_match' is found after matching (create-matcher.ts). */
export type DuplicateKind = 'same_nik' | 'same_name_birth_date_agency' | 'same_name_birth_date' | 'same_name_birth_date_near_nik' | 'same_bpjs_match';

/** Result of duplicate detection over the rosters, indexed like the workers (in seq order). */
export interface DuplicateInfo {
  /** Index of the earlier row of the same person, or -1. Always points at a first occurrence. */
  readonly firstOf: Int32Array;
  readonly kind: readonly (DuplicateKind | null)[];
  /** For a row that shares a valid NIK with an earlier row of a different name: that row; else -1. */
  readonly sharedNikWith: Int32Array;
  /** 1 for every row whose valid NIK is also carried by a roster row of another person (either may be wrong). */
  readonly nikShared: Uint8Array;
  /**
   * 1 for a row in `sharedNikWith` whose name agrees with that row's, told apart by the birth date: the
   * NIK fits one row's birth date and is years from the other's (see `oneNikNotOwn`); either may be the copy.
   */
  readonly sharedNikByBirthDate: Uint8Array;
}

/** A name on at most this many roster rows is rare enough to tie two rows together with other evidence. */
const RARE_NAME_ROWS = 2;

/** At most this many different people per NIK are kept apart; beyond it junk data would go quadratic. */
const MAX_PEOPLE_PER_NIK = 8;

/**
 * Finds roster rows of a person who appears earlier in the rosters (e.g. listed by two agencies):
 * - the same valid NIK with names that agree (exact after normalization, initials, a dropped name, a
 *   typo); otherwise one row carries a NIK typed into the wrong row — AHMAD JAYADI with the NIK of
 *   BAMBANG JAYADI LUBIS — and the rows are marked in `sharedNikWith` / `nikShared` instead;
 * - with no valid NIK on either row: the same full name key (weak tokens included), the same birth
 *   date from the column and the same agency (`agencyKey`: case and spaces aside). Namesakes born on
 *   the same day exist (hard negatives), so the agency must agree too, and rows without a birth date
 *   are never merged;
 * - with a valid NIK on exactly one of the rows: the same full name key and birth date, in any agency,
 *   when the NIK's date confirms the birth date and the name is rare (see `corroborated`);
 * - the same full name key and birth date, in any agency, and NIKs one typo apart or one of them cut
 *   by Excel to a prefix of the other (`NEAR_NIK`).
 * Linear: one map lookup per row.
 */
export function findDuplicates(
  workers: readonly Worker[],
  names: readonly PersonFeatures[],
  nameCount: (strongKey: string) => number,
  /** The rows' comparable NIK digits, packed (every valid NIK has them). */
  nikDigits: PackedNikDigits,
): DuplicateInfo {
  const n = workers.length;
  const firstOf = new Int32Array(n).fill(-1);
  const sharedNikWith = new Int32Array(n).fill(-1);
  const nikShared = new Uint8Array(n);
  const sharedNikByBirthDate = new Uint8Array(n);
  const kind: (DuplicateKind | null)[] = new Array<DuplicateKind | null>(n).fill(null);
  // First row per NIK (by entry of `niks`); the rare NIKs carried by several different people get a
  // list in `others`. Typed arrays, not a Map of a million NIK strings.
  const niks = new NikHalvesTable();
  const firstRowOf = new Int32Array(n);
  const others = new Map<number, number[]>();
  // A person whose first row has no name is compared by the first named row that joined it: a nameless row
  // agrees with any name, and two people who plainly differ must not both join it (row order would decide).
  const namedAs = new Map<number, number>();
  // Keyed by a hash of name + date (+ agency) to avoid building a string per row; a hit is verified.
  const byNameDate = new FirstRowByKey();
  const byNameDateAnyAgency = new FirstRowByKey();
  for (let i = 0; i < n; i++) {
    const w = workers[i];
    const name = names[i];
    if (w === undefined || name === undefined) continue;
    if (w.nik.status === 'valid' && w.nik.nik !== null) {
      const hi = nikDigits.hi[i] ?? NO_DIGITS;
      const lo = nikDigits.lo[i] ?? 0;
      if (hi === NO_DIGITS) throw new Error(`findDuplicates: row ${i} has a valid NIK but no packed digits`);
      const nik = niks.find(hi, lo);
      if (nik < 0) {
        firstRowOf[niks.add(hi, lo)] = i;
        continue;
      }
      const firstRow = firstRowOf[nik] ?? 0;
      const people = others.get(nik) ?? [firstRow];
      let same = -1;
      let byBirthDate = false;
      for (const j of people) {
        const other = names[namedAs.get(j) ?? j];
        if (other === undefined || !sameNamed(other, name)) continue;
        if (oneNikNotOwn(other, name)) {
          byBirthDate ||= j === people[0];
          continue;
        }
        same = j;
        break;
      }
      if (same >= 0) {
        firstOf[i] = same;
        kind[i] = 'same_nik';
        if (name.strong.length > 0 && !namedAs.has(same) && (names[same]?.strong.length ?? 0) === 0) namedAs.set(same, i);
        continue;
      }
      sharedNikWith[i] = people[0] ?? -1;
      if (byBirthDate) sharedNikByBirthDate[i] = 1;
      nikShared[i] = 1;
      for (const j of people) nikShared[j] = 1;
      if (people.length < MAX_PEOPLE_PER_NIK) people.push(i);
      others.set(nik, people);
    }
  }
  // Second pass, rows without a valid NIK against all earlier rows.
  for (let i = 0; i < n; i++) {
    const w = workers[i];
    const name = names[i];
    if (w === undefined || name === undefined || (firstOf[i] ?? -1) >= 0 || name.fullKey === '' || w.birthDate === null) continue;
    const hasNik = w.nik.status === 'valid';
    const anyKey = nameDateHash(name.fullKey, w.birthDate);
    const birthDate = w.birthDate;
    const earlier = byNameDateAnyAgency.first(
      anyKey,
      i,
      (j) => sameNameDate(names[j], workers[j], name, w),
      () => `${name.fullKey}\u0000${birthDate}`,
    );
    // The agency as budgets and summaries group it; asked only for rows without a valid NIK.
    const inAgency = (): number | undefined => {
      const agency = agencyKey(w.agency);
      return byNameDate.first(
        hashFinish(mixString(anyKey, agency)),
        i,
        (j) => sameNameDate(names[j], workers[j], name, w) && agencyKey(workers[j]?.agency ?? '') === agency,
        () => `${name.fullKey}\u0000${birthDate}\u0000${agency}`,
      );
    };
    // The same person listed twice with one NIK mistyped, zeroed or cut by Excel in one copy.
    const e = earlier !== undefined ? workers[earlier] : undefined;
    if (e !== undefined && earlier !== undefined && nearNik(e, w, name, nameCount)) {
      firstOf[i] = (firstOf[earlier] ?? -1) >= 0 ? (firstOf[earlier] ?? earlier) : earlier;
      kind[i] = 'same_name_birth_date_near_nik';
      // Without a valid NIK this copy also stands for its agency: a third copy there, without a NIK,
      // is the same person (the agency rule below), however common the name.
      if (!hasNik) inAgency();
      continue;
    }
    if (hasNik) {
      // An earlier NIK-less row of the same person listed by another agency (see below).
      if (earlier !== undefined && workers[earlier]?.nik.status !== 'valid' && corroborated(w, name, nameCount)) {
        firstOf[i] = (firstOf[earlier] ?? -1) >= 0 ? (firstOf[earlier] ?? earlier) : earlier;
        kind[i] = 'same_name_birth_date';
      }
      continue;
    }
    const j = inAgency();
    if (j !== undefined) {
      firstOf[i] = (firstOf[j] ?? -1) >= 0 ? (firstOf[j] ?? j) : j;
      kind[i] = 'same_name_birth_date_agency';
    } else if (earlier !== undefined && earlier !== i) {
      const e = workers[earlier];
      if (e !== undefined && e.nik.status === 'valid' && corroborated(e, name, nameCount)) {
        firstOf[i] = (firstOf[earlier] ?? -1) >= 0 ? (firstOf[earlier] ?? earlier) : earlier;
        kind[i] = 'same_name_birth_date';
      }
    }
  }
  return { firstOf, kind, sharedNikWith, nikShared, sharedNikByBirthDate };
}

/**
 * NIK levels that, with the same full name and birth date, make two rows one person: twins have
 * consecutive serials but other names, so the name and date carry the decision.
 */
const NEAR_NIK: ReadonlySet<string> = new Set(['exact', 'damaged_prefix', 'rounded', 'one_substitution', 'transposition']);

/**
 * Rows of the same full name and birth date whose NIKs are one typo apart (or one cut by Excel to the
 * other's prefix). A common name born the same day in a region whose code differs in one digit, with
 * the same serial, is someone else often enough: a difference in the region digits needs a rare name.
 */
function nearNik(a: Worker, b: Worker, name: NameSide, nameCount: (strongKey: string) => number): boolean {
  if (shortExcelPrefixAgrees(a.nik, b.nik) || shortExcelPrefixAgrees(b.nik, a.nik)) return true;
  const c = compareNik(a.nik, b.nik);
  if (!NEAR_NIK.has(c.level)) return false;
  return c.position === 0 || c.position > NIK_REGION_DIGITS || nameCount(name.strongKey) <= RARE_NAME_ROWS;
}

/**
 * A NIK Excel showed in scientific notation with fewer digits than a damaged-prefix comparison needs
 * ("7.37102E+15"), whose digits, the last one rounded, are the start of the other row's valid NIK:
 * with the same name and birth date, at least the whole region code agreeing ties the two rows.
 */
function shortExcelPrefixAgrees(damaged: ParsedNik, other: ParsedNik): boolean {
  const prefix = shortPrefix(damaged);
  return prefix !== null && other.status === 'valid' && other.nik !== null && excelPrefixAgrees(prefix, other.nik);
}

/**
 * The first row of each key, looked up by the key's 32-bit hash (no string built per row). A row whose
 * hash an earlier, different key already holds (about a hundred pairs among a million keys) is kept by
 * its key string instead: a collision must not hide every copy of that second person.
 */
class FirstRowByKey {
  private readonly byHash = new Map<number, number>();
  private readonly spilled = new Map<string, number>();

  /**
   * The earlier row with the same key as row `i`, or undefined (row `i` is then the first and is kept).
   * Asked at most once per row.
   */
  first(hash: number, i: number, sameKey: (j: number) => boolean, key: () => string): number | undefined {
    const j = this.byHash.get(hash);
    if (j === undefined) {
      this.byHash.set(hash, i);
      return undefined;
    }
    if (sameKey(j)) return j;
    const k = key();
    const s = this.spilled.get(k);
    if (s === undefined) this.spilled.set(k, i);
    return s;
  }
}

function nameDateHash(fullKey: string, birthDate: string): number {
  return hashFinish(mixString(mixString(hashStart(LANE1, 7), fullKey), birthDate));
}

function sameNameDate(aName: NameSide | undefined, a: Worker | undefined, bName: NameSide, b: Worker): boolean {
  return aName !== undefined && a !== undefined && aName.fullKey === bName.fullKey && a.birthDate === b.birthDate;
}

/**
 * Two rows with the same NIK and agreeing names are still two people when the NIK's birth date fits one
 * row's own birth date and is years from the other's (SRI RAHAYU born 2001 and SRI RAHAJOE born 1982):
 * the second copied the first's NIK, and as a duplicate it would look covered by the first's BPJS
 * registration. When the NIK fits neither or both, the rows stay one person (a birth date typed wrong).
 */
function oneNikNotOwn(a: PersonFeatures, b: PersonFeatures): boolean {
  return nikYearsFromOwn(a) !== nikYearsFromOwn(b);
}

/** Same person by name for rows sharing a NIK: names that confirm, or two strong tokens in common. */
function sameNamed(a: NameSide, b: NameSide): boolean {
  if (a.strong.length === 0 || b.strong.length === 0) return true;
  const c = compareNames(a, b);
  return nameConfirms(c.level) || (c.level === 'partial' && popcount(c.rosterExactMask) >= 2);
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v !== 0; v &= v - 1) c++;
  return c;
}

/**
 * Rows in different agencies, one with a valid NIK and one without, same full name and birth date:
 * the same person when the NIK's own date agrees with that birth date and the name is rare in the
 * rosters (at most 2 rows). Common names born the same day are the hard negatives; they stay apart.
 */
function corroborated(withNik: Worker, name: NameSide, nameCount: (strongKey: string) => number): boolean {
  const decoded = decodeNik(withNik.nik);
  return decoded !== null && decoded.birthDate === withNik.birthDate && nameCount(name.strongKey) <= RARE_NAME_ROWS;
}
