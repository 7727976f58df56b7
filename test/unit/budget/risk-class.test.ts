import { describe, expect, it } from 'vitest';
import { parseRiskClass, type RiskClass } from '../../../src/budget/risk-class.js';

describe('parseRiskClass', () => {
  const cases: { input: string; expected: RiskClass | null }[] = [
    { input: 'very_low', expected: 'very_low' },
    { input: 'Very Low', expected: 'very_low' },
    { input: 'very-high', expected: 'very_high' },
    { input: 'sangat rendah', expected: 'very_low' },
    { input: 'Sangat  Rendah', expected: 'very_low' },
    { input: 'sangat_tinggi', expected: 'very_high' },
    { input: 'rendah', expected: 'low' },
    { input: 'SEDANG', expected: 'medium' },
    { input: 'tinggi', expected: 'high' },
    { input: 'low', expected: 'low' },
    { input: 'medium', expected: 'medium' },
    { input: 'high', expected: 'high' },
    { input: '1', expected: 'very_low' },
    { input: '3', expected: 'medium' },
    { input: ' 5 ', expected: 'very_high' },
    { input: 'I', expected: 'very_low' },
    { input: 'ii', expected: 'low' },
    { input: 'IV', expected: 'high' },
    { input: 'V', expected: 'very_high' },
    { input: 'Kelas II', expected: 'low' },
    { input: 'class 4', expected: 'high' },
    { input: '0', expected: null },
    { input: '6', expected: null },
    { input: 'VI', expected: null },
    { input: 'extreme', expected: null },
    { input: '', expected: null },
    { input: 'constructor', expected: null },
    { input: 'toString', expected: null },
  ];
  it.each(cases)('"$input" → $expected', ({ input, expected }) => {
    expect(parseRiskClass(input)).toBe(expected);
  });
});
