// Why this file exists: src/normalize/record-nik-duplicates.ts adds the `nik_duplicate` finding when a
// valid NIK comes back within one file (all its sheets), naming the first row (and its sheet when that
// is another one). It keeps its entries in typed arrays that grow past 1024 NIKs and a sheet list it
// looks up by index; a slip there names the wrong row. Until now it was only exercised through
// loadSheets. All NIKs are synthetic (kecamatan 32 73 01 / 36 71 01, made-up serials).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/i18n/message.js';
import { translate } from '../../../src/i18n/translate.js';
import type { ParsedNik } from '../../../src/normalize/parsed-nik.js';
import type { PersonRecord, Worker } from '../../../src/normalize/person-record.js';
import { NikDuplicateTracker } from '../../../src/normalize/record-nik-duplicates.js';
import type { RowProblem } from '../../../src/normalize/row-problem.js';
import { makeParticipant, makeWorker } from '../match/make-records.js';

const NIK_A = '3273014403900001';
const NIK_B = '3273015507880002';
const NIK_C = '3671011203950003';

/** A ParsedNik as parseNik gives for a valid value (the tracker reads only status and nik). */
function validNik(nik: string): ParsedNik {
  return { status: 'valid', raw: nik, nik, trustedPrefix: null, digits: nik, pivot: 25, reason: null, warnings: [] };
}

/** A roster row at `sheet`:`row` of roster.xlsx with a valid NIK (or the given parsed NIK). */
function at(sheet: string, row: number, nik: string | ParsedNik, problems: readonly RowProblem[] = []): Worker {
  return { ...makeWorker(row, {}), file: 'roster.xlsx', sheet, row, nik: typeof nik === 'string' ? validNik(nik) : nik, problems };
}

const duplicateDetail = (firstRow: number, firstSheet: string): ReturnType<typeof msg> => msg('record.nik_duplicate', { first_row: firstRow, first_sheet: firstSheet });

