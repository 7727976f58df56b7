// Why this file exists: premiums are a share of the monthly wage (DOMAIN.md §2.1), and budget documents
// state honors per year ("HONOR SETAHUN") or in thousands ("HONOR (Rp RIBU)"). A header read wrong made a
// budget 12× (yearly) or 1000× (thousands) off with no word. These pin what a wage header says.
import { describe, expect, it } from 'vitest';
import { payPeriod, wageUnitScale } from '../../../src/normalize/wage-header.js';

describe('payPeriod', () => {
  it.each(['HONOR SETAHUN', 'HONOR PER TAHUN', 'Honor/Thn', 'HONOR TAHUNAN', 'ANNUAL SALARY', 'SALARY PER YEAR', 'HONOR / PER TAHUN', 'HONOR 12 BULAN', 'UPAH (Rp/tahun)'])('%s is yearly', (h) => {
    expect(payPeriod(h)).toBe('year');
  });

  it.each(['UPAH PER BULAN', 'HONOR / PER BULAN', 'Honor/Bln', 'HONOR BULANAN', 'UPAH SEBULAN', 'MONTHLY WAGE', 'HONOR PER BULAN TAHUN 2027'])('%s is monthly', (h) => {
    expect(payPeriod(h)).toBe('month');
  });

  it.each(['HONOR', 'GAJI (Rp)', 'HONOR TAHUN 2027', 'HONOR TAHUN ANGGARAN 2027', 'UPAH 1 BULAN'])('%s names no year', (h) => {
    expect(payPeriod(h)).not.toBe('year');
  });
});

describe('wageUnitScale', () => {
  it.each([
    ['HONOR (Rp RIBU)', 3],
    ['HONOR (RIBUAN RUPIAH)', 3],
    ['GAJI (Rp 000)', 3],
    ["UPAH (Rp '000)", 3],
    ['HONOR x1000', 3],
    ['HONOR (x 1000)', 3],
    ['GAJI (JUTA)', 6],
    ['SALARY (IN THOUSANDS)', 3],
    ['HONOR', 0],
    ['GAJI (Rp)', 0],
    ['HONOR PER BULAN', 0],
  ] as [string, number][])('%s → 10^%i', (h, scale) => {
    expect(wageUnitScale(h)).toBe(scale);
  });
});
