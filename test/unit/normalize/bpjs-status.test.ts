import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import { isDeceasedStatus, parseBpjsStatus } from '../../../src/normalize/bpjs-status.js';

describe('parseBpjsStatus', () => {
  const active = ['AKTIF', 'Aktif', 'aktif', ' AKTIF ', 'ACTIVE', 'Peserta Aktif', 'AKTIP'];
  const inactive = [
    'NON AKTIF', 'NONAKTIF', 'NON-AKTIF', 'Non Aktif', 'TIDAK AKTIF', 'TDK AKTIF', 'NA', 'PASIF', 'KELUAR', 'BERHENTI',
    'MENINGGAL', 'MENINGGAL DUNIA', 'INACTIVE', 'NOT ACTIVE', 'NON ACTIVE', 'NONAKTIF (KELUAR)', 'TK KELUAR', 'PENSIUN',
  ];
  it.each(active)('%s → active', (s) => expect(parseBpjsStatus(s)).toEqual({ kind: 'ok', status: 'active', raw: s.trim() }));
  it.each(inactive)('%s → inactive', (s) => expect(parseBpjsStatus(s)).toEqual({ kind: 'ok', status: 'inactive', raw: s }));

  it.each([undefined, null, '', '-', 'N/A'] as (RawCell | undefined)[])('%j → empty', (input) => {
    expect(parseBpjsStatus(input)).toEqual({ kind: 'empty' });
  });

  it('leaves employment statuses and other words to the caller', () => {
    expect(parseBpjsStatus('HONORER')).toEqual({ kind: 'invalid', raw: 'HONORER' });
    expect(parseBpjsStatus('PPPK')).toEqual({ kind: 'invalid', raw: 'PPPK' });
    expect(parseBpjsStatus('Tenaga Kontrak')).toEqual({ kind: 'invalid', raw: 'Tenaga Kontrak' });
  });
});

describe('parseBpjsStatus: a transfer (mutasi) beside AKTIF', () => {
  it.each(['AKTIF (MUTASI)', 'Aktif - Mutasi Masuk', 'aktif/mutasi'])('%s → active: the membership moved, it did not end', (s) => {
    expect(parseBpjsStatus(s)).toEqual({ kind: 'ok', status: 'active', raw: s });
  });
  it.each(['MUTASI', 'MUTASI KELUAR', 'AKTIF - KELUAR', 'AKTIF (MUTASI, KELUAR)', 'NON AKTIF (MUTASI)', 'TIDAK AKTIF MUTASI'])('%s → inactive', (s) => {
    expect(parseBpjsStatus(s)).toEqual({ kind: 'ok', status: 'inactive', raw: s });
  });
});

// Exploratory round 4, C07: common ways of saying a membership ended were unknown words, "treated as active".
describe('parseBpjsStatus: exit words', () => {
  it.each([
    'Mengundurkan Diri', 'Undur Diri', 'Habis Kontrak', 'Kontrak Habis', 'Kontrak Selesai', 'MD', 'md', 'M.D.', 'Sudah Klaim JHT',
    'JHT Dicairkan', 'Pencairan JHT', 'Resign', 'Pensiun', 'Tidak Aktif Lagi', 'Berhenti Bekerja', 'Non Aktif - Keluar',
    'Sudah Tidak Bekerja', 'Pemutusan Hubungan Kerja', 'Putus Kontrak', 'Wafat', 'Alm.', 'Almarhum', 'Retired', 'Terminated',
  ])('%s → inactive', (s) => expect(parseBpjsStatus(s)).toEqual({ kind: 'ok', status: 'inactive', raw: s }));

  it.each(['AKTIF (KLAIM JHT 10%)', 'Aktif - Pencairan JHT 30%'])('%s → active: a partial JHT payout while still working', (s) => {
    expect(parseBpjsStatus(s)).toEqual({ kind: 'ok', status: 'active', raw: s });
  });

  it('keeps the documented fallback for a word it does not know', () => {
    expect(parseBpjsStatus('CUTI')).toEqual({ kind: 'invalid', raw: 'CUTI' });
    expect(parseBpjsStatus('MDX')).toEqual({ kind: 'invalid', raw: 'MDX' });
  });
});

describe('isDeceasedStatus', () => {
  it.each(['MENINGGAL', 'Meninggal Dunia', 'MD', 'Wafat', 'Alm.', 'NON AKTIF (MENINGGAL)', 'Deceased'])('%s → deceased', (s) => {
    expect(isDeceasedStatus(s)).toBe(true);
  });
  it.each(['NON AKTIF', 'KELUAR', 'PHK', 'AKTIF', 'Habis Kontrak', 'DR. MD'])('%s → not deceased', (s) => {
    expect(isDeceasedStatus(s)).toBe(false);
  });
});
