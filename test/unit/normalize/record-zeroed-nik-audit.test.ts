// Why this file exists: a mutation audit of record-zeroed-nik.ts (every mutation was killed by the existing
// tests) found one case the column verdict gets wrong: "no NIK" placeholders such as 0000000000000000 are
// 16-digit texts ending in 0, so they are counted as zeroed NIKs and can mark a whole sheet's real NIKs that
// end in 0 as Excel-damaged (fixed: one repeated digit is left out of the count).
import { describe, expect, it } from 'vitest';
import { judgeZeroedNikColumn } from '../../../src/normalize/record-zeroed-nik.js';
import { parseNik } from '../../../src/normalize/nik.js';

/** Synthetic NIKs typed as text: kecamatan 36 71 01, women born 05-01-1990, serials 0001, 0002, … (last digit kept). */
const typed = (serials: readonly number[]): string[] => serials.map((s) => `367101450190${String(s).padStart(4, '0')}`);
const PLACEHOLDER = '0000000000000000';

describe('judgeZeroedNikColumn and "no NIK" placeholders', () => {
  it('the placeholder is no NIK at all (one repeated digit), so it says nothing about Excel', () => {
    expect(parseNik(PLACEHOLDER, { referenceYear: 2025 }).status).toBe('invalid');
  });

  // Was a bug: sixteen zeros were counted as a 16-digit NIK ending in 0, so a sheet where most rows say "no NIK" this
  // way is judged "went through Excel" and its real NIKs ending in 0 (here …0010, …0020) become excel_damaged.
  it('six placeholders and four NIKs typed as text (two of them ending in 0 by chance): not zeroed', () => {
    const cells = [...Array.from({ length: 6 }, () => PLACEHOLDER), ...typed([7, 10, 13, 20])];
    expect(judgeZeroedNikColumn(cells).zeroed).toBe(false);
  });

  it('a column of real NIKs that did go through Excel is still zeroed, placeholders or not', () => {
    const zeroed = typed([11, 12, 13, 14, 15]).map((s) => `${s.slice(0, 15)}0`);
    expect(judgeZeroedNikColumn([...zeroed, PLACEHOLDER, PLACEHOLDER]).zeroed).toBe(true);
  });
});
