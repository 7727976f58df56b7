import { msg } from '../i18n/message.js';
import type { Provenance } from '../io/provenance.js';
import { ownText } from './own-text.js';
import type { PersonRecord } from './person-record.js';

const EMPTY = -1;
const INITIAL_CAPACITY = 1024;

/**
 * Flags a valid NIK seen again within one file (all its sheets): the second and later rows get a
 * `nik_duplicate` finding naming the first row. Keep one tracker per file; memory is one entry per
 * distinct NIK.
 * Excel-damaged and invalid values are not compared (their digits are not an identity).
 *
 * The entries live in typed arrays (an open-addressing table keyed by the NIK's two halves of eight
 * digits, exact: no false duplicate), not in a Map of strings to provenance objects: for a roster of
 * a million rows those objects cost the reader thread a quarter of its time in garbage collection.
 */
export class NikDuplicateTracker {
  private hi = new Int32Array(INITIAL_CAPACITY).fill(EMPTY);
  private lo = new Int32Array(INITIAL_CAPACITY);
  private rows = new Int32Array(INITIAL_CAPACITY);
  private sheetOf = new Int32Array(INITIAL_CAPACITY);
  private size = 0;
  private readonly sheets: string[] = [];
  /** A valid NIK is 16 digits; anything else (never expected) is tracked here by its text. */
  private readonly other = new Map<string, Provenance>();

  /** Returns the record, with a `nik_duplicate` problem added when its NIK was seen before. */
  check<R extends PersonRecord>(record: R): R {
    const nik = record.nik.nik;
    if (record.nik.status !== 'valid' || nik === null) return record;
    const earlier = this.seen(nik, record.at);
    if (earlier === null) return record;
    const sheet = earlier.sheet !== '' && earlier.sheet !== record.at.sheet ? ` [${earlier.sheet}]` : '';
    const detail = msg('record.nik_duplicate', { first_row: earlier.row, first_sheet: sheet });
    return { ...record, problems: [...record.problems, { kind: 'nik_duplicate', at: record.at, column: 'nik', detail }] };
  }

  /** Where `nik` was first seen, or null when this is the first time (then `at` is remembered). */
  private seen(nik: string, at: Provenance): { readonly sheet: string; readonly row: number } | null {
    const hi = eightDigits(nik, 0);
    const lo = eightDigits(nik, 8);
    if (nik.length !== 16 || hi < 0 || lo < 0) {
      const earlier = this.other.get(nik);
      // Its own copy: the record's NIK may be a slice of the file's chunk (see RecordPlan.detachStrings).
      if (earlier === undefined) this.other.set(ownText(nik), at);
      return earlier ?? null;
    }
    let mask = this.hi.length - 1;
    let i = slot(hi, lo, mask);
    while (this.hi[i] !== EMPTY) {
      if (this.hi[i] === hi && this.lo[i] === lo) return { sheet: this.sheets[this.sheetOf[i]!] ?? '', row: this.rows[i]! };
      i = (i + 1) & mask;
    }
    if (2 * (this.size + 1) > this.hi.length) {
      this.grow();
      mask = this.hi.length - 1;
      i = slot(hi, lo, mask);
      while (this.hi[i] !== EMPTY) i = (i + 1) & mask;
    }
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.rows[i] = at.row;
    this.sheetOf[i] = this.sheetIndex(at.sheet);
    this.size++;
    return null;
  }

  private sheetIndex(sheet: string): number {
    const last = this.sheets.length - 1;
    if (last >= 0 && this.sheets[last] === sheet) return last;
    const i = this.sheets.indexOf(sheet);
    if (i >= 0) return i;
    this.sheets.push(sheet);
    return last + 1;
  }

  private grow(): void {
    const { hi, lo, rows, sheetOf } = this;
    const capacity = hi.length * 2;
    const mask = capacity - 1;
    this.hi = new Int32Array(capacity).fill(EMPTY);
    this.lo = new Int32Array(capacity);
    this.rows = new Int32Array(capacity);
    this.sheetOf = new Int32Array(capacity);
    for (let j = 0; j < hi.length; j++) {
      const h = hi[j]!;
      if (h === EMPTY) continue;
      let i = slot(h, lo[j]!, mask);
      while (this.hi[i] !== EMPTY) i = (i + 1) & mask;
      this.hi[i] = h;
      this.lo[i] = lo[j]!;
      this.rows[i] = rows[j]!;
      this.sheetOf[i] = sheetOf[j]!;
    }
  }
}

/** The number written by the eight characters from `from`, or -1 if one is not a digit (or missing). */
function eightDigits(s: string, from: number): number {
  let v = 0;
  for (let i = from; i < from + 8; i++) {
    const d = s.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    v = v * 10 + d;
  }
  return v;
}

function slot(hi: number, lo: number, mask: number): number {
  let h = Math.imul(hi ^ Math.imul(lo, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  return h & mask;
}
