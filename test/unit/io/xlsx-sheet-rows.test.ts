// Direct tests of the worksheet → RawRow handlers (src/io/xlsx-sheet-rows.ts), driven through the
// XmlScanner as read-xlsx.ts does: cell types, NIKs above 2^53, date styles, sparse rows, missing
// `r` attributes, and the same rows whatever the chunking.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelSerialToIso } from '../../../src/normalize/excel-serial.js';
import type { RawCell } from '../../../src/io/raw-cell.js';
import type { RawRow } from '../../../src/io/raw-sheet.js';
import { columnIndex, sheetRowHandlers } from '../../../src/io/xlsx-sheet-rows.js';
import type { SheetContext } from '../../../src/io/xlsx-sheet-rows.js';
import { MAX_XML_TOKEN_CHARS, XmlScanner } from '../../../src/io/xml-scanner.js';

const SST = ['NAMA', 'NIK', 'BUDI SANTOSO', 'Dinas Pendidikan'];
/** Style 0: General; 1: a date format; 2: text/number format. */
const CTX: SheetContext = { sharedStrings: SST, dateStyles: [false, true, false], date1904: false };

const TAIL = '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><pageMargins left="0.7" right="0.7"/>';

interface RowsOptions {
  readonly ctx?: SheetContext;
  /** Cut points (taken modulo the part's length) where the part is split into writes. */
  readonly cutSeeds?: readonly number[];
  /** What follows </sheetData> in the part. */
  readonly tail?: string;
}

