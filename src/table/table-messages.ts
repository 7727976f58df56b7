import type { Catalog } from '../i18n/message.js';

/** Indonesian + English templates for table detection (src/table). */
export const tableMessages = {
  'table.no_header': {
    id: '{where}: tidak ditemukan baris judul kolom (NAMA bersama NIK atau TGL LAHIR) di {rows} baris pertama. Kolom yang terlihat: {headers}. Tunjukkan dengan {flag}, mis. {flag} name="NAMA" {flag} nik="NO KTP".',
    en: '{where}: no header row (NAMA together with NIK or TGL LAHIR) in the first {rows} rows. Cells seen: {headers}. Point to the columns with {flag}, e.g. {flag} name="NAMA" {flag} nik="NO KTP".',
  },
  'table.missing_role': {
    id: '{where}: kolom {role} tidak ditemukan di baris judul {row}. Judul kolom yang ada: {headers}. Tunjukkan kolomnya dengan {flag} {role}="{example}".',
    en: '{where}: no {role} column in header row {row}. Headers found: {headers}. Point to it with {flag} {role}="{example}".',
  },
  'table.missing_role_no_example': {
    id: '{where}: kolom {role} tidak ditemukan di baris judul {row}. Judul kolom yang ada: {headers}; tidak ada yang isinya tampak seperti {role}. Bila lembar ini memang berisi pekerja, tunjukkan kolomnya dengan {flag} {role}="…" (judul kolomnya seperti tertulis).',
    en: '{where}: no {role} column in header row {row}. Headers found: {headers}; none of them holds {role} values. If this sheet does list workers, point to the column with {flag} {role}="…" (its header as written).',
  },
  'table.header_row_is_data': {
    id: '{where}: baris {row}, yang diberikan sebagai baris judul, tampak seperti baris pekerja (berisi NIK atau tanggal, bukan judul kolom). Berikan nomor baris judul kolom dengan --header-row, atau hapus opsi itu agar rekon mencarinya sendiri.',
    en: "{where}: row {row}, given as the header row, looks like a worker's row (it holds a NIK or a date, not column names). Give the row of the column names with --header-row, or leave it out and rekon finds it.",
  },
  'table.ambiguous_role': {
    id: '{where}: beberapa kolom cocok sebagai {role}: {candidates}. Pilih satu dengan {flag} {role}="{example}".',
    en: '{where}: several columns could be {role}: {candidates}. Choose one with {flag} {role}="{example}".',
  },
  'table.map_header_not_found': {
    id: '{where}: judul kolom "{header}" untuk {flag} {role} tidak ditemukan. Judul kolom yang ada: {headers}.',
    en: '{where}: header "{header}" given for {flag} {role} not found. Headers found: {headers}.',
  },
  'table.config_header_not_found': {
    id: '{where}: judul kolom "{header}" yang ditetapkan di {config} [{section}] {role} tidak ditemukan. Judul kolom yang ada: {headers}.',
    en: '{where}: header "{header}" given in {config} [{section}] {role} not found. Headers found: {headers}.',
  },
  'table.optional_role_ambiguous': {
    id: 'beberapa kolom cocok sebagai {role} ({candidates}); dipakai "{chosen}". Ubah dengan {flag} {role}="…".',
    en: 'several columns could be {role} ({candidates}); using "{chosen}". Change it with {flag} {role}="…".',
  },
  'table.status_is_employment': {
    id: 'kolom "{header}" berisi status kepegawaian (mis. "{example}"), bukan status kepesertaan BPJS; diabaikan (bila berkas ini ekspor BPJS: --side bpjs pada inspect, --bpjs pada reconcile)',
    en: 'column "{header}" holds employment status (e.g. "{example}"), not BPJS membership status; ignored (if this file is a BPJS export: --side bpjs in inspect, --bpjs in reconcile)',
  },
  'table.birth_place_date_unused': {
    id: 'kolom "{header}" (tempat/tgl lahir) hanya dipakai untuk tempat lahir karena ada kolom tanggal lahir tersendiri',
    en: 'column "{header}" (place/date of birth) is used for the place only, since there is a separate birth-date column',
  },
  'table.wage_yearly_unused': {
    id: 'kolom {headers} berisi honor setahun, bukan upah sebulan yang menjadi dasar iuran BPJS; tidak dipakai sebagai upah, sehingga pekerjanya tidak dianggarkan. Tunjukkan kolom upah bulanan dengan {flag} wage="…" (rekon tidak membagi 12: honor setahun bisa memuat bulan ke-13 atau kurang dari 12 bulan), atau tetapkan upah bagi baris tanpa upah dengan --default-wage',
    en: 'column {headers} holds a year\'s honor, not the monthly wage BPJS premiums are computed on; it is not used as the wage, so its workers are not budgeted. Point to a monthly wage column with {flag} wage="…" (rekon does not divide by 12: a year\'s honor may hold a 13th month or cover fewer months), or give rows without a wage one with --default-wage',
  },
  'table.wage_total_over_basic': {
    id: 'upah diambil dari kolom "{chosen}" (jumlah), bukan "{basic}": upah yang dilaporkan ke BPJS adalah gaji pokok ditambah tunjangan tetap; ubah dengan {flag} wage="…"',
    en: 'wage taken from column "{chosen}" (the total), not "{basic}": the wage reported to BPJS is basic pay plus fixed allowances; change it with {flag} wage="…"',
  },
  'table.wage_yearly_passed_over': {
    id: 'kolom {headers} berisi honor setahun; upah yang dipakai adalah kolom bulanan',
    en: 'column {headers} holds a year\'s honor; the monthly column is used as the wage',
  },
  'table.wage_unit_thousands': {
    id: 'judul kolom "{header}" menyatakan satuannya: upah dibaca dalam ribuan rupiah (2.500 → Rp 2.500.000)',
    en: 'header "{header}" states its unit: wages are read in thousands of rupiah (2,500 → Rp 2,500,000)',
  },
  'table.wage_unit_millions': {
    id: 'judul kolom "{header}" menyatakan satuannya: upah dibaca dalam jutaan rupiah (2,5 → Rp 2.500.000)',
    en: 'header "{header}" states its unit: wages are read in millions of rupiah (2.5 → Rp 2,500,000)',
  },
} as const satisfies Catalog;
