import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import { parseRupiah } from '../../../src/normalize/money.js';

const num = (raw: string): RawCell => ({ kind: 'number', raw });

describe('parseRupiah: amounts', () => {
  const cases: { input: RawCell; rupiah: number }[] = [
    { input: '2500000', rupiah: 2_500_000 },
    { input: 'Rp 2.500.000', rupiah: 2_500_000 },
    { input: 'Rp2.500.000', rupiah: 2_500_000 },
    { input: 'Rp. 2.500.000', rupiah: 2_500_000 },
    { input: 'rp 2.500.000', rupiah: 2_500_000 },
    { input: 'Rp2.500.000,-', rupiah: 2_500_000 },
    { input: 'Rp 2.500.000,--', rupiah: 2_500_000 },
    { input: '2.500.000,-', rupiah: 2_500_000 },
    { input: '2.500.000,00', rupiah: 2_500_000 },
    { input: '2,500,000.00', rupiah: 2_500_000 },
    { input: '2,500,000', rupiah: 2_500_000 },
    { input: 'IDR 2,500,000.00', rupiah: 2_500_000 },
    { input: '2 500 000', rupiah: 2_500_000 },
    { input: '2.500.000 rupiah', rupiah: 2_500_000 },
    { input: '2500000.00', rupiah: 2_500_000 },
    { input: '2500000,00', rupiah: 2_500_000 },
    { input: 'Rp 2,5 jt', rupiah: 2_500_000 },
    { input: 'Rp2.5jt', rupiah: 2_500_000 },
    { input: '2,5 juta', rupiah: 2_500_000 },
    { input: '2 juta', rupiah: 2_000_000 },
    { input: '2 JT', rupiah: 2_000_000 },
    { input: '1,500 jt', rupiah: 1_500_000 },
    { input: '1.25 jt', rupiah: 1_250_000 },
    { input: '750 rb', rupiah: 750_000 },
    { input: '750 ribu', rupiah: 750_000 },
    { input: '1.500', rupiah: 1500 },
    { input: '1,500', rupiah: 1500 },
    { input: '1,5', rupiah: 2 },
    { input: '0', rupiah: 0 },
    { input: '1000000000000', rupiah: 1_000_000_000_000 },
    { input: 'Rp 0', rupiah: 0 },
    { input: '2.169.348', rupiah: 2_169_348 },
    { input: '11.714,48', rupiah: 11_714 },
    { input: '11.714,50', rupiah: 11_715 },
    { input: '11,714.49', rupiah: 11_714 },
    { input: '11714.5', rupiah: 11_715 },
    { input: num('2500000'), rupiah: 2_500_000 },
    { input: num('2500000.5'), rupiah: 2_500_001 },
    { input: num('2500000.49'), rupiah: 2_500_000 },
    { input: num('2.5E6'), rupiah: 2_500_000 },
    { input: num('0'), rupiah: 0 },
    { input: 'Ｒｐ ２.５００.０００', rupiah: 2_500_000 },
  ];
  it.each(cases)('$input → $rupiah', ({ input, rupiah }) => {
    expect(parseRupiah(input)).toEqual({ kind: 'ok', rupiah });
  });
});

describe('parseRupiah: empty and invalid', () => {
  it.each([undefined, null, '', ' ', '-', 'N/A'] as (RawCell | undefined)[])('%j → empty', (input) => {
    expect(parseRupiah(input)).toEqual({ kind: 'empty' });
  });

  const cases: { input: RawCell; code: string }[] = [
    { input: '-2.500.000', code: 'money.negative' },
    { input: 'Rp -2.500.000', code: 'money.negative' },
    { input: '(2.500.000)', code: 'money.negative' },
    { input: num('-100'), code: 'money.negative' },
    { input: '2.50.000', code: 'money.ambiguous_separators' },
    { input: '2.500.000.00', code: 'money.ambiguous_separators' },
    { input: '2,500.000,00', code: 'money.ambiguous_separators' },
    { input: '1.5.', code: 'money.ambiguous_separators' },
    { input: '0,.07.0', code: 'money.ambiguous_separators' },
    { input: '1.,500', code: 'money.ambiguous_separators' },
    { input: 'dua juta', code: 'money.unrecognized' },
    { input: 'Rp', code: 'money.unrecognized' },
    { input: '2.500.000 dolar', code: 'money.unrecognized' },
    { input: '99999999999999', code: 'money.too_large' },
    { input: '1000000000001', code: 'money.too_large' },
    { input: num('1e20'), code: 'money.too_large' },
    { input: { kind: 'date', iso: '2025-01-01', serial: 45658 }, code: 'money.date_cell' },
  ];
  it.each(cases)('$input → $code', ({ input, code }) => {
    const r = parseRupiah(input);
    expect(r.kind).toBe('invalid');
    if (r.kind === 'invalid') expect(r.reason.code).toBe(code);
  });
});

describe('parseRupiah on repeated texts (parsed once, then remembered)', () => {
  it('gives the same amounts however often and in whatever order texts come, past the memo size', () => {
    const texts = Array.from({ length: 5000 }, (_, i) => `Rp ${(1_000_000 + i * 1000).toLocaleString('id-ID')}`);
    const first = texts.map((t) => parseRupiah(t));
    expect(first[0]).toEqual({ kind: 'ok', rupiah: 1_000_000 });
    expect(first[4999]).toEqual({ kind: 'ok', rupiah: 5_999_000 });
    // After more than 4,096 distinct texts the memo was cleared at least once: still right.
    expect([...texts].reverse().map((t) => parseRupiah(t))).toEqual([...first].reverse());
    expect(parseRupiah('1,5 jt')).toEqual({ kind: 'ok', rupiah: 1_500_000 });
    expect(parseRupiah('1,5 jt')).toEqual({ kind: 'ok', rupiah: 1_500_000 });
    expect(parseRupiah('-2.500.000').kind).toBe('invalid');
    expect(parseRupiah('-2.500.000').kind).toBe('invalid');
  });
});

describe('parseRupiah: in the unit a header states', () => {
  it.each([
    ['2.500', 3, 2_500_000],
    ['2500', 3, 2_500_000],
    ['Rp 2.500', 3, 2_500_000],
    ['2.500,5', 3, 2_500_500],
    ['2,5', 6, 2_500_000],
    ['2.5', 6, 2_500_000],
    ['2,5 jt', 3, 2_500_000],
    ['2.500.000 rupiah', 3, 2_500_000],
  ] as [string, number, number][])('%j at 10^%i → %i', (text, scale, rupiah) => {
    expect(parseRupiah(text, scale)).toEqual({ kind: 'ok', rupiah });
  });

  it('reads number cells in that unit too, and still refuses what is too large', () => {
    expect(parseRupiah(num('2600'), 3)).toEqual({ kind: 'ok', rupiah: 2_600_000 });
    expect(parseRupiah(num('2.5'), 6)).toEqual({ kind: 'ok', rupiah: 2_500_000 });
    expect(parseRupiah(num('2500000000'), 3)).toMatchObject({ kind: 'invalid' });
    expect(parseRupiah('2500', 0)).toEqual({ kind: 'ok', rupiah: 2_500 });
  });
});