function rowsOf(sheetData: string, { ctx = CTX, cutSeeds = [], tail = TAIL }: RowsOptions = {}): RawRow[] {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F9"/><sheetData>${sheetData}</sheetData>${tail}</worksheet>`;
  const out: RawRow[] = [];
  const scanner = new XmlScanner(sheetRowHandlers(ctx, out));
  const cuts = [...new Set(cutSeeds.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const cut of cuts) {
    scanner.write(xml.slice(from, cut));
    from = cut;
  }
  scanner.write(xml.slice(from));
  scanner.end();
  return out;
}

/** The cells of a one-row sheet holding `cellXml` as A1. */
const cellOf = (cellXml: string, ctx: SheetContext = CTX): RawCell | undefined => rowsOf(`<row r="1">${cellXml}</row>`, { ctx })[0]?.cells[0];

const num = (raw: string): RawCell => ({ kind: 'number', raw });
const date = (iso: string, serial: number | null): RawCell => ({ kind: 'date', iso, serial });

function letters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

describe('sheetRowHandlers: cell types', () => {
  it.each([
    { description: 'a shared string', xml: '<c r="A1" t="s"><v>2</v></c>', expected: 'BUDI SANTOSO' },
    { description: 'a shared string index with spaces', xml: '<c r="A1" t="s"><v> 3 </v></c>', expected: 'Dinas Pendidikan' },
    { description: 'a shared string index beyond the table', xml: '<c r="A1" t="s"><v>99</v></c>', expected: '' },
    { description: 'an inline string', xml: '<c r="A1" t="inlineStr"><is><t>SITI AMINAH</t></is></c>', expected: 'SITI AMINAH' },
    { description: 'an inline string with preserved spaces', xml: '<c r="A1" t="inlineStr"><is><t xml:space="preserve">  ANI </t></is></c>', expected: '  ANI ' },
    { description: 'an inline string with entities', xml: '<c r="A1" t="inlineStr"><is><t>PT A &amp; B &lt;CV&gt;</t></is></c>', expected: 'PT A & B <CV>' },
    { description: 'an inline string in CDATA', xml: '<c r="A1" t="inlineStr"><is><t><![CDATA[A & <B>]]></t></is></c>', expected: 'A & <B>' },
    { description: 'an inline string with an Alt+Enter escape', xml: '<c r="A1" t="inlineStr"><is><t>BUDI_x000D_\nSANTOSO</t></is></c>', expected: 'BUDI\r\nSANTOSO' },
    { description: 'an inline string with an escaped "_x"', xml: '<c r="A1" t="inlineStr"><is><t>A_x005F_x0041_</t></is></c>', expected: 'A_x0041_' },
    {
      description: 'rich-text runs joined',
      xml: '<c r="A1" t="inlineStr"><is><r><rPr><b/><sz val="11"/></rPr><t>BU</t></r><r><t xml:space="preserve">DI </t></r><r><t>S</t></r></is></c>',
      expected: 'BUDI S',
    },
    {
      description: 'phonetic runs skipped',
      xml: '<c r="A1" t="inlineStr"><is><t>山田</t><rPh sb="0" eb="2"><t>ヤマダ</t></rPh><phoneticPr fontId="1"/></is></c>',
      expected: '山田',
    },
    { description: 'a formula string result, formula text ignored', xml: '<c r="A1" t="str"><f>CONCAT("a","b")</f><v>ab</v></c>', expected: 'ab' },
    { description: 'a formula string with an escape', xml: '<c r="A1" t="str"><v>X_x0009_Y</v></c>', expected: 'X\tY' },
    { description: 'boolean 1', xml: '<c r="A1" t="b"><v>1</v></c>', expected: 'TRUE' },
    { description: 'boolean 0', xml: '<c r="A1" t="b"><v>0</v></c>', expected: 'FALSE' },
    { description: 'boolean " True "', xml: '<c r="A1" t="b"><v> True </v></c>', expected: 'TRUE' },
    { description: 'boolean "2" is not true', xml: '<c r="A1" t="b"><v>2</v></c>', expected: 'FALSE' },
    { description: 'an error value', xml: '<c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c>', expected: '#DIV/0!' },
    { description: 'an ISO date cell', xml: '<c r="A1" t="d"><v>1990-01-05T00:00:00Z</v></c>', expected: date('1990-01-05', null) },
    { description: 'an ISO date cell that is no date', xml: '<c r="A1" t="d"><v>05/01/1990</v></c>', expected: '05/01/1990' },
    { description: 'an ISO date cell with an impossible date stays text', xml: '<c r="A1" t="d"><v>2024-13-45</v></c>', expected: '2024-13-45' },
    { description: 'an ISO date cell on 29 February of a leap year', xml: '<c r="A1" t="d"><v>2024-02-29</v></c>', expected: date('2024-02-29', null) },
  ])('$description', ({ xml, expected }) => {
    expect(cellOf(xml)).toEqual(expected);
  });

  it.each([
    { description: 'a Papua NIK above 2^53 (odd last digit)', v: '9471015708900001', expected: '9471015708900001' },
    { description: 'a NIK with a leading zero', v: '0123456789012345', expected: '0123456789012345' },
    { description: 'scientific notation as stored', v: '3.67101450190001E+15', expected: '3.67101450190001E+15' },
    { description: 'a decimal with trailing zero', v: '1500000.50', expected: '1500000.50' },
    { description: 'a negative number', v: '-12', expected: '-12' },
    { description: 'surrounding whitespace trimmed', v: '\n 12 \t', expected: '12' },
  ])('keeps a number exactly as written: $description', ({ v, expected }) => {
    expect(cellOf(`<c r="A1"><v>${v}</v></c>`)).toEqual(num(expected));
    expect(cellOf(`<c r="A1" t="n" s="2"><v>${v}</v></c>`)).toEqual(num(expected));
  });

  it('reads an empty or whitespace-only number as no cell', () => {
    expect(rowsOf('<row r="1"><c r="A1"><v></v></c><c r="B1"><v> </v></c><c r="C1"><v/></c></row>')).toEqual([]);
  });
});

describe('sheetRowHandlers: date styles', () => {
  it.each([
    { description: 'a 1990 birth date', v: '32878', expected: date('1990-01-05', 32878) },
    { description: 'a serial with time of day', v: '45657.75', expected: date('2024-12-31', 45657.75) },
    { description: 'serial 1', v: '1', expected: date('1900-01-01', 1) },
    { description: 'the phantom 1900-02-29 stays a number', v: '60', expected: num('60') },
    { description: 'serial 0 stays a number', v: '0', expected: num('0') },
    { description: 'a NIK in a date-styled cell stays a number', v: '3273011505900001', expected: num('3273011505900001') },
    { description: 'text that is no number stays as written', v: 'abc', expected: num('abc') },
  ])('$description', ({ v, expected }) => {
    expect(cellOf(`<c r="A1" s="1"><v>${v}</v></c>`)).toEqual(expected);
  });

  it('uses the 1904 system when the workbook says so', () => {
    expect(cellOf('<c r="A1" s="1"><v>31416</v></c>', { ...CTX, date1904: true })).toEqual(date('1990-01-05', 31416));
  });

  it('takes style 0 when there is no s attribute, and a number for a style beyond the table', () => {
    const ctx: SheetContext = { ...CTX, dateStyles: [true] };
    expect(cellOf('<c r="A1"><v>32878</v></c>', ctx)).toEqual(date('1990-01-05', 32878));
    expect(cellOf('<c r="A1" s="7"><v>32878</v></c>', ctx)).toEqual(num('32878'));
  });

  it('applies a date style to numbers only, never to strings', () => {
    expect(cellOf('<c r="A1" s="1" t="s"><v>1</v></c>')).toBe('NIK');
    expect(cellOf('<c r="A1" s="1" t="inlineStr"><is><t>32878</t></is></c>')).toBe('32878');
  });

  it('does not carry a date style over to the next cell', () => {
    expect(rowsOf('<row r="1"><c r="A1" s="1"><v>32878</v></c><c r="B1"><v>32878</v></c></row>')[0]?.cells).toEqual([date('1990-01-05', 32878), num('32878')]);
  });
});

describe('sheetRowHandlers: rows and columns', () => {
  it('places cells by their r attribute, padding gaps with null and adding no trailing nulls', () => {
    const rows = rowsOf('<row r="4" spans="1:6"><c r="A4" t="s"><v>0</v></c><c r="C4"><v>7</v></c><c r="F4" t="b"><v>1</v></c><c r="G4" s="2"/></row>');
    expect(rows).toEqual([{ row: 4, cells: ['NAMA', null, num('7'), null, null, 'TRUE'] }]);
  });

  it('drops empty rows: no cells, only styled cells, a self-closing row', () => {
    const rows = rowsOf('<row r="1"/><row r="2"></row><row r="3" ht="20" customHeight="1"><c r="A3" s="2"/><c r="B3" s="1"></c></row><row r="5"><c r="B5"><v>1</v></c></row>');
    expect(rows).toEqual([{ row: 5, cells: [null, num('1')] }]);
  });

  it('numbers rows without r sequentially from 1, and after the last numbered row', () => {
    const rows = rowsOf('<row><c><v>1</v></c></row><row><c><v>2</v></c></row><row r="10"><c><v>3</v></c></row><row><c><v>4</v></c></row>');
    expect(rows.map((r) => r.row)).toEqual([1, 2, 10, 11]);
  });

  it('counts a dropped empty row when numbering the next row without r', () => {
    expect(rowsOf('<row/><row><c><v>1</v></c></row>').map((r) => r.row)).toEqual([2]);
  });

  it('numbers cells without r sequentially, continuing after the last referenced or empty cell', () => {
    const rows = rowsOf('<row r="1"><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c><c r="H1"/><c><v>9</v></c></row>');
    expect(rows[0]?.cells).toEqual([num('1'), num('2'), null, null, num('5'), num('6'), null, null, num('9')]);
  });

  it('starts each row at column A and with no cells of the previous row', () => {
    const rows = rowsOf('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c><v>3</v></c></row>');
    expect(rows).toEqual([
      { row: 1, cells: [num('1'), num('2')] },
      { row: 2, cells: [num('3')] },
    ]);
  });

  it('reads lower-case references and namespace-prefixed tags', () => {
    const xml = '<x:row r="1"><x:c r="b1" t="inlineStr"><x:is><x:t>ANI</x:t></x:is></x:c></x:row>';
    expect(rowsOf(xml)).toEqual([{ row: 1, cells: [null, 'ANI'] }]);
  });

  it('holds a merged cell value only in its top-left cell (mergeCells follow sheetData)', () => {
    const xml = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"/><c r="C1" t="s"><v>1</v></c></row>';
    expect(rowsOf(xml)[0]?.cells).toEqual(['NAMA', null, 'NIK']);
  });

  it('ignores rows after sheetData and text outside v and t', () => {
    const data = '<row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="A3"><f>SUM(A1:A2)</f></c></row>';
    const tail = '<headerFooter><oddHeader>&amp;C&amp;P</oddHeader></headerFooter><row r="2"><c r="A2"><v>2</v></c></row>';
    expect(rowsOf(data, { tail })).toEqual([{ row: 1, cells: [num('1')] }]);
  });

  it('reads a full-width row up to XFD (16,384 columns)', () => {
    const cells = Array.from({ length: 16_384 }, (_, i) => `<c r="${letters(i)}7"><v>${i}</v></c>`).join('');
    const rows = rowsOf(`<row r="7">${cells}</row>`);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cells).toHaveLength(16_384);
    expect(rows[0]?.cells[16_383]).toEqual(num('16383'));
    expect(rows[0]?.cells.every((c, i) => (c as { raw: string }).raw === String(i))).toBe(true);
  });

  it('pushes each row as its </row> closes, before the next one arrives', () => {
    const out: RawRow[] = [];
    const scanner = new XmlScanner(sheetRowHandlers(CTX, out));
    scanner.write('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>');
    expect(out).toEqual([]);
    scanner.write('</row><row r="2"><c r="A2"><v>2</v></c>');
    expect(out).toEqual([{ row: 1, cells: [num('1')] }]);
    scanner.write('</row></sheetData></worksheet>');
    scanner.end();
    expect(out.map((r) => r.row)).toEqual([1, 2]);
  });

  // An empty <v/> is no reference; it was read as index 0: the first shared string (often a header such
  // as "NAMA") appears in a cell that holds nothing.
  it('reads a shared-string cell with an empty <v/> as no value', () => {
    expect(rowsOf('<row r="1"><c r="A1" t="s"><v/></c><c r="B1"><v>1</v></c></row>')[0]?.cells).toEqual([null, num('1')]);
  });
});