describe('NikDuplicateTracker.check', () => {
  it('returns the very record, untouched, the first time a NIK is seen', () => {
    const tracker = new NikDuplicateTracker();
    const first = at('DLHK', 5, NIK_A);
    expect(tracker.check(first)).toBe(first);
    const other = at('DLHK', 6, NIK_B);
    expect(tracker.check(other)).toBe(other);
    expect(other.problems).toEqual([]);
  });

  it('flags the second row with the NIK, naming the first row, column nik and a copy of where the row is', () => {
    const tracker = new NikDuplicateTracker();
    tracker.check(at('DLHK', 5, NIK_A));
    const second = at('DLHK', 9, NIK_A);
    const out = tracker.check(second);
    expect(out).not.toBe(second);
    expect(second.problems).toEqual([]); // the input record is not mutated
    expect(out.problems).toStrictEqual([{ kind: 'nik_duplicate', at: { file: 'roster.xlsx', sheet: 'DLHK', row: 9 }, column: 'nik', detail: duplicateDetail(5, '') }]);
    // The provenance is a copy of three fields, not the whole record (it outlives the record).
    expect(out.problems[0]?.at).not.toBe(second);
    expect(Object.keys(out.problems[0]?.at ?? {})).toEqual(['file', 'sheet', 'row']);
    // Everything else of the record is kept as it was.
    expect({ ...out, problems: [] }).toStrictEqual({ ...second, problems: [] });
  });

  it('keeps the row problems found before and adds the duplicate last', () => {
    const tracker = new NikDuplicateTracker();
    tracker.check(at('', 2, NIK_A));
    const earlier: RowProblem = { kind: 'date_invalid', at: { file: 'roster.xlsx', sheet: '', row: 3 }, column: 'birth_date', detail: msg('x') };
    const out = tracker.check(at('', 3, NIK_A, [earlier]));
    expect(out.problems.map((p) => p.kind)).toEqual(['date_invalid', 'nik_duplicate']);
    expect(out.problems[0]).toBe(earlier);
  });

  it('names the first row for the third and later rows, not the one just before', () => {
    const tracker = new NikDuplicateTracker();
    tracker.check(at('S', 4, NIK_A));
    const rows = [7, 8, 12].map((row) => tracker.check(at('S', row, NIK_A)));
    expect(rows.map((r) => r.problems[0]?.detail)).toEqual([duplicateDetail(4, ''), duplicateDetail(4, ''), duplicateDetail(4, '')]);
  });

  it('names the first sheet when the first row is on another sheet of the file', () => {
    const tracker = new NikDuplicateTracker();
    tracker.check(at('DLHK', 5, NIK_A));
    const out = tracker.check(at('DISDIK', 3, NIK_A));
    expect(out.problems[0]?.detail).toEqual(duplicateDetail(5, ' [DLHK]'));
    expect(translate('en', out.problems[0]!.detail)).toBe('the same NIK already appears in row 5 [DLHK]');
    expect(translate('id', out.problems[0]!.detail)).toBe('NIK yang sama sudah ada di baris 5 [DLHK]');
  });

  it('says no sheet for a CSV (sheet ""), nor when the first row has no sheet name', () => {
    const csv = new NikDuplicateTracker();
    csv.check(at('', 2, NIK_A));
    const out = csv.check(at('', 40, NIK_A));
    expect(translate('en', out.problems[0]!.detail)).toBe('the same NIK already appears in row 2');

    const unnamed = new NikDuplicateTracker();
    unnamed.check(at('', 2, NIK_A));
    expect(unnamed.check(at('Sheet2', 3, NIK_A)).problems[0]?.detail).toEqual(duplicateDetail(2, ''));
  });

  it('remembers each NIK\'s own sheet when sheets come back in any order', () => {
    const tracker = new NikDuplicateTracker();
    tracker.check(at('A', 2, NIK_A));
    tracker.check(at('B', 3, NIK_B));
    // Sheet A again after B: looked up, not added as a new sheet.
    tracker.check(at('A', 4, NIK_C));
    const details = [NIK_A, NIK_B, NIK_C].map((nik, i) => tracker.check(at('C', 10 + i, nik)).problems[0]?.detail);
    expect(details).toEqual([duplicateDetail(2, ' [A]'), duplicateDetail(3, ' [B]'), duplicateDetail(4, ' [A]')]);
    // A duplicate on the NIK's own sheet says no sheet.
    expect(tracker.check(at('B', 20, NIK_B)).problems[0]?.detail).toEqual(duplicateDetail(3, ''));
  });

  it('tells apart NIKs that share one 8-digit half', () => {
    const tracker = new NikDuplicateTracker();
    tracker.check(at('', 2, '3273014403900001'));
    expect(tracker.check(at('', 3, '3273014403900002')).problems).toEqual([]); // same first half
    expect(tracker.check(at('', 4, '3273024403900001')).problems).toEqual([]); // same second half
    expect(tracker.check(at('', 5, '0000000000000000')).problems).toEqual([]);
    expect(tracker.check(at('', 6, '0000000000000000')).problems[0]?.detail).toEqual(duplicateDetail(5, ''));
  });

  it('neither flags nor remembers a NIK that is missing, invalid or Excel-damaged', () => {
    const tracker = new NikDuplicateTracker();
    const parsed = (seq: number, nik: string | { excel: string } | null): ParsedNik => makeWorker(seq, { nik }).nik;
    const nip = parsed(0, '198703122010011004'); // an 18-digit NIP typed in the NIK column
    const damaged = parsed(0, { excel: '3273014403900010' }); // a numeric cell ending in 0: the 16th digit was lost
    const missing = parsed(0, '-');
    expect([nip.status, damaged.status, missing.status]).toEqual(['invalid', 'excel_damaged', 'missing']);
    for (const nik of [nip, nip, damaged, damaged, missing, missing]) {
      const r = at('', 2, nik);
      expect(tracker.check(r)).toBe(r);
    }
    // A valid NIK whose digits equal the damaged value's was not remembered by it.
    const digits = damaged.digits;
    expect(tracker.check(at('', 9, digits)).problems).toEqual([]);
    expect(tracker.check(at('', 10, digits)).problems[0]?.detail).toEqual(duplicateDetail(9, ''));
  });

  it('goes by the status: a value not judged valid is never compared, whatever digits it holds', () => {
    const tracker = new NikDuplicateTracker();
    for (const status of ['invalid', 'excel_damaged', 'missing'] as const) {
      // Never produced by parseNik (nik is null unless valid); the status alone must decide.
      const odd: ParsedNik = { ...validNik(NIK_A), status };
      const r = at('', 2, odd);
      expect(tracker.check(r)).toBe(r);
      expect(tracker.check(at('', 3, odd)).problems).toEqual([]);
    }
    expect(tracker.check(at('', 4, NIK_A)).problems).toEqual([]);
  });

  it('a valid status with a null NIK (never expected) is left alone', () => {
    const tracker = new NikDuplicateTracker();
    const odd: ParsedNik = { ...validNik(NIK_A), nik: null };
    const r = at('', 2, odd);
    expect(tracker.check(r)).toBe(r);
    expect(tracker.check(at('', 3, odd))).toEqual(at('', 3, odd));
  });

  it('tracks a "valid" NIK that is not 16 ASCII digits by its text, with a copy of its first row', () => {
    const tracker = new NikDuplicateTracker();
    const first = { ...at('X', 2, '32730144039'), row: 2 };
    expect(tracker.check(first)).toBe(first);
    // The tracker must keep its own copy: the caller may reuse the object it passed.
    (first as { row: number }).row = 99;
    const again = tracker.check(at('Y', 7, '32730144039'));
    expect(again.problems[0]?.detail).toEqual(duplicateDetail(2, ' [X]'));
    const fullWidth = '\uFF13\uFF12\uFF17\uFF13\uFF10\uFF11\uFF14\uFF14\uFF10\uFF13\uFF19\uFF10\uFF10\uFF10\uFF10\uFF11';
    expect(tracker.check(at('Y', 8, fullWidth)).problems).toEqual([]);
    expect(tracker.check(at('Y', 9, fullWidth)).problems[0]?.detail).toEqual(duplicateDetail(8, ''));
    // Not confused with the 16 ASCII digits it looks like.
    expect(tracker.check(at('Y', 10, NIK_A)).problems).toEqual([]);
  });

  it('keeps first rows and sheets right past its initial capacity (thousands of NIKs)', () => {
    const tracker = new NikDuplicateTracker();
    const n = 5000;
    const nikOf = (i: number): string => `3273${String(i).padStart(12, '0')}`;
    const sheetOf = (i: number): string => `OPD ${i % 7}`;
    for (let i = 0; i < n; i++) expect(tracker.check(at(sheetOf(i), i + 2, nikOf(i))).problems).toEqual([]);
    const wrong: number[] = [];
    for (let i = n - 1; i >= 0; i--) {
      const out = tracker.check(at('AKHIR', 100_000 + i, nikOf(i)));
      const expected = duplicateDetail(i + 2, ` [${sheetOf(i)}]`);
      if (JSON.stringify(out.problems[0]?.detail) !== JSON.stringify(expected)) wrong.push(i);
    }
    expect(wrong).toEqual([]);
  });

  it('works on BPJS participants too and keeps the record type', () => {
    const tracker = new NikDuplicateTracker();
    const p1 = { ...makeParticipant(0, { nik: '3671014504900001', birthDate: '1990-04-05', sex: 'F' }), row: 4 };
    expect(p1.nik.status).toBe('valid');
    tracker.check(p1);
    const out = tracker.check({ ...p1, row: 8, kpj: '12345678901' });
    expect(out.side).toBe('bpjs');
    expect(out.kpj).toBe('12345678901');
    expect(out.problems).toStrictEqual([{ kind: 'nik_duplicate', at: { file: 'bpjs.csv', sheet: '', row: 8 }, column: 'nik', detail: duplicateDetail(4, '') }]);
  });

  it('one tracker per file: a second tracker knows nothing of the first one\'s NIKs', () => {
    const one = new NikDuplicateTracker();
    const two = new NikDuplicateTracker();
    one.check(at('', 2, NIK_A));
    const r = at('', 2, NIK_A);
    expect(two.check(r)).toBe(r);
  });
});

