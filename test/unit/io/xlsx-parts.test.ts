// Direct tests of the small XLSX parts (src/io/xlsx-parts.ts): workbook.xml + relationships (which
// sheets, in which order, under which names, hidden or not, at which zip path), the shared-string
// table and the date styles. Through readXlsx a mistake here is a wrong sheet name, a shifted shared
// string or a date read as a number in some row; here each is pinned on hand-written parts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { bufferSource } from '../../../src/io/byte-source.js';
import { MissingSheetPart, readDateStyles, readSharedStrings, readXlsxWorkbook } from '../../../src/io/xlsx-parts.js';
import { ZipArchive } from '../../../src/io/zip-archive.js';
import { errorOf } from './read-helpers.js';
import { makeXlsx, makeZip } from './zip-fixture.js';
import type { ZipPart } from './zip-fixture.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const rel = (id: string, type: string, target: string, extra = ''): string => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"${extra}/>`;
const rels = (...items: string[]): string => `${DECL}<Relationships xmlns="${PKG}">${items.join('')}</Relationships>`;
const workbook = (sheets: string, before = ''): string => `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${before}<sheets>${sheets}</sheets></workbook>`;
const ROOT_RELS: ZipPart = { name: '_rels/.rels', data: rels(rel('rId1', 'officeDocument', 'xl/workbook.xml')) };
const part = (name: string): ZipPart => ({ name, data: '<worksheet/>' });

const openZip = (parts: readonly ZipPart[]): Promise<ZipArchive> => ZipArchive.open(bufferSource('book.xlsx', makeZip(parts)));

/**
 * A stand-in for ZipArchive that hands each part over in the chunks chosen by the test (a real
 * archive always inflates in ~16 KiB chunks), to put chunk boundaries anywhere in the XML.
 */
function chunkedZip(parts: Readonly<Record<string, string>>, cutsFor: (length: number) => readonly number[]): ZipArchive {
  const fake = {
    has: (name: string) => Object.hasOwn(parts, name),
    async *read(name: string): AsyncGenerator<Buffer> {
      const bytes = Buffer.from(parts[name] ?? '', 'utf8');
      let from = 0;
      for (const cut of [...cutsFor(bytes.length)].sort((a, b) => a - b)) {
        if (cut > from && cut < bytes.length) {
          yield bytes.subarray(from, cut);
          from = cut;
        }
      }
      yield bytes.subarray(from);
    },
  };
  return fake as unknown as ZipArchive;
}

