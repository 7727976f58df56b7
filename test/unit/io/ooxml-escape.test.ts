// Excel's `_xHHHH_` escapes in cell text: a name typed with Alt+Enter must read as the name, and a
// literal "_x0041_" (escaped by Excel as "_x005F_x0041_") must stay literal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unescapeOoxml } from '../../../src/io/ooxml-escape.js';

/** What Excel writes: `_` before an `xHHHH_` run escaped as `_x005F_`, control characters as `_xHHHH_`. */
function escapeLikeExcel(text: string): string {
  const escaped = text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');
  let out = '';
  for (const c of escaped) {
    const code = c.charCodeAt(0);
    out += code < 0x20 && c !== '\n' ? `_x${code.toString(16).toUpperCase().padStart(4, '0')}_` : c;
  }
  return out;
}

describe('unescapeOoxml', () => {
  it.each([
    ['BUDI_x000D_\nSANTOSO', 'BUDI\r\nSANTOSO'],
    ['SITI_x0009_AMINAH', 'SITI\tAMINAH'],
    ['a_x005F_x0041_b', 'a_x0041_b'],
    ['_x0041_', 'A'],
    ['no escape _x00 _xZZZZ_ x0041', 'no escape _x00 _xZZZZ_ x0041'],
    ['3671014501900001', '3671014501900001'],
  ])('%j → %j', (input, expected) => {
    expect(unescapeOoxml(input)).toBe(expected);
  });

  it('undoes what Excel writes, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('_', 'x', '0', '0', 'D', 'F', '5', '\r', '\t', 'A', 'b', ' ') }), (text) => {
        expect(unescapeOoxml(escapeLikeExcel(text))).toBe(text);
      }),
    );
  });
});
