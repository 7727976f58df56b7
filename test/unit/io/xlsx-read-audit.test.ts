// Mutation audit of the exceljs-free XLSX reader (xml-scanner, xml-stream, zip-archive, xlsx-parts,
// xlsx-sheet-rows, excel-serial, excel-date-format). Each test here kills a code change that the
// older tests let through; expected values come from ECMA-376, Excel's documented behaviour and
// DOMAIN.md, not from the current output.
import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { InputError } from '../../../src/errors.js';
import { bufferSource } from '../../../src/io/byte-source.js';
import { isBuiltinDateFormat, isDateFormatCode } from '../../../src/io/excel-date-format.js';
import { excelSerialToIso } from '../../../src/normalize/excel-serial.js';
import type { RawCell } from '../../../src/io/raw-cell.js';
import type { RawRow } from '../../../src/io/raw-sheet.js';
import { readXlsx } from '../../../src/io/read-xlsx.js';
import { sheetRowHandlers } from '../../../src/io/xlsx-sheet-rows.js';
import type { SheetContext } from '../../../src/io/xlsx-sheet-rows.js';
import { decodeEntities, getAttribute, XmlScanner } from '../../../src/io/xml-scanner.js';
import type { ScanHandlers } from '../../../src/io/xml-scanner.js';
import { attr } from '../../../src/io/xml-stream.js';
import { ZipArchive } from '../../../src/io/zip-archive.js';
import type { ZipLimits } from '../../../src/io/zip-archive.js';
import { errorOf } from './read-helpers.js';
import { makeXlsx, makeZip } from './zip-fixture.js';
import type { ZipPart } from './zip-fixture.js';

const CTX: SheetContext = { sharedStrings: ['NAMA', 'NIK'], dateStyles: [false, true], date1904: false };
const num = (raw: string): RawCell => ({ kind: 'number', raw });

/** Rows of a worksheet whose `<sheetData>` holds `sheetData`, written to the scanner in one piece or at `cuts`. */
function rowsOf(sheetData: string, ctx: SheetContext = CTX, cuts: readonly number[] = []): RawRow[] {
  const xml = `<?xml version="1.0"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`;
  const out: RawRow[] = [];
  const scanner = new XmlScanner(sheetRowHandlers(ctx, out));
  let from = 0;
  for (const cut of cuts) {
    scanner.write(xml.slice(from, cut));
    from = cut;
  }
  scanner.write(xml.slice(from));
  scanner.end();
  return out;
}

/** Every event of the scanner as a string, text pieces joined. */
function events(chunks: readonly string[], maxTokenChars?: number): string[] {
  const out: string[] = [];
  const h: ScanHandlers = {
    open: (name, raw, self) => out.push(`<${name}${self ? '/' : ''}|${raw.trim()}`),
    text: (t) => {
      if (out.length > 0 && out[out.length - 1]!.startsWith('#')) out[out.length - 1] += t;
      else out.push(`#${t}`);
    },
    close: (name) => out.push(`</${name}`),
  };
  const scanner = new XmlScanner(h, maxTokenChars);
  for (const c of chunks) scanner.write(c);
  scanner.end();
  return out;
}

async function readBook(bytes: Buffer): Promise<{ sheet: string; hidden: boolean; rows: RawRow[] }[]> {
  const out: { sheet: string; hidden: boolean; rows: RawRow[] }[] = [];
  for await (const sheet of readXlsx(bufferSource('roster.xlsx', bytes))) {
    const rows: RawRow[] = [];
    for await (const batch of sheet.batches) rows.push(...batch);
    out.push({ sheet: sheet.sheet, hidden: sheet.hidden === true, rows });
  }
  return out;
}

describe('excelSerialToIso: the calendar around the edges Excel users meet', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    // 2024 is a real leap year: the phantom-day correction must not touch it.
    [45351, '2024-02-29'],
    [45352, '2024-03-01'],
    [45000, '2023-03-15'],
    // Time of day (18:00) is dropped, never rounded into the next day.
    [45000.75, '2023-03-15'],
    [2958465, '9999-12-31'],
  ])('1900 system: serial %s is %s', (serial, iso) => {
    expect(excelSerialToIso(serial, false)).toBe(iso);
  });

  it.each([0, 0.5, 60, 60.5, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY])('1900 system: serial %s is no real date', (serial) => {
    expect(excelSerialToIso(serial, false)).toBeNull();
  });

  it('1904 system: serial 0 is 1904-01-01, and the same day is 1462 serials lower than in 1900', () => {
    expect(excelSerialToIso(0, true)).toBe('1904-01-01');
    expect(excelSerialToIso(1, true)).toBe('1904-01-02');
    expect(excelSerialToIso(45000 - 1462, true)).toBe('2023-03-15');
    expect(excelSerialToIso(-1, true)).toBeNull();
  });
});