describe('readXlsxWorkbook', () => {
  it('a workbook from the shared fixture: names and order, parts beside workbook.xml', async () => {
    const zip = await ZipArchive.open(bufferSource('book.xlsx', makeXlsx({ sheets: [{ name: 'DINAS A', sheetData: '' }, { name: 'DINAS B', sheetData: '' }] })));
    expect(await readXlsxWorkbook(zip)).toEqual({
      sheets: [
        { name: 'DINAS A', path: 'xl/worksheets/sheet1.xml', hidden: false },
        { name: 'DINAS B', path: 'xl/worksheets/sheet2.xml', hidden: false },
      ],
      date1904: false,
      sharedStringsPath: 'xl/sharedStrings.xml',
      stylesPath: 'xl/styles.xml',
    });
  });

  it('keeps workbook order (not part numbering), and marks hidden and veryHidden sheets', async () => {
    const zip = await openZip([
      ROOT_RELS,
      {
        name: 'xl/workbook.xml',
        data: workbook(
          '<sheet name="REKAP" sheetId="3" r:id="rId3"/>' +
            '<sheet name="DINAS A" sheetId="1" state="visible" r:id="rId1"/>' +
            '<sheet name="2023" sheetId="2" state="hidden" r:id="rId2"/>' +
            '<sheet name="MAKRO" sheetId="4" state="veryHidden" r:id="rId4"/>',
        ),
      },
      { name: 'xl/_rels/workbook.xml.rels', data: rels(rel('rId1', 'worksheet', 'worksheets/sheet1.xml'), rel('rId2', 'worksheet', 'worksheets/sheet2.xml'), rel('rId3', 'worksheet', 'worksheets/sheet3.xml'), rel('rId4', 'worksheet', 'worksheets/sheet4.xml')) },
      part('xl/worksheets/sheet1.xml'),
      part('xl/worksheets/sheet2.xml'),
      part('xl/worksheets/sheet3.xml'),
      part('xl/worksheets/sheet4.xml'),
    ]);
    const wb = await readXlsxWorkbook(zip);
    expect(wb.sheets).toEqual([
      { name: 'REKAP', path: 'xl/worksheets/sheet3.xml', hidden: false },
      { name: 'DINAS A', path: 'xl/worksheets/sheet1.xml', hidden: false },
      { name: '2023', path: 'xl/worksheets/sheet2.xml', hidden: true },
      { name: 'MAKRO', path: 'xl/worksheets/sheet4.xml', hidden: true },
    ]);
    expect([wb.sharedStringsPath, wb.stylesPath]).toEqual([null, null]);
  });

  it('decodes sheet names (entities, character references, non-ASCII) and names an unnamed sheet by position', async () => {
    const zip = await openZip([
      ROOT_RELS,
      { name: 'xl/workbook.xml', data: workbook('<sheet name="R&amp;D &quot;Bagian&quot; &#x2013; &#209;" r:id="rId1"/><sheet name="Dinas Pendidikan – Ñ 数据" r:id="rId2"/><sheet r:id="rId3"/>') },
      { name: 'xl/_rels/workbook.xml.rels', data: rels(rel('rId1', 'worksheet', 'worksheets/sheet1.xml'), rel('rId2', 'worksheet', 'worksheets/sheet2.xml'), rel('rId3', 'worksheet', 'worksheets/sheet3.xml')) },
      part('xl/worksheets/sheet1.xml'),
      part('xl/worksheets/sheet2.xml'),
      part('xl/worksheets/sheet3.xml'),
    ]);
    expect((await readXlsxWorkbook(zip)).sheets.map((s) => s.name)).toEqual(['R&D "Bagian" – Ñ', 'Dinas Pendidikan – Ñ 数据', 'Sheet3']);
  });

  it('resolves relationship targets: relative, "./", "../" and absolute (package-rooted)', async () => {
    const zip = await openZip([
      ROOT_RELS,
      { name: 'xl/workbook.xml', data: workbook('<sheet name="A" r:id="rId1"/><sheet name="B" r:id="rId2"/><sheet name="C" r:id="rId3"/><sheet name="D" r:id="rId4"/>') },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: rels(
          rel('rId1', 'worksheet', 'worksheets/sheet1.xml'),
          rel('rId2', 'worksheet', './worksheets/sheet2.xml'),
          rel('rId3', 'worksheet', '../xl/worksheets/sheet3.xml'),
          rel('rId4', 'worksheet', '/xl/worksheets/sheet4.xml'),
          rel('rId5', 'sharedStrings', '/xl/sharedStrings.xml'),
          rel('rId6', 'styles', 'theme/../styles.xml'),
        ),
      },
      part('xl/worksheets/sheet1.xml'),
      part('xl/worksheets/sheet2.xml'),
      part('xl/worksheets/sheet3.xml'),
      part('xl/worksheets/sheet4.xml'),
      { name: 'xl/sharedStrings.xml', data: '<sst/>' },
      { name: 'xl/styles.xml', data: '<styleSheet/>' },
    ]);
    const wb = await readXlsxWorkbook(zip);
    expect(wb.sheets.map((s) => s.path)).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml']);
    expect([wb.sharedStringsPath, wb.stylesPath]).toEqual(['xl/sharedStrings.xml', 'xl/styles.xml']);
  });

  it('finds a workbook stored elsewhere through _rels/.rels, with its parts relative to it', async () => {
    const parts = (rootTarget: string): ZipPart[] => [
      { name: '_rels/.rels', data: rels(rel('rId9', 'extended-properties', 'docProps/app.xml'), rel('rId1', 'officeDocument', rootTarget)) },
      { name: 'excel/book.xml', data: workbook('<sheet name="Data" r:id="s1"/>') },
      { name: 'excel/_rels/book.xml.rels', data: rels(rel('s1', 'worksheet', 'sheets/data.xml'), rel('s2', 'sharedStrings', 'strings.xml'), rel('s3', 'styles', '../excel/look.xml')) },
      part('excel/sheets/data.xml'),
      { name: 'excel/strings.xml', data: '<sst/>' },
      { name: 'excel/look.xml', data: '<styleSheet/>' },
      // Decoys at the usual places: must not be used.
      { name: 'xl/workbook.xml', data: workbook('<sheet name="WRONG" r:id="rId1"/>') },
      part('xl/worksheets/sheet1.xml'),
    ];
    const expected = { sheets: [{ name: 'Data', path: 'excel/sheets/data.xml', hidden: false }], date1904: false, sharedStringsPath: 'excel/strings.xml', stylesPath: 'excel/look.xml' };
    expect(await readXlsxWorkbook(await openZip(parts('excel/book.xml')))).toEqual(expected);
    expect(await readXlsxWorkbook(await openZip(parts('/excel/book.xml')))).toEqual(expected);
  });

  it('without package or workbook relationships: xl/workbook.xml, sheets by position, parts at their usual names', async () => {
    const zip = await openZip([
      { name: 'xl/workbook.xml', data: workbook('<sheet name="Satu" r:id="rId7"/><sheet name="Dua" r:id="rId8"/>') },
      part('xl/worksheets/sheet1.xml'),
      part('xl/worksheets/sheet2.xml'),
      { name: 'xl/sharedStrings.xml', data: '<sst/>' },
    ]);
    expect(await readXlsxWorkbook(zip)).toEqual({
      sheets: [
        { name: 'Satu', path: 'xl/worksheets/sheet1.xml', hidden: false },
        { name: 'Dua', path: 'xl/worksheets/sheet2.xml', hidden: false },
      ],
      date1904: false,
      sharedStringsPath: 'xl/sharedStrings.xml',
      stylesPath: null,
    });
  });

  it('a listed sheet whose part is missing is an error naming it, never a sheet dropped in silence', async () => {
    const zip = await openZip([
      { name: 'xl/workbook.xml', data: workbook('<sheet name="Satu" r:id="rId7"/><sheet name="Dua" r:id="rId8"/><sheet name="Tiga" r:id="rId9"/>') },
      part('xl/worksheets/sheet1.xml'),
      part('xl/worksheets/sheet2.xml'),
    ]);
    await expect(readXlsxWorkbook(zip)).rejects.toEqual(new MissingSheetPart('Tiga'));
  });

  it('a percent-encoded target names its part; a sheet without a relationship never takes another sheet\'s part', async () => {
    const encoded = await openZip([
      ROOT_RELS,
      { name: 'xl/workbook.xml', data: workbook('<sheet name="C" r:id="rId1"/>') },
      { name: 'xl/_rels/workbook.xml.rels', data: rels(rel('rId1', 'worksheet', 'worksheets/sheet%20C.xml')) },
      part('xl/worksheets/sheet C.xml'),
    ]);
    expect((await readXlsxWorkbook(encoded)).sheets).toEqual([{ name: 'C', path: 'xl/worksheets/sheet C.xml', hidden: false }]);
    // "Dua" has no relationship; sheet2.xml is "Satu"'s part: reading it again would count its rows twice.
    const taken = await openZip([
      ROOT_RELS,
      { name: 'xl/workbook.xml', data: workbook('<sheet name="Satu" r:id="rId1"/><sheet name="Dua" r:id="rId9"/>') },
      { name: 'xl/_rels/workbook.xml.rels', data: rels(rel('rId1', 'worksheet', 'worksheets/sheet2.xml')) },
      part('xl/worksheets/sheet2.xml'),
    ]);
    await expect(readXlsxWorkbook(taken)).rejects.toEqual(new MissingSheetPart('Dua'));
  });

  it('leaves out chartsheets and dialog sheets, and ignores external relationships', async () => {
    const zip = await openZip([
      ROOT_RELS,
      { name: 'xl/workbook.xml', data: workbook('<sheet name="Grafik" r:id="rId1"/><sheet name="Data" r:id="rId2"/><sheet name="Dialog" r:id="rId3"/>') },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: rels(
          rel('rId1', 'chartsheet', 'chartsheets/sheet1.xml'),
          rel('rId2', 'worksheet', 'worksheets/sheet1.xml'),
          rel('rId3', 'dialogsheet', 'dialogsheets/sheet1.xml'),
          rel('rId4', 'sharedStrings', 'http://example.com/strings.xml', ' TargetMode="External"'),
        ),
      },
      part('xl/chartsheets/sheet1.xml'),
      part('xl/worksheets/sheet1.xml'),
      part('xl/dialogsheets/sheet1.xml'),
    ]);
    const wb = await readXlsxWorkbook(zip);
    expect(wb.sheets).toEqual([{ name: 'Data', path: 'xl/worksheets/sheet1.xml', hidden: false }]);
    expect(wb.sharedStringsPath).toBeNull();
  });

  it('reads prefixed elements and Strict OOXML relationship types', async () => {
    const STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
    const strictRel = (id: string, type: string, target: string): string => `<Relationship Id="${id}" Type="${STRICT}/${type}" Target="${target}"/>`;
    const zip = await openZip([
      { name: '_rels/.rels', data: rels(strictRel('rId1', 'officeDocument', 'xl/workbook.xml')) },
      { name: 'xl/workbook.xml', data: `${DECL}<x:workbook xmlns:x="${MAIN}" xmlns:rel="${STRICT}"><x:workbookPr date1904="true"/><x:sheets><x:sheet name="Data" sheetId="1" state="hidden" rel:id="rId1"/></x:sheets></x:workbook>` },
      { name: 'xl/_rels/workbook.xml.rels', data: rels(strictRel('rId1', 'worksheet', 'worksheets/data.xml'), strictRel('rId2', 'sharedStrings', 'sharedStrings.xml'), strictRel('rId3', 'styles', 'styles.xml')) },
      part('xl/worksheets/data.xml'),
      { name: 'xl/sharedStrings.xml', data: '<sst/>' },
      { name: 'xl/styles.xml', data: '<styleSheet/>' },
    ]);
    expect(await readXlsxWorkbook(zip)).toEqual({
      sheets: [{ name: 'Data', path: 'xl/worksheets/data.xml', hidden: true }],
      date1904: true,
      sharedStringsPath: 'xl/sharedStrings.xml',
      stylesPath: 'xl/styles.xml',
    });
  });

  it.each([
    { pr: '<workbookPr date1904="1"/>', date1904: true },
    { pr: '<workbookPr date1904="true" defaultThemeVersion="124226"/>', date1904: true },
    { pr: '<workbookPr date1904="0"/>', date1904: false },
    { pr: '<workbookPr date1904="false"/>', date1904: false },
    { pr: '<workbookPr defaultThemeVersion="124226"/>', date1904: false },
    { pr: '', date1904: false },
  ])('the 1904 date system: $pr → $date1904', async ({ pr, date1904 }) => {
    const zip = await openZip([ROOT_RELS, { name: 'xl/workbook.xml', data: workbook('<sheet name="S" r:id="rId1"/>', pr) }, part('xl/worksheets/sheet1.xml')]);
    expect((await readXlsxWorkbook(zip)).date1904).toBe(date1904);
  });

  it('finds a part whose relationship target differs from the entry name in case, keeping the target spelling', async () => {
    const zip = await openZip([
      ROOT_RELS,
      { name: 'xl/workbook.xml', data: workbook('<sheet name="S" r:id="rId1"/>') },
      { name: 'xl/_rels/workbook.xml.rels', data: rels(rel('rId1', 'worksheet', 'Worksheets/Sheet1.xml'), rel('rId2', 'sharedStrings', 'SharedStrings.xml')) },
      part('xl/worksheets/sheet1.xml'),
      { name: 'xl/sharedStrings.xml', data: '<sst/>' },
    ]);
    const wb = await readXlsxWorkbook(zip);
    expect(wb.sheets).toEqual([{ name: 'S', path: 'xl/Worksheets/Sheet1.xml', hidden: false }]);
    expect(wb.sharedStringsPath).toBe('xl/SharedStrings.xml');
    expect((await zip.readAll(wb.sheets[0]?.path ?? '')).toString()).toBe('<worksheet/>');
  });

  it('a missing workbook part is a corrupt workbook naming the part', async () => {
    const noWorkbook = await openZip([{ name: '[Content_Types].xml', data: '<Types/>' }]);
    expect(((await errorOf(readXlsxWorkbook(noWorkbook))) as InputError).detail).toEqual({ code: 'io.corrupt_workbook', params: { file: 'book.xlsx', reason: 'missing part xl/workbook.xml' } });
    const pointsNowhere = await openZip([{ name: '_rels/.rels', data: rels(rel('rId1', 'officeDocument', 'excel/book.xml')) }, { name: 'xl/workbook.xml', data: workbook('') }]);
    const err = await errorOf(readXlsxWorkbook(pointsNowhere));
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).detail.params?.['reason']).toBe('missing part excel/book.xml');
  });

  it('malformed workbook or relationship XML raises the parser error (readXlsx turns it into a corrupt workbook)', async () => {
    const badWorkbook = await openZip([ROOT_RELS, { name: 'xl/workbook.xml', data: `${DECL}<workbook><sheets><sheet name="A" r:id="rId1"/></workbook>` }]);
    await expect(readXlsxWorkbook(badWorkbook)).rejects.toThrow(new Error('unexpected close tag.'));
    const truncated = await openZip([ROOT_RELS, { name: 'xl/workbook.xml', data: `${DECL}<workbook><sheets><sheet name="A" r:id="rId1"/>` }]);
    await expect(readXlsxWorkbook(truncated)).rejects.toThrow(new Error('unclosed tag: sheets'));
    const badRels = await openZip([ROOT_RELS, { name: 'xl/workbook.xml', data: workbook('') }, { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships><Relationship Id="a" Target="x">' }]);
    await expect(readXlsxWorkbook(badRels)).rejects.toThrow(new Error('unclosed tag: Relationship'));
  });
});

describe('readSharedStrings', () => {
  const sst = (items: string): string => `${DECL}<sst xmlns="${MAIN}" count="9" uniqueCount="9">${items}</sst>`;

  it('no shared-string part: an empty table', async () => {
    expect(await readSharedStrings(chunkedZip({}, () => []), null)).toEqual([]);
  });

  it('joins rich-text runs, skips phonetic runs, decodes entities and CDATA, keeps whitespace and empty items in place', async () => {
    const zip = await openZip([{
      name: 'xl/sharedStrings.xml',
      data: sst(
        '<si><t>NAMA</t></si>' +
          '<si><r><rPr><b/><sz val="11"/><rFont val="Calibri"/></rPr><t xml:space="preserve">SITI </t></r><r><t>AMINAH</t></r></si>' +
          '<si><t>山田</t><rPh sb="0" eb="2"><t>ヤマダ</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>' +
          '<si><r><t>ka</t></r><rPh sb="0" eb="1"><t>カ</t></rPh><r><t>na</t></r></si>' +
          '<si/>' +
          '<si><t/></si>' +
          '<si><t>YOHANA &amp; ANAK &lt;3&gt; &quot;x&quot; &apos;y&apos; &#x41;&#66;&#x1F600;</t></si>' +
          '<si><t><![CDATA[a < b & c]]></t></si>' +
          '<si><t xml:space="preserve">  3671014501900001  </t></si>' +
          '<si><t>baris satu\nbaris dua</t></si>',
      ),
    }]);
    expect(await readSharedStrings(zip, 'xl/sharedStrings.xml')).toEqual([
      'NAMA',
      'SITI AMINAH',
      '山田',
      'kana',
      '',
      '',
      'YOHANA & ANAK <3> "x" \'y\' AB😀',
      'a < b & c',
      '  3671014501900001  ',
      'baris satu\nbaris dua',
    ]);
  });

  it('reads a table larger than one inflated chunk, multi-byte characters included, index for index', async () => {
    const strings = Array.from({ length: 20_000 }, (_, i) => `${i} ÑOÑO É 数据 😀 ${'x'.repeat(i % 7)}`);
    const zip = await openZip([{ name: 'xl/sharedStrings.xml', data: sst(strings.map((s) => `<si><t>${s}</t></si>`).join('')) }]);
    expect(await readSharedStrings(zip, 'xl/sharedStrings.xml')).toEqual(strings);
  });

  /** Writes a string as shared-string XML in one of several ways a writer may choose. */
  const encode = (s: string, how: 'named' | 'numeric' | 'cdata', runsAt: readonly number[], phonetic: boolean): string => {
    const points = Array.from(s);
    const cuts = [...new Set(runsAt.map((n) => n % (points.length + 1)))].sort((a, b) => a - b);
    const pieces: string[] = [];
    let from = 0;
    for (const c of [...cuts, points.length]) {
      pieces.push(points.slice(from, c).join(''));
      from = c;
    }
    const escape = (t: string): string => {
      if (how === 'cdata' && !t.includes(']]>')) return `<![CDATA[${t}]]>`;
      return how === 'named'
        ? t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        : t.replace(/[&<>]/g, (ch) => `&#${ch === '&' ? 'x26' : ch === '<' ? '60' : 'x3E'};`);
    };
    const body = pieces.length === 1 ? `<t>${escape(s)}</t>` : pieces.map((p) => `<r><rPr><b/></rPr><t xml:space="preserve">${escape(p)}</t></r>`).join('');
    return `<si>${body}${phonetic ? '<rPh sb="0" eb="1"><t>ヨミ &amp; x</t></rPh>' : ''}</si>`;
  };
  const entryArb = fc.record({
    text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('SITI & ANAK', '<NIK>', ']]>', 'a]]b', '&amp;', '')),
    how: fc.constantFrom<'named' | 'numeric' | 'cdata'>('named', 'numeric', 'cdata'),
    runsAt: fc.array(fc.nat(), { maxLength: 3 }),
    phonetic: fc.boolean(),
  });

  it('property: the same table split into chunks at any byte gives the same strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entryArb, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 12 }), async (entries, cuts) => {
        const xml = sst(entries.map((e) => encode(e.text, e.how, e.runsAt, e.phonetic)).join(''));
        const zip = chunkedZip({ s: xml }, (len) => cuts.map((c) => c % (len + 1)));
        expect(await readSharedStrings(zip, 's')).toEqual(entries.map((e) => e.text));
      }),
      { numRuns: 300 },
    );
  });

  it('a shared string longer than 64 Ki characters, with entities and multi-byte characters, in odd-sized chunks', async () => {
    const unit = 'BUDI & SITI <3> Ñ 数 😀 ';
    const long = unit.repeat(12_000);
    const xml = sst(`<si><t>a</t></si><si><t>${long.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</t></si><si><t>z</t></si>`);
    for (const step of [1021, 4096, 65_537]) {
      const zip = chunkedZip({ s: xml }, (len) => Array.from({ length: Math.floor(len / step) }, (_, i) => (i + 1) * step));
      const strings = await readSharedStrings(zip, 's');
      expect(strings.length).toBe(3);
      expect(strings[1] === long).toBe(true);
      expect([strings[0], strings[2]]).toEqual(['a', 'z']);
    }
  });

  it('refuses a shared string over 16 Mi characters instead of holding it', async () => {
    const fake = {
      async *read(): AsyncGenerator<Buffer> {
        yield Buffer.from('<sst><si><t>');
        const mib = Buffer.alloc(1024 * 1024, 'A');
        for (let i = 0; i < 17; i++) yield mib;
        yield Buffer.from('</t></si></sst>');
      },
    } as unknown as ZipArchive;
    await expect(readSharedStrings(fake, 's')).rejects.toThrow(new Error('shared string longer than 16777216 characters'));
  });

  it('a truncated table raises an error instead of returning what was read', async () => {
    await expect(readSharedStrings(chunkedZip({ s: sst('<si><t>a</t></si>').replace('</sst>', '<si><t>b') }, () => []), 's')).rejects.toThrow(new Error('XML ends inside an element'));
    await expect(readSharedStrings(chunkedZip({ s: '<sst><si><t>a</t></si><si' }, () => []), 's')).rejects.toThrow(new Error('XML ends inside a tag'));
  });
});

