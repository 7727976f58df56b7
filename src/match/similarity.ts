import { distance } from 'fastest-levenshtein';

/**
 * String similarity measures used by the comparisons. Names are compared per token
 * (DOMAIN.md §4.2: name order is free), so these work on single tokens or digit strings.
 */

/** Levenshtein edit distance (insertions, deletions, substitutions). */
export function levenshtein(a: string, b: string): number {
  return distance(a, b);
}

/**
 * Number of positions at which two equally long strings differ, stopping once `limit`
 * is exceeded (returns limit + 1). Different lengths return limit + 1.
 */
export function hammingWithin(a: string, b: string, limit: number): number {
  if (a.length !== b.length) return limit + 1;
  let d = 0;
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i) && ++d > limit) return d;
  }
  return d;
}

/** 0-based index of the first differing position from `from` on, or -1 when equal up to the shorter length. */
export function firstDifference(a: string, b: string, from = 0): number {
  const n = Math.min(a.length, b.length);
  for (let i = from; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return i;
  return -1;
}

/**
 * 0-based index `i` when `b` equals `a` with the characters at i and i+1 swapped (and they differ);
 * -1 otherwise. A swapped pair of adjacent digits is the second most common typing error.
 */
export function adjacentTransposition(a: string, b: string): number {
  if (a.length !== b.length) return -1;
  const i = firstDifference(a, b);
  if (i < 0 || i + 1 >= a.length) return -1;
  if (a.charCodeAt(i) !== b.charCodeAt(i + 1) || a.charCodeAt(i + 1) !== b.charCodeAt(i)) return -1;
  for (let j = i + 2; j < a.length; j++) if (a.charCodeAt(j) !== b.charCodeAt(j)) return -1;
  return i;
}

/**
 * Jaro-Winkler similarity in [0, 1] (Winkler 1990; prefix scale 0.1, prefix up to 4),
 * as recommended for given names by Christen (ANU TR-CS-06-02).
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const matchedA = new Uint8Array(la);
  const matchedB = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (matchedB[j] === 0 && a.charCodeAt(i) === b.charCodeAt(j)) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (matchedA[i] === 0) continue;
    while (matchedB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * True when two name tokens are the same word with one typing error: edit distance 1 or two adjacent
 * letters swapped for tokens of 4+ letters, a dropped or added letter in 3-letter tokens (ENA/ERNA), or distance 2 for long
 * tokens (8+) that are still very similar. A changed letter in a short token (ADI/EDI, ANI/ANA)
 * makes a different name too often to be forgiven.
 */
export function isTokenTypo(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  const lengthGap = Math.abs(a.length - b.length);
  if (shorter < 3 || lengthGap > 2 || (shorter === 3 && lengthGap !== 1)) return false;
  const d = levenshtein(a, b);
  if (d <= 1) return true;
  // Two adjacent letters swapped is one typing error (GUNAWNA / GUNAWAN), not two.
  if (d === 2 && shorter >= 4 && lengthGap === 0 && adjacentTransposition(a, b) >= 0) return true;
  return d === 2 && shorter >= 8 && jaroWinkler(a, b) >= 0.93;
}

/**
 * Two tokens that may be one name spelt two ways: one typing error (isTokenTypo), or two letters apart
 * after the same first letter in words of six letters or more (SAEPUDIN / SAIFUDIN: regional spellings
 * of one name). Not evidence enough to call two names close, but more than two different names.
 */
export function isSpellingVariant(a: string, b: string): boolean {
  return isTokenTypo(a, b) || (Math.min(a.length, b.length) >= 6 && a[0] === b[0] && levenshtein(a, b) <= 2);
}
