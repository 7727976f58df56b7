import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordParser } from '../../../src/io/csv-record-parser.js';
import { csvCellText, id, num, text, type CsvCell } from '../../../src/report/csv-cell.js';
import { DEFAULT_CSV_FORMAT, formatCsv, quoteCsvField, type CsvFormat } from '../../../src/report/csv-format.js';
import { NIK_A, NIK_PAPUA } from './report-fixtures.js';

const comma: CsvFormat = { delimiter: ',', bom: false, excelSafe: false };
const semicolon: CsvFormat = { delimiter: ';', bom: false, excelSafe: false };

function parse(csv: string, delimiter: string): string[][] {
  return new CsvRecordParser(delimiter).push(csv, true);
}

describe('DEFAULT_CSV_FORMAT', () => {
  it('is comma-separated, without BOM, identifiers not wrapped', () => {
    expect(DEFAULT_CSV_FORMAT).toEqual({ delimiter: ',', bom: false, excelSafe: false });
  });
});

describe('quoteCsvField', () => {
  it.each([
    { description: 'an empty field', value: '', delimiter: ',', expected: '' },
    { description: 'plain text', value: 'SITI AMINAH', delimiter: ',', expected: 'SITI AMINAH' },
    { description: 'spaces around text (kept, not quoted)', value: '  Hj. SITI ', delimiter: ',', expected: '  Hj. SITI ' },
    { description: 'a comma', value: 'AMINAH, S.Pd', delimiter: ',', expected: '"AMINAH, S.Pd"' },
    { description: 'a comma under a semicolon delimiter', value: 'AMINAH, S.Pd', delimiter: ';', expected: '"AMINAH, S.Pd"' },
    { description: 'the semicolon delimiter', value: 'a;b', delimiter: ';', expected: '"a;b"' },
    { description: 'a semicolon under the comma delimiter', value: 'a;b', delimiter: ',', expected: 'a;b' },
    { description: 'the TAB delimiter', value: 'a\tb', delimiter: '\t', expected: '"a\tb"' },
    { description: 'a TAB under the comma delimiter', value: 'a\tb', delimiter: ',', expected: 'a\tb' },
    { description: 'the pipe delimiter', value: 'a|b', delimiter: '|', expected: '"a|b"' },
    { description: 'quotes (doubled)', value: 'say "hi"', delimiter: ',', expected: '"say ""hi"""' },
    { description: 'a lone quote', value: '"', delimiter: ',', expected: '""""' },
    { description: 'a line feed', value: 'JL. MERDEKA\nNO 1', delimiter: ',', expected: '"JL. MERDEKA\nNO 1"' },
    { description: 'a carriage return', value: 'a\rb', delimiter: ',', expected: '"a\rb"' },
    { description: 'CRLF', value: 'a\r\nb', delimiter: ';', expected: '"a\r\nb"' },
    { description: 'an Excel text wrapper', value: `="${NIK_A}"`, delimiter: ',', expected: `"=""${NIK_A}"""` },
    { description: 'a neutralized formula (no special character)', value: `'=1+1`, delimiter: ',', expected: `'=1+1` },
  ])('$description', ({ value, delimiter, expected }) => {
    expect(quoteCsvField(value, delimiter)).toBe(expected);
  });

  it('property: a quoted field reads back as that one field, for every delimiter', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), fc.constantFrom(',', ';', '\t', '|'), (a, b, d) => {
        fc.pre(a !== '' || b !== '');
        const line = `${quoteCsvField(a, d)}${d}${quoteCsvField(b, d)}`;
        expect(parse(`${line}\n`, d)).toEqual([[a, b]]);
      }),
    );
  });

  it('property: a field is left bare exactly when it holds no delimiter, quote, CR or LF', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(',', ';', '\t', '|'), (v, d) => {
        const special = v.includes(d) || /[",\r\n]/.test(v);
        const q = quoteCsvField(v, d);
        if (special) expect(q).toBe(`"${v.replace(/"/g, '""')}"`);
        else expect(q).toBe(v);
      }),
    );
  });
});

