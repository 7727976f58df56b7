import type { Catalog } from '../i18n/message.js';

/** Indonesian + English reasons why a KPJ cell could not be read. */
export const kpjMessages = {
  'kpj.scientific': {
    id: 'KPJ "{value}" tersimpan sebagai notasi ilmiah Excel dan digitnya hilang; ketik ulang sebagai teks',
    en: 'the KPJ "{value}" was saved by Excel in scientific notation and lost digits; retype it as text',
  },
  'kpj.several': {
    id: 'sel KPJ berisi lebih dari satu nomor ("{value}"); satu pekerja satu KPJ',
    en: 'the KPJ cell holds more than one number ("{value}"); one worker has one KPJ',
  },
  'kpj.date_cell': {
    id: 'sel KPJ berformat tanggal ({value}), bukan nomor; ketik ulang sebagai teks',
    en: 'the KPJ cell is formatted as a date ({value}), not a number; retype it as text',
  },
} as const satisfies Catalog;
