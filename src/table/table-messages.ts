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
} as const satisfies Catalog;
