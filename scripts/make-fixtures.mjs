#!/usr/bin/env node
// Build the committed fixtures under fixtures/ — a small, coherent, entirely synthetic world for
// the fictional "Pemerintah Kota Sukamaju". Deterministic: no clock, no randomness; rerunning
// gives the same files (zip entry dates are pinned).
//
// Usage: node scripts/make-fixtures.mjs [--out fixtures]
//
// Every NIK is invented: a real-looking region prefix + birth date (+40 for women) + a made-up
// serial (DOMAIN.md §1.1). Which person demonstrates which status/flag is written to
// fixtures/README.md from the same table, so the two cannot drift apart.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';

const require = createRequire(import.meta.url);
// jszip is exceljs's own zip library; resolved from exceljs so hoisting does not matter.
const JSZip = createRequire(require.resolve('exceljs'))('jszip');

const args = process.argv.slice(2);
const OUT = args[0] === '--out' && args[1] ? args[1] : 'fixtures';
const FIXED_DATE = new Date(Date.UTC(2026, 0, 5, 0, 0, 0));

// ---------------------------------------------------------------------------------------------
// Helpers

const pad2 = (n) => String(n).padStart(2, '0');
function parseIso(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}
/** NIK = PPKKCC + DD(+40 women) + MM + YY + SSSS (DOMAIN.md §1.1). */
function makeNik(region, dobIso, sex, serial) {
  const { y, m, d } = parseIso(dobIso);
  return region + pad2(sex === 'F' ? d + 40 : d) + pad2(m) + pad2(y % 100) + String(serial).padStart(4, '0');
}
const dmy = (iso, sep = '-') => {
  const { y, m, d } = parseIso(iso);
  return pad2(d) + sep + pad2(m) + sep + y;
};
const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const longDate = (iso) => {
  const { y, m, d } = parseIso(iso);
  return `${d} ${MONTHS_ID[m - 1]} ${y}`;
};
const dots = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const f2a = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.00';
/** Excel keeps 15 significant digits: the 16th becomes 0 (DOMAIN.md §5). */
const zero16 = (nik) => nik.slice(0, 15) + '0';
const sci = (nik) => {
  const [mant, exp] = Number(nik).toExponential(5).split('e');
  return mant.replace(/0+$/, '').replace(/\.$/, '') + 'E+' + exp.replace('+', '');
};
const utcDate = (iso) => {
  const { y, m, d } = parseIso(iso);
  return new Date(Date.UTC(y, m - 1, d));
};
function csvField(v, sep) {
  const s = v === null || v === undefined ? '' : String(v);
  return s.includes(sep) || /["\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
const csvText = (rows, sep = ',', eol = '\r\n') => rows.map((r) => r.map((v) => csvField(v, sep)).join(sep)).join(eol) + eol;

async function pinnedZip(buffer) {
  // Re-pack with a fixed entry date so reruns are byte-identical.
  const zip = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const f = zip.files[name];
    if (f.dir) continue;
    out.file(name, await f.async('nodebuffer'), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' });
}

function writeOut(rel, data) {
  const p = join(OUT, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, data);
}

// ---------------------------------------------------------------------------------------------
// The people of Kota Sukamaju (all invented). Region 327901–327906 plays Sukamaju's districts.

const P = {};
function person(key, name, sex, dob, region, serial, bpjs) {
  P[key] = { key, name, sex, dob, nik: makeNik(region, dob, sex, serial), bpjs };
}
// bpjs: null = not registered; else {kpj, status, upah, since, name?}
const reg = (kpj, upah, extra = {}) => ({ kpj, status: 'AKTIF', upah, since: '2023-02-01', ...extra });

person('P01', 'SITI AMINAH', 'F', '1985-03-12', '327901', 11, reg('26011000011', 2500000));
person('P02', 'AGUS SETIAWAN', 'M', '1988-07-21', '327902', 23, reg('26011000029', 2500000));
person('P03', 'BAMBANG SUTRISNO', 'M', '1969-11-02', '327901', 7, reg('26011000037', 3000000));
person('P04', 'DEWI LESTARI', 'F', '1992-01-30', '327903', 45, reg('26011000045', 1000000));
person('P05', 'MUHAMMAD RIZKI PRATAMA', 'M', '1995-09-09', '327904', 19, reg('26011000052', 2000000));
person('P06', 'SRI WAHYUNI', 'F', '1990-05-17', '327901', 102, null);
person('P07', 'ENDANG KURNIASIH', 'F', '1979-12-25', '327905', 3, reg('26011000060', 2500000, { status: 'NON AKTIF', since: '2020-07-01' }));
person('P08', 'YULI ASTUTI', 'F', '1993-04-08', '327902', 88, reg('26011000078', 2000000));
person('P09', 'ADI PERMANA', 'M', '1991-02-14', '327906', 31, reg('26011000086', 2250000));
person('P10', 'RATNA SARI', 'F', '1987-10-03', '327903', 14, reg('26011000094', 2500000));
person('P11', 'SLAMET RIYADI', 'M', '1975-08-17', '331001', 53, reg('26011000102', 2000000));
person('P12', 'SUPRIYADI', 'M', '1972-06-06', '331012', 8, reg('26011000110', 2000000));
person('P13', 'CAHYO NUGROHO', 'M', '1968-03-27', '330101', 27, reg('26011000128', 2000000));
person('P14', 'UJANG SOPIAN', 'M', '1994-12-01', '320503', 66, null);
person('P15', 'DEDI KURNIAWAN', 'M', '1986-04-19', '327904', 71, reg('26011000136', 2000000));
person('P16', 'WAWAN HERMAWAN', 'M', '1980-07-04', '320405', 12, reg('26011000144', 2000000));
person('P17', 'ASEP SAEPUDIN', 'M', '1983-05-15', '320503', 9, reg('26011000151', 2000000));
person('P18', 'JUNAIDI', 'M', '1977-01-20', '327905', 40, reg('26011000169', 1750000, { status: 'NON AKTIF', since: '2019-03-01' }));
person('P19', 'HENDRA GUNAWAN', 'M', '1989-11-11', '327901', 57, reg('26011000177', 2750000));
person('P20', 'IWAN SETIADI', 'M', '1984-02-29', '327902', 5, reg('26011000185', 1000000));
person('P21', 'RUDI HARTONO', 'M', '1982-09-30', '327906', 2, null);
person('P22', 'TEGUH PRASETYO', 'M', '1990-06-15', '327903', 77, reg('26011000193', 2500000));
person('P23', 'YUSUF HIDAYAT', 'M', '1996-03-03', '327904', 16, reg('26011000201', 2500000));
person('P24', 'BUDI SANTOSO', 'M', '1987-08-08', '327901', 90, null);
person('P25', 'NANANG KOSIM', 'M', '1983-01-27', '327905', 61, reg('26011000458', 2500000));
person('P34', 'YOSEF MANURUNG', 'M', '1990-03-08', '127105', 24, reg('26011000466', 2250000));
person('P50', 'I GEDE ARTAWAN', 'M', '1987-06-11', '517101', 46, reg('26011000474', 3000000));
person('P51', 'MUHAMMAD ABDUL ROHMAN', 'M', '1992-12-20', '327903', 33, reg('26011000482', 2000000));
person('P26', 'LINDA KARTIKA', 'F', '1981-04-22', '327901', 4, reg('26011000219', 4000000));
person('P27', 'NURUL FITRIANI', 'F', '1994-10-10', '327902', 39, reg('26011000227', 2750000));
person('P28', 'INDAH PERMATASARI', 'F', '1990-12-05', '327903', 62, reg('26011000235', 2750000));
person('P29', 'RAHMAT HIDAYAT', 'M', '1985-05-05', '327904', 21, reg('26011000243', 2250000));
person('P31', 'MAYA ANGGRAINI', 'F', '1997-07-07', '327905', 18, null);
person('P32', 'SITI KHOTIMAH', 'F', '1988-02-18', '327906', 47, reg('26011000250', 2500000));
person('P33', 'FAJAR RAMADHAN', 'M', '1998-01-09', '327901', 73, reg('26011000268', 2250000, { name: 'FAJAR RAMADHAN SAPUTRA' }));
person('P35', 'ANDRE SIHOMBING', 'M', '1991-06-21', '127101', 35, reg('26011000276', 2000000));
person('P36', 'DEDE SURYANA', 'M', '1986-09-14', '320101', 44, reg('26011000284', 2000000));
person('P37', 'SYAHRIAL LUBIS', 'M', '1970-10-28', '127105', 6, reg('26011000292', 2000000));
person('P38', 'SUMARNI', 'F', '1974-03-31', '331001', 29, null);
person('P39', 'EKO PURNOMO', 'M', '1983-11-23', '330101', 58, reg('26011000300', 2000000));
person('P40', 'PUJI RAHAYU', 'F', '1978-08-12', '332101', 13, reg('26011000318', 2000000, { status: 'NON AKTIF', since: '2021-01-01' }));
person('P41', 'YANTI SUSANTI', 'F', '1992-11-30', '327902', 84, reg('26011000326', 2500000));
person('P42', 'TITIN SUMARNI', 'F', '1985-01-15', '327903', 26, reg('26011000334', 2250000));
person('P43', 'NINING HANDAYANI', 'F', '1999-04-04', '327904', 93, null);
person('P44', 'DIAN PRATIWI', 'F', '1993-07-27', '327905', 52, reg('26011000342', 2500000));
// A Papua NIK (province 94 > 2^53): odd-ending NIKs change if read as a JS number (DOMAIN.md §1.5).
person('P45', 'HERU WIBOWO', 'M', '1984-09-17', '947101', 3, reg('26011000359', 3000000));
person('P46', 'SUSILO WIBOWO', 'M', '1971-05-20', '327901', 10, reg('26011000367', 4000000));
person('P47', 'KHAIRUL ANWAR', 'M', '1980-02-02', '737101', 64, reg('26011000375', 3000000));
person('P48', 'RINA MARLINA', 'F', '1989-06-30', '327906', 38, reg('26011000383', 3000000));
person('P49', 'TONI SUSANTO', 'M', '1995-10-19', '327902', 97, null);
// BPJS-only participants (no roster row) — including two hard negatives.
person('B01', 'BUDI SANTOSO', 'M', '1979-03-14', '327903', 15, reg('26011000391', 2000000)); // namesake of P24
person('B02', 'TEGUH PRASETYO', 'M', '1990-06-15', '327905', 12, reg('26011000409', 2000000)); // same name + dob as P22
person('B03', 'SUGENG RIYANTO', 'M', '1973-12-12', '327904', 20, reg('26011000417', 2000000));
person('B04', 'NOVI RAHMAWATI', 'F', '1991-08-25', '327901', 49, reg('26011000425', 2000000, { status: 'NON AKTIF', since: '2022-04-01' }));
person('B05', 'ARIF WIJAYA', 'M', '1986-12-30', '327906', 55, reg('26011000433', 2500000));
person('B06', 'HARYANTO', 'M', '1968-04-16', '331012', 31, reg('26011000441', 1750000));

// ---------------------------------------------------------------------------------------------
// Roster entries: who appears where, how the clerk typed it, and what rekon should conclude.
// nik: 'text' | 'numeric' (Excel number: 16th digit zeroed) | 'missing' | {raw: '…'}
// dob: 'date' (real date cell) | 'text' | {text: '…'} ; wage: number | 'rp' (text "Rp 2.500.000")

const E = (key, opts) => ({ key, nik: 'text', dob: 'text', wage: 'number', ...opts });

const SHEETS = {
  'DINAS PENDIDIKAN': [
    E('P01', { name: 'Hj. SITI AMINAH, S.Pd', pos: 'Guru Honorer', wageValue: 2500000, dob: 'date', expect: ['registered'], note: 'clean NIK match; titles stripped' }),
    E('P02', { name: 'AGUS SETIAWAN, S.Pd', pos: 'Guru Honorer', wageValue: 2500000, nik: 'numeric', expect: ['registered', 'nik_excel_damaged'], note: 'NIK stored as an Excel number: 16th digit zeroed; found by name + birth date (may land in review: repair only proposes)' }),
    E('P03', { name: 'Drs. H. BAMBANG SUTRISNO', pos: 'Guru Honorer', wageValue: 3000000, wage: 'rp', dob: 'date', expect: ['registered'], note: 'prefix titles' }),
    E('P04', { name: 'DEWI LESTARI', pos: 'Tenaga Administrasi', wageValue: 2500000, expect: ['registered', 'wage_underreported'], note: 'BPJS upah Rp1.000.000 < honor Rp2.500.000' }),
    E('P05', { name: 'MOCH. RIZKI PRATAMA', pos: 'Operator Komputer', wageValue: 2000000, dob: 'date', expect: ['registered'], note: '"MOCH." abbreviates MUHAMMAD (NIK matches)' }),
    E('P06', { name: 'SRI WAHYUNI, S.Pd.I', pos: 'Guru Honorer', wageValue: 2000000, wage: 'rp', expect: ['unregistered'], note: 'not in the BPJS export' }),
    E('P07', { name: 'ENDANG KURNIASIH, S.Pd', pos: 'Guru Honorer', wageValue: 2500000, dob: 'date', expect: ['inactive'], note: 'BPJS status NON AKTIF' }),
    E('P08', { name: 'YULI ASTUTI', pos: 'Penjaga Sekolah', wageValue: 2000000, nik: 'missing', expect: ['registered', 'nik_missing'], note: 'empty NIK cell; unique name + birth date in BPJS (may land in review)' }),
    E('P09', { name: 'ADI PERMANA', pos: 'Penjaga Sekolah', wageValue: 2250000, nik: 'numeric', expect: ['registered', 'nik_excel_damaged'], note: 'first listing of a person also on kecamatan-utara.csv' }),
    E('P10', { name: 'RATNA SARI, A.Md.', pos: 'Tenaga Administrasi', wageValue: 2500000, wage: 'rp', dob: 'date', expect: ['registered'] }),
  ],
  DLHK: [
    E('P11', { name: 'SLAMET RIYADI', pos: 'Tenaga Kebersihan', wageValue: 2000000, nik: 'numeric', expect: ['registered', 'nik_excel_damaged'], note: 'Excel-number NIK' }),
    E('P12', { name: 'SUPRIYADI', pos: 'Pengemudi', wageValue: 2000000, expect: ['registered'], note: 'single-word name (mononym)' }),
    E('P13', { name: 'TJAHJO NUGROHO', pos: 'Tenaga Kebersihan', wageValue: 2000000, wage: 'rp', expect: ['registered'], note: 'old spelling TJ/J vs BPJS "CAHYO NUGROHO" (a spelling variant, the same name)' }),
    E('P14', { name: 'UJANG SOPIAN', pos: 'Tenaga Kebersihan', wageValue: 1750000, expect: ['unregistered'] }),
    E('P15', { name: 'DEDI KURNIAWAN', pos: 'Pengemudi', wageValue: 2000000, nikTypo: true, expect: ['registered', 'nik_differs'], note: 'one NIK digit mistyped; name + birth date agree' }),
    E('P16', { name: 'WAWAN HERMAWAN', pos: 'Tenaga Kebersihan', wageValue: 2000000, dobSwap: true, expect: ['registered', 'dob_differs'], note: 'birth date day/month swapped (07-04 vs 04-07)' }),
    E('P17', { name: 'ASEP SAEPUDIN', pos: 'Tenaga Kebersihan', wageValue: 2000000, nikTruncate: 13, expect: ['registered', 'nik_invalid'], note: 'NIK has 13 digits; found by name + birth date (may land in review)' }),
    E('P18', { name: 'JUNAIDI', pos: 'Pengemudi', wageValue: 1750000, wage: 'rp', expect: ['inactive'], note: 'mononym, BPJS NON AKTIF' }),
  ],
  'SATPOL PP': [
    E('P19', { name: 'HENDRA GUNAWN', pos: 'Anggota Satpol PP', wageValue: 2750000, dob: 'date', expect: ['registered', 'name_differs'], note: 'one-letter typo in the name (BPJS: HENDRA GUNAWAN); NIK matches' }),
    E('P20', { name: 'IWAN SETIADI', pos: 'Anggota Satpol PP', wageValue: 2500000, dob: 'date', expect: ['registered', 'wage_underreported'], note: 'born 29 Feb 1984; BPJS upah Rp1.000.000' }),
    E('P21', { name: 'RUDI HARTONO', pos: 'Anggota Satpol PP', wageValue: 2500000, nipInNik: true, expect: ['unregistered', 'nik_invalid'], note: 'an 18-digit NIP typed in the NIK column' }),
    E('P22', { name: 'TEGUH PRASETYO', pos: 'Anggota Satpol PP', wageValue: 2500000, nik: 'missing', dob: 'date', expect: ['review', 'nik_missing'], note: 'no NIK, and BPJS has two TEGUH PRASETYO born 15-06-1990 (B02 is a different person)' }),
    E('P23', { name: 'YUSUF HIDAYAT', pos: 'Anggota Satpol PP', wageValue: 2500000, wage: 'rp', expect: ['registered'] }),
    E('P24', { name: 'BUDI SANTOSO', pos: 'Anggota Satpol PP', wageValue: 2250000, expect: ['unregistered'], note: 'hard negative: BPJS has another BUDI SANTOSO (B01, other NIK and birth date)' }),
    E('P25', { name: 'NANANG KOSIM', pos: 'Anggota Satpol PP', wageValue: 2500000, nikTruncate: 15, dob: 'date', expect: ['registered', 'nik_excel_damaged'], note: '15-digit NIK (last digit lost); DOMAIN.md §1.2 treats it as Excel damage (may be nik_invalid / review)' }),
  ],
  RSUD: [
    E('P26', { name: 'dr. LINDA KARTIKA, Sp.A', pos: 'Dokter', wageValue: 4000000, dob: 'date', expect: ['registered'] }),
    E('P27', { name: 'NURUL FITRIANI, A.Md.Kep', pos: 'Perawat', wageValue: 2750000, nik: 'numeric', expect: ['registered', 'nik_excel_damaged'] }),
    E('P28', { name: 'INDAH PERMATASARI, S.Kep., Ns.', pos: 'Perawat', wageValue: 2750000, dobYearOff: 1, expect: ['registered', 'dob_differs'], note: 'birth year 1991 vs 1990 in BPJS (NIK matches)' }),
    E('P29', { name: 'RAHMAT HIDAYAT', pos: 'Tenaga Administrasi', wageValue: 2250000, dob: 'date', expect: ['registered'] }),
    E('P29', { name: 'Rahmat Hidayat', pos: 'Tenaga Administrasi', wageValue: 2250000, wage: 'rp', expect: ['duplicate'], note: 'same person listed twice in the same sheet' }),
    E('P31', { name: 'MAYA ANGGRAINI, A.Md.', pos: 'Bidan', wageValue: 2500000, expect: ['unregistered'] }),
    E('P32', { name: 'SITI KHOTIMAH', pos: 'Tenaga Kesehatan', wageValue: 2500000, nikTranspose: true, expect: ['registered', 'nik_differs'], note: 'two adjacent NIK digits swapped' }),
    E('P33', { name: 'FAJAR RAMADHAN', pos: 'Pramu Kantor', wageValue: 2250000, dob: 'date', expect: ['registered', 'name_differs'], note: 'BPJS has the full name FAJAR RAMADHAN SAPUTRA; NIK matches' }),
    E('P34', { name: 'YOSEF MANURUNG', pos: 'Pengemudi Ambulans', wageValue: 2250000, nikSpaced: true, expect: ['registered'], note: 'NIK typed with spaces in groups of four (cleanable)' }),
  ],
};

const KECAMATAN = [
  E('P09', { name: 'ADI PERMANA', pos: 'Staf Kecamatan', wageValue: 2250000, expect: ['duplicate'], note: 'also on DINAS PENDIDIKAN (two agencies)' }),
  E('P35', { name: 'ANDRÉ SIHOMBING', pos: 'Staf Kecamatan', wageValue: 2000000, expect: ['registered'], note: 'accented name (Windows-1252 é) vs BPJS ANDRE' }),
  E('P36', { name: 'DÉDÉ SURYANA', pos: 'Petugas Keamanan', wageValue: 2000000, expect: ['registered'], note: 'accented Sundanese spelling vs BPJS DEDE' }),
  E('P37', { name: 'SJAHRIAL LUBIS', pos: 'Pengemudi', wageValue: 2000000, expect: ['registered'], note: 'old spelling SJ vs BPJS SYAHRIAL (a spelling variant, the same name)' }),
  E('P38', { name: 'SUMARNI', pos: 'Pramu Kantor', wageValue: 1750000, expect: ['unregistered'] }),
  E('P39', { name: 'EKO PURNOMO', pos: 'Staf Kecamatan', wageValue: 2000000, nikSci: true, expect: ['registered', 'nik_excel_damaged'], note: 'NIK saved from Excel display as "3.30101E+15" (unrecoverable); found by name + birth date (may land in review)' }),
  E('P40', { name: 'PUJI RAHAYU', pos: 'Staf Kecamatan', wageValue: 2000000, expect: ['inactive'] }),
];
const PUSKESMAS = [
  E('P41', { name: 'YANTI SUSANTI, A.Md.Keb', pos: 'Bidan', wageValue: 2500000, expect: ['registered'] }),
  E('P42', { name: 'TITIN SUMARNI', pos: 'Perawat', wageValue: 2250000, expect: ['registered'] }),
  E('P43', { name: 'NINING HANDAYANI', pos: 'Tenaga Kesehatan', wageValue: 2000000, expect: ['unregistered'] }),
  E('P44', { name: 'DIAN PRATIWI', pos: 'Tenaga Kesehatan', wageValue: 2500000, nik: 'numeric', expect: ['registered', 'nik_excel_damaged'] }),
  E('P51', { name: 'MUH. ABDUL ROHMAN', pos: 'Tenaga Administrasi', wageValue: 2000000, expect: ['registered'], note: '"MUH." abbreviates MUHAMMAD' }),
  E('P45', { name: 'HERU WIBOWO', pos: 'Pengemudi', wageValue: 3000000, expect: ['registered'], note: 'Papua NIK 9471… ending in an odd digit: breaks if read as a JS number' }),
];
const BAPPEDA = [
  E('P46', { name: 'Ir. SUSILO WIBOWO, M.M.', pos: 'Tenaga Ahli', wageValue: 4000000, expect: ['registered'] }),
  E('P47', { name: 'CHAIRUL ANWAR', pos: 'Operator Komputer', wageValue: 3000000, expect: ['registered'], note: 'old spelling CH vs BPJS KHAIRUL (a spelling variant, the same name)' }),
  E('P48', { name: 'RINA MARLINA, S.E.', pos: 'Tenaga Administrasi', wageValue: 3000000, expect: ['registered'] }),
  E('P50', { name: 'I GEDE ARTAWAN, S.T.', pos: 'Staf Teknis', wageValue: 3000000, expect: ['registered'], note: 'Balinese name' }),
  E('P49', { name: 'TONI SUSANTO', pos: 'Pengemudi', wageValue: 2500000, expect: ['unregistered'] }),
];

/** The NIK text as typed on the roster, and the birth date as recorded there. */
function rosterNik(e) {
  const p = P[e.key];
  if (e.nik === 'missing') return '';
  if (e.nipInNik) {
    const { y, m, d } = parseIso(p.dob);
    return `${y}${pad2(m)}${pad2(d)}201003` + '1' + '004'; // NIP: birth date + TMT + sex + serial (§1.4)
  }
  if (e.nikTruncate) return p.nik.slice(0, e.nikTruncate);
  if (e.nikSci) return sci(p.nik);
  if (e.nikSpaced) return `${p.nik.slice(0, 4)} ${p.nik.slice(4, 8)} ${p.nik.slice(8, 12)} ${p.nik.slice(12)}`;
  if (e.nikTypo) return p.nik.slice(0, 13) + String((Number(p.nik[13]) + 3) % 10) + p.nik.slice(14);
  if (e.nikTranspose) return p.nik.slice(0, 14) + p.nik[15] + p.nik[14];
  return p.nik;
}
function rosterDob(e) {
  const p = P[e.key];
  const { y, m, d } = parseIso(p.dob);
  if (e.dobSwap) return `${y}-${pad2(d)}-${pad2(m)}`;
  if (e.dobYearOff) return `${y + e.dobYearOff}-${pad2(m)}-${pad2(d)}`;
  return p.dob;
}

const TRUTH = []; // {file, sheet, row, key, name, expect, note}
const PLACES = { P01: 'Sukamaju', P02: 'Garut', P03: 'Klaten', P04: 'Sukamaju', P05: 'Bandung', P06: 'Sukamaju', P07: 'Tasikmalaya', P08: 'Sukamaju', P09: 'Ciamis', P10: 'Sukamaju' };
const placeOf = (key) => PLACES[key] ?? 'Sukamaju';

// ---------------------------------------------------------------------------------------------
// dinas-sukamaju.xlsx — several OPD sheets with title rows, merged two-row headers, numeric NIKs,
// date cells, "Rp" text wages, a JUMLAH row and a signature block; plus a "Petunjuk" sheet.

async function makeWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'rekon fixtures';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;

  const info = wb.addWorksheet('Petunjuk');
  [
    'PETUNJUK PENGISIAN DAFTAR TENAGA NON ASN',
    '1. Isi satu baris untuk setiap tenaga non ASN.',
    '2. NIK diisi 16 digit sesuai KTP-el; format sel harus Teks, bukan Angka.',
    '3. Tanggal lahir ditulis dd-mm-yyyy.',
    '4. Gaji/honor per bulan dalam rupiah.',
    '5. Kirim ke BKPSDM paling lambat 10 Januari 2026.',
  ].forEach((t, i) => (info.getCell(i + 1, 1).value = t));
  info.getColumn(1).width = 80;

  const layouts = {
    // two-row header: TEMPAT/TGL LAHIR merged over TEMPAT | TGL LAHIR; 4 title rows
    'DINAS PENDIDIKAN': { titles: ['PEMERINTAH KOTA SUKAMAJU', 'DAFTAR TENAGA NON ASN', 'DINAS PENDIDIKAN', 'TAHUN ANGGARAN 2026'], split: true, numbering: false },
    // one header row + numbering row 1 2 3 …; combined "Tempat, tgl" column; 3 title rows
    DLHK: { titles: ['DAFTAR TENAGA NON ASN', 'DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN (DLHK)', 'TAHUN ANGGARAN 2026'], split: false, numbering: true },
    'SATPOL PP': { titles: ['PEMERINTAH KOTA SUKAMAJU', 'DAFTAR TENAGA NON ASN', 'SATUAN POLISI PAMONG PRAJA', 'TAHUN ANGGARAN 2026', 'KEADAAN PER 1 JANUARI 2026'], split: true, numbering: true },
    RSUD: { titles: ['DAFTAR TENAGA NON ASN', 'RSUD KOTA SUKAMAJU', 'TAHUN ANGGARAN 2026'], split: false, numbering: false },
  };

  for (const [sheetName, entries] of Object.entries(SHEETS)) {
    const L = layouts[sheetName];
    const ws = wb.addWorksheet(sheetName);
    const cols = L.split
      ? ['NO', 'NAMA', 'NIK', 'TEMPAT', 'TGL LAHIR', 'JENIS KELAMIN', 'JABATAN', 'GAJI/HONOR', 'NO KPJ', 'KETERANGAN']
      : ['NO', 'NAMA', 'NIK', 'TEMPAT/TGL LAHIR', 'JENIS KELAMIN', 'JABATAN', 'GAJI/HONOR', 'NO KPJ', 'KETERANGAN'];
    const width = cols.length;
    const lastCol = String.fromCharCode(64 + width);
    let r = 1;
    for (const t of L.titles) {
      ws.mergeCells(`A${r}:${lastCol}${r}`);
      const c = ws.getCell(`A${r}`);
      c.value = t;
      c.font = { bold: true };
      c.alignment = { horizontal: 'center' };
      r++;
    }
    r++; // blank row under the titles
    const headerTop = r;
    if (L.split) {
      // row 1 of the header: TEMPAT/TGL LAHIR spans two columns; the others span two rows
      const top = ['NO', 'NAMA', 'NIK', 'TEMPAT/TGL LAHIR', null, 'JENIS KELAMIN', 'JABATAN', 'GAJI/HONOR', 'NO KPJ', 'KETERANGAN'];
      top.forEach((v, i) => {
        if (v !== null) ws.getCell(r, i + 1).value = v;
      });
      ws.mergeCells(r, 4, r, 5);
      ws.getCell(r + 1, 4).value = 'TEMPAT';
      ws.getCell(r + 1, 5).value = 'TGL LAHIR';
      for (let i = 1; i <= width; i++) if (i !== 4 && i !== 5) ws.mergeCells(r, i, r + 1, i);
      r += 2;
    } else {
      cols.forEach((v, i) => (ws.getCell(r, i + 1).value = v));
      r++;
    }
    for (let rr = headerTop; rr < r; rr++) ws.getRow(rr).font = { bold: true };
    if (L.numbering) {
      for (let i = 1; i <= width; i++) ws.getCell(r, i).value = i;
      r++;
    }
    const firstData = r;
    const wageCol = cols.indexOf('GAJI/HONOR') + 1;
    entries.forEach((e, i) => {
      const p = P[e.key];
      const dobIso = rosterDob(e);
      const nikText = rosterNik(e);
      const cells = [];
      cells.push(i + 1);
      cells.push(e.name);
      if (e.nik === 'numeric') cells.push(Number(zero16(p.nik)));
      else cells.push(nikText === '' ? null : nikText);
      const dobCell = e.dob === 'date' ? utcDate(dobIso) : dmy(dobIso);
      if (L.split) {
        cells.push(placeOf(e.key));
        cells.push(dobCell);
      } else {
        cells.push(`${placeOf(e.key)}, ${e.dob === 'date' ? dmy(dobIso) : longDate(dobIso)}`);
      }
      cells.push(p.sex === 'F' ? 'P' : 'L');
      cells.push(e.pos);
      cells.push(e.wage === 'rp' ? `Rp ${dots(e.wageValue)}` : e.wageValue);
      cells.push(null);
      cells.push(e.note && e.expect.includes('duplicate') ? 'ganda?' : null);
      cells.forEach((v, ci) => {
        const c = ws.getCell(r, ci + 1);
        c.value = v;
        if (v instanceof Date) c.numFmt = 'dd-mm-yyyy';
        // most numeric NIKs show in full (format "0"); ADI PERMANA keeps General ("3,28E+15" on screen)
        if (ci === 2 && typeof v === 'number' && e.key !== 'P09') c.numFmt = '0';
        if (ci + 1 === wageCol && typeof v === 'number') c.numFmt = '#,##0';
      });
      TRUTH.push({ file: 'roster/dinas-sukamaju.xlsx', sheet: sheetName, row: r, key: e.key, name: e.name, expect: e.expect, note: e.note ?? '' });
      r++;
    });
    // JUMLAH row: SUM over the numeric wages (text "Rp …" cells are ignored by Excel, as here)
    const numericSum = entries.reduce((s, e) => s + (e.wage === 'rp' ? 0 : e.wageValue), 0);
    ws.mergeCells(r, 1, r, wageCol - 1);
    ws.getCell(r, 1).value = 'JUMLAH';
    const wl = String.fromCharCode(64 + wageCol);
    ws.getCell(r, wageCol).value = { formula: `SUM(${wl}${firstData}:${wl}${r - 1})`, result: numericSum };
    ws.getCell(r, wageCol).numFmt = '#,##0';
    r += 2;
    // signature block
    const sigCol = wageCol - 1;
    const sig = ['Sukamaju, 5 Januari 2026', `Kepala ${sheetName === 'RSUD' ? 'RSUD' : sheetName === 'SATPOL PP' ? 'Satuan Polisi Pamong Praja' : sheetName === 'DLHK' ? 'Dinas Lingkungan Hidup' : 'Dinas Pendidikan'}`, null, null, 'Drs. H. SUPARMAN, M.Pd', 'NIP. 19700101 199003 1 005'];
    for (const s of sig) {
      if (s) ws.getCell(r, sigCol).value = s;
      r++;
    }
    ws.columns.forEach((c, i) => (c.width = [5, 34, 20, 16, 14, 10, 22, 14, 14, 12][i] ?? 12));
  }
  const buf = await wb.xlsx.writeBuffer();
  writeOut('roster/dinas-sukamaju.xlsx', await pinnedZip(Buffer.from(buf)));
}

// ---------------------------------------------------------------------------------------------
// kecamatan-utara.csv — semicolon, Windows-1252, one agency per file with an OPD column

function makeKecamatanCsv() {
  const rows = [['NO', 'NAMA LENGKAP', 'NIK', 'TEMPAT LAHIR', 'TANGGAL LAHIR', 'L/P', 'OPD', 'JABATAN', 'HONOR']];
  KECAMATAN.forEach((e, i) => {
    const p = P[e.key];
    rows.push([i + 1, e.name, rosterNik(e), placeOf(e.key), dmy(rosterDob(e), '/'), p.sex === 'F' ? 'P' : 'L', 'KECAMATAN SUKAMAJU UTARA', e.pos, `Rp ${dots(e.wageValue)}`]);
    TRUTH.push({ file: 'roster/kecamatan-utara.csv', sheet: '', row: i + 2, key: e.key, name: e.name, expect: e.expect, note: e.note ?? '' });
  });
  writeOut('roster/kecamatan-utara.csv', iconv.encode(csvText(rows, ';'), 'win1252'));
}

// ---------------------------------------------------------------------------------------------
// puskesmas.xls (BIFF8) and bappeda.ods via SheetJS

function sheetjsBook(title, agency, entries, file, numericNikKeys) {
  const aoa = [[title], [agency], [], ['NO', 'NAMA', 'NIK', 'TGL LAHIR', 'JK', 'JABATAN', 'GAJI']];
  const firstRow = aoa.length + 1;
  entries.forEach((e, i) => {
    const p = P[e.key];
    const nik = e.nik === 'numeric' || numericNikKeys.includes(e.key) ? Number(zero16(p.nik)) : rosterNik(e);
    aoa.push([i + 1, e.name, nik, dmy(rosterDob(e)), p.sex === 'F' ? 'P' : 'L', e.pos, e.wageValue]);
    TRUTH.push({ file, sheet: 'Sheet1', row: firstRow + i, key: e.key, name: e.name, expect: e.expect, note: e.note ?? '' });
  });
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  for (const cell of Object.values(ws)) if (cell && cell.t === 'n' && cell.v > 1e15) cell.z = '0';
  ws['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 6 } },
    { s: { r: 1, c: 0 }, e: { r: 1, c: 6 } },
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
  wb.Props = { Title: title, Author: 'rekon fixtures', CreatedDate: FIXED_DATE, ModifiedDate: FIXED_DATE };
  return wb;
}

async function makeSheetjsFiles() {
  const xls = sheetjsBook('DAFTAR TENAGA NON ASN PUSKESMAS SUKAMAJU UTARA', 'DINAS KESEHATAN KOTA SUKAMAJU', PUSKESMAS, 'roster/puskesmas.xls', []);
  writeOut('roster/puskesmas.xls', XLSX.write(xls, { type: 'buffer', bookType: 'biff8' }));
  const ods = sheetjsBook('DAFTAR TENAGA NON ASN BAPPEDA', 'BADAN PERENCANAAN PEMBANGUNAN DAERAH KOTA SUKAMAJU', BAPPEDA, 'roster/bappeda.ods', []);
  const odsBuf = XLSX.write(ods, { type: 'buffer', bookType: 'ods' });
  writeOut('roster/bappeda.ods', await pinnedZipOds(odsBuf));
}

async function pinnedZipOds(buffer) {
  // ODS needs "mimetype" first and stored (uncompressed); keep that while pinning dates.
  const zip = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  names.sort((a, b) => (a === 'mimetype' ? -1 : b === 'mimetype' ? 1 : a.localeCompare(b)));
  for (const name of names) {
    const data = await zip.files[name].async('nodebuffer');
    out.file(name, data, { date: FIXED_DATE, createFolders: false, compression: name === 'mimetype' ? 'STORE' : 'DEFLATE' });
  }
  return out.generateAsync({ type: 'nodebuffer', platform: 'DOS' });
}

// ---------------------------------------------------------------------------------------------
// bpjs/bpjs-export.csv — comma CSV, UTF-8 with BOM, F2a-like headers (DOMAIN.md §3.1)

const BPJS_HEADER = ['No', 'Nomor Referensi/KPJ', 'NIK', 'Nama', 'Tgl Lahir', 'Tgl Kepesertaan', 'Upah', 'Status Kepesertaan'];
function bpjsRows(people) {
  // sorted by KPJ, as an export would be — not in roster order
  const list = people.filter((p) => p.bpjs).sort((a, b) => a.bpjs.kpj.localeCompare(b.bpjs.kpj));
  return list.map((p, i) => [i + 1, p.bpjs.kpj, p.nik, p.bpjs.name ?? p.name, dmy(p.dob), dmy(p.bpjs.since), f2a(p.bpjs.upah), p.bpjs.status]);
}
const BPJS_TRUTH = [];
function makeBpjsCsv() {
  const rows = bpjsRows(Object.values(P));
  rows.forEach((r, i) => BPJS_TRUTH.push({ row: i + 2, kpj: r[1], name: r[3], key: Object.values(P).find((p) => p.bpjs?.kpj === r[1]).key }));
  writeOut('bpjs/bpjs-export.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText([BPJS_HEADER, ...rows]), 'utf8')]));
}

// ---------------------------------------------------------------------------------------------
// monthly/2026-01 and monthly/2026-02 — an operations scenario across two months

const M = {};
function mperson(key, name, sex, dob, serial) {
  M[key] = { key, name, sex, dob, nik: makeNik('327902', dob, sex, serial) };
}
mperson('M01', 'AHMAD FAUZI', 'M', '1988-03-04', 301);
mperson('M02', 'SITI NURHALIZA', 'F', '1990-07-19', 302);
mperson('M03', 'JOKO WIDODO SAPUTRO', 'M', '1985-11-30', 303);
mperson('M04', 'LILIS SURYANI', 'F', '1993-02-08', 304);
mperson('M05', 'BAGUS PRAKOSO', 'M', '1979-09-21', 305);
mperson('M06', 'RIKA AMALIA', 'F', '1996-05-14', 306);
mperson('M07', 'GILANG RAMADHAN', 'M', '1999-12-24', 307);
mperson('M08', 'SRI MULYANI', 'F', '1987-04-11', 308);
mperson('M09', 'SRI MULYANI', 'F', '1987-04-11', 309); // namesake, same birth date — not a roster person
mperson('M10', 'HASAN BASRI', 'M', '1982-06-02', 310);
mperson('M11', 'YAYAN SUHERMAN', 'M', '1991-10-10', 311);
mperson('M12', 'FEBRI ANDIKA', 'M', '2000-01-31', 312);
mperson('M13', 'KARTIKA SARI', 'F', '1994-08-17', 313);

const MONTHLY_ROSTER_HEADER = ['NO', 'NAMA', 'NIK', 'TGL LAHIR', 'JK', 'OPD', 'JABATAN', 'GAJI'];
const MONTHS = {
  '2026-01': {
    roster: [
      ['M01', {}], ['M02', {}], ['M03', {}], ['M04', {}], ['M05', {}], ['M06', {}], ['M07', {}],
      ['M08', { nik: '' }], ['M10', {}], ['M12', {}],
    ],
    bpjs: ['M01', 'M02', 'M03', 'M04', 'M05', 'M08', 'M09', 'M10'],
    inactive: ['M05'],
    story: {
      M01: 'registered', M02: 'registered', M03: 'registered', M04: 'registered', M05: 'inactive (NON AKTIF)',
      M06: 'unregistered', M07: 'unregistered', M08: 'review: NIK missing and BPJS has two SRI MULYANI born 11-04-1987',
      M09: 'bpjs_only (the other SRI MULYANI)', M10: 'registered', M12: 'unregistered',
    },
  },
  '2026-02': {
    roster: [
      ['M01', {}], ['M02', {}], ['M03', {}], ['M04', {}], ['M05', {}], ['M06', {}], ['M07', {}],
      ['M08', {}], ['M11', {}], ['M12', {}], ['M13', {}],
    ],
    bpjs: ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M08', 'M09', 'M10', 'M11'],
    inactive: ['M04'],
    story: {
      M01: 'registered', M02: 'registered', M03: 'registered', M04: 'inactive (NON AKTIF in February: `rekon diff` lists her under lost coverage)', M05: 'registered (reactivated)',
      M06: 'registered (joined BPJS in February)', M07: 'unregistered (still)', M08: 'registered (NIK filled in; the review is resolved)',
      M09: 'bpjs_only', M10: 'bpjs_only (left the roster in February, still in BPJS: a worker gone, not lost coverage)', M11: 'registered (new worker, registered at once)',
      M12: 'unregistered (still)', M13: 'unregistered (new worker)',
    },
  },
};
const KPJ_M = (key) => '26021' + String(Number(key.slice(1)) * 1013).padStart(6, '0');

function makeMonthly() {
  const readme = [];
  for (const [month, spec] of Object.entries(MONTHS)) {
    const rows = [MONTHLY_ROSTER_HEADER];
    spec.roster.forEach(([key, o], i) => {
      const p = M[key];
      rows.push([i + 1, p.name, o.nik ?? p.nik, dmy(p.dob), p.sex === 'F' ? 'P' : 'L', 'DINAS PERHUBUNGAN', 'Petugas Parkir', 2000000]);
    });
    writeOut(`monthly/${month}/roster/dishub.csv`, csvText(rows));
    const b = spec.bpjs.map((key, i) => {
      const p = M[key];
      return [i + 1, KPJ_M(key), p.nik, p.name, dmy(p.dob), '01-06-2024', f2a(2000000), spec.inactive.includes(key) ? 'NON AKTIF' : 'AKTIF'];
    });
    writeOut(`monthly/${month}/bpjs/bpjs-export.csv`, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText([BPJS_HEADER, ...b]), 'utf8')]));
    readme.push(`### ${month}\n\n| person | name | roster row | expected |\n|---|---|---|---|`);
    for (const [key, what] of Object.entries(spec.story)) {
      const idx = spec.roster.findIndex(([k]) => k === key);
      readme.push(`| ${key} | ${M[key].name} | ${idx >= 0 ? idx + 2 : '–'} | ${what} |`);
    }
    readme.push('');
  }
  return readme.join('\n');
}

// ---------------------------------------------------------------------------------------------
// bad/ — hostile and corrupt inputs

async function makeBad() {
  writeOut('bad/empty.csv', Buffer.alloc(0));
  // binary junk: a fixed byte pattern with NULs and invalid UTF-8 (no PRNG needed)
  const junk = Buffer.alloc(512);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 151 + 7) & 0xff;
  writeOut('bad/junk.csv', junk);
  writeOut('bad/not-really.xlsx', 'NO,NAMA,NIK\n1,BUKAN EXCEL,3279011203850011\n');
  // a real workbook whose only sheet holds prose and stray numbers — no table
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet('Catatan');
  ws.getCell('A1').value = 'Catatan rapat koordinasi BPJS Ketenagakerjaan';
  ws.getCell('A3').value = 'Hadir: 12 orang';
  ws.getCell('B5').value = 42;
  ws.getCell('C9').value = 'Tindak lanjut: data menyusul.';
  const good = await pinnedZip(Buffer.from(await wb.xlsx.writeBuffer()));
  writeOut('bad/no-table.xlsx', good);
  // truncated zip: the first 60% of a valid workbook
  writeOut('bad/corrupt.xlsx', good.subarray(0, Math.floor(good.length * 0.6)));
  writeOut('bad/no-table.csv', 'Laporan ini kosong.\nTidak ada data tenaga non ASN bulan ini.\n');
}

