import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_SHEETS, leftOutBy } from '../../../src/io/sheet-selection.js';

describe('leftOutBy', () => {
  it('reads every sheet without a selection', () => {
    expect(leftOutBy('2023 LAMA', undefined)).toBeNull();
    expect(leftOutBy('2023 LAMA', ALL_SHEETS)).toBeNull();
  });

  it('leaves out a sheet named by --skip-sheet, whatever its case and spacing', () => {
    const selection = { only: [], skip: [' 2023  lama '] };
    expect(leftOutBy('2023 LAMA', selection)).toBe('--skip-sheet');
    expect(leftOutBy('2026', selection)).toBeNull();
  });

  it('reads only the sheets named by --sheet', () => {
    const selection = { only: ['Data Honorer', '2026'], skip: [] };
    expect(leftOutBy('DATA HONORER', selection)).toBeNull();
    expect(leftOutBy('2026', selection)).toBeNull();
    expect(leftOutBy('Rekap', selection)).toBe('--sheet');
  });

  it('lets --skip-sheet win over --sheet for a sheet named in both', () => {
    expect(leftOutBy('2026', { only: ['2026'], skip: ['2026'] })).toBe('--skip-sheet');
  });

  it('never leaves out a CSV file (a sheet without a name)', () => {
    expect(leftOutBy('', { only: ['2026'], skip: [''] })).toBeNull();
  });

  it('matches a name however its case and spaces were typed, and no other name', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ]{0,12}[A-Za-z0-9]$/);
    fc.assert(
      fc.property(name, name, fc.boolean(), (sheet, other, upper) => {
        const typed = ` ${(upper ? sheet.toUpperCase() : sheet.toLowerCase()).replace(/ /g, '  ')} `;
        expect(leftOutBy(sheet, { only: [], skip: [typed] })).toBe('--skip-sheet');
        expect(leftOutBy(sheet, { only: [typed], skip: [] })).toBeNull();
        const same = sheet.toLowerCase().replace(/\s+/g, ' ') === other.toLowerCase().replace(/\s+/g, ' ');
        expect(leftOutBy(other, { only: [], skip: [typed] })).toBe(same ? '--skip-sheet' : null);
      }),
    );
  });
});
