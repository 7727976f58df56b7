import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { msg } from '../../src/i18n/message.js';
import type { ParsedNik } from '../../src/normalize/parsed-nik.js';
import type { Worker } from '../../src/normalize/person-record.js';
import { NikDuplicateTracker } from '../../src/normalize/record-nik-duplicates.js';
import { makeWorker } from '../unit/match/make-records.js';

// Many distinct 16-digit NIKs (the table grows past its first size), a few repeated ones, and
// texts a valid NIK never is (the tracker still handles them, by text).
const nikText = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 3000 }).map((i) => String(3171010101900000 + i * 7919)) },
  { weight: 3, arbitrary: fc.constantFrom('3171014501900001', '9471014501900001', '1100000000000000', '9999999999999999') },
  { weight: 1, arbitrary: fc.constantFrom('123', '31710145019000012', 'ABCDEFGHIJKLMNOP', '317101450190000X') },
);
const entry = fc.record({ nik: nikText, valid: fc.boolean(), sheet: fc.constantFrom('', 'DINAS', 'RSUD'), row: fc.integer({ min: 2, max: 1_048_576 }) });

function record(e: { nik: string; valid: boolean; sheet: string; row: number }): Worker {
  const base = makeWorker(0, { name: 'SITI AMINAH' });
  const nik: ParsedNik = { ...base.nik, status: e.valid ? 'valid' : 'invalid', raw: e.nik, nik: e.valid ? e.nik : null, digits: e.nik };
  return { ...base, nik, file: 'opd.xlsx', sheet: e.sheet, row: e.row };
}

describe('NikDuplicateTracker', () => {
  it('flags exactly the valid NIKs seen before in the file, naming the first row and, from another sheet, its sheet', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(entry, { maxLength: 12 }), fc.array(entry, { minLength: 600, maxLength: 1500 })), (entries) => {
        const tracker = new NikDuplicateTracker();
        const first = new Map<string, { sheet: string; row: number }>();
        for (const e of entries) {
          const r = record(e);
          const out = tracker.check(r);
          const earlier = e.valid ? first.get(e.nik) : undefined;
          if (e.valid && earlier === undefined) first.set(e.nik, { sheet: e.sheet, row: e.row });
          if (earlier === undefined) {
            expect(out).toBe(r);
            continue;
          }
          const sheet = earlier.sheet !== '' && earlier.sheet !== e.sheet ? ` [${earlier.sheet}]` : '';
          expect(out.problems).toEqual([{ kind: 'nik_duplicate', at: { file: r.file, sheet: r.sheet, row: r.row }, column: 'nik', detail: msg('record.nik_duplicate', { first_row: earlier.row, first_sheet: sheet }) }]);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('finds every NIK again after its table has grown many times, and only those', () => {
    const tracker = new NikDuplicateTracker();
    const niks = Array.from({ length: 20_000 }, (_, i) => String(3171010101900000 + i * 7919));
    niks.forEach((nik, i) => expect(tracker.check(record({ nik, valid: true, sheet: 'DINAS', row: i + 2 })).problems).toEqual([]));
    niks.forEach((nik, i) => {
      const again = tracker.check(record({ nik, valid: true, sheet: 'DINAS', row: 30_000 + i }));
      expect(again.problems).toEqual([{ kind: 'nik_duplicate', at: { file: again.file, sheet: again.sheet, row: again.row }, column: 'nik', detail: msg('record.nik_duplicate', { first_row: i + 2, first_sheet: '' }) }]);
    });
    expect(tracker.check(record({ nik: String(3171010101900000 + 20_000 * 7919), valid: true, sheet: 'DINAS', row: 2 })).problems).toEqual([]);
  });
});
