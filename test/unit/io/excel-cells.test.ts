import { describe, expect, it } from 'vitest';
import { isBuiltinDateFormat, isDateFormatCode } from '../../../src/io/excel-date-format.js';
import { excelSerialToIso } from '../../../src/normalize/excel-serial.js';
import { columnIndex } from '../../../src/io/xlsx-sheet-rows.js';
import { decodeEntities, getAttribute, XmlScanner } from '../../../src/io/xml-scanner.js';

describe('excelSerialToIso', () => {
  const cases: { description: string; serial: number; date1904: boolean; expected: string | null }[] = [
    { description: 'serial 1 is 1900-01-01', serial: 1, date1904: false, expected: '1900-01-01' },
    { description: 'serial 59 is 1900-02-28', serial: 59, date1904: false, expected: '1900-02-28' },
    { description: 'serial 60 is the phantom 1900-02-29', serial: 60, date1904: false, expected: null },
    { description: 'serial 61 is 1900-03-01', serial: 61, date1904: false, expected: '1900-03-01' },
    { description: 'a 1990 birth date', serial: 32878, date1904: false, expected: '1990-01-05' },
    { description: 'time of day is dropped', serial: 45657.99, date1904: false, expected: '2024-12-31' },
    { description: 'serial 0 is no date', serial: 0, date1904: false, expected: null },
    { description: '1904 system serial 0', serial: 0, date1904: true, expected: '1904-01-01' },
    { description: '1904 system offset of 1462 days', serial: 32878 - 1462, date1904: true, expected: '1990-01-05' },
    { description: 'beyond 9999', serial: 3_000_000, date1904: false, expected: null },
  ];
  it.each(cases)('$description', ({ serial, date1904, expected }) => {
    expect(excelSerialToIso(serial, date1904)).toBe(expected);
  });
});

describe('date number formats', () => {
  const codes: { code: string; expected: boolean }[] = [
    { code: 'dd/mm/yyyy', expected: true },
    { code: 'd-mmm-yy', expected: true },
    { code: '[$-421]dd mmmm yyyy', expected: true },
    { code: 'mmm yyyy', expected: true },
    { code: 'h:mm', expected: false },
    { code: '[h]:mm:ss', expected: false },
    { code: '#,##0', expected: false },
    { code: '"Rp"#,##0.00', expected: false },
    { code: '[$Rp-421]#,##0;[Red]-#,##0', expected: false },
    { code: 'General', expected: false },
    { code: '@', expected: false },
    { code: '0000000000000000', expected: false },
  ];
  it.each(codes)('$code → $expected', ({ code, expected }) => {
    expect(isDateFormatCode(code)).toBe(expected);
  });
  it('knows the built-in date ids 14–22 and 45–47 only', () => {
    const ids = Array.from({ length: 60 }, (_, i) => i).filter(isBuiltinDateFormat);
    expect(ids).toEqual([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
  });
});

describe('columnIndex', () => {
  it.each([['A1', 0], ['C5', 2], ['Z9', 25], ['AA10', 26], ['AB1', 27], ['XFD1', 16383]] as const)('%s → %i', (ref, expected) => {
    expect(columnIndex(ref, -1)).toBe(expected);
  });
  it('falls back when there are no letters', () => {
    expect(columnIndex('12', 7)).toBe(7);
  });
});

describe('XmlScanner', () => {
  function events(chunks: string[]): string[] {
    const out: string[] = [];
    const s = new XmlScanner({
      open: (name, a, self) => out.push(`<${name}${['x', 'y'].map((k) => (getAttribute(a, k) === undefined ? '' : ` ${k}=${getAttribute(a, k)}`)).join('')}${self ? '/' : ''}>`),
      text: (t) => out.push(`"${t}"`),
      close: (name) => out.push(`</${name}>`),
    });
    for (const c of chunks) s.write(c);
    s.end();
    return out;
  }
  const xml = '<?xml version="1.0"?><!-- c --><a x="1 &amp; 2" y=\'>\'><b/>t&lt;1&#65;&#x42;<![CDATA[<raw>]]></a>';
  const expected = ['<a x=1 & 2 y=>>', '<b/>', '</b>', '"t<1AB"', '"<raw>"', '</a>'];
  it('tokenizes tags, attributes, entities, CDATA, comments', () => {
    expect(events([xml])).toEqual(expected);
  });
  it('gives the same events for any chunking', () => {
    for (let cut = 1; cut < xml.length; cut++) {
      const merged = events([xml.slice(0, cut), xml.slice(cut)]).join('');
      expect(merged).toBe(expected.join(''));
    }
  });
  it('throws on a truncated document', () => {
    expect(() => events(['<a><b>'])).toThrow();
    expect(() => events(['<a><b'])).toThrow();
  });
  it.each([
    ['r="A1" s="2" t="s"', 't', 's'],
    ['xr:uid="1" r="B2"', 'r', 'B2'],
    ["r = 'C3'", 'r', 'C3'],
    ['t="a&amp;b"', 't', 'a&b'],
    ['s="1"', 't', undefined],
  ] as const)('getAttribute(%s, %s) → %s', (raw, name, expected) => {
    expect(getAttribute(raw, name)).toBe(expected);
  });
  it('does not expand custom entities', () => {
    expect(decodeEntities('&lol; &amp;')).toBe('&lol; &');
  });
});

describe('excelSerialToIso agrees with Date for every day of 1900–2100', () => {
  it('matches Date.toISOString', () => {
    for (let serial = 61; serial < 73051; serial += 1) {
      const expected = new Date((serial - 25569) * 86_400_000).toISOString().slice(0, 10);
      if (excelSerialToIso(serial, false) !== expected) expect(excelSerialToIso(serial, false)).toBe(expected);
    }
  });
});