describe('excel-date-format: which number formats make a serial a date', () => {
  it.each([
    ['DD/MM/YYYY', true],
    ['yyyy', true],
    ['[$-421]dd mmmm yyyy', true],
    ['mmm-yy', true],
    ['mmmm', true],
    // Brackets (colour, locale, elapsed hours) and quoted text never make a date.
    ['[Red]#,##0', false],
    ['[Red]0.00;[Blue]-0.00', false],
    ['0 "hari"', false],
    ['#,##0 "days"', false],
    ['0\\d', false],
    // m next to h or s is minutes: a time of day, not a date.
    ['h:mm', false],
    ['mm:ss', false],
    ['hh:mm:ss', false],
    ['General', false],
    ['@', false],
  ])('%s → %s', (code, isDate) => {
    expect(isDateFormatCode(code)).toBe(isDate);
  });

  it('built-in ids 14–22 and 45–47 are dates, their neighbours are not', () => {
    const dates = [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47];
    for (let id = 0; id < 60; id++) expect(isBuiltinDateFormat(id), `id ${id}`).toBe(dates.includes(id));
  });
});

describe('xml-scanner: attributes and entities as writers really emit them', () => {
  it('matches an attribute by its whole name, never by a prefix of a longer one', () => {
    expect(getAttribute(' rr="9" r="B2"', 'r')).toBe('B2');
    expect(getAttribute(' spans="1:3" s="4"', 's')).toBe('4');
    expect(getAttribute(' rr="9"', 'r')).toBeUndefined();
  });

  it('reads single quotes, spaces around "=", and decodes entities in values', () => {
    expect(getAttribute(" t='s' r='C7'", 'r')).toBe('C7');
    expect(getAttribute(' r = "D4" t = "str"', 't')).toBe('str');
    expect(getAttribute(' r="A1" t="a&amp;b&#x41;"', 't')).toBe('a&bA');
  });

  it('decodes upper-case hex references and &apos;, leaves out-of-range references as written', () => {
    expect(decodeEntities('&#X41;&#x42;&#67;')).toBe('ABC');
    expect(decodeEntities('O&apos;NEIL &quot;X&quot; &lt;&gt;')).toBe('O\'NEIL "X" <>');
    expect(decodeEntities('&#x110000;')).toBe('&#x110000;');
    expect(decodeEntities('&#1114112;')).toBe('&#1114112;');
  });

  it('ends a tag name at a line break or tab before the attributes', () => {
    expect(events(['<c\nr="A1"\tt="s"><v>1</v></c>'])).toEqual(['<c|r="A1"\tt="s"', '<v|', '#1', '</v', '</c']);
    expect(events(['<row\r\n r="2"/>'])).toEqual(['<row/|r="2"', '</row']);
  });

  it('a ">" inside a single-quoted attribute value does not end the tag', () => {
    expect(events(["<a x='1>2' y=\"3\">t</a>"])).toEqual(["<a|x='1>2' y=\"3\"", '#t', '</a']);
  });

  it('keeps a character reference whole when a long text is split inside it', () => {
    // Text beyond 64 Ki characters is handed on in pieces; a reference cut at the chunk boundary
    // must still decode (here 😀, 9 characters as "&#x1F600;").
    const head = 'A'.repeat(70_000);
    const out = events(['<t>' + head + '&#x1F6', '00;B</t>']);
    expect(out).toEqual(['<t|', `#${head}😀B`, '</t']);
  });

  it('holds a pending token of exactly maxTokenChars characters, refuses one more', () => {
    expect(() => events(['<a b="' + 'x'.repeat(3), '">t</a>'], 10)).not.toThrow(); // 9 characters pending
    expect(() => events(['<a b="' + 'x'.repeat(4), '">t</a>'], 10)).not.toThrow(); // exactly 10
    expect(() => events(['<a b="' + 'x'.repeat(5), '">t</a>'], 10)).toThrow(/longer than 10/);
  });
});