// ---------------------------------------------------------------------------------------------
// README with the truth table

function maskNik(nik) {
  const digits = nik.replace(/\s/g, '');
  return /^\d{10,}$/.test(digits) ? digits.slice(0, 4) + '*'.repeat(digits.length - 8) + digits.slice(-4) : nik;
}

function makeReadme(monthlyReadme) {
  const rosterKeys = new Set(TRUTH.map((t) => t.key));
  const lines = [];
  lines.push(`# Fixtures — Pemerintah Kota Sukamaju (synthetic)

Everything here is invented: the city, the people, their NIKs (real-looking region prefixes with
made-up serials) and their KPJ numbers. Generated by \`node scripts/make-fixtures.mjs\`
(deterministic; do not edit by hand — change the script and rerun).

Try it: \`rekon reconcile --roster fixtures/roster --bpjs fixtures/bpjs\`

## Files

| file | what it is |
|---|---|
| \`roster/dinas-sukamaju.xlsx\` | 5 sheets: \`Petunjuk\` (instructions, no table), \`DINAS PENDIDIKAN\`, \`DLHK\`, \`SATPOL PP\`, \`RSUD\`. 3–5 merged title rows; \`DINAS PENDIDIKAN\`/\`SATPOL PP\` have a two-row header (TEMPAT/TGL LAHIR merged over TEMPAT and TGL LAHIR), \`DLHK\`/\`SATPOL PP\` a numbering row 1 2 3 … under the header; \`DLHK\`/\`RSUD\` a combined "Tempat, tgl lahir" column. Some NIKs are numeric cells (16th digit zeroed, as Excel does), others text; birth dates as date cells and as text; wages as numbers and as "Rp 2.500.000" text; a JUMLAH row (SUM formula) and a signature block with a NIP under each table. |
| \`roster/kecamatan-utara.csv\` | semicolon-delimited, **Windows-1252**, CRLF; accented names (é); "Rp 2.000.000" wages; an OPD column; dates dd/mm/yyyy |
| \`roster/puskesmas.xls\` | BIFF8 (.xls) with 2 title rows (merged), header on row 4 |
| \`roster/bappeda.ods\` | OpenDocument spreadsheet, same layout as the .xls |
| \`bpjs/bpjs-export.csv\` | comma CSV, UTF-8 with BOM, CRLF; F2a-like headers (No, Nomor Referensi/KPJ, NIK, Nama, Tgl Lahir, Tgl Kepesertaan, Upah, Status Kepesertaan); amounts "2,500,000.00"; sorted by KPJ |
| \`monthly/2026-01/\`, \`monthly/2026-02/\` | an operations scenario over two months (roster + BPJS each) |
| \`truth.json\` | the truth tables below, machine-readable (\`bench/fixtures-check.mjs\` compares a run against it) |
| \`bad/\` | hostile inputs: \`empty.csv\` (0 bytes), \`junk.csv\` (binary bytes), \`corrupt.xlsx\` (truncated zip), \`not-really.xlsx\` (a CSV text file named .xlsx), \`no-table.xlsx\` / \`no-table.csv\` (no recognizable table) |

Row numbers below are what a spreadsheet program shows (CSV: header line = row 1).
"expected" is what the fixture was built to demonstrate: the status first, then flags. Where a
case is borderline by design (a damaged or missing NIK found only through name + birth date), the
note says it may land in \`review\` instead; that is a legitimate, safe outcome.

## Roster truth table

| file | sheet | row | person | name on roster | NIK on roster (masked) | expected | note |
|---|---|---|---|---|---|---|---|`);
  const E_ALL = [...Object.values(SHEETS).flat(), ...KECAMATAN, ...PUSKESMAS, ...BAPPEDA];
  TRUTH.forEach((t, i) => {
    const e = E_ALL[i];
    const numberCell = e.nik === 'numeric';
    const raw = numberCell ? zero16(P[t.key].nik) : rosterNik(e);
    const shown = raw === '' ? '(empty)' : maskNik(raw) + (numberCell ? ' (number cell)' : '');
    lines.push(`| ${t.file} | ${t.sheet || '–'} | ${t.row} | ${t.key} | ${t.name} | ${shown} | ${t.expect.join(', ')} | ${t.note} |`);
  });
  lines.push(`
## BPJS export (bpjs/bpjs-export.csv)

| row | KPJ | name | person | expected |
|---|---|---|---|---|`);
  for (const b of BPJS_TRUTH) {
    const p = P[b.key];
    const only = !rosterKeys.has(b.key);
    const reviewed = TRUTH.some((t) => t.key === b.key && t.expect[0] === 'review');
    const what = reviewed ? `candidate for ${b.key}, which is in review — listed as bpjs_only until someone confirms the pair` : only ? `bpjs_only${p.bpjs.status === 'NON AKTIF' ? ' (NON AKTIF)' : ''}${b.key === 'B01' ? ' — namesake of P24, must not match' : b.key === 'B02' ? ' — same name and birth date as P22, must not be auto-matched' : ''}` : `matched by ${b.key}${p.bpjs.status === 'NON AKTIF' ? ' (NON AKTIF → inactive)' : ''}`;
    lines.push(`| ${b.row} | ${b.kpj} | ${b.name} | ${b.key} | ${what} |`);
  }
  const statusCount = {};
  for (const t of TRUTH) for (const x of t.expect) statusCount[x] = (statusCount[x] ?? 0) + 1;
  const onlyCount = BPJS_TRUTH.filter((b) => !rosterKeys.has(b.key)).length;
  lines.push(`
## Coverage

${Object.entries(statusCount)
    .sort()
    .map(([k, v]) => `- \`${k}\`: ${v} roster row(s)`)
    .join('\n')}
