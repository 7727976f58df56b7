/**
 * A multimap from a hashed blocking key (h1, h2) to roster row numbers, laid out flat
 * (compressed sparse rows over hash buckets): two Int32Arrays and the bucket offsets, no per-key
 * objects. The size of a bucket is known in O(1), so an over-size block is skipped without
 * walking it — a roster of a million namesakes cannot make matching quadratic.
 */
export interface KeyIndex {
  /**
   * Appends the rows stored under (h1, h2) to `out` and returns how many; returns -1 without
   * touching `out` when the key's bucket holds more than `cap` entries.
   */
  find(h1: number, h2: number, cap: number, out: number[]): number;
  readonly entries: number;
}

/** Collects (h1, h2, row) entries, then freezes them into a KeyIndex. */
export interface KeyIndexBuilder {
  add(h1: number, h2: number, row: number): void;
  build(): KeyIndex;
}

/**
 * `expected` (an upper bound on the entries, when known) sizes the arrays once: growing typed arrays
 * of a million-row roster allocates tens of MB of external memory each time, and V8 answers such
 * allocations with full garbage collections of the whole (large) heap.
 */
export function createKeyIndexBuilder(expected = 1024): KeyIndexBuilder {
  const initial = Math.max(16, expected);
  let h1s: Int32Array = new Int32Array(initial);
  let h2s: Int32Array = new Int32Array(initial);
  let rows: Int32Array = new Int32Array(initial);
  let n = 0;
  return {
    add(h1, h2, row) {
      if (n === h1s.length) {
        h1s = grow(h1s);
        h2s = grow(h2s);
        rows = grow(rows);
      }
      h1s[n] = h1;
      h2s[n] = h2;
      rows[n] = row;
      n++;
    },
    build() {
      // Load factor ≤ 1: about one unrelated entry per bucket at worst, filtered by the fingerprint.
      let buckets = 16;
      while (buckets < n) buckets *= 2;
      const mask = buckets - 1;
      // Counting sort by bucket in one offsets array: after the prefix sums, start[b + 1] is the end of
      // bucket b; placing the entries from last to first moves it back to the bucket's beginning, so the
      // array ends up holding bucket b at [start[b + 1], start[b + 2]) — no second offsets array.
      const start = new Int32Array(buckets + 2);
      for (let i = 0; i < n; i++) start[((h1s[i] ?? 0) & mask) + 1]!++;
      for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
      start[buckets + 1] = n;
      // Fingerprint and row side by side (one cache line per entry, in building and in look-ups).
      const entries = new Int32Array(2 * n);
      // Entries keep insertion order inside a bucket (roster order), so lookups are deterministic.
      for (let i = n - 1; i >= 0; i--) {
        const at = 2 * --start[((h1s[i] ?? 0) & mask) + 1]!;
        entries[at] = h2s[i] ?? 0;
        entries[at + 1] = rows[i] ?? 0;
      }
      h1s = h2s = rows = new Int32Array(0);
      return frozen(start, entries, mask, n);
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
        if (data[i] === h2) {
          out.push(data[i + 1] ?? 0);
          found++;
        }
      }
      return found;
    },
  };
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
