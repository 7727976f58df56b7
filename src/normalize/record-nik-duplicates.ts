import { msg } from '../i18n/message.js';
import type { Provenance } from '../io/provenance.js';
import { ownText } from './own-text.js';
import type { PersonRecord } from './person-record.js';

/**
 * Flags a valid NIK seen again within one file (all its sheets): the second and later rows get a
 * `nik_duplicate` finding naming the first row. Keep one tracker per file; memory is one entry per
 * distinct NIK. Excel-damaged and invalid values are not compared (their digits are not an identity).
 */
export class NikDuplicateTracker {
  private readonly first = new Map<string, Provenance>();

  /** Returns the record, with a `nik_duplicate` problem added when its NIK was seen before. */
  check<R extends PersonRecord>(record: R): R {
    const nik = record.nik.nik;
    if (record.nik.status !== 'valid' || nik === null) return record;
    const earlier = this.first.get(nik);
    if (earlier === undefined) {
      // Its own copy: the record's NIK may be a slice of the file's chunk (see RecordPlan.detachStrings).
      this.first.set(ownText(nik), record.at);
      return record;
    }
    const sheet = earlier.sheet !== '' && earlier.sheet !== record.at.sheet ? ` [${earlier.sheet}]` : '';
    const detail = msg('record.nik_duplicate', { first_row: earlier.row, first_sheet: sheet });
    return { ...record, problems: [...record.problems, { kind: 'nik_duplicate', at: record.at, column: 'nik', detail }] };
  }
}