- \`bpjs_only\`: ${onlyCount} BPJS row(s)

Totals: ${TRUTH.length} roster rows (${rosterKeys.size} distinct people), ${BPJS_TRUTH.length} BPJS rows.

## Monthly scenario (monthly/)

Roster \`roster/dishub.csv\` (comma, UTF-8, no BOM) and BPJS \`bpjs/bpjs-export.csv\` for each month:
\`rekon reconcile --roster fixtures/monthly/2026-01/roster --bpjs fixtures/monthly/2026-01/bpjs\`.

${monthlyReadme}`);
  writeOut('README.md', lines.join('\n') + '\n');
  // the same truth, machine-readable (used by bench/fixtures-check.mjs)
  const truth = {
    roster: TRUTH.map((t) => ({ file: t.file, sheet: t.sheet, row: t.row, person: t.key, status: t.expect[0], flags: t.expect.slice(1), note: t.note })),
    bpjs: BPJS_TRUTH.map((b) => ({ file: 'bpjs/bpjs-export.csv', row: b.row, person: b.key, bpjs_only: !rosterKeys.has(b.key) })),
  };
  writeOut('truth.json', JSON.stringify(truth, null, 2) + '\n');
}

// ---------------------------------------------------------------------------------------------

rmSync(join(OUT, 'roster'), { recursive: true, force: true });
rmSync(join(OUT, 'bpjs'), { recursive: true, force: true });
rmSync(join(OUT, 'monthly'), { recursive: true, force: true });
rmSync(join(OUT, 'bad'), { recursive: true, force: true });
await makeWorkbook();
makeKecamatanCsv();
await makeSheetjsFiles();
makeBpjsCsv();
const monthlyReadme = makeMonthly();
await makeBad();
makeReadme(monthlyReadme);
console.error(`make-fixtures: wrote ${OUT}/ (${TRUTH.length} roster rows, ${BPJS_TRUTH.length} BPJS rows)`);
