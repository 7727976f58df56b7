/**
 * Blocking keys as two 32-bit hashes instead of strings: the roster index holds ~10 keys per row,
 * and a million rows of string keys would cost hundreds of MB. `h1` picks the bucket and `h2` is a
 * fingerprint that filters other keys sharing the bucket. A collision of both only adds a candidate
 * pair, which scoring then rejects, so hashing never loses a true pair.
 */

const M1 = 0xcc9e2d51;
const M2 = 0x1b873593;

/** Seeds of the two hash lanes. */
export const LANE1 = 0x9747b28c;
export const LANE2 = 0x5bd1e995;

/** Starts a hash for a key of the given kind (each blocking rule has its own kind). */
export function hashStart(seed: number, kind: number): number {
  return mixInt(seed, kind);
}

/** Mixes a 32-bit integer into a hash (MurmurHash3 round). */
export function mixInt(h: number, v: number): number {
  let k = Math.imul(v | 0, M1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, M2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Mixes a string's UTF-16 code units into a hash, followed by its length (so "AB"+"C" ≠ "A"+"BC"). */
export function mixString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = mixInt(h, s.charCodeAt(i));
  return mixInt(h, s.length);
}

/** Final avalanche (MurmurHash3 fmix32). */
export function hashFinish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Hash of the first `len` characters of `s` (no substring is built). */
export function hashPrefixKey(seed: number, kind: number, s: string, len: number): number {
  let h = hashStart(seed, kind);
  for (let i = 0; i < len && i < s.length; i++) h = mixInt(h, s.charCodeAt(i));
  return hashFinish(mixInt(h, Math.min(len, s.length)));
}

/** Hash of a string key of some kind, in one lane. */
export function hashStringKey(seed: number, kind: number, s: string): number {
  return hashFinish(mixString(hashStart(seed, kind), s));
}

/**
 * Both lanes of the hash of the digits outside the window [skip, skip + len) (near-NIK blocking),
 * in one pass; passed to `emit` as (h1, h2). The digits are read as numbers of up to 8 digits, so a
 * 12-digit key costs two hash rounds per lane instead of twelve (the roster has seven keys per NIK).
 * Chunk boundaries follow from the count of digits, which is mixed in last.
 */
export function emitDigitsOutside(kind: number, digits: string, skip: number, len: number, emit: (h1: number, h2: number) => void): void {
  let h1 = hashStart(LANE1, kind);
  let h2 = hashStart(LANE2, kind);
  let chunk = 0;
  let count = 0;
  for (let i = 0; i < digits.length; i++) {
    if (i >= skip && i < skip + len) continue;
    chunk = chunk * 10 + (digits.charCodeAt(i) - 48);
    if (++count % 8 === 0) {
      h1 = mixInt(h1, chunk);
      h2 = mixInt(h2, chunk);
      chunk = 0;
    }
  }
  if (count % 8 !== 0) {
    h1 = mixInt(h1, chunk);
    h2 = mixInt(h2, chunk);
  }
  emit(hashFinish(mixInt(h1, count)), hashFinish(mixInt(h2, count)));
}