describe('sheetRowHandlers: cell text limit', () => {
  function openCell(tag: 'v' | 'f'): ReturnType<typeof sheetRowHandlers> {
    const h = sheetRowHandlers(CTX, []);
    h.open('sheetData', '', false);
    h.open('row', ' r="1"', false);
    h.open('c', ' r="A1" t="str"', false);
    h.open(tag, '', false);
    return h;
  }

  it('refuses cell text beyond MAX_XML_TOKEN_CHARS, arriving in pieces', () => {
    const h = openCell('v');
    expect(() => h.text?.('x'.repeat(MAX_XML_TOKEN_CHARS))).not.toThrow();
    expect(() => h.text?.('x')).toThrow(`cell text longer than ${MAX_XML_TOKEN_CHARS} characters`);
  });

  it('does not hold (or count) text it does not capture, such as a formula', () => {
    const h = openCell('f');
    expect(() => h.text?.('x'.repeat(MAX_XML_TOKEN_CHARS + 1))).not.toThrow();
  });
});

describe('columnIndex', () => {
  it('reads lower-case letters like upper-case ones', () => {
    expect(columnIndex('aa10', -1)).toBe(26);
    expect(columnIndex('xfd1', -1)).toBe(16_383);
  });

  it('falls back when the reference starts with no letter', () => {
    expect(columnIndex('', 4)).toBe(4);
    expect(columnIndex('$A$1', 4)).toBe(4);
  });

  it('inverts the column letters for every column of a sheet (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16_383 }), fc.integer({ min: 1, max: 1_048_576 }), fc.boolean(), (col, row, lower) => {
        const ref = `${letters(col)}${row}`;
        expect(columnIndex(lower ? ref.toLowerCase() : ref, -1)).toBe(col);
      }),
    );
  });
});