describe('xml-stream attr: namespaced attributes', () => {
  it('finds r:id by its local name only, not an attribute that merely ends in "id"', () => {
    expect(attr({ 'xr:uid': '{0001}', 'r:id': 'rId3' }, 'id')).toBe('rId3');
    expect(attr({ uid: 'x', 'r:id': 'rId4' }, 'id')).toBe('rId4');
    expect(attr({ 'xr:uid': '{0001}' }, 'id')).toBeUndefined();
  });
});

describe('xlsx-sheet-rows: cells as Excel and other writers lay them out', () => {
  it('a pretty-printed sheet: formula text and indentation never leak into the cached value', () => {
    const xml = `
      <row r="1">
        <c r="A1" t="str">
          <f>CONCATENATE("BUDI"," ","SANTOSO")</f>
          <v>BUDI SANTOSO</v>
        </c>
        <c r="B1" t="str">
          <f>A1&amp;"X"</f>
          <v>BUDI SANTOSOX</v>
        </c>
        <c r="C1">
          <f>SUM(1,2)</f>
          <v>3</v>
        </c>
      </row>`;
    expect(rowsOf(xml)).toEqual([{ row: 1, cells: ['BUDI SANTOSO', 'BUDI SANTOSOX', num('3')] }]);
  });

  it('booleans: 1/0 and true/false in any case; error cells keep their code', () => {
    const xml = '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>TRUE</v></c><c r="C1" t="b"><v>0</v></c><c r="D1" t="e"><v>#N/A</v></c></row>';
    expect(rowsOf(xml)[0]?.cells).toEqual(['TRUE', 'TRUE', 'FALSE', '#N/A']);
  });

  it('an ISO date cell (t="d") that is no real date stays text for the date reader', () => {
    const xml = '<row r="1"><c r="A1" t="d"><v>2024-02-30T00:00:00</v></c><c r="B1" t="d"><v>2024-02-29T00:00:00</v></c></row>';
    expect(rowsOf(xml)[0]?.cells).toEqual(['2024-02-30T00:00:00', { kind: 'date', iso: '2024-02-29', serial: null }]);
  });

  it('a gap left by a missing cell is null, never a hole', () => {
    const cells = rowsOf('<row r="3"><c r="C3"><v>7</v></c></row>')[0]?.cells ?? [];
    expect(cells).toHaveLength(3);
    expect(0 in cells && 1 in cells).toBe(true);
    expect(cells).toEqual([null, null, num('7')]);
  });

  it('a date-styled cell whose text is not a number stays a number cell with its text', () => {
    expect(rowsOf('<row r="1"><c r="A1" s="1"><v>abc</v></c></row>')[0]?.cells).toEqual([num('abc')]);
  });

  it('a 16-digit NIK stored as a number keeps its digits (also under a date style when out of range)', () => {
    // Synthetic NIK; as a serial it is far beyond 9999-12-31, so it is no date.
    expect(rowsOf('<row r="1"><c r="A1" s="1"><v>3201010101900001</v></c></row>')[0]?.cells).toEqual([num('3201010101900001')]);
  });

  it('phonetic runs inside an inline string are not part of the value', () => {
    const xml = '<row r="1"><c r="A1" t="inlineStr"><is><r><t>山田</t></r><rPh sb="0" eb="2"><t>ヤマダ</t></rPh><r><t>太郎</t></r></is></c></row>';
    expect(rowsOf(xml)[0]?.cells).toEqual(['山田太郎']);
  });
});

describe('xlsx-sheet-rows: odd but harmless references and values', () => {
  it('a cell reference without column letters falls back to the next column, never overwriting the previous cell', () => {
    // A hand-edited or buggy writer's r="5": the value must land in B, not replace A.
    expect(rowsOf('<row r="5"><c r="A5"><v>1</v></c><c r="5"><v>2</v></c></row>')[0]?.cells).toEqual([num('1'), num('2')]);
  });

  it('a shared-string cell whose index is only whitespace refers to nothing (not to string 0, the header)', () => {
    expect(rowsOf('<row r="2"><c r="A2" t="s"><v> </v></c><c r="B2" t="s"><v>1</v></c></row>')[0]?.cells).toEqual([null, 'NIK']);
  });
});

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

