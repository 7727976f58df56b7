import { describe, expect, it } from 'vitest';
import { maskNik } from '../../../src/normalize/mask-nik.js';

describe('maskNik', () => {
  const cases: [string, string][] = [
    ['3671014501900001', '3671********0001'],
    ['9471015708900001', '9471********0001'],
    ['367101450190001', '36***********01'],
    ['198503122010011002', '19**************02'],
    ['3.67101E+15', '3.*******15'],
    ['12345678', '12****78'],
    ['1234567', '1*****7'],
    ['1234', '1**4'],
    ['123', '***'],
    ['', ''],
    // Masked already (a run written with --mask-nik): unchanged, not "32************01".
    ['3279********0301', '3279********0301'],
    ['36***********01', '36***********01'],
  ];
  it.each(cases)('%s → %s', (value, masked) => {
    expect(maskNik(value)).toBe(masked);
    expect(maskNik(value)).toHaveLength(value.length);
  });
});
