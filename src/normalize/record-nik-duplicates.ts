import { msg } from '../i18n/message.js';
import { provenanceOf, type Provenance } from '../io/provenance.js';
import { grown, nikHalves, NikHalvesTable } from './nik-halves.js';
import { ownText } from './own-text.js';
import type { PersonRecord } from './person-record.js';

const INITIAL_CAPACITY = 1024;

/**
 * Flags a valid NIK seen again within one file (all its sheets): the second and later rows get a
 * `nik_duplicate` finding naming the first row. Keep one tracker per file; memory is one entry per
 * distinct NIK.
 * Excel-damaged and invalid values are not compared (their digits are not an identity).
 *
 * The entries live in typed arrays (a NikHalvesTable: exact, no false duplicate), not in a Map of
 * strings to provenance objects: for a roster of a million rows those objects cost the reader thread
 * a quarter of its time in garbage collection.
 */
export class NikDuplicateTracker {
  private readonly niks = new NikHalvesTable();
  /** Row and sheet index of the first occurrence, per entry of `niks`. */
  private rows = new Int32Array(INITIAL_CAPACITY);
  private sheetOf = new Int32Array(INITIAL_CAPACITY);
  private readonly sheets: string[] = [];
  /** A valid NIK is 16 digits; anything else (never expected) is tracked here by its text. */
  private readonly other = new Map<string, Provenance>();

  /** Returns the record, with a `nik_duplicate` problem added when its NIK was seen before. */
  check<R extends PersonRecord>(record: R): R {
    const nik = record.nik.nik;
    if (record.nik.status !== 'valid' || nik === null) return record;
    const earlier = this.seen(nik, record);
    if (earlier === null) return record;
    const sheet = earlier.sheet !== '' && earlier.sheet !== record.sheet ? ` [${earlier.sheet}]` : '';
    const detail = msg('record.nik_duplicate', { first_row: earlier.row, first_sheet: sheet });
    return { ...record, problems: [...record.problems, { kind: 'nik_duplicate', at: provenanceOf(record), column: 'nik', detail }] };
  }

  /** Where `nik` was first seen, or null when this is the first time (then `at` is remembered as a copy: it may be a whole record). */
  private seen(nik: string, at: Provenance): { readonly sheet: string; readonly row: number } | null {
    const halves = nikHalves(nik);
    if (halves === null) {
      const earlier = this.other.get(nik);
      // Its own copy: the record's NIK may be a slice of the file's chunk (see RecordPlan.detachStrings).
      if (earlier === undefined) this.other.set(ownText(nik), provenanceOf(at));
      return earlier ?? null;
    }
    const [hi, lo] = halves;
    const found = this.niks.find(hi, lo);
    if (found >= 0) return { sheet: this.sheets[this.sheetOf[found]!] ?? '', row: this.rows[found]! };
    const e = this.niks.add(hi, lo);
    if (e >= this.rows.length) {
      this.rows = grown(this.rows);
      this.sheetOf = grown(this.sheetOf);
    }
    this.rows[e] = at.row;
    this.sheetOf[e] = this.sheetIndex(at.sheet);
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
}
