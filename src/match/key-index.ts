/**
 * A multimap from a hashed blocking key (h1, h2) to roster row numbers, laid out flat
 * (compressed sparse rows over hash buckets): two Int32Arrays and the bucket offsets, no per-key
 * objects. The size of a bucket is known in O(1), so an over-size block is skipped without
 * walking it — a roster of a million namesakes cannot make matching quadratic.
 */
export interface KeyIndex {
  /**
   * Writes the rows stored under (h1, h2) to out[0], out[1], … and returns how many (entries of
   * `out` past them are left as they were: the caller reuses one array, which `out.length = 0`
   * would make V8 reallocate on every look-up). Returns -1 without touching `out` when the key's
   * bucket holds more than `cap` entries.
   */
  find(h1: number, h2: number, cap: number, out: number[]): number;
  readonly entries: number;
}

/** Collects (h1, h2, row) entries, then freezes them into a KeyIndex. */
export interface KeyIndexBuilder {
  add(h1: number, h2: number, row: number): void;
  /** Freezes the entries whose row `keep` accepts (all when omitted); the builder is empty afterwards. */
  build(keep?: (row: number) => boolean): KeyIndex;
}

/**
 * Entries per chunk (three Int32Arrays of this length). Entries are added while the roster is still
 * being read, so their number is not known up front; fixed-size chunks grow without copying, and
 * without the large reallocations that V8 answers with full garbage collections of a large heap.
 * 32 MiB per array: glibc maps allocations that large on their own and unmaps them when freed (pages
 * never written cost no memory). Smaller ones come from its heap, which keeps freed blocks: with
 * chunks of 256 KiB, that heap grew to 254 MB during a 1M × 1M run and never shrank.
 */
const CHUNK = 1 << 23;

/** `chunk`: entries per storage chunk (tests use small ones to cross chunk boundaries). */
export function createKeyIndexBuilder(chunk: number = CHUNK): KeyIndexBuilder {
  const chunks: { h1: Int32Array; h2: Int32Array; rows: Int32Array }[] = [];
  let n = 0;
  return {
    add(h1, h2, row) {
      const at = n % chunk;
      if (at === 0) chunks.push({ h1: new Int32Array(chunk), h2: new Int32Array(chunk), rows: new Int32Array(chunk) });
      const c = chunks[chunks.length - 1]!;
      c.h1[at] = h1;
      c.h2[at] = h2;
      c.rows[at] = row;
      n++;
    },
    build(keep) {
      const size = (k: number): number => (k === chunks.length - 1 ? n - k * chunk : chunk);
      let kept = 0;
      for (let k = 0; k < chunks.length; k++) {
        const c = chunks[k]!;
        for (let i = 0, m = size(k); i < m; i++) if (keep === undefined || keep(c.rows[i]!)) kept++;
      }
      // Load factor ≤ 1: about one unrelated entry per bucket at worst, filtered by the fingerprint.
      let buckets = 16;
      while (buckets < kept) buckets *= 2;
      const mask = buckets - 1;
      // Counting sort by bucket in one offsets array: after the prefix sums, start[b + 1] is the end of
      // bucket b; placing the entries from last to first moves it back to the bucket's beginning, so the
      // array ends up holding bucket b at [start[b + 1], start[b + 2]) — no second offsets array.
      const start = new Int32Array(buckets + 2);
      for (let k = 0; k < chunks.length; k++) {
        const c = chunks[k]!;
        for (let i = 0, m = size(k); i < m; i++) if (keep === undefined || keep(c.rows[i]!)) start[(c.h1[i]! & mask) + 1]!++;
      }
      for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
      start[buckets + 1] = kept;
      // Fingerprint and row side by side (one cache line per entry, in building and in look-ups).
      const entries = new Int32Array(2 * kept);
      // Entries keep insertion order inside a bucket (roster order), so lookups are deterministic.
      for (let k = chunks.length - 1; k >= 0; k--) {
        const c = chunks[k]!;
        for (let i = size(k) - 1; i >= 0; i--) {
          const row = c.rows[i]!;
          if (keep !== undefined && !keep(row)) continue;
          const at = 2 * --start[(c.h1[i]! & mask) + 1]!;
          entries[at] = c.h2[i]!;
          entries[at + 1] = row;
        }
      }
      chunks.length = 0;
      n = 0;
      return frozen(start, entries, mask, kept);
    },
  };
}

/** `start` as left by build(): bucket b holds entries [start[b + 1], start[b + 2]); entry i is (fingerprint, row) at 2i, 2i + 1. */
function frozen(start: Int32Array, data: Int32Array, mask: number, entries: number): KeyIndex {
  return {
    entries,
    find(h1, h2, cap, out) {
      const b = h1 & mask;
      const lo = start[b + 1] ?? 0;
      const hi = start[b + 2] ?? 0;
      if (hi - lo > cap) return -1;
      let found = 0;
      for (let i = 2 * lo; i < 2 * hi; i += 2) {
        if (data[i] === h2) out[found++] = data[i + 1] ?? 0;
      }
      return found;
    },
  };
}
