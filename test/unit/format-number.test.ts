import { describe, expect, it } from 'vitest';
import { coverageBar, formatCoverage, formatInteger, formatRupiah } from '../../src/report/format-number.js';

describe('number formatting', () => {
  it.each([
    ['id', 1234567, 'Rp 1.234.567'],
    ['en', 1234567, 'Rp 1,234,567'],
    ['id', 0, 'Rp 0'],
    ['id', 999, 'Rp 999'],
    ['en', 1000, 'Rp 1,000'],
  ] as const)('%s %d → %s', (lang, n, expected) => {
    expect(formatRupiah(lang, n)).toBe(expected);
  });
  it('formats negatives and percentages', () => {
    expect(formatInteger('id', -1500)).toBe('-1.500');
    expect(formatCoverage('id', 875)).toBe('87,5%');
    expect(formatCoverage('en', 875)).toBe('87.5%');
    expect(formatCoverage('en', 1000)).toBe('100.0%');
    expect(formatCoverage('id', 0)).toBe('0,0%');
    expect(formatCoverage('en', 1)).toBe('0.1%');
    expect(formatCoverage('en', null)).toBe('–');
  });
  it('draws a proportional bar', () => {
    expect(coverageBar(500)).toBe('█████░░░░░');
    expect(coverageBar(1200)).toBe('██████████');
    expect(coverageBar(null)).toBe('          ');
  });
});
