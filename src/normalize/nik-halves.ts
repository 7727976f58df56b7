/**
 * A 16-digit NIK as two integers of eight digits each (`hi` = digits 1–8, `lo` = digits 9–16): exact,
 * so two NIKs are equal exactly when both halves are. Tables of a million NIKs keyed this way live in
 * typed arrays instead of Maps of strings, which cost time in hashing and garbage collection.
 */

/** `[hi, lo]` of a string of exactly 16 ASCII digits, or null for anything else. */
export function nikHalves(digits: string): readonly [number, number] | null {
  if (digits.length !== 16) return null;
  const hi = eightDigits(digits, 0);
  const lo = eightDigits(digits, 8);
  return hi < 0 || lo < 0 ? null : [hi, lo];
}

/** The number written by the eight characters from `from`, or -1 if one is not a digit. */
function eightDigits(s: string, from: number): number {
  let v = 0;
  for (let i = from; i < from + 8; i++) {
    const d = s.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    v = v * 10 + d;
  }
  return v;
}

const EMPTY = -1;

/**
 * A set of NIK halves numbered in insertion order (entry 0, 1, …), so that callers keep what they
 * need per NIK in their own arrays indexed by entry. Open addressing, load factor ≤ 1/2.
 */
export class NikHalvesTable {
  /** Entry number per slot, or EMPTY. */
  private slots = new Int32Array(1024).fill(EMPTY);
  private his = new Int32Array(512);
  private los = new Int32Array(512);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The entry of (hi, lo), or -1. */
  find(hi: number, lo: number): number {
    const mask = this.slots.length - 1;
    for (let i = slot(hi, lo, mask); ; i = (i + 1) & mask) {
      const e = this.slots[i]!;
      if (e === EMPTY) return -1;
      if (this.his[e] === hi && this.los[e] === lo) return e;
    }
  }

  /** Adds (hi, lo), which must not be in the table (find() returned -1); returns its entry number. */
  add(hi: number, lo: number): number {
    if (2 * (this.count + 1) > this.slots.length) this.grow();
    const e = this.count++;
    if (e >= this.his.length) {
      this.his = grown(this.his);
      this.los = grown(this.los);
    }
    this.his[e] = hi;
    this.los[e] = lo;
    this.place(e);
    return e;
  }

  private place(e: number): void {
    const mask = this.slots.length - 1;
    let i = slot(this.his[e]!, this.los[e]!, mask);
    while (this.slots[i] !== EMPTY) i = (i + 1) & mask;
    this.slots[i] = e;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    for (let e = 0; e < this.count; e++) this.place(e);
  }
}

/** A copy of `a` twice as long (the first a.length values kept). */
export function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function slot(hi: number, lo: number, mask: number): number {
  let h = Math.imul(hi ^ Math.imul(lo, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  return h & mask;
}
