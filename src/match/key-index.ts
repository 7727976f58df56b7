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

export function createKeyIndexBuilder(): KeyIndexBuilder {
  let h1s: Int32Array = new Int32Array(1024);
  let h2s: Int32Array = new Int32Array(1024);
  let rows: Int32Array = new Int32Array(1024);
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
      const start = new Int32Array(buckets + 1);
      for (let i = 0; i < n; i++) start[((h1s[i] ?? 0) & mask) + 1]!++;
      for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
      const fill = start.slice(0, buckets);
      const fps = new Int32Array(n);
      const members = new Int32Array(n);
      // Entries keep insertion order inside a bucket (roster order), so lookups are deterministic.
      for (let i = 0; i < n; i++) {
        const b = (h1s[i] ?? 0) & mask;
        const at = fill[b]!++;
        fps[at] = h2s[i] ?? 0;
        members[at] = rows[i] ?? 0;
      }
      h1s = h2s = rows = new Int32Array(0);
      return frozen(start, fps, members, mask, n);
    },
  };
}

function frozen(start: Int32Array, fps: Int32Array, members: Int32Array, mask: number, entries: number): KeyIndex {
  return {
    entries,
    find(h1, h2, cap, out) {
      const b = h1 & mask;
      const lo = start[b] ?? 0;
      const hi = start[b + 1] ?? 0;
      if (hi - lo > cap) return -1;
      let found = 0;
      for (let i = lo; i < hi; i++) {
        if (fps[i] === h2) {
          out.push(members[i] ?? 0);
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