describe('sheetRowHandlers agree with a model sheet, whatever the chunking (property)', () => {
  type Value =
    | { kind: 'shared'; index: number }
    | { kind: 'inline'; text: string; runs: number }
    | { kind: 'number'; raw: string }
    | { kind: 'bool'; on: boolean }
    | { kind: 'date'; serial: number }
    | { kind: 'empty' };
  interface CellModel {
    readonly gap: number;
    readonly withRef: boolean;
    readonly value: Value;
  }
  interface RowModel {
    readonly gap: number;
    readonly withRef: boolean;
    readonly cells: readonly CellModel[];
  }

  const text = fc.string({ unit: fc.constantFrom('A', 'z', ' ', '&', '<', '>', '"', "'", 'é', '😀', '1', '.', '\n'), minLength: 1, maxLength: 10 });
  const value: fc.Arbitrary<Value> = fc.oneof(
    fc.record({ kind: fc.constant('shared' as const), index: fc.integer({ min: 0, max: SST.length - 1 }) }),
    fc.record({ kind: fc.constant('inline' as const), text, runs: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ kind: fc.constant('number' as const), raw: fc.oneof(fc.stringMatching(/^[1-9][0-9]{0,18}$/), fc.constantFrom('3.67101E+15', '0.5', '-7')) }),
    fc.record({ kind: fc.constant('bool' as const), on: fc.boolean() }),
    fc.record({ kind: fc.constant('date' as const), serial: fc.integer({ min: 1, max: 2_958_465 }) }),
    fc.constant({ kind: 'empty' as const }),
  );
  const cell = fc.record({ gap: fc.integer({ min: 0, max: 3 }), withRef: fc.boolean(), value });
  const row = fc.record({ gap: fc.integer({ min: 0, max: 2 }), withRef: fc.boolean(), cells: fc.array(cell, { maxLength: 6 }) });

  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  function cellXml(ref: string | null, v: Value): string {
    const r = ref === null ? '' : ` r="${ref}"`;
    switch (v.kind) {
      case 'shared':
        return `<c${r} t="s"><v>${v.index}</v></c>`;
      case 'inline': {
        const size = Math.ceil(v.text.length / v.runs);
        const parts = Array.from({ length: v.runs }, (_, i) => v.text.slice(i * size, (i + 1) * size));
        return `<c${r} t="inlineStr"><is>${parts.map((p) => `<r><t xml:space="preserve">${esc(p)}</t></r>`).join('')}</is></c>`;
      }
      case 'number':
        return `<c${r} s="2"><v>${v.raw}</v></c>`;
      case 'bool':
        return `<c${r} t="b"><v>${v.on ? 1 : 0}</v></c>`;
      case 'date':
        return `<c${r} s="1"><v>${v.serial}</v></c>`;
      case 'empty':
        return `<c${r} s="2"/>`;
    }
  }

  function expectedCell(v: Value): RawCell {
    switch (v.kind) {
      case 'shared':
        return SST[v.index] ?? '';
      case 'inline':
        return v.text;
      case 'number':
        return num(v.raw);
      case 'bool':
        return v.on ? 'TRUE' : 'FALSE';
      case 'date': {
        const iso = excelSerialToIso(v.serial, false);
        return iso === null ? num(String(v.serial)) : date(iso, v.serial);
      }
      case 'empty':
        return null;
    }
  }

  function build(model: readonly RowModel[]): { xml: string; rows: RawRow[] } {
    let xml = '';
    const rows: RawRow[] = [];
    let rowNumber = 0;
    for (const r of model) {
      rowNumber = r.withRef ? rowNumber + 1 + r.gap : rowNumber + 1;
      let col = -1;
      const cells: RawCell[] = [];
      let inner = '';
      for (const c of r.cells) {
        col = c.withRef ? col + 1 + c.gap : col + 1;
        inner += cellXml(c.withRef ? `${letters(col)}${rowNumber}` : null, c.value);
        const v = expectedCell(c.value);
        if (v !== null) {
          while (cells.length < col) cells.push(null);
          cells[col] = v;
        }
      }
      xml += `<row${r.withRef ? ` r="${rowNumber}"` : ''}>${inner}</row>`;
      if (cells.length > 0) rows.push({ row: rowNumber, cells });
    }
    return { xml, rows };
  }

  it('rows match the model for one write and for any chunking', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), (model, seeds) => {
        const { xml, rows } = build(model);
        expect(rowsOf(xml)).toEqual(rows);
        expect(rowsOf(xml, { cutSeeds: seeds })).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
