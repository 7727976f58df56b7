import type { Catalog } from '../i18n/message.js';

/** Texts for parseDate / parsePlaceAndDate (src/normalize/date.ts, place-date.ts). */
export const dateMessages = {
  'date.unrecognized': {
    id: '"{text}" bukan tanggal yang dikenali (contoh: 12-03-1990, 12/03/1990, 12 Maret 1990, 1990-03-12)',
    en: '"{text}" is not a recognised date (e.g. 12-03-1990, 12/03/1990, 12 Maret 1990, 1990-03-12)',
  },
  'date.no_such_date': {
    id: '"{text}" bukan tanggal yang ada (hari {day}, bulan {month}, tahun {year})',
    en: '"{text}" is not a real date (day {day}, month {month}, year {year})',
  },
  'date.month_first': {
    id: '"{text}" tampaknya ditulis bulan-dulu (format Amerika); tanggal dibaca hari-dulu, jadi tidak ditukar otomatis — perbaiki sumbernya',
    en: '"{text}" looks month-first (US order); dates are read day-first, so it is not swapped silently — fix the source',
  },
  'date.year_out_of_range': {
    id: 'tahun {year} di "{text}" di luar rentang yang masuk akal ({min}–{max})',
    en: 'year {year} in "{text}" is outside the plausible range ({min}–{max})',
  },
  'date.serial_out_of_range': {
    id: 'angka {serial} bukan nomor seri tanggal Excel yang masuk akal ({min}–{max}, yaitu tahun {minYear}–{maxYear})',
    en: '{serial} is not a plausible Excel date serial ({min}–{max}, i.e. years {minYear}–{maxYear})',
  },
  'date.serial_text_out_of_range': {
    id: '"{text}" tampaknya nomor seri tanggal Excel (= {date}), di luar tahun yang masuk akal {minYear}–{maxYear}; format kolomnya sebagai tanggal di Excel sebelum menyimpan',
    en: '"{text}" looks like an Excel date serial number (= {date}), outside the plausible years {minYear}–{maxYear}; format the column as a date in Excel before saving',
  },
  'date.serial_1900_feb29': {
    id: 'nomor seri Excel 60 adalah 29-02-1900, tanggal palsu warisan Lotus 1-2-3 yang tidak pernah ada',
    en: 'Excel serial 60 is 29-02-1900, a fake date inherited from Lotus 1-2-3 that never existed',
  },
} as const satisfies Catalog;

export type DateMessageCode = keyof typeof dateMessages;
