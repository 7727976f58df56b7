import type { Catalog } from '../i18n/message.js';
import type { SkipReason } from '../table/table-layout.js';
import type { ColumnRole } from '../normalize/column-role.js';

/** Labels of reports (terminal, workbook) in both languages. */
export const reportMessages = {
  'col.agency': { id: 'OPD', en: 'Agency' },
  'col.workers': { id: 'Pekerja', en: 'Workers' },
  'col.registered': { id: 'Terdaftar', en: 'Registered' },
  'col.inactive': { id: 'Nonaktif', en: 'Inactive' },
  'col.unregistered': { id: 'Belum', en: 'Unregistered' },
  'col.review': { id: 'Verifikasi', en: 'Review' },
  'col.duplicate': { id: 'Ganda', en: 'Duplicates' },
  'col.coverage': { id: 'Cakupan', en: 'Coverage' },
  'col.budget_to_enrol': { id: 'Biaya perlindungan', en: 'Cost to protect' },
  'col.budget_all': { id: 'Anggaran semua', en: 'Budget, all' },
  'col.program': { id: 'Program', en: 'Program' },
  'col.monthly_employer': { id: 'Per bulan (pemberi kerja)', en: 'Monthly (employer)' },
  'col.monthly_worker': { id: 'Per bulan (pekerja)', en: 'Monthly (worker)' },
  'col.monthly_total': { id: 'Per bulan', en: 'Monthly' },
  'col.period_total': { id: 'Periode', en: 'Period' },
  'budget.heading': { id: '{group}: {from}..{to} ({count} bulan)', en: '{group}: {from}..{to} ({count} months)', en_one: '{group}: {from}..{to} ({count} month)' },
  'budget.not_budgeted_rows': { id: 'Tidak dianggarkan (tanpa upah): {rows}', en: 'Not budgeted (no wage): {rows}' },
  'row.total': { id: 'TOTAL', en: 'TOTAL' },
  'summary.bpjs_only_inactive_too': {
    id: '{count} peserta BPJS tidak ada di daftar OPD mana pun (dibayar, tetapi tidak tercatat); {inactive} lainnya juga tidak ada di daftar, tetapi kepesertaannya nonaktif (tidak dibayar; status tertulis di bpjs_only.csv).',
    en: '{count} BPJS participants are on no roster (paid for, but not listed); plus {inactive} more on no roster whose membership is not active (not paid for; the status as written is in bpjs_only.csv).',
    en_one: '{count} BPJS participant is on no roster (paid for, but not listed); plus {inactive} more on no roster whose membership is not active (not paid for; the status as written is in bpjs_only.csv).',
  },
  'summary.bpjs_only_inactive_only': {
    id: '{count} peserta BPJS tidak ada di daftar OPD mana pun, semuanya nonaktif (tidak dibayar; status tertulis di bpjs_only.csv).',
    en: '{count} BPJS participants are on no roster, none of them active (not paid for; their status as written is in bpjs_only.csv).',
    en_one: '{count} BPJS participant is on no roster and is not active (not paid for; the status as written is in bpjs_only.csv).',
  },
  'summary.bpjs_only': {
    id: '{count} peserta BPJS tidak ada di daftar OPD mana pun (dibayar, tetapi tidak tercatat).',
    en: '{count} BPJS participants are on no roster (paid for, but not listed).',
    en_one: '{count} BPJS participant is on no roster (paid for, but not listed).',
  },
  'summary.bpjs_only_related': {
    id: 'Di antaranya {other} kepesertaan ganda dari pekerja yang sudah cocok (tutup salah satunya) dan {review} kandidat yang menunggu verifikasi (lihat kolom related di bpjs_only.csv).',
    en: 'Of these: another registration of a matched worker, {other} (close one of them); candidates waiting for review, {review} (see the related column of bpjs_only.csv).',
  },
  'summary.problems': {
    id: '{count} masalah data ditemukan; jalankan `rekon inspect` atau lihat Masalah Data di laporan.',
    en: '{count} data problems found; run `rekon inspect` or see Data Problems in the report.',
    en_one: '{count} data problem found; run `rekon inspect` or see Data Problems in the report.',
  },
  'summary.not_budgeted': {
    id: '{count} baris tanpa upah tidak dianggarkan (lihat sheet Anggaran; atau pakai --default-wage)',
    en: '{count} rows without a wage are not budgeted (see the Budget sheet; or use --default-wage)',
    en_one: '{count} row without a wage is not budgeted (see the Budget sheet; or use --default-wage)',
  },
  'summary.budget_line': {
    id: 'Anggaran periode: {to_protect} untuk mendaftarkan/mengaktifkan kembali; {all} untuk seluruh pekerja di daftar.',
    en: 'Budget for the period: {to_protect} to enrol/reactivate; {all} for all workers on the rosters.',
  },
  // With JHT/JP the amounts above are the employer's share; the workers' share is said apart.
  'col.budget_to_enrol_employer': { id: 'Biaya perlindungan (pemberi kerja)', en: 'Cost to protect (employer)' },
  'col.budget_all_employer': { id: 'Anggaran semua (pemberi kerja)', en: 'Budget, all (employer)' },
  'summary.budget_line_employer': {
    id: 'Anggaran periode (iuran pemberi kerja, APBD): {to_protect} untuk mendaftarkan/mengaktifkan kembali; {all} untuk seluruh pekerja di daftar.',
    en: 'Budget for the period (employer share, APBD): {to_protect} to enrol/reactivate; {all} for all workers on the rosters.',
  },
  'summary.worker_share_line': {
    id: 'Iuran pekerja (JHT 2%, JP 1%) dipotong dari honor dan disetor lewat pemberi kerja, tidak termasuk di atas: {to_protect} dan {all}; disetor ke BPJS seluruhnya {to_protect_total} dan {all_total}.',
    en: 'The worker share (JHT 2%, JP 1%) is deducted from the honor and paid through the employer, not included above: {to_protect} and {all}; paid to BPJS in all, {to_protect_total} and {all_total}.',
  },
  'summary.risk_classes': {
    id: 'Kelas risiko JKK: {default}; per OPD: {agencies}',
    en: 'JKK risk class: {default}; per agency: {agencies}',
  },
  'setting.risk_class_per_agency': {
    id: '{default}; per OPD: lihat Anggaran',
    en: '{default}; per agency: see Budget',
  },
  'budget.worker_share_line': {
    id: 'Iuran pemberi kerja (APBD) periode: {employer}; iuran pekerja dipotong dari honor (JHT 2%, JP 1%): {worker}.',
    en: 'Employer share (APBD) for the period: {employer}; worker share deducted from the honor (JHT 2%, JP 1%): {worker}.',
  },
  'col.risk_class': { id: 'Kelas risiko JKK', en: 'JKK risk class' },
  'setting.accept_score': { id: 'Skor terima otomatis', en: 'Auto-accept score' },
  'setting.review_score': { id: 'Skor verifikasi', en: 'Review score' },
  'setting.period': { id: 'Periode anggaran', en: 'Budget period' },
  'setting.programs': { id: 'Program', en: 'Programs' },
  'setting.scheme': { id: 'Skema', en: 'Scheme' },
  'setting.risk_class': { id: 'Kelas risiko JKK', en: 'JKK risk class' },
  'setting.wage_basis': { id: 'Dasar upah', en: 'Wage basis' },
  'summary.outputs_written': { id: 'Laporan ditulis ke {dir}', en: 'Reports written to {dir}' },
  'summary.period': {
    id: 'Periode anggaran {from}..{to} ({count} bulan), program {programs}',
    en: 'Budget period {from}..{to} ({count} months), programs {programs}',
    en_one: 'Budget period {from}..{to} ({count} month), programs {programs}',
  },
} as const satisfies Catalog;