describe('xlsx-parts through readXlsx: what a roster user sees', () => {
  it('undoes Excel\'s _xHHHH_ escapes in shared strings (Alt+Enter in a name)', async () => {
    const bytes = makeXlsx({
      sharedStrings: ['BUDI_x000D_\nSANTOSO', 'A_x005F_x0041_B'],
      sheets: [{ name: 'DATA', sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' }],
    });
    const [sheet] = await readBook(bytes);
    expect(sheet?.rows[0]?.cells).toEqual(['BUDI\r\nSANTOSO', 'A_x0041_B']);
  });

  it('a workbook outside xl/ without a relationship to its shared strings finds them beside itself', async () => {
    // _rels/.rels points at excel/book.xml; its own rels list the sheet only.
    const parts: ZipPart[] = [
      { name: '_rels/.rels', data: `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="excel/book.xml"/></Relationships>` },
      { name: 'excel/book.xml', data: `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="DATA" sheetId="1" r:id="rId1"/></sheets></workbook>` },
      { name: 'excel/_rels/book.xml.rels', data: `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>` },
      { name: 'excel/sharedStrings.xml', data: `<sst xmlns="${MAIN}"><si><t>NAMA</t></si><si><t>SITI AMINAH</t></si></sst>` },
      { name: 'excel/worksheets/sheet1.xml', data: `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>` },
    ];
    const [sheet] = await readBook(makeZip(parts));
    expect(sheet?.rows).toEqual([
      { row: 1, cells: ['NAMA'] },
      { row: 2, cells: ['SITI AMINAH'] },
    ]);
  });
});

describe('zip-archive: the ratio limit at its edge', () => {
  it('refuses an entry compressed just over maxRatio:1 (less than one over)', async () => {
    const data = Buffer.from('<sheetData>' + ' '.repeat(2_000_000) + '</sheetData>');
    const ratio = data.length / deflateRawSync(data).length;
    const limits: ZipLimits = { maxEntryBytes: 1e12, maxTotalBytes: 1e12, maxRatio: ratio - 0.5, ratioMinBytes: 1 };
    const zip = await ZipArchive.open(bufferSource('roster.xlsx', makeZip([{ name: 'xl/a.xml', data }])), limits);
    const err = await errorOf(zip.readAll('xl/a.xml'));
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).detail.code).toBe('io.zip_bomb');
    zip.close();
  });
});

describe('zip-archive: a declared size one over maxEntryBytes', () => {
  it('is refused before any inflated byte is handed on, even for an entry inflated in several chunks', async () => {
    const data = Buffer.from('<sheetData>' + '<row/>'.repeat(40_000) + '</sheetData>');
    const limits: ZipLimits = { maxEntryBytes: data.length - 1, maxTotalBytes: 1e12, maxRatio: 1e12, ratioMinBytes: 1e12 };
    const zip = await ZipArchive.open(bufferSource('roster.xlsx', makeZip([{ name: 'xl/a.xml', data }])), limits);
    const seen: Buffer[] = [];
    const err = await errorOf((async () => {
      for await (const chunk of zip.read('xl/a.xml')) seen.push(chunk);
    })());
    expect((err as InputError).detail).toEqual({ code: 'io.zip_bomb', params: { file: 'roster.xlsx', entry: 'xl/a.xml', size: data.length, limit: data.length - 1 } });
    expect(seen).toEqual([]);
    zip.close();
  });
});

describe('date serials with floating-point noise below midnight', () => {
  // Was a bug: the serial was floored, so 44999.99999999999 read as 2023-03-14, while Excel (15
  // significant digits, DOMAIN.md) holds and shows it as 45000 = 15/03/2023: a birth date one day off.
  it('a date-styled 44999.99999999999 is 2023-03-15, as Excel shows it', () => {
    const cell = rowsOf('<row r="1"><c r="A1" s="1"><v>44999.99999999999</v></c></row>')[0]?.cells[0];
    expect(cell).toMatchObject({ kind: 'date', iso: '2023-03-15' });
  });

  it('a real time of day, even a second before midnight, stays on its day', () => {
    const cell = rowsOf('<row r="1"><c r="A1" s="1"><v>44999.99999</v></c></row>')[0]?.cells[0];
    expect(cell).toMatchObject({ kind: 'date', iso: '2023-03-14' });
  });
});
