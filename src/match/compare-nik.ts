import { NIK_REGION_DIGITS } from '../normalize/nik-layout.js';
import { NIK_REASON_REPEATED_DIGIT } from '../normalize/nik.js';
import type { ParsedNik } from '../normalize/parsed-nik.js';
import type { NikLevel } from './comparison-level.js';
import { adjacentTransposition, firstDifference, hammingWithin } from './similarity.js';

export interface NikComparison {
  readonly level: NikLevel;
  /** 1-based position of the differing digit (substitution) or of the first swapped digit; 0 otherwise. */
  readonly position: number;
  /** 1-based position of the second differing digit (two_substitutions); 0 otherwise. */
  readonly second?: number;
  /** Set on an exact NIK that software reading it as a number could have made from a neighbour's (DOMAIN.md §1.5). */
  readonly mayBeRounded?: true;
}

const MISSING: NikComparison = { level: 'missing', position: 0 };
const EXACT: NikComparison = { level: 'exact', position: 0 };
const EXACT_MAY_BE_ROUNDED: NikComparison = { level: 'exact', position: 0, mayBeRounded: true };
const FAR: NikComparison = { level: 'far', position: 0 };
const UNUSABLE: NikComparison = { level: 'unusable', position: 0 };
const PREFIX: NikComparison = { level: 'damaged_prefix', position: 0 };
// Rounding moves the value by one, in the serial number (positions 13–16).
const ROUNDED: NikComparison = { level: 'rounded', position: 16 };

/**
 * Digits usable for comparison: a valid NIK, or 16 digits that fail a hard check (an invalid month
 * is often a typo of a real NIK), or null when there is nothing NIK-like (missing, NIP, junk).
 */
export function comparableDigits(n: ParsedNik): string | null {
  if (n.status === 'valid') return n.nik;
  // 0000000000000000 is how a roster writes "no NIK": not a typo of anyone's NIK.
  if (n.status === 'invalid' && n.digits.length === 16 && n.reason?.code !== NIK_REASON_REPEATED_DIGIT) return n.digits;
  return null;
}

/**
 * The trusted leading digits of an Excel-damaged NIK (DOMAIN.md §5), if enough survive to identify a
 * person; or the 15 digits of a NIK that lost one (cut short when typed or copied).
 */
export function damagedPrefix(n: ParsedNik): string | null {
  if (n.status === 'invalid' && n.digits.length === 15) return n.digits;
  if (n.status !== 'excel_damaged') return null;
  const p = n.trustedPrefix;
  return p !== null && p.length >= 14 && p.length < 16 ? p : null;
}

/**
 * The trusted digits of an Excel-damaged NIK too short to identify a person (fewer than
 * `damagedPrefix` needs), but at least the whole region code: enough to tell two regions apart.
 */
export function shortPrefix(n: ParsedNik): string | null {
  if (n.status !== 'excel_damaged') return null;
  const p = n.trustedPrefix;
  return p !== null && p.length >= NIK_REGION_DIGITS && p.length < 14 ? p : null;
}

/**
 * True when the digits Excel kept of a NIK start `full`. Scientific notation rounds the last digit it
 * shows (7371016… as 7.37102E+15), so that one may be one more than the NIK's.
 */
export function excelPrefixAgrees(prefix: string, full: string): boolean {
  const head = full.slice(0, prefix.length);
  if (prefix === head) return true;
  if (prefix.length >= full.length || full.charCodeAt(prefix.length) - 48 < 5) return false;
  return prefix === String(BigInt(head) + 1n).padStart(head.length, '0');
}

/**
 * Compares a roster NIK with a BPJS NIK. Levels: exact → damaged_prefix (one side lost its last
 * digit(s) in Excel and the rest agrees) → rounded (one side is the other read as a number and rounded,
 * DOMAIN.md §1.5) → one_substitution → transposition → two_substitutions → far; `unusable` when
 * a damaged NIK disagrees in its trusted digits (weak counter-evidence, also when Excel kept only a
 * few of them); `missing` when either side has no NIK-like value.
 */
export function compareNik(a: ParsedNik, b: ParsedNik): NikComparison {
  const da = comparableDigits(a);
  const db = comparableDigits(b);
  if (da !== null && db !== null) return compareDigits(da, db);
  const pa = damagedPrefix(a);
  const pb = damagedPrefix(b);
  if (pa !== null && db !== null) return excelPrefixAgrees(pa, db) ? PREFIX : UNUSABLE;
  if (pb !== null && da !== null) return excelPrefixAgrees(pb, da) ? PREFIX : UNUSABLE;
  if (pa !== null && pb !== null) {
    const n = Math.min(pa.length, pb.length);
    return pa.slice(0, n) === pb.slice(0, n) ? PREFIX : UNUSABLE;
  }
  // A few digits kept: no evidence that it is the person, but another region says it is not.
  const sa = shortPrefix(a);
  if (sa !== null && db !== null) return excelPrefixAgrees(sa, db) ? MISSING : UNUSABLE;
  const sb = shortPrefix(b);
  if (sb !== null && da !== null) return excelPrefixAgrees(sb, da) ? MISSING : UNUSABLE;
  return MISSING;
}

/** Two 16-digit strings. */
export function compareDigits(a: string, b: string): NikComparison {
  if (a === b) return mayBeRounded(a) ? EXACT_MAY_BE_ROUNDED : EXACT;
  // …0039 read as a number is …0040, …0041 too: said as what it may be, whether one digit differs or a
  // carry changed more (it weighs what a typo in the serial does).
  if (roundedApart(a, b)) return ROUNDED;
  const h = hammingWithin(a, b, 2);
  if (h === 1) return { level: 'one_substitution', position: firstDifference(a, b) + 1 };
  if (h === 2) {
    const t = adjacentTransposition(a, b);
    if (t >= 0) return { level: 'transposition', position: t + 1 };
    const first = firstDifference(a, b);
    return { level: 'two_substitutions', position: first + 1, second: firstDifference(a, b, first + 1) + 1 };
  }
  return FAR;
}

/** 2^53: above it a double holds only even integers, so an odd NIK read as a number comes out even. */
const FIRST_UNSAFE = String(Number.MAX_SAFE_INTEGER + 1);

/**
 * True when 16 digits could be a NIK rounded by software that read it as a number: above 2^53 (the
 * Papua codes 91–96) and even. Such a value still looks valid, and may be an odd neighbour's
 * (a twin's) NIK moved by one.
 */
export function mayBeRounded(digits: string): boolean {
  return digits.length === 16 && digits >= FIRST_UNSAFE && (digits.charCodeAt(15) & 1) === 0;
}

/**
 * Two different 16-digit NIKs of which one is what a double holds for the other: the even one is
 * exact as a double, so the odd one rounded to it (it is one away, above 2^53: a Papua NIK). Two odd
 * NIKs that round to the same value are not: neither is the other's rounding.
 */
export function roundedApart(a: string, b: string): boolean {
  if (a.charCodeAt(0) !== 57 || b.charCodeAt(0) !== 57) return false;
  const evenOne = (a.charCodeAt(15) & 1) === 0 || (b.charCodeAt(15) & 1) === 0;
  return evenOne && a !== b && Number(a) === Number(b);
}
