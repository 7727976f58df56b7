import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import { parseKpj } from '../../../src/normalize/kpj.js';

const num = (raw: string): RawCell => ({ kind: 'number', raw });

describe('parseKpj', () => {
  const cases: { input: RawCell | undefined; kpj: string | null }[] = [
    { input: '12345678901', kpj: '12345678901' },
    { input: ' 12345678901 ', kpj: '12345678901' },
    { input: "'12345678901", kpj: '12345678901' },
    { input: '123 4567 8901', kpj: '12345678901' },
    { input: '123.4567.8901', kpj: '12345678901' },
    { input: '123-4567-8901', kpj: '12345678901' },
    { input: '="12345678901"', kpj: '12345678901' },
    { input: '12345678901.0', kpj: '12345678901' },
    { input: num('12345678901'), kpj: '12345678901' },
    { input: num('12345678901.0'), kpj: '12345678901' },
    { input: num('1.2345678901E+10'), kpj: '12345678901' },
    { input: '01234567890', kpj: '01234567890' },
    // Other lengths are kept.
    { input: '1234567890', kpj: '1234567890' },
    { input: '123456789012', kpj: '123456789012' },
    { input: 'KPJ 12345678901', kpj: '12345678901' },
    // Empty, placeholders, lost digits.
    { input: undefined, kpj: null },
    { input: null, kpj: null },
    { input: '', kpj: null },
    { input: '-', kpj: null },
    { input: '0', kpj: null },
    { input: num('0'), kpj: null },
    { input: 'belum ada', kpj: null },
    { input: 'N/A', kpj: null },
    { input: '1.23457E+10', kpj: null },
    { input: '0e0', kpj: null },
    { input: num('0E+00'), kpj: null },
    { input: { kind: 'date', iso: '2020-01-01', serial: 43831 }, kpj: null },
  ];
  it.each(cases)('$input → $kpj', ({ input, kpj }) => {
    expect(parseKpj(input)).toBe(kpj);
  });
});
