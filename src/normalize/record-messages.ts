import type { Catalog } from '../i18n/message.js';

/** Indonesian + English templates for findings made while building records from rows. */
export const recordMessages = {
  'record.nik_missing': { id: 'NIK kosong', en: 'the NIK is empty' },
  'record.nik_merged': {
    id: 'sel NIK digabung (merge) {range} meliputi baris {top}–{bottom}: NIK yang tampil milik baris {top} saja, jadi baris ini tidak punya NIK sendiri — pisahkan sel itu dan isi NIK tiap pekerja',
    en: "the NIK cell is merged over rows {top}–{bottom} ({range}): the NIK it shows belongs to row {top} only, so this row has no NIK of its own — unmerge the cell and enter each worker's NIK",
  },
  'record.name_missing': { id: 'nama kosong', en: 'the name is empty' },
  'record.asn_nip_rounded': {
    id: 'kolom NIP berisi NIP ASN yang disimpan Excel sebagai angka (lahir {birth}, TMT {tmt}; 3 digit terakhir hilang, ketik ulang sebagai teks): PNS/PPPK di daftar non-ASN? PNS dan PPPK penuh waktu dilindungi JKK/JKM lewat Taspen, bukan BPJS Ketenagakerjaan',
    en: 'the NIP column holds an ASN NIP that Excel stored as a number (born {birth}, appointed {tmt}; its last 3 digits are lost, retype it as text): a PNS/PPPK in a non-ASN roster? PNS and full-time PPPK get JKK/JKM through Taspen, not BPJS Ketenagakerjaan',
  },
  'record.asn_nip': {
    id: 'kolom NIP berisi NIP ASN (lahir {birth}, TMT {tmt}): PNS/PPPK di daftar non-ASN? PNS dan PPPK penuh waktu dilindungi JKK/JKM lewat Taspen, bukan BPJS Ketenagakerjaan',
    en: 'the NIP column holds an ASN NIP (born {birth}, appointed {tmt}): a PNS/PPPK in a non-ASN roster? PNS and full-time PPPK get JKK/JKM through Taspen, not BPJS Ketenagakerjaan',
  },
  'record.status_invalid': {
    id: 'status kepesertaan "{value}" tidak dikenali (aktif/nonaktif); peserta dianggap aktif',
    en: 'membership status "{value}" is not one rekon knows (active/non-active); the participant is treated as active',
  },
  'record.nik_zeroed_column': {
    id: 'NIK berakhir 0 di kolom yang sebagian besar NIK-nya berakhir 0: kemungkinan besar disimpan Excel sebagai angka (digit ke-16 diganti 0)',
    en: 'the NIK ends in 0 in a column where most NIKs end in 0: most likely saved by Excel as a number (16th digit replaced by 0)',
  },
  'record.nik_zeroed_column_note': {
    id: '{ending_zero} dari {sixteen} NIK 16 digit di lembar ini berakhir 0 (wajarnya ±10%): berkas ini pernah disimpan Excel dari kolom angka. NIK berakhir 0 diperlakukan sebagai rusak (hanya 15 digit awal dipercaya). Dinilai dari {sampled} baris data pertama.',
    en: '{ending_zero} of {sixteen} 16-digit NIKs in this sheet end in 0 (about 10% would be normal): the file was saved by Excel from a numeric column. NIKs ending in 0 are treated as damaged (only the first 15 digits trusted). Judged from the first {sampled} data rows.',
  },
  'record.nik_dob_mismatch': {
    id: 'tanggal lahir di NIK ({nik_date}) berbeda dengan kolom tanggal lahir ({column_date})',
    en: 'the birth date in the NIK ({nik_date}) differs from the birth-date column ({column_date})',
  },
  'record.nik_dob_mismatch_place_date': {
    id: 'tanggal lahir di NIK ({nik_date}) berbeda dengan tanggal di kolom tempat/tanggal lahir ({column_date})',
    en: 'the birth date in the NIK ({nik_date}) differs from the date in the place/date-of-birth column ({column_date})',
  },
  'record.birth_date_conflict': {
    id: 'kolom tanggal lahir ({column_date}) berbeda dengan tanggal di kolom tempat/tanggal lahir ({other_date}); yang dipakai {column_date}',
    en: 'the birth-date column ({column_date}) differs from the date in the place/date-of-birth column ({other_date}); {column_date} is used',
  },
  'record.nik_sex_mismatch': {
    id: 'jenis kelamin di NIK ({nik_sex}) berbeda dengan kolom jenis kelamin ({column_sex})',
    en: 'the sex encoded in the NIK ({nik_sex}) differs from the sex column ({column_sex})',
  },
  'record.bpjs_row_repeated': {
    id: 'baris ini mengulang {first} (KPJ {kpj}, NIK, nama dan tanggal lahir sama): satu peserta, dibaca sekali — unduhan yang tumpang tindih?',
    en: 'this row repeats {first} (KPJ {kpj}, same NIK, name and birth date): one participant, read once — overlapping downloads?',
  },
  'record.nik_duplicate': {
    id: 'NIK yang sama sudah ada di baris {first_row}{first_sheet}',
    en: 'the same NIK already appears in row {first_row}{first_sheet}',
  },
  'record.wage_implausible_low': {
    id: 'upah sebulan {wage_rupiah} di bawah {floor_rupiah}, lebih kecil dari honor bulanan mana pun: angkanya dalam ribuan (RIBU) atau upah harian? Tetap dianggarkan seperti tertulis; perbaiki selnya, atau beri judul kolom satuannya, mis. "HONOR (Rp RIBU)"',
    en: 'a monthly wage of {wage_rupiah} is below {floor_rupiah}, less than any monthly honor: is it written in thousands (RIBU), or a daily rate? Budgeted as written; fix the cell, or state the unit in the header, e.g. "HONOR (Rp RIBU)"',
  },
  'record.wage_implausible_high': {
    id: 'upah sebulan {wage_rupiah} di atas {ceiling_rupiah}, jauh melebihi honor sebulan: jumlah setahun, atau rupiah penuh di bawah judul kolom RIBU/JUTA? Tetap dianggarkan seperti tertulis; perbaiki selnya atau kolomnya',
    en: 'a monthly wage of {wage_rupiah} is above {ceiling_rupiah}, far more than a month\'s honor: a year\'s total, or full rupiah under a RIBU/JUTA header? Budgeted as written; fix the cell or the column',
  },
} as const satisfies Catalog;
