import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskDigitRuns, maskGroupedNiks } from '../../../src/normalize/mask-digit-runs.js';

describe('maskDigitRuns', () => {
  it('masks NIK-length digit runs inside text and leaves short numbers alone', () => {
    expect(maskDigitRuns('Cells seen: "SITI", "3273014501900001", row 17')).toBe('Cells seen: "SITI", "3273********0001", row 17');
    expect(maskDigitRuns('NIP 197001011990031005 and 2026')).not.toContain('197001011990031005');
    expect(maskDigitRuns('Rp 2.500.000 on 12-03-1990')).toBe('Rp 2.500.000 on 12-03-1990');
  });
  it('masks a NIK typed in groups (spaces, dots, dashes; 4-4-4-4 or 6-6-4) like a whole one', () => {
    expect(maskDigitRuns('NIK 3671 0145 0190 0001 invalid')).toBe('NIK 3671********0001 invalid');
    expect(maskDigitRuns('"3671.0145.0190.0001"')).toBe('"3671********0001"');
    expect(maskDigitRuns('367101-450190-0001,')).toBe('3671********0001,');
    // Money, dates, phone numbers and mixed separators are left alone.
    for (const text of ['Rp 148.690.144.800', 'Rp 1.250.000 2.500.000', '1990-01-10 2026-12-07', '0812-3456-7890', '3671 0145.0190 0001']) {
      expect(maskDigitRuns(text)).toBe(text);
    }
  });
  it('never shows the digits of a grouped NIK', () => {
    const group = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
    fc.assert(
      fc.property(fc.constantFrom(' ', '.', '-'), group(4), group(4), group(4), group(4), (sep, a, b, c, d) => {
        const out = maskDigitRuns(`x ${[a, b, c, d].join(sep)} y`);
        expect(out).toBe(`x ${a}********${d} y`);
      }),
    );
  });
  it('never leaves 12 consecutive digits in its output', () => {
    fc.assert(fc.property(fc.string(), fc.stringMatching(/^\d{12,20}$/), fc.string(), (a, digits, b) => {
      expect(maskDigitRuns(`${a}${digits}${b}`)).not.toMatch(/\d{12}/);
    }));
  });
});

describe('maskGroupedNiks: a grouped NIK a digit too long or short (what a wrong-length message quotes)', () => {
  it.each([
    ['NIK "3671 0145 0190 00012" has 17 digits', 'NIK "36' + '*'.repeat(13) + '12" has 17 digits'],
    ['NIK "3671.0145.0190.001" has 15 digits', 'NIK "36***********01" has 15 digits'],
    ['NIK 367101-450190-00012', 'NIK 36*************12'],
  ])('%s', (text, masked) => {
    expect(maskGroupedNiks(text)).toBe(masked);
    expect(maskDigitRuns(text)).toBe(masked);
  });

  it.each([
    'Rp 1.250.000.000.000 for everyone on the rosters',
    'total 14 856 598 800',
    'born 2025-01-01, phone 0812-3456-7890',
    'rows 12-15 and 20-31',
  ])('leaves amounts, dates, phone numbers and ranges as they are: %s', (text) => {
    expect(maskGroupedNiks(text)).toBe(text);
  });
});
