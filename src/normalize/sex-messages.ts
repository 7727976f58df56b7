import type { Catalog } from '../i18n/message.js';

/** Texts for parseSex (src/normalize/sex.ts). */
export const sexMessages = {
  'sex.unrecognized': {
    id: '"{text}" bukan jenis kelamin yang dikenali (L/P, LAKI-LAKI/PEREMPUAN, PRIA/WANITA)',
    en: '"{text}" is not a recognised sex (L/P, LAKI-LAKI/PEREMPUAN, PRIA/WANITA, M/F)',
  },
  'sex.numeric_code': {
    id: 'jenis kelamin "{text}" berupa kode angka; artinya (1=L? 0=P?) berbeda antar-berkas, jadi tidak ditebak — tulis L atau P',
    en: 'sex "{text}" is a numeric code whose meaning (1=M? 0=F?) varies between files, so it is not guessed — write L or P',
  },
  'sex.both_marked': {
    id: 'kolom L dan P keduanya bertanda ("{male}", "{female}"); jenis kelamin tidak diketahui — beri tanda di salah satu saja',
    en: 'both the L and the P column are ticked ("{male}", "{female}"); sex unknown — tick only one of them',
  },
  'sex.mark_unrecognized': {
    id: '"{text}" di kolom {column} bukan tanda centang (√, V, X, 1); jenis kelamin tidak dibaca',
    en: '"{text}" in the {column} column is not a tick (√, V, X, 1); sex not read',
  },
} as const satisfies Catalog;

export type SexMessageCode = keyof typeof sexMessages;
