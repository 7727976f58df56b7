import type { Catalog } from '../i18n/message.js';

/** Texts for parseRupiah (src/normalize/money.ts). */
export const moneyMessages = {
  'money.unrecognized': {
    id: '"{text}" bukan jumlah rupiah yang dikenali (contoh: 2500000, Rp 2.500.000, 2,500,000.00, 2,5 jt)',
    en: '"{text}" is not a recognised rupiah amount (e.g. 2500000, Rp 2.500.000, 2,500,000.00, 2,5 jt)',
  },
  'money.negative': {
    id: '"{text}" bernilai negatif; upah tidak boleh negatif',
    en: '"{text}" is negative; a wage cannot be negative',
  },
  'money.ambiguous_separators': {
    id: 'pemisah ribuan/desimal di "{text}" tidak konsisten (kelompok ribuan harus 3 digit)',
    en: 'the thousands/decimal separators in "{text}" are inconsistent (thousands groups have 3 digits)',
  },
  'money.too_large': {
    id: '"{text}" terlalu besar untuk sebuah upah',
    en: '"{text}" is too large for a wage',
  },
  'money.date_cell': {
    id: 'sel upah berisi tanggal ({date}), bukan jumlah uang',
    en: 'the wage cell holds a date ({date}), not an amount',
  },
} as const satisfies Catalog;

export type MoneyMessageCode = keyof typeof moneyMessages;
