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
