import { describe, expect, it } from 'vitest';
import { agencyInTitle, fileAgencyName, namesAgency } from '../../../src/normalize/agency-name.js';

describe('agencyInTitle', () => {
  it.each([
    ['DINAS LINGKUNGAN HIDUP', 'DINAS LINGKUNGAN HIDUP'],
    ['PEMERINTAH KABUPATEN X / DINAS LINGKUNGAN HIDUP', 'DINAS LINGKUNGAN HIDUP'],
    ['DAFTAR TENAGA NON ASN DINAS LINGKUNGAN HIDUP', 'DINAS LINGKUNGAN HIDUP'],
    ['Daftar Tenaga Non ASN Dinas Lingkungan Hidup Tahun Anggaran 2027', 'DINAS LINGKUNGAN HIDUP'],
    ['DINAS KESEHATAN KABUPATEN KLATEN', 'DINAS KESEHATAN'],
    ['DINAS PERTAMANAN DAN TATA KOTA', 'DINAS PERTAMANAN DAN TATA KOTA'],
    ['RSUD KOTA SUKAMAJU', 'RSUD'],
    ['SATUAN POLISI PAMONG PRAJA', 'SATUAN POLISI PAMONG PRAJA'],
    ['DAFTAR HONORER SATPOL PP T.A. 2026', 'SATPOL PP'],
    ['DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN (DLHK)', 'DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN'],
    ['LAMPIRAN: KEPUTUSAN KEPALA BADAN KEPEGAWAIAN DAERAH NOMOR 800/12/2027', 'BADAN KEPEGAWAIAN DAERAH'],
    ['KECAMATAN KLATEN SELATAN', 'KECAMATAN KLATEN SELATAN'],
    ['UPTD PUSKESMAS KARANGANOM', 'UPTD PUSKESMAS KARANGANOM'],
  ])('%j → %j', (text, agency) => {
    expect(agencyInTitle(text)).toBe(agency);
  });

  it.each(['DAFTAR TENAGA NON ASN', 'TAHUN ANGGARAN 2027', 'PEMERINTAH KABUPATEN KLATEN', 'KEADAAN PER 1 JANUARI 2026', 'DAFTAR SEBAGIAN HONORER'])('%j names no agency', (text) => {
    expect(agencyInTitle(text)).toBeNull();
  });
});

describe('namesAgency', () => {
  it.each(['DLHK', 'SATPOL PP', 'RSUD', 'dinas lingkungan hidup', 'DINAS-KESEHATAN', 'puskesmas', 'bappeda', 'Rumah Sakit Jiwa'])('%j names an agency', (name) => {
    expect(namesAgency(name)).toBe(true);
  });
  it.each(['HONORER 2027', 'Data Honorer', 'JANUARI', 'rekap final'])('%j does not', (name) => {
    expect(namesAgency(name)).toBe(false);
  });
});

describe('fileAgencyName', () => {
  it.each([
    ['opd/dinas-lingkungan-hidup.csv', 'dinas lingkungan hidup'],
    ['HONORER_2027.xlsx', 'HONORER 2027'],
    ['C:\\x\\dinas__kesehatan - 2027.xls', 'dinas kesehatan 2027'],
    ['x/SATPOL.PP.xlsx', 'SATPOL.PP'],
    ['x/---.csv', '---'],
    ['x/NOEXT', 'NOEXT'],
  ])('%s → %j', (file, name) => {
    expect(fileAgencyName(file)).toBe(name);
  });
});
