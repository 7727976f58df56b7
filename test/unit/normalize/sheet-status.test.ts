import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusFromSheetName } from '../../../src/normalize/sheet-status.js';

// BPJS exports without a status column may split participants by sheet ("TK AKTIF" / "TK NONAKTIF"): the
// non-active sheet's participants had been taken for active (exploratory test round 3, repro 06).
describe('statusFromSheetName', () => {
  it.each([
    ['TK NONAKTIF', 'inactive'],
    ['TK NON AKTIF', 'inactive'],
    ['Peserta Tidak Aktif', 'inactive'],
    ['TK KELUAR', 'inactive'],
    ['MENINGGAL', 'inactive'],
    ['TK AKTIF', 'active'],
    ['Peserta Aktif', 'active'],
    ['AKTIF', 'active'],
    ['active members', 'active'],
  ] as const)('%s → %s', (sheet, expected) => {
    expect(statusFromSheetName(sheet)).toBe(expected);
  });

  it.each(['Sheet1', '', 'DATA PESERTA', 'KOTA BANDUNG', 'NA', 'N', 'Y', 'TIDAK', 'AKTIFITAS', 'REAKTIFASI', 'MD', 'ALM', 'Alm.', 'M.D.', 'n/a'])('says nothing for %j', (sheet) => {
    expect(statusFromSheetName(sheet)).toBeNull();
  });

  it('a non-active word wins over the word AKTIF anywhere in the name', () => {
    fc.assert(
      fc.property(fc.constantFrom('NONAKTIF', 'NON-AKTIF', 'TIDAK AKTIF', 'KELUAR', 'BERHENTI'), fc.constantFrom('', 'TK ', 'PESERTA ', 'DATA '), fc.constantFrom('', ' 2026', ' DES'), (word, before, after) => {
        expect(statusFromSheetName(`${before}${word}${after}`)).toBe('inactive');
        expect(statusFromSheetName(`${before}${word}${after}`.toLowerCase())).toBe('inactive');
      }),
    );
  });
});
