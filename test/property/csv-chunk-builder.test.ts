import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellsOf, type RowEmitter } from '../../src/report/cell-sink.js';
import { id, num, text, type CsvCell } from '../../src/report/csv-cell.js';
import { createCsvChunkBuilder } from '../../src/report/csv-chunk-builder.js';
import { formatCsv, type CsvFormat } from '../../src/report/csv-format.js';

const COLUMNS = ['a', 'b', 'c'] as const;
type Column = (typeof COLUMNS)[number];

const value = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '\t', '"', '\n', '\r', 'é', '=', '+', '-', '@', '1', '0') });
const cell: fc.Arbitrary<CsvCell> = fc.oneof(
  value.map((v) => text(v)),
  value.map((v) => id(v)),
  fc.stringMatching(/^\d{1,18}$/).map((v) => id(v)),
  fc.option(fc.oneof(fc.integer(), fc.double({ noNaN: true })), { nil: null }).map((v) => num(v)),
);
const format: fc.Arbitrary<CsvFormat> = fc.record({ delimiter: fc.constantFrom(',', ';', '\t', '|'), bom: fc.constant(false), excelSafe: fc.boolean() });

/** Emits a row of typed cells through the sink's typed methods (as the report emitters do). */
const typedEmitter: RowEmitter<readonly CsvCell[], Column> = (row, sink) => {
  COLUMNS.forEach((c, i) => {
    const x = row[i]!;
    if (x.kind === 'text') sink.text(c, x.value);
    else if (x.kind === 'id') sink.id(c, x.value);
    else sink.num(c, x.value);
  });
};

describe('CsvChunkBuilder (property)', () => {
  it('writes exactly what formatCsv writes for the same typed cells, whatever the chunking', () => {
    fc.assert(
      fc.property(format, fc.array(fc.tuple(cell, cell, cell), { maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (f, rows, every) => {
        const b = createCsvChunkBuilder(COLUMNS, f);
        let out = '';
        rows.forEach((r, i) => {
          typedEmitter(r, b);
          b.endRow();
          if ((i + 1) % every === 0) out += b.take();
        });
        out += b.take();
        expect(out).toBe(formatCsv(null, rows, f));
        expect(b.rows).toBe(0);
      }),
    );
  });

  it('cellsOf builds the same typed cells, keyed in column order', () => {
    fc.assert(
      fc.property(fc.tuple(cell, cell, cell), (row) => {
        const cells = cellsOf(typedEmitter, row);
        expect(Object.keys(cells)).toEqual([...COLUMNS]);
        expect(COLUMNS.map((c) => cells[c])).toEqual(row.map((x) => (x.kind === 'number' ? num(x.value) : x)));
      }),
    );
  });
});

describe('CsvChunkBuilder', () => {
  const f: CsvFormat = { delimiter: ',', bom: false, excelSafe: true };

  it('quotes, neutralizes and Excel-wraps like the cell formatter', () => {
    const b = createCsvChunkBuilder(COLUMNS, f);
    b.text('a', '=SUM(A1)');
    b.id('b', '3273014501900001');
    b.num('c', null);
    b.endRow();
    b.text('a', 'x, "y"');
    b.cell('b', text(null));
    b.num('c', 2.5);
    b.endRow();
    expect(b.rows).toBe(2);
    expect(b.take()).toBe(`'=SUM(A1),"=""3273014501900001""",\n"x, ""y""",,2.5\n`);
    expect(b.take()).toBe('');
  });

  it('refuses a cell for the wrong column, one cell too many and a row cut short', () => {
    const wrong = createCsvChunkBuilder(COLUMNS, f);
    wrong.text('a', 'x');
    expect(() => wrong.text('c', 'y')).toThrow(/column "c" where "b"/);
    const long = createCsvChunkBuilder(COLUMNS, f);
    for (const c of COLUMNS) long.text(c, 'x');
    expect(() => long.text('a', 'x')).toThrow(/end of row/);
    const short = createCsvChunkBuilder(COLUMNS, f);
    short.text('a', 'x');
    expect(() => short.endRow()).toThrow(/after 1 of 3 cells/);
  });
});

describe('CsvChunkBuilder misuse fails loudly', () => {
  const f: CsvFormat = { delimiter: ',', bom: false, excelSafe: false };
  it('a cell for the wrong column, or a short row', () => {
    const b = createCsvChunkBuilder(COLUMNS, f);
    expect(() => b.text('b', 'x')).toThrow(/column "b" where "a" was expected/);
    const short = createCsvChunkBuilder(COLUMNS, f);
    short.text('a', 'x');
    expect(() => short.endRow()).toThrow(/ended after 1 of 3 cells/);
  });

  it('starts over after take(): a shorter piece after a longer one holds only its own rows', () => {
    const b = createCsvChunkBuilder(COLUMNS, f);
    for (const v of ['1', '2', '3']) {
      COLUMNS.forEach((c) => b.text(c, v));
      b.endRow();
    }
    expect(b.take()).toBe('1,1,1\n2,2,2\n3,3,3\n');
    COLUMNS.forEach((c) => b.text(c, '4'));
    b.endRow();
    expect(b.take()).toBe('4,4,4\n');
    expect(b.take()).toBe('');
  });

  it('a row begun but not ended at take() is not in the piece, and is not lost: it ends the next one', () => {
    const b = createCsvChunkBuilder(COLUMNS, f);
    COLUMNS.forEach((c) => b.text(c, '1'));
    b.endRow();
    b.text('a', 'x');
    b.text('b', 'y');
    expect(b.take()).toBe('1,1,1\n');
    b.text('c', 'z');
    b.endRow();
    expect(b.rows).toBe(1);
    expect(b.take()).toBe('x,y,z\n');
  });
});