/** Labels of `rekon inspect`. */
export const inspectMessages = {
  'inspect.no_table': { id: 'tidak ada tabel, dilewati', en: 'no table, skipped' },
  'inspect.sheet_line': { id: 'judul kolom di baris {row} · {count} baris pekerja', en: 'header at row {row} · {count} worker rows', en_one: 'header at row {row} · {count} worker row' },
  'inspect.skipped': { id: 'dilewati', en: 'skipped' },
  'inspect.columns': { id: 'kolom', en: 'columns' },
  'inspect.no_problems': { id: 'tidak ada masalah data', en: 'no data problems' },
  'inspect.problems': { id: '{count} masalah data:', en: '{count} data problems:', en_one: '{count} data problem:' },
  'inspect.skip.title': { id: '{count} baris judul', en: '{count} title rows', en_one: '{count} title row' },
  'inspect.skip.header': { id: '{count} baris judul kolom', en: '{count} header rows', en_one: '{count} header row' },
  'inspect.skip.sub_header': { id: '{count} baris sub-judul kolom', en: '{count} sub-header rows', en_one: '{count} sub-header row' },
  'inspect.skip.numbering': { id: '{count} baris penomoran kolom', en: '{count} column-numbering rows', en_one: '{count} column-numbering row' },
  'inspect.skip.blank': { id: '{count} baris kosong', en: '{count} blank rows', en_one: '{count} blank row' },
  'inspect.skip.repeated_header': { id: '{count} baris judul kolom berulang', en: '{count} repeated header rows', en_one: '{count} repeated header row' },
  'inspect.skip.total': { id: '{count} baris jumlah', en: '{count} total rows', en_one: '{count} total row' },
  'inspect.skip.signature_block': { id: '{count} baris bagian tanda tangan', en: '{count} signature-block rows', en_one: '{count} signature-block row' },
  'inspect.skip.no_identity': { id: '{count} baris tanpa nama dan NIK', en: '{count} rows without a name or NIK', en_one: '{count} row without a name or NIK' },
  'inspect.hidden_row': { id: '(baris tersembunyi)', en: '(hidden row)' },
  'inspect.skip.section': { id: '{count} baris judul bagian (bidang, UPT …)', en: '{count} section heading rows (unit, UPT …)', en_one: '{count} section heading row (unit, UPT …)' },
  // Column roles as a reader sees them; English keeps the role key, which is what --map takes.
  'inspect.role.nik': { id: 'NIK', en: 'nik' },
  'inspect.role.name': { id: 'nama', en: 'name' },
  'inspect.role.birth_date': { id: 'tanggal lahir', en: 'birth_date' },
  'inspect.role.birth_place_date': { id: 'tempat/tanggal lahir', en: 'birth_place_date' },
  'inspect.role.birth_place': { id: 'tempat lahir', en: 'birth_place' },
  'inspect.role.sex': { id: 'jenis kelamin', en: 'sex' },
  'inspect.role.agency': { id: 'OPD', en: 'agency' },
  'inspect.role.position': { id: 'jabatan', en: 'position' },
  'inspect.role.wage': { id: 'upah', en: 'wage' },
  'inspect.role.kpj': { id: 'KPJ', en: 'kpj' },
  'inspect.role.bpjs_status': { id: 'status BPJS', en: 'bpjs_status' },
  'inspect.role.membership_date': { id: 'tanggal kepesertaan', en: 'membership_date' },
  'inspect.role.nip': { id: 'NIP', en: 'nip' },
} as const satisfies Catalog;

