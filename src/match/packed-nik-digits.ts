import { nikHalves } from '../normalize/nik-halves.js';

/**
 * Comparable 16-digit NIKs of the roster packed as two 8-digit integers per row, for the blocking
 * loops: a window neighbour whose NIK is far is rejected without touching its features object (a
 * cache miss on a heap of 1.5 GB). Measured at 1M × 1M the gain is small (~0.8 s of ~25 s streaming):
 * most neighbours become candidates, and scoring them touches their features anyway.
 */
export interface PackedNikDigits {
  /** Digits 1–8 of row i, or NO_DIGITS when the row has no comparable digits. */
  readonly hi: Int32Array;
  /** Digits 9–16 of row i. */
  readonly lo: Int32Array;
}

/** The row has no comparable 16 digits (features.digits16 === null). */
export const NO_DIGITS = -1;

/**
 * `comparableDigits()` (compare-nik.ts) returns 16 ASCII digits or null; anything else is a bug
 * upstream, and comparing it as "no NIK" would silently change decisions.
 */
export function packComparableDigits(digits: string): readonly [number, number] {
  const packed = nikHalves(digits);
  if (packed === null) throw new Error(`comparable NIK digits are not 16 ASCII digits (length ${digits.length})`);
  return packed;
}

/** Packs `digitsOf(i)` (comparable digits or null) for rows 0..n-1. */
export function packRosterDigits(n: number, digitsOf: (i: number) => string | null): PackedNikDigits {
  const hi = new Int32Array(n).fill(NO_DIGITS);
  const lo = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const d = digitsOf(i);
    if (d === null) continue;
    const [h, l] = packComparableDigits(d);
    hi[i] = h;
    lo[i] = l;
  }
  return { hi, lo };
}

/**
 * Same answer as `compareDigits(a, b).level` being exact, rounded, one_substitution or transposition for the two 16-digit
 * strings packed as (aHi, aLo) and (bHi, bLo): equal, one digit substituted, two adjacent digits swapped, or one the
 * other read as a number and rounded.
 */
export function packedDigitsNear(aHi: number, aLo: number, bHi: number, bLo: number): boolean {
  return typoApart(aHi, aLo, bHi, bLo) || packedRoundedApart(aHi, aLo, bHi, bLo);
}

/** 2^53 packed: above it a double holds only even integers (DOMAIN.md §1.5). */
const UNSAFE_HI = 90071992;
const UNSAFE_LO = 54740992;

/**
 * `roundedApart` (compare-nik.ts) on packed digits: the values are one apart, the odd one is above
 * 2^53, and the even one is what rounding to even gives (a multiple of 4, since 1e8 is one too).
 */
function packedRoundedApart(aHi: number, aLo: number, bHi: number, bLo: number): boolean {
  const diff = (aHi - bHi) * 1e8 + (aLo - bLo);
  if (diff !== 1 && diff !== -1) return false;
  const aOdd = (aLo & 1) === 1;
  const oddHi = aOdd ? aHi : bHi;
  const oddLo = aOdd ? aLo : bLo;
  const evenLo = aOdd ? bLo : aLo;
  return evenLo % 4 === 0 && (oddHi > UNSAFE_HI || (oddHi === UNSAFE_HI && oddLo > UNSAFE_LO));
}

/** Equal, one digit substituted, or two adjacent digits swapped. */
function typoApart(aHi: number, aLo: number, bHi: number, bLo: number): boolean {
  if (aHi === bHi) return aLo === bLo || halfNear(aLo, bLo);
  if (aLo === bLo) return halfNear(aHi, bHi);
  // Both halves differ: only a swap of digits 8 and 9 (the last of hi, the first of lo) qualifies.
  const aLast = aHi % 10;
  const bLast = bHi % 10;
  const aFirst = Math.floor(aLo / 1e7);
  const bFirst = Math.floor(bLo / 1e7);
  return (
    aLast === bFirst &&
    aFirst === bLast &&
    aLast !== aFirst &&
    aHi - aLast === bHi - bLast &&
    aLo - aFirst * 1e7 === bLo - bFirst * 1e7
  );
}

/** Two different 8-digit values: one digit substituted, or two adjacent digits swapped. */
function halfNear(a: number, b: number): boolean {
  let diffs = 0;
  // Digits compared from the least significant; p0/p1 are the positions of the first two differences.
  let p0 = -1;
  let p1 = -1;
  let da0 = 0;
  let db0 = 0;
  let da1 = 0;
  let db1 = 0;
  for (let p = 0; p < 8; p++) {
    const da = a % 10;
    const db = b % 10;
    a = (a - da) / 10;
    b = (b - db) / 10;
    if (da === db) continue;
    diffs++;
    if (diffs > 2) return false;
    if (diffs === 1) {
      p0 = p;
      da0 = da;
      db0 = db;
    } else {
      p1 = p;
      da1 = da;
      db1 = db;
    }
  }
  if (diffs === 1) return true;
  return p1 === p0 + 1 && da0 === db1 && da1 === db0;
}
