import { describe, expect, it } from 'vitest';
import { csvCellText, id, num, text } from '../../src/report/csv-cell.js';
import { formatCsv } from '../../src/report/csv-format.js';

const plain = { excelSafe: false };
const safe = { excelSafe: true };

describe('csv cells', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+62 812', `'+62 812`],
    ['-1500', `'-1500`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tTAB', `'\tTAB`],
    ['\rCR', `'\rCR`],
    ['SITI AMINAH', 'SITI AMINAH'],
    ['', ''],
    // A lone dash computes nothing (a placeholder, or stdin's file name "-"); a dash before anything is still prefixed.
    ['-', '-'],
    ['--', `'--`],
    ['- ', `'- `],
  ])('neutralizes text %j', (input, expected) => {
    expect(csvCellText(text(input), plain)).toBe(expected);
  });

  it('leaves numbers we write ourselves alone, including negatives', () => {
    expect(csvCellText(num(-1500), plain)).toBe('-1500');
    expect(csvCellText(num(null), plain)).toBe('');
  });

  it('wraps identifiers only in excel-safe mode', () => {
    expect(csvCellText(id('3273014501900001'), plain)).toBe('3273014501900001');
    expect(csvCellText(id('3273014501900001'), safe)).toBe('="3273014501900001"');
    expect(csvCellText(id('=1+1'), safe)).toBe(`'=1+1`);
  });

  it('quotes delimiters and writes a BOM on request', () => {
    const out = formatCsv(['name', 'nik'], [[text('A; B'), id('3273014501900001')]], { delimiter: ';', bom: true, excelSafe: true });
    expect(out.startsWith('\uFEFF')).toBe(true);
    expect(out).toContain('"A; B"');
    expect(out).toContain('"=""3273014501900001"""');
  });
});

describe('formatCsv', () => {
  it('quotes only what needs it and doubles quotes', () => {
    const out = formatCsv(['a', 'b'], [[text('x,y'), text('say "hi"')], [text('multi\nline'), num(-3)]], { delimiter: ',', bom: false, excelSafe: false });
    expect(out).toBe('a,b\n"x,y","say ""hi"""\n"multi\nline",-3\n');
  });
  it('writes nothing but the BOM for no rows and no header', () => {
    expect(formatCsv(null, [], { delimiter: ';', bom: true, excelSafe: false })).toBe('\uFEFF');
  });
});
