import type { Catalog } from '../i18n/message.js';

/**
 * Texts for what parseNik finds (src/normalize/nik.ts). Parameters never carry the NIK itself:
 * messages reach the terminal, where NIKs are masked (DOMAIN.md §6).
 */
export const nikMessages = {
  'nik.wrong_length': {
    id: 'NIK harus 16 digit, yang tertulis {length} digit',
    en: 'a NIK has 16 digits, this one has {length}',
  },
  'nik.non_digits': {
    id: 'NIK hanya boleh berisi angka, ditemukan "{chars}"',
    en: 'a NIK holds digits only, found "{chars}"',
  },
  'nik.all_same_digit': {
    id: 'NIK berisi satu angka yang diulang ({digit}), bukan NIK sungguhan',
    en: 'the NIK repeats one digit ({digit}); not a real NIK',
  },
  'nik.bad_month': {
    id: 'digit bulan lahir di NIK (posisi 9–10) adalah {month}, seharusnya 01–12',
    en: 'the birth month in the NIK (digits 9–10) is {month}, expected 01–12',
  },
  'nik.bad_day': {
    id: 'digit tanggal lahir di NIK (posisi 7–8) adalah {day}, seharusnya 01–31 (laki-laki) atau 41–71 (perempuan)',
    en: 'the birth day in the NIK (digits 7–8) is {day}, expected 01–31 (men) or 41–71 (women)',
  },
  'nik.looks_like_nip': {
    id: 'nilai 18 digit ini tampaknya NIP ASN (lahir {birth}, TMT {tmt}), bukan NIK',
    en: 'this 18-digit value looks like a civil-servant NIP (born {birth}, appointed {tmt}), not a NIK',
  },
  'nik.date_cell': {
    id: 'kolom NIK berisi tanggal ({date}), bukan NIK',
    en: 'the NIK column holds a date ({date}), not a NIK',
  },
  'nik.excel_scientific': {
    id: 'NIK tersimpan sebagai notasi ilmiah Excel; hanya {kept} digit awal yang tersisa, sisanya hilang',
    en: 'the NIK was stored in Excel scientific notation; only its first {kept} digits survive, the rest are lost',
  },
  'nik.excel_rounded': {
    id: 'NIK tersimpan sebagai angka di Excel: Excel hanya menyimpan 15 digit, jadi digit ke-16 diganti 0; ketik ulang sebagai teks',
    en: 'the NIK was stored as a number in Excel, which keeps 15 digits and writes 0 as the 16th; re-enter it as text',
  },
  'nik.excel_grouped': {
    id: 'NIK diformat sebagai angka dengan pemisah ribuan, jadi pernah disimpan sebagai angka dan digit ke-16 tidak dapat dipercaya',
    en: 'the NIK is formatted as a number with thousands separators, so it went through a number and its 16th digit cannot be trusted',
  },
  'nik.region_unknown': {
    id: 'kode wilayah {region} di NIK tidak ada di daftar Kemendagri saat ini maupun lama (hanya peringatan)',
    en: 'region code {region} in the NIK is in neither the current nor the older Kemendagri list (a warning only)',
  },
  'nik.serial_zero': {
    id: 'nomor urut NIK 0000 (nomor urut dimulai dari 0001)',
    en: 'the NIK serial is 0000 (serials start at 0001)',
  },
  'nik.date_impossible': {
    id: 'tanggal lahir di NIK ({day}-{month}-{year}) bukan tanggal yang ada',
    en: 'the birth date in the NIK ({day}-{month}-{year}) is not a real calendar date',
  },
} as const satisfies Catalog;

export type NikMessageCode = keyof typeof nikMessages;