/** `rekon inspect`'s name of each column role in its text (the JSON keeps the role keys). */
export const ROLE_LABEL_CODES = {
  nik: 'inspect.role.nik',
  name: 'inspect.role.name',
  birth_date: 'inspect.role.birth_date',
  birth_place_date: 'inspect.role.birth_place_date',
  birth_place: 'inspect.role.birth_place',
  sex: 'inspect.role.sex',
  agency: 'inspect.role.agency',
  position: 'inspect.role.position',
  wage: 'inspect.role.wage',
  kpj: 'inspect.role.kpj',
  bpjs_status: 'inspect.role.bpjs_status',
  membership_date: 'inspect.role.membership_date',
  nip: 'inspect.role.nip',
} as const satisfies Record<ColumnRole, keyof typeof inspectMessages>;

/**
 * How `rekon inspect` names each skip reason in its text (the JSON keeps the machine value); the
 * texts take `{count}`. `satisfies Record<SkipReason, …>` keeps this in step with SKIP_REASONS.
 */
export const SKIP_REASON_CODES = {
  title: 'inspect.skip.title',
  header: 'inspect.skip.header',
  sub_header: 'inspect.skip.sub_header',
  numbering: 'inspect.skip.numbering',
  blank: 'inspect.skip.blank',
  repeated_header: 'inspect.skip.repeated_header',
  total: 'inspect.skip.total',
  signature_block: 'inspect.skip.signature_block',
  no_identity: 'inspect.skip.no_identity',
  section: 'inspect.skip.section',
} as const satisfies Record<SkipReason, keyof typeof inspectMessages>;
