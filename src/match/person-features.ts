import type { ParsedNik, Sex } from '../normalize/parsed-nik.js';
import type { PersonRecord } from '../normalize/person-record.js';
import { nikBirthDateNumber, nikSex } from '../normalize/nik.js';
import { NIK_REGION_DIGITS } from '../normalize/nik-layout.js';
import { comparableDigits } from './compare-nik.js';
import { prepareNameSide, type NameSide } from './compare-name.js';
import { farApart, packDate, type PackedDate } from './compare-birth-date.js';

/**
 * What the blocking rules and comparisons read from one record, computed once per record. The
 * roster-only `nikShared` is filled in place by create-matcher.ts once the whole roster is known (no
 * copy of a million objects); the roster's frequency penalties are kept apart (score-pair.ts,
 * RosterPenalties). The name's comparison fields are the features' own (a PersonFeatures is a
 * NameSide): one object per roster row instead of two, 32 bytes less a row.
 */
export interface PersonFeatures extends NameSide {
  /** 16 comparable NIK digits (valid, or invalid but 16 digits long), else null. */
  readonly digits16: string | null;
  /**
   * A string whose first 15 characters are trusted NIK digits (valid NIK, Excel-damaged, or a NIK typed
   * with 15 digits: its last one lost, as compare-nik's damagedPrefix reads it), else null.
   */
  readonly prefix15: string | null;
  /** Birth date from the birth-date column, 0 if none. */
  readonly birthDate: PackedDate;
  /** Birth date encoded in the NIK (weak evidence, DOMAIN.md §1.1), 0 if none. */
  readonly nikBirthDate: PackedDate;
  readonly sex: Sex | null;
  /** True when `sex` comes from the NIK (day + 40) rather than a sex column. */
  readonly sexFromNik: boolean;
  /** Province+regency+district of first NIK issue (6 digits) as a number, 0 if unknown. */
  readonly region: number;
  readonly kpj: string | null;
  /**
   * Roster only: the same valid NIK is on another roster row with an unrelated name, so one of them
   * carries a NIK typed into the wrong row. A different BPJS NIK then says nothing about this row.
   */
  nikShared: boolean;
}

export function personFeatures(r: PersonRecord): PersonFeatures {
  const digits16 = comparableDigits(r.nik);
  // An Excel-damaged NIK lost only its last digit(s): its date and sex digits (7–12) are intact.
  const sex = r.sex ?? nikSex(r.nik);
  const regionSource = digits16 ?? trustedDigits(r.nik);
  const name = prepareNameSide(r.name);
  return {
    strong: name.strong,
    strongTokens: name.strongTokens,
    strongKey: name.strongKey,
    fullKey: name.fullKey,
    source: r.name,
    digits16,
    prefix15: prefix15(r.nik),
    birthDate: packDate(r.birthDate),
    nikBirthDate: nikBirthDateNumber(r.nik),
    sex,
    sexFromNik: r.sex === null && sex !== null,
    region: regionSource !== null ? regionNumber(regionSource) : 0,
    kpj: r.kpj !== null && r.kpj !== '' ? r.kpj : null,
    nikShared: false,
  };
}

/**
 * The digits of an Excel-damaged NIK that give its region. Scientific notation rounds the last digit it
 * shows (9471015… as 9.47102E+15), so with only 6 kept the sixth may be wrong: the region is then unknown.
 */
function trustedDigits(n: ParsedNik): string | null {
  if (n.status !== 'excel_damaged' || n.trustedPrefix === null) return null;
  return n.trustedPrefix.length > NIK_REGION_DIGITS ? n.trustedPrefix : null;
}

/** No substring is kept per record (a million rows): blocking hashes the first 15 characters. */
function prefix15(n: ParsedNik): string | null {
  if (n.status === 'valid' && n.nik !== null) return n.nik;
  // Blocked as scoring reads it (damagedPrefix): without this, such a row was found only by name and
  // birth date, i.e. not at all once a namesake or the birth date's typo stood in the way.
  if (n.status === 'invalid' && n.digits.length === 15) return n.digits;
  if (n.status === 'excel_damaged' && n.trustedPrefix !== null && n.trustedPrefix.length >= 15) return n.trustedPrefix;
  return null;
}

/** The first six digits as a number (a small integer, no string per record); 0 when there are fewer. */
function regionNumber(digits: string): number {
  if (digits.length < 6) return 0;
  let v = 0;
  for (let i = 0; i < 6; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return 0;
    v = v * 10 + d;
  }
  return v;
}

/** The birth date used for comparisons and blocking: the column, else the NIK's. */
export function bestBirthDate(f: PersonFeatures): PackedDate {
  return f.birthDate !== 0 ? f.birthDate : f.nikBirthDate;
}

/**
 * The birth date the NIK encodes is years from the record's own (not a typo of it): the NIK is most
 * likely another person's, copied (see `farApart`; stricter than score-pair's `nikNotOwn`).
 */
export function nikYearsFromOwn(f: PersonFeatures): boolean {
  return farApart(f.birthDate, f.nikBirthDate);
}
