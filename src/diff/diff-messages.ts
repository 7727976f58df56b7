import type { Catalog } from '../i18n/message.js';

/** Texts of `rekon diff` (src/cli/commands/diff-command.ts, src/io/read-run-dir.ts, src/diff/). */
export const diffMessages = {
  'cmd.diff.description': {
    id: 'Bandingkan dua folder hasil `rekon reconcile --out` (mis. bulan lalu dan bulan ini): baru terdaftar, kehilangan kepesertaan, pekerja baru/keluar, pindah OPD, masalah data yang beres/baru, dan perubahan anggaran per OPD.',
    en: 'Compare two `rekon reconcile --out` folders (e.g. last month and this month): newly registered, lost coverage, workers joined/gone, moved to another agency, data problems fixed/new, and the budget change per agency.',
  },
  'cmd.diff.previous': { id: 'folder --out dari proses sebelumnya', en: 'the --out folder of the earlier run' },
  'cmd.diff.current': { id: 'folder --out dari proses terbaru', en: 'the --out folder of the later run' },
  'cmd.diff.out': { id: 'tulis diff.csv, diff_budget.csv dan diff.json ke folder ini', en: 'write diff.csv, diff_budget.csv and diff.json into this folder' },
  'cmd.diff.only': { id: 'tampilkan hanya kategori ini, dipisah koma: {choices}', en: 'show only these categories, comma-separated: {choices}' },
  'cmd.diff.fail_on': { id: 'kode keluar 1 bila ada perubahan dalam kategori ini, dipisah koma: {choices}', en: 'exit with code 1 when any change falls in these categories, comma-separated: {choices}' },

  'diff.not_a_directory': { id: '{dir} bukan folder hasil rekon (bukan sebuah folder)', en: '{dir} is not a rekon output folder (not a directory)' },
  'diff.missing_file': {
    id: '{dir} bukan folder hasil rekon: berkas {file} tidak ada. Buat dengan `rekon reconcile … --out {dir}`',
    en: '{dir} is not a rekon output folder: {file} is missing. Create it with `rekon reconcile … --out {dir}`',
  },
  'diff.missing_columns': {
    id: '{file}: kolom yang diharapkan tidak ada: {columns}. Apakah ini keluaran rekon versi lain?',
    en: '{file}: expected columns are missing: {columns}. Was it written by another rekon version?',
  },
  'diff.bad_value': { id: '{file} baris {row}: kolom {column} berisi "{value}"; diharapkan {expected}', en: '{file} row {row}: column {column} holds "{value}"; expected {expected}' },
  'diff.bad_rupiah': { id: '{file} baris {row}: kolom {column} berisi "{value}"; diharapkan rupiah bilangan bulat', en: '{file} row {row}: column {column} holds "{value}"; expected whole rupiah' },
  'diff.bad_row_number': { id: '{file} baris {row}: kolom {column} berisi "{value}"; diharapkan nomor baris', en: '{file} row {row}: column {column} holds "{value}"; expected a row number' },
  'diff.same_directory': { id: 'PREVIOUS dan CURRENT adalah folder yang sama: {dir}', en: 'PREVIOUS and CURRENT are the same folder: {dir}' },
  'diff.out_is_run': {
    id: '--out {dir} adalah salah satu folder yang dibandingkan; pilih folder lain untuk hasil diff',
    en: '--out {dir} is one of the run folders compared; choose another folder for the diff',
  },
  'diff.note.budget_settings_differ': {
    id: 'Pengaturan anggaran kedua laporan berbeda ({settings}): perubahan anggaran tidak hanya dari perubahan pekerja.',
    en: 'The two runs were budgeted with different settings ({settings}): the budget change is not only the change in workers.',
  },
  // The settings named in diff.note.budget_settings_differ (summary.json budget keys; diff.json keeps the keys).
  'diff.setting.period': { id: 'periode', en: 'period' },
  'diff.setting.programs': { id: 'program', en: 'programs' },
  'diff.setting.scheme': { id: 'skema', en: 'scheme' },
  'diff.setting.risk_class': { id: 'kelas risiko JKK', en: 'JKK risk class' },
  'diff.setting.agency_risk_classes': { id: 'kelas risiko per OPD', en: 'risk class per agency' },
  'diff.setting.wage_base': { id: 'dasar upah', en: 'wage base' },
  'diff.setting.default_wage': { id: 'upah bawaan', en: 'default wage' },
  'diff.setting.rate_table_version': { id: 'versi tabel tarif', en: 'rate table version' },
  'diff.note.problems_by_text': {
    id: 'problems.csv salah satu laporan tidak memiliki kolom detail_key (dibuat rekon versi lama): masalah data dibandingkan menurut teksnya, sehingga laporan dalam bahasa lain menampilkan masalah yang sama sebagai teratasi dan baru',
    en: 'problems.csv of one of the runs has no detail_key column (written by an older rekon): data problems are compared by their text, so a run in another language shows the same problem as fixed and new',
  },
  'diff.note.budget_without_employer_share': {
    id: 'budget.csv salah satu proses tidak memiliki kolom period_employer (dibuat rekon versi lama): perubahan anggaran dibandingkan menurut total iuran (pemberi kerja + pekerja), bukan iuran pemberi kerja yang menjadi angka anggaran di ringkasan laporan',
    en: 'budget.csv of one of the runs has no period_employer column (written by an older rekon): the budget change compares the total premium (employer + worker share), not the employer share the reports\' summaries give as the budget',
  },
  'diff.note.masked_nik': {
    id: 'NIK disamarkan (--mask-nik) pada salah satu proses: orang dikenali dari nama + tanggal lahir, bukan NIK',
    en: 'NIKs are masked (--mask-nik) in one of the runs: people are recognised by name + birth date, not by NIK',
  },

  'diff.category.newly_registered': { id: 'Baru terdaftar', en: 'Newly registered' },
  'diff.category.lost_coverage': { id: 'Kehilangan kepesertaan', en: 'Lost coverage' },
  'diff.category.new_worker': { id: 'Pekerja baru', en: 'New workers' },
  'diff.category.worker_gone': { id: 'Pekerja keluar', en: 'Workers gone' },
  'diff.category.agency_changed': { id: 'Pindah OPD', en: 'Moved to another agency' },
  'diff.category.nik_corrected': { id: 'NIK diperbaiki', en: 'NIK corrected' },
  'diff.count.moved_out': { id: 'Pindah keluar', en: 'Moved out' },
  'diff.count.moved_in': { id: 'Pindah masuk', en: 'Moved in' },
  'diff.category.problem_fixed': { id: 'Masalah data beres', en: 'Data problems fixed' },
  'diff.category.problem_new': { id: 'Masalah data baru', en: 'New data problems' },

  'diff.status.registered': { id: 'terdaftar', en: 'registered' },
  'diff.status.inactive': { id: 'nonaktif', en: 'inactive' },
  'diff.status.unregistered': { id: 'belum terdaftar', en: 'unregistered' },
  'diff.status.review': { id: 'perlu diperiksa', en: 'review' },
  'diff.status.bpjs_only': { id: 'hanya di BPJS', en: 'BPJS only' },
  'diff.status.absent': { id: 'tidak ada', en: 'absent' },

  'diff.heading.counts': { id: 'Perubahan per OPD', en: 'Changes per agency' },
  'diff.heading.budget': { id: 'Perubahan anggaran per OPD (iuran pemberi kerja, APBD; total periode)', en: 'Budget change per agency (employer share, APBD; period total)' },
  // When a run has no employer share (diff.note.budget_without_employer_share).
  'diff.heading.budget_total': {
    id: 'Perubahan anggaran per OPD (iuran pemberi kerja + pekerja; total periode)',
    en: 'Budget change per agency (employer + worker share; period total)',
  },
  'diff.col.group': { id: 'Kelompok', en: 'Group' },
  'diff.col.previous': { id: 'Sebelumnya', en: 'Previous' },
  'diff.col.current': { id: 'Sekarang', en: 'Current' },
  'diff.col.change': { id: 'Perubahan', en: 'Change' },
  'diff.no_changes': { id: 'Tidak ada perubahan.', en: 'No changes.' },
  'diff.no_budget': { id: 'Tidak ada baris anggaran di kedua proses.', en: 'Neither run has budget lines.' },
  'diff.bpjs_side': { id: '(sisi BPJS)', en: '(BPJS side)' },
  'diff.outputs_written': { id: 'Hasil diff ditulis ke {dir}', en: 'Diff written to {dir}' },
} as const satisfies Catalog;