describe('NikDuplicateTracker: property', () => {
  /** NIKs from a small pool, so that repeats are common; 16 digits each. */
  const nikPool = fc.constantFrom(NIK_A, NIK_B, NIK_C, '9471021506900007', '3273014403900000', '1100000000000000');
  const entry = fc.record({ nik: nikPool, sheet: fc.constantFrom('', 'A', 'B', 'C'), valid: fc.boolean() });

  it('flags exactly the rows whose valid NIK an earlier valid row had, naming that first row', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (entries) => {
        const tracker = new NikDuplicateTracker();
        const firstAt = new Map<string, { sheet: string; row: number }>();
        entries.forEach((e, i) => {
          const row = i + 2;
          const nik: ParsedNik = e.valid ? validNik(e.nik) : { ...validNik(e.nik), status: 'invalid', nik: null };
          const record: PersonRecord = at(e.sheet, row, nik);
          const out = tracker.check(record);
          const first = e.valid ? firstAt.get(e.nik) : undefined;
          if (first === undefined) {
            expect(out).toBe(record);
            if (e.valid) firstAt.set(e.nik, { sheet: e.sheet, row });
          } else {
            const sheet = first.sheet !== '' && first.sheet !== e.sheet ? ` [${first.sheet}]` : '';
            expect(out.problems).toEqual([{ kind: 'nik_duplicate', at: { file: 'roster.xlsx', sheet: e.sheet, row }, column: 'nik', detail: duplicateDetail(first.row, sheet) }]);
          }
        });
      }),
    );
  });
});
