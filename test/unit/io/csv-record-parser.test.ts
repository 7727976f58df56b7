import { describe, expect, it } from 'vitest';
import { CsvRecordParser } from '../../../src/io/csv-record-parser.js';

const cases: { description: string; input: string; delimiter?: string; expected: string[][] }[] = [
  { description: 'simple comma records with LF', input: 'a,b\n1,2\n', expected: [['a', 'b'], ['1', '2']] },
  { description: 'CRLF line ends', input: 'a;b\r\n1;2\r\n', delimiter: ';', expected: [['a', 'b'], ['1', '2']] },
  { description: 'lone CR (old Mac Excel)', input: 'a,b\r1,2', expected: [['a', 'b'], ['1', '2']] },
  { description: 'no final newline', input: 'a,b\n1,2', expected: [['a', 'b'], ['1', '2']] },
  { description: 'quoted field with delimiter and escaped quote', input: '"x, ""y""",z\n', expected: [['x, "y"', 'z']] },
  { description: 'quoted field spanning lines', input: '"line1\nline2",b\nc,d\n', expected: [['line1\nline2', 'b'], ['c', 'd']] },
  { description: 'empty line is a record without cells', input: 'a\n\nb\n', expected: [['a'], [], ['b']] },
  { description: 'trailing delimiter gives an empty last field', input: 'a,b,\n', expected: [['a', 'b', '']] },
  { description: 'trailing delimiter at end of input', input: 'a,', expected: [['a', '']] },
  { description: 'quote inside an unquoted field is literal', input: 'ab"c,d\n', expected: [['ab"c', 'd']] },
  { description: 'text after closing quote is kept', input: '"ab"c,d\n', expected: [['abc', 'd']] },
  { description: '16-digit NIK stays a string', input: 'nik\n9471015708900001\n', expected: [['nik'], ['9471015708900001']] },
  { description: 'tab delimiter', input: 'a\tb\n', delimiter: '\t', expected: [['a', 'b']] },
  { description: 'unterminated quote at end keeps the text', input: '"abc', expected: [['abc']] },
  { description: 'empty quoted field', input: '"",x\n', expected: [['', 'x']] },
];

describe('CsvRecordParser', () => {
  it.each(cases)('$description', ({ input, delimiter, expected }) => {
    expect(new CsvRecordParser(delimiter ?? ',').push(input, true)).toEqual(expected);
  });

  it.each(cases)('gives the same records when fed one character at a time: $description', ({ input, delimiter, expected }) => {
    const parser = new CsvRecordParser(delimiter ?? ',');
    const out: string[][] = [];
    for (const ch of input) out.push(...parser.push(ch, false));
    out.push(...parser.push('', true));
    expect(out).toEqual(expected);
  });

  it('rejects a multi-character delimiter', () => {
    expect(() => new CsvRecordParser(';;')).toThrow(RangeError);
  });
});
