import { describe, expect, it } from 'vitest';
import { isNikHeaderLine } from '../../../src/cli/nik-header-line.js';

// Exploratory repro 08a: `cut -d, -f3 pegawai.csv | rekon nik -` always exited 2 on the title "NIK".
describe('isNikHeaderLine', () => {
  it.each(['NIK', 'nik', 'NO KTP', 'No. KTP', 'NOMOR INDUK KEPENDUDUKAN', '"NIK"', '\uFEFFNIK', 'NIK (16 digit)'])('%s is a column title', (line) => {
    expect(isNikHeaderLine(line)).toBe(true);
  });

  it.each(['3273014501900001', '3.27301E+15', 'NIK 3273014501900001', 'NAMA', 'TGL LAHIR', '-', 'belum ada'])('%s is not', (line) => {
    expect(isNikHeaderLine(line)).toBe(false);
  });
});
