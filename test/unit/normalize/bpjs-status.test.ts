import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import { parseBpjsStatus } from '../../../src/normalize/bpjs-status.js';

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
