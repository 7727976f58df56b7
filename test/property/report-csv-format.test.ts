import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { formatCsv } from '../../src/report/csv-format.js';
import { text } from '../../src/report/csv-cell.js';

describe('formatCsv (property)', () => {
  // A lone "-" is left as it is (it computes nothing); anything else starting like a formula gets a quote.
  it('any table of text cells parses back (with formula neutralization) for every delimiter', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '\t', '|', '"', '\n', '\r\n', 'é', '=', '-', '1') });
    fc.assert(
      fc.property(fc.constantFrom(',', ';', '\t', '|'), fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }), (delimiter, rows) => {
        const out = formatCsv(['c1', 'c2'], rows.map((r) => r.map((v) => text(v))), { delimiter, bom: false, excelSafe: false });
        const back = parse(out, { delimiter, columns: true, relax_column_count: false }) as Record<string, string>[];
        expect(back.map((r) => [r['c1'], r['c2']])).toEqual(rows.map((r) => r.map((v) => (v !== '-' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v))));
      }),
    );
  });
});
