import { describe, expect, it } from 'vitest';
import { roundHalfUpRupiah } from '../../../src/budget/round-half-up-rupiah.js';

describe('roundHalfUpRupiah', () => {
  const cases: { description: string; input: [bigint, bigint]; expected: number }[] = [
    { description: 'exact whole rupiah stays', input: [50_000n, 10_000n], expected: 5 },
    { description: 'x.5 rounds up', input: [45_000n, 10_000n], expected: 5 },
    { description: 'x.4999 rounds down', input: [44_999n, 10_000n], expected: 4 },
    { description: 'x.5001 rounds up', input: [45_001n, 10_000n], expected: 5 },
    { description: '0.24 % of 2,169,348 = 5206.4352 → 5206', input: [2_169_348n * 24n, 10_000n], expected: 5206 },
    { description: '0.24 % of 2,169,375 = 5206.5 → 5207', input: [2_169_375n * 24n, 10_000n], expected: 5207 },
    { description: '0.24 % of 2,169,374 = 5206.4976 → 5206', input: [2_169_374n * 24n, 10_000n], expected: 5206 },
    { description: 'zero', input: [0n, 7n], expected: 0 },
    { description: 'odd denominator, just under half', input: [3n, 7n], expected: 0 },
    { description: 'odd denominator, just over half', input: [4n, 7n], expected: 1 },
    { description: 'large exact amount beyond float precision of percentages', input: [9_000_000_000_123n * 24n, 10_000n], expected: 21_600_000_000 },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(roundHalfUpRupiah(input[0], input[1])).toBe(expected);
  });

  it('refuses negative amounts and non-positive denominators', () => {
    expect(() => roundHalfUpRupiah(-1n, 10n)).toThrow(RangeError);
    expect(() => roundHalfUpRupiah(1n, 0n)).toThrow(RangeError);
  });
});
