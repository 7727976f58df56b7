import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskDigitRuns } from '../../../src/normalize/mask-digit-runs.js';

describe('maskDigitRuns', () => {
  it('masks NIK-length digit runs inside text and leaves short numbers alone', () => {
    expect(maskDigitRuns('Cells seen: "SITI", "3273014501900001", row 17')).toBe('Cells seen: "SITI", "3273********0001", row 17');
    expect(maskDigitRuns('NIP 197001011990031005 and 2026')).not.toContain('197001011990031005');
    expect(maskDigitRuns('Rp 2.500.000 on 12-03-1990')).toBe('Rp 2.500.000 on 12-03-1990');
  });
  it('never leaves 12 consecutive digits in its output', () => {
    fc.assert(fc.property(fc.string(), fc.stringMatching(/^\d{12,20}$/), fc.string(), (a, digits, b) => {
      expect(maskDigitRuns(`${a}${digits}${b}`)).not.toMatch(/\d{12}/);
    }));
  });
});