describe('formatCsv', () => {
  const rows: CsvCell[][] = [
    [text('SITI AMINAH, S.Pd'), id(NIK_A), num(2_169_348), text('registered')],
    [text('=HYPERLINK("http://x")'), id(''), num(null), text('-')],
    [text('-MARYAM'), id(NIK_PAPUA), num(-1500), text('say "hi"')],
  ];
  const header = ['name', 'nik', 'wage', 'status'];

  it('writes the header, then one line per row, each ending in \\n (no CR)', () => {
    expect(formatCsv(header, rows, comma)).toBe(
      [
        'name,nik,wage,status',
        `"SITI AMINAH, S.Pd",${NIK_A},2169348,registered`,
        `"'=HYPERLINK(""http://x"")",,,-`,
        `'-MARYAM,${NIK_PAPUA},-1500,"say ""hi"""`,
        '',
      ].join('\n'),
    );
  });

  it('wraps identifiers for Excel and quotes the wrapper, with a semicolon delimiter', () => {
    const format: CsvFormat = { delimiter: ';', bom: false, excelSafe: true };
    expect(formatCsv(header, rows, format)).toBe(
      [
        'name;nik;wage;status',
        `"SITI AMINAH, S.Pd";"=""${NIK_A}""";2169348;registered`,
        `"'=HYPERLINK(""http://x"")";;;-`,
        `'-MARYAM;"=""${NIK_PAPUA}""";-1500;"say ""hi"""`,
        '',
      ].join('\n'),
    );
  });

  it('leaves the header out when it is null, and writes nothing for no lines at all', () => {
    expect(formatCsv(null, [[text('a'), num(1)]], comma)).toBe('a,1\n');
    expect(formatCsv(null, [], comma)).toBe('');
    expect(formatCsv(header, [], comma)).toBe('name,nik,wage,status\n');
  });

  it('quotes a header that holds the delimiter', () => {
    expect(formatCsv(['a;b', 'c'], [], semicolon)).toBe('"a;b";c\n');
  });

  it('starts with one BOM when the format asks, or when the caller overrides it', () => {
    const bom: CsvFormat = { ...comma, bom: true };
    const body = formatCsv(header, rows, comma);
    expect(formatCsv(header, rows, bom)).toBe(`\uFEFF${body}`);
    expect(formatCsv(header, rows, bom, false)).toBe(body);
    expect(formatCsv(header, rows, comma, true)).toBe(`\uFEFF${body}`);
    expect(formatCsv(null, [], bom)).toBe('\uFEFF');
    expect(formatCsv(header, rows, bom).lastIndexOf('\uFEFF')).toBe(0);
  });

  it('keeps a 16-digit NIK above 2^53 digit for digit', () => {
    const csv = formatCsv(null, [[id(NIK_PAPUA), text('x')]], comma);
    expect(parse(csv, ',')).toEqual([[NIK_PAPUA, 'x']]);
  });

  it('is deterministic', () => {
    expect(formatCsv(header, rows, semicolon)).toBe(formatCsv(header, rows, semicolon));
  });

  describe('round trip through the CSV reader', () => {
    const cellArb: fc.Arbitrary<CsvCell> = fc.oneof(
      fc.string({ unit: 'grapheme' }).map(text),
      fc.constantFrom('a,b', 'a;b', 'x"y', 'line\nbreak', 'cr\rhere', '=1+1', '+62 812', '@SUM', '\tTAB', '-', '', ' pad ').map(text),
      fc.stringMatching(/^[0-9]{0,18}$/).map(id),
      fc.option(fc.integer({ min: -1e12, max: 1e12 }), { nil: null }).map(num),
    );
    const table = fc.integer({ min: 2, max: 6 }).chain((n) => fc.array(fc.array(cellArb, { minLength: n, maxLength: n }), { maxLength: 8 }));
    const formatArb = fc.record({ delimiter: fc.constantFrom(',', ';', '\t', '|'), bom: fc.constant(false), excelSafe: fc.boolean() });

    it('property: every record reads back as the cells\' texts, one record per row', () => {
      fc.assert(
        fc.property(table, formatArb, (rs, format) => {
          const csv = formatCsv(null, rs, format);
          expect(parse(csv, format.delimiter)).toEqual(rs.map((r) => r.map((c) => csvCellText(c, format))));
        }),
      );
    });

    it('property: the header comes back first, then the rows', () => {
      fc.assert(
        fc.property(table, formatArb, (rs, format) => {
          const width = rs[0]?.length ?? 2;
          const h = Array.from({ length: width }, (_, i) => `col_${i}`);
          const records = parse(formatCsv(h, rs, format), format.delimiter);
          expect(records).toHaveLength(rs.length + 1);
          expect(records[0]).toEqual(h);
        }),
      );
    });
  });
});
