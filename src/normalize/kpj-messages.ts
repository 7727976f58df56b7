import type { Catalog } from '../i18n/message.js';

/** Indonesian + English reasons why a KPJ cell could not be read. */
export const kpjMessages = {
  'kpj.scientific': {
    id: 'KPJ "{kpj}" tersimpan sebagai notasi ilmiah Excel dan digitnya hilang; ketik ulang sebagai teks',
    en: 'the KPJ "{kpj}" was saved by Excel in scientific notation and lost digits; retype it as text',
  },
  'kpj.several': {
    id: 'sel KPJ berisi lebih dari satu nomor ("{kpj}"); satu pekerja satu KPJ',
    en: 'the KPJ cell holds more than one number ("{kpj}"); one worker has one KPJ',
  },
  'kpj.date_cell': {
    id: 'sel KPJ berformat tanggal ({value}), bukan nomor; ketik ulang sebagai teks',
    en: 'the KPJ cell is formatted as a date ({value}), not a number; retype it as text',
  },
} as const satisfies Catalog;
