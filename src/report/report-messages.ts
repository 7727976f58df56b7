import type { Catalog } from '../i18n/message.js';

/** Labels of reports (terminal, workbook) in both languages. */
export const reportMessages = {
  'col.agency': { id: 'OPD', en: 'Agency' },
  'col.workers': { id: 'Pekerja', en: 'Workers' },
  'col.registered': { id: 'Terdaftar', en: 'Registered' },
  'col.inactive': { id: 'Nonaktif', en: 'Inactive' },
  'col.unregistered': { id: 'Belum terdaftar', en: 'Unregistered' },
  'col.review': { id: 'Perlu verifikasi', en: 'Review' },
  'col.duplicate': { id: 'Ganda', en: 'Duplicates' },
  'col.coverage': { id: 'Cakupan', en: 'Coverage' },
  'col.budget_to_enrol': { id: 'Anggaran (belum terdaftar + nonaktif)', en: 'Budget (unregistered + inactive)' },
  'col.budget_all': { id: 'Anggaran seluruh pekerja', en: 'Budget, all workers' },
  'row.total': { id: 'TOTAL', en: 'TOTAL' },
  'summary.bpjs_only': {
    id: '{count} peserta BPJS tidak ada di daftar OPD mana pun (dibayar, tetapi tidak tercatat).',
    en: '{count} BPJS participants are on no roster (paid for, but not listed).',
  },
  'summary.problems': {
    id: '{count} masalah data ditemukan; jalankan `rekon inspect` atau lihat Masalah Data di laporan.',
    en: '{count} data problems found; run `rekon inspect` or see Data Problems in the report.',
  },
  'summary.outputs_written': { id: 'Laporan ditulis ke {dir}', en: 'Reports written to {dir}' },
  'summary.period': { id: 'Periode anggaran {from}..{to} ({months} bulan), program {programs}', en: 'Budget period {from}..{to} ({months} months), programs {programs}' },
} as const satisfies Catalog;

/** Labels of `rekon inspect`. */
export const inspectMessages = {
  'inspect.no_table': { id: 'tidak ada tabel, dilewati', en: 'no table, skipped' },
  'inspect.sheet_line': { id: 'judul kolom di baris {row} · {rows} baris pekerja', en: 'header at row {row} · {rows} worker rows' },
  'inspect.skipped': { id: 'dilewati', en: 'skipped' },
  'inspect.columns': { id: 'kolom', en: 'columns' },
  'inspect.no_problems': { id: 'tidak ada masalah data', en: 'no data problems' },
  'inspect.problems': { id: '{count} masalah data:', en: '{count} data problems:' },
} as const satisfies Catalog;