describe('readDateStyles', () => {
  const styles = (numFmts: string, cellXfs: string, extra = ''): string =>
    `${DECL}<styleSheet xmlns="${MAIN}"><numFmts count="9">${numFmts}</numFmts><fonts count="1"><font/></fonts>` +
    `<cellStyleXfs count="2"><xf numFmtId="14"/><xf numFmtId="164"/></cellStyleXfs><cellXfs count="99">${cellXfs}</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>${extra}</styleSheet>`;

  it('no styles part: no date styles', async () => {
    expect(await readDateStyles(chunkedZip({}, () => []), null)).toEqual([]);
  });

  it('marks each cell style whose number format is a date: built-in ids and custom codes, in cellXfs order', async () => {
    const custom: readonly [number, string, boolean][] = [
      [164, 'dd/mm/yyyy', true],
      [165, '[$-421]d mmmm yyyy', true],
      [166, '0', false],
      [167, '@', false],
      [168, '#,##0', false],
      [169, '&quot;Rp&quot;\\ #,##0', false],
      [170, 'yyyy\\-mm\\-dd;@', true],
      [171, '[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy', true],
      [172, '#,##0.00_);[Red]\\(#,##0.00\\)', false],
      [173, 'mmm\\-yy', true],
      [174, 'h:mm:ss', false],
      [175, '[$Rp-421]#,##0', false],
      [176, '0&quot; days&quot;', false],
    ];
    const builtin: readonly [number, boolean][] = [[0, false], [1, false], [3, false], [4, false], [9, false], [10, false], [11, false], [12, false], [13, false], [14, true], [15, true], [16, true], [17, true], [18, true], [19, true], [20, true], [21, true], [22, true], [37, false], [44, false], [45, true], [46, true], [47, true], [48, false], [49, false]];
    const all = [...custom.map(([id, , d]) => [id, d] as const), ...builtin];
    const zip = await openZip([{
      name: 'xl/styles.xml',
      data: styles(
        custom.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`).join(''),
        all.map(([id]) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join(''),
        // Differential formats (conditional formatting) come after cellXfs and must not change them.
        '<dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="dd/mm/yyyy"/></dxf></dxfs>',
      ),
    }]);
    expect(await readDateStyles(zip, 'xl/styles.xml')).toEqual(all.map(([, d]) => d));
  });

  it('an xf without numFmtId is General; cellStyleXfs are not cell styles; prefixed elements are read', async () => {
    const zip = await openZip([{
      name: 's.xml',
      data: `<x:styleSheet xmlns:x="${MAIN}"><x:numFmts><x:numFmt numFmtId="200" formatCode="d/m/yyyy"/></x:numFmts><x:cellStyleXfs><x:xf numFmtId="200"/></x:cellStyleXfs>` +
        '<x:cellXfs><x:xf fontId="0"/><x:xf numFmtId="200"><x:alignment horizontal="center"/></x:xf><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>',
    }]);
    expect(await readDateStyles(zip, 's.xml')).toEqual([false, true, true]);
  });

  it('a custom format code given to a built-in id decides for that id', async () => {
    const zip = await openZip([{ name: 's.xml', data: styles('<numFmt numFmtId="14" formatCode="0.00"/><numFmt numFmtId="1" formatCode="dd/mm/yy"/>', '<xf numFmtId="14"/><xf numFmtId="1"/>') }]);
    expect(await readDateStyles(zip, 's.xml')).toEqual([false, true]);
  });

  it('malformed styles XML raises the parser error', async () => {
    const zip = await openZip([{ name: 's.xml', data: '<styleSheet><cellXfs><xf numFmtId="14"></cellXfs></styleSheet>' }]);
    await expect(readDateStyles(zip, 's.xml')).rejects.toThrow(new Error('unexpected close tag.'));
  });
});
