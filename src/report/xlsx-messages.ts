import type { Catalog } from '../i18n/message.js';
import type { ProblemKind } from '../normalize/problem-kind.js';
import type { BpjsOnlyLinkKind, MatchMethod, WorkerFlag, WorkerStatus } from '../match/match-decision.js';
import type { BpjsStatus } from '../normalize/person-record.js';
import type { BudgetGroup } from './model/report-input.js';

/**
 * Sheet names of the report workbook. Excel allows at most 31 characters and none of : \ / ? * [ ]
 * (checked by a test), and a continuation sheet adds " (2)".
 */
const sheets = {
  'xlsx.sheet.summary': { id: 'Ringkasan', en: 'Summary' },
  'xlsx.sheet.unregistered': { id: 'Belum Terdaftar', en: 'Unregistered' },
  'xlsx.sheet.registered': { id: 'Terdaftar', en: 'Registered' },
  'xlsx.sheet.inactive': { id: 'Nonaktif', en: 'Inactive' },
  'xlsx.sheet.review': { id: 'Perlu Verifikasi', en: 'Review' },
  'xlsx.sheet.duplicate': { id: 'Ganda', en: 'Duplicates' },
  'xlsx.sheet.bpjs_only': { id: 'Hanya di BPJS', en: 'BPJS Only' },
  'xlsx.sheet.problems': { id: 'Masalah Data', en: 'Data Problems' },
  'xlsx.sheet.budget': { id: 'Anggaran', en: 'Budget' },
} as const satisfies Catalog;

const columns = {
  'xlsx.col.roster_file': { id: 'Berkas daftar', en: 'Roster file' },
  'xlsx.col.roster_sheet': { id: 'Sheet daftar', en: 'Roster sheet' },
  'xlsx.col.roster_row': { id: 'Baris daftar', en: 'Roster row' },
  'xlsx.col.name': { id: 'Nama', en: 'Name' },
  'xlsx.col.nik': { id: 'NIK', en: 'NIK' },
  'xlsx.col.birth_date': { id: 'Tanggal lahir', en: 'Birth date' },
  'xlsx.col.agency': { id: 'OPD', en: 'Agency' },
  'xlsx.col.position': { id: 'Jabatan', en: 'Position' },
  'xlsx.col.wage': { id: 'Upah', en: 'Wage' },
  'xlsx.col.status': { id: 'Status', en: 'Status' },
  'xlsx.col.method': { id: 'Cara cocok', en: 'Match method' },
  'xlsx.col.flags': { id: 'Penanda', en: 'Flags' },
  'xlsx.col.reasons': { id: 'Alasan', en: 'Reasons' },
  'xlsx.col.bpjs_file': { id: 'Berkas BPJS', en: 'BPJS file' },
  'xlsx.col.bpjs_sheet': { id: 'Sheet BPJS', en: 'BPJS sheet' },
  'xlsx.col.bpjs_row': { id: 'Baris BPJS', en: 'BPJS row' },
  'xlsx.col.bpjs_name': { id: 'Nama di BPJS', en: 'BPJS name' },
  'xlsx.col.bpjs_nik': { id: 'NIK di BPJS', en: 'BPJS NIK' },
  'xlsx.col.kpj': { id: 'KPJ', en: 'KPJ' },
  'xlsx.col.bpjs_birth_date': { id: 'Tgl lahir di BPJS', en: 'BPJS birth date' },
  'xlsx.col.bpjs_status': { id: 'Status BPJS', en: 'BPJS status' },
  'xlsx.col.bpjs_status_raw': { id: 'Status BPJS tertulis', en: 'BPJS status as written' },
  'xlsx.col.bpjs_wage': { id: 'Upah di BPJS', en: 'BPJS wage' },
  'xlsx.col.membership_date': { id: 'Tgl kepesertaan', en: 'Membership date' },
  'xlsx.col.related': { id: 'Terkait', en: 'Related' },
  'xlsx.col.score': { id: 'Skor', en: 'Score' },
  'xlsx.col.duplicate_of': { id: 'Ganda dengan', en: 'Duplicate of' },
  'xlsx.col.budgeted_wage': { id: 'Upah dasar anggaran', en: 'Budgeted wage' },
  'xlsx.col.rank': { id: 'Peringkat', en: 'Rank' },
  'xlsx.col.candidate_reasons': { id: 'Alasan kandidat', en: 'Candidate reasons' },
  'xlsx.col.file': { id: 'Berkas', en: 'File' },
  'xlsx.col.location': { id: 'Letak (berkas [sheet]:baris)', en: 'Where (file [sheet]:row)' },
  'xlsx.col.sheet': { id: 'Sheet', en: 'Sheet' },
  'xlsx.col.row': { id: 'Baris', en: 'Row' },
  'xlsx.col.column': { id: 'Kolom', en: 'Column' },
  'xlsx.col.kind': { id: 'Jenis', en: 'Kind' },
  'xlsx.col.problem': { id: 'Masalah', en: 'Problem' },
  'xlsx.col.detail': { id: 'Keterangan', en: 'Detail' },
  'xlsx.col.group': { id: 'Kelompok', en: 'Group' },
  'xlsx.col.program': { id: 'Program', en: 'Program' },
  'xlsx.col.workers': { id: 'Pekerja', en: 'Workers' },
  'xlsx.col.registered': { id: 'Terdaftar', en: 'Registered' },
  'xlsx.col.inactive': { id: 'Nonaktif', en: 'Inactive' },
  'xlsx.col.unregistered': { id: 'Belum terdaftar', en: 'Unregistered' },
  'xlsx.col.review': { id: 'Perlu verifikasi', en: 'Review' },
  'xlsx.col.duplicate': { id: 'Ganda', en: 'Duplicates' },
  'xlsx.col.coverage': { id: 'Cakupan', en: 'Coverage' },
  'xlsx.col.budget_to_protect': { id: 'Anggaran (belum terdaftar + nonaktif)', en: 'Budget (unregistered + inactive)' },
  'xlsx.col.budget_all_roster': { id: 'Anggaran seluruh pekerja', en: 'Budget, all workers' },
  'xlsx.col.worker_share_to_protect': {
    id: 'Iuran pekerja, dipotong dari honor (belum terdaftar + nonaktif)',
    en: 'Worker share, deducted from the honor (unregistered + inactive)',
  },
  'xlsx.col.worker_share_all_roster': { id: 'Iuran pekerja seluruh pekerja, dipotong dari honor', en: 'Worker share, all workers, deducted from the honor' },
  'xlsx.col.monthly_employer': { id: 'Iuran pemberi kerja / bulan', en: 'Employer share / month' },
  'xlsx.col.monthly_worker': { id: 'Iuran pekerja / bulan', en: 'Worker share / month' },
  'xlsx.col.monthly_total': { id: 'Total / bulan', en: 'Total / month' },
  'xlsx.col.period_total': { id: 'Total periode', en: 'Total for the period' },
  'xlsx.col.period_employer': { id: 'Iuran pemberi kerja periode (APBD)', en: 'Employer share for the period (APBD)' },
  'xlsx.col.period_worker': { id: 'Iuran pekerja periode (dipotong dari honor)', en: 'Worker share for the period (deducted from the honor)' },
  'xlsx.col.risk_class': { id: 'Kelas risiko JKK', en: 'JKK risk class' },
} as const satisfies Catalog;

const sections = {
  'xlsx.total': { id: 'TOTAL', en: 'TOTAL' },
  'xlsx.summary.bpjs_only': { id: 'Peserta BPJS yang tidak ada di daftar OPD mana pun', en: 'BPJS participants on no roster' },
  'xlsx.summary.bpjs_only_other_registration': { id: '… di antaranya kepesertaan ganda pekerja yang sudah cocok', en: '… of which another registration of a matched worker' },
  'xlsx.summary.bpjs_only_inactive': { id: '… di antaranya nonaktif (tidak dibayar; lihat Status BPJS tertulis)', en: '… of which not active (not paid for; see BPJS status as written)' },
  'xlsx.summary.bpjs_only_review_candidate': { id: '… di antaranya kandidat yang menunggu verifikasi', en: '… of which candidates waiting for review' },
  'xlsx.summary.problems': { id: 'Masalah data', en: 'Data problems' },
  'xlsx.summary.inputs': { id: 'Berkas masukan', en: 'Input files' },
  'xlsx.summary.roster_input': { id: 'Daftar OPD', en: 'Roster' },
  'xlsx.summary.bpjs_input': { id: 'Ekspor BPJS', en: 'BPJS export' },
  'xlsx.summary.settings': { id: 'Pengaturan', en: 'Settings' },
  'xlsx.summary.notes': { id: 'Catatan', en: 'Notes' },
  'xlsx.budget.not_budgeted': {
    id: 'Tidak dianggarkan (upah tidak diketahui): {count} baris',
    en: 'Not budgeted (wage unknown): {count} rows',
    en_one: 'Not budgeted (wage unknown): {count} row',
  },
  'xlsx.budget.all_programs': { id: 'Semua program', en: 'All programs' },
  'xlsx.budget.total_workers_note': {
    id: 'Pekerja pada baris TOTAL "Semua program" dihitung sekali per orang per OPD (jumlah terbesar antarprogram), bukan per program.',
    en: 'Workers on an "All programs" TOTAL row count each person once per agency (the largest count over the programs), not once per program.',
  },
  'xlsx.budget.worker_share_note': {
    id: 'Iuran pekerja (JHT 2%, JP 1%) dipotong dari honor dan disetor lewat pemberi kerja: yang dianggarkan pemda (APBD) adalah iuran pemberi kerja.',
    en: 'The worker share (JHT 2%, JP 1%) is deducted from the honor and paid through the employer: what the pemda budgets (APBD) is the employer share.',
  },
  'xlsx.budget.groups_overlap_note': {
    id: 'Kelompok "Seluruh pekerja di daftar" mencakup kelompok lain: jangan menjumlahkan baris TOTAL antarkelompok.',
    en: 'The group "All workers on the rosters" includes the other groups: do not add TOTAL rows of different groups together.',
  },
} as const satisfies Catalog;

/** Budget group names; `satisfies Record<BudgetGroup, …>` keeps them in step with the union. */
export const BUDGET_GROUP_CODES = {
  unregistered: 'xlsx.group.unregistered',
  inactive: 'xlsx.group.inactive',
  review: 'xlsx.group.review',
  all_roster: 'xlsx.group.all_roster',
  underreported_gap: 'xlsx.group.underreported_gap',
} as const satisfies Record<BudgetGroup, string>;

const groups = {
  'xlsx.group.unregistered': { id: 'Belum terdaftar', en: 'Unregistered' },
  'xlsx.group.inactive': { id: 'Nonaktif (diaktifkan kembali)', en: 'Inactive (to reactivate)' },
  'xlsx.group.review': { id: 'Perlu verifikasi', en: 'Review' },
  'xlsx.group.all_roster': { id: 'Seluruh pekerja di daftar', en: 'All workers on the rosters' },
  'xlsx.group.underreported_gap': { id: 'Kekurangan iuran (upah dilaporkan lebih rendah)', en: 'Shortfall from under-reported wages' },
} as const satisfies Catalog;

/** BPJS Ketenagakerjaan program names (DOMAIN.md §2.1). Unknown program ids are shown as they are. */
export const PROGRAM_CODES: Readonly<Record<string, string>> = {
  jkk: 'xlsx.program.jkk',
  jkm: 'xlsx.program.jkm',
  jht: 'xlsx.program.jht',
  jp: 'xlsx.program.jp',
};

const programs = {
  'xlsx.program.jkk': { id: 'JKK (Jaminan Kecelakaan Kerja)', en: 'JKK (employment injury)' },
  'xlsx.program.jkm': { id: 'JKM (Jaminan Kematian)', en: 'JKM (death benefit)' },
  'xlsx.program.jht': { id: 'JHT (Jaminan Hari Tua)', en: 'JHT (old-age savings)' },
  'xlsx.program.jp': { id: 'JP (Jaminan Pensiun)', en: 'JP (pension)' },
} as const satisfies Catalog;

/** Titles of data-problem kinds, kept here so the workbook does not depend on another module's catalog. */
export const PROBLEM_TITLE_CODES = {
  nik_invalid: 'xlsx.problem.nik_invalid',
  nik_excel_damaged: 'xlsx.problem.nik_excel_damaged',
  nik_missing: 'xlsx.problem.nik_missing',
  nik_duplicate: 'xlsx.problem.nik_duplicate',
  nik_dob_mismatch: 'xlsx.problem.nik_dob_mismatch',
  nik_sex_mismatch: 'xlsx.problem.nik_sex_mismatch',
  nik_region_unknown: 'xlsx.problem.nik_region_unknown',
  nip_in_nik_column: 'xlsx.problem.nip_in_nik_column',
  asn_nip: 'xlsx.problem.asn_nip',
  bpjs_deceased: 'xlsx.problem.bpjs_deceased',
  bpjs_row_repeated: 'xlsx.problem.bpjs_row_repeated',
  date_invalid: 'xlsx.problem.date_invalid',
  wage_invalid: 'xlsx.problem.wage_invalid',
  wage_implausible: 'xlsx.problem.wage_implausible',
  name_missing: 'xlsx.problem.name_missing',
  sex_invalid: 'xlsx.problem.sex_invalid',
  status_invalid: 'xlsx.problem.status_invalid',
  kpj_invalid: 'xlsx.problem.kpj_invalid',
  birth_date_conflict: 'xlsx.problem.birth_date_conflict',
} as const satisfies Record<ProblemKind, string>;

const problems = {
  'xlsx.problem.nik_invalid': { id: 'NIK tidak sah', en: 'Invalid NIK' },
  'xlsx.problem.nik_excel_damaged': { id: 'NIK rusak oleh Excel (digit terakhir hilang)', en: 'NIK damaged by Excel (last digits lost)' },
  'xlsx.problem.nik_missing': { id: 'NIK kosong', en: 'NIK missing' },
  'xlsx.problem.nik_duplicate': { id: 'NIK ganda', en: 'Duplicate NIK' },
  'xlsx.problem.nik_dob_mismatch': { id: 'Tanggal lahir di NIK berbeda dengan tanggal lahir di daftar', en: 'Birth date in the NIK differs from the listed birth date' },
  'xlsx.problem.nik_sex_mismatch': { id: 'Jenis kelamin di NIK berbeda dengan kolom jenis kelamin', en: 'Sex in the NIK differs from the sex column' },
  'xlsx.problem.nik_region_unknown': { id: 'Kode wilayah NIK tidak dikenal', en: 'Unknown region code in the NIK' },
  'xlsx.problem.nip_in_nik_column': { id: 'NIP (18 digit) di kolom NIK', en: 'NIP (18 digits) in the NIK column' },
  'xlsx.problem.asn_nip': { id: 'NIP ASN terisi (PNS/PPPK?)', en: 'ASN NIP filled in (PNS/PPPK?)' },
  'xlsx.problem.bpjs_row_repeated': { id: 'Baris BPJS berulang', en: 'Repeated BPJS row' },
  'xlsx.problem.bpjs_deceased': { id: 'Meninggal menurut BPJS', en: 'Deceased according to BPJS' },
  'xlsx.problem.date_invalid': { id: 'Tanggal tidak sah', en: 'Invalid date' },
  'xlsx.problem.wage_invalid': { id: 'Upah tidak sah', en: 'Invalid wage' },
  'xlsx.problem.wage_implausible': { id: 'Upah bulanan tidak wajar', en: 'Implausible monthly wage' },
  'xlsx.problem.name_missing': { id: 'Nama kosong', en: 'Name missing' },
  'xlsx.problem.sex_invalid': { id: 'Jenis kelamin tidak sah', en: 'Invalid sex' },
  'xlsx.problem.status_invalid': { id: 'Status kepesertaan tidak dikenali', en: 'Unknown membership status' },
  'xlsx.problem.kpj_invalid': { id: 'Nomor KPJ tidak terbaca', en: 'Unreadable KPJ number' },
  'xlsx.problem.birth_date_conflict': { id: 'Dua tanggal lahir berbeda di baris yang sama', en: 'Two different birth dates on one row' },
} as const satisfies Catalog;

/**
 * Values of the worker and BPJS-only sheets as a reader sees them. English keeps the machine values of
 * workers.csv and bpjs_only.csv (readable English, and what a script or filter already uses); Indonesian
 * says them in words. The CSV and JSON files always keep the machine values.
 */
export const STATUS_CODES = {
  registered: 'xlsx.status.registered',
  inactive: 'xlsx.status.inactive',
  unregistered: 'xlsx.status.unregistered',
  review: 'xlsx.status.review',
  duplicate: 'xlsx.status.duplicate',
} as const satisfies Record<WorkerStatus, string>;

export const METHOD_CODES = {
  nik: 'xlsx.method.nik',
  fuzzy: 'xlsx.method.fuzzy',
  manual: 'xlsx.method.manual',
  none: 'xlsx.method.none',
} as const satisfies Record<MatchMethod, string>;

export const FLAG_CODES = {
  nik_invalid: 'xlsx.flag.nik_invalid',
  nik_excel_damaged: 'xlsx.flag.nik_excel_damaged',
  nik_missing: 'xlsx.flag.nik_missing',
  nik_differs: 'xlsx.flag.nik_differs',
  name_differs: 'xlsx.flag.name_differs',
  dob_differs: 'xlsx.flag.dob_differs',
  wage_underreported: 'xlsx.flag.wage_underreported',
} as const satisfies Record<WorkerFlag, string>;

export const BPJS_STATUS_CODES = {
  active: 'xlsx.bpjs_status.active',
  inactive: 'xlsx.bpjs_status.inactive',
} as const satisfies Record<BpjsStatus, string>;

export const RELATED_CODES = {
  other_registration: 'xlsx.related.other_registration',
  review_candidate: 'xlsx.related.review_candidate',
} as const satisfies Record<BpjsOnlyLinkKind, string>;

const values = {
  'xlsx.status.registered': { id: 'terdaftar', en: 'registered' },
  'xlsx.status.inactive': { id: 'nonaktif', en: 'inactive' },
  'xlsx.status.unregistered': { id: 'belum terdaftar', en: 'unregistered' },
  'xlsx.status.review': { id: 'perlu verifikasi', en: 'review' },
  'xlsx.status.duplicate': { id: 'ganda', en: 'duplicate' },
  'xlsx.method.nik': { id: 'NIK', en: 'nik' },
  'xlsx.method.fuzzy': { id: 'kemiripan', en: 'fuzzy' },
  'xlsx.method.manual': { id: 'keputusan manual', en: 'manual' },
  'xlsx.method.none': { id: 'tidak cocok', en: 'none' },
  'xlsx.flag.nik_invalid': { id: 'NIK tidak sah', en: 'nik_invalid' },
  'xlsx.flag.nik_excel_damaged': { id: 'NIK rusak oleh Excel', en: 'nik_excel_damaged' },
  'xlsx.flag.nik_missing': { id: 'NIK kosong', en: 'nik_missing' },
  'xlsx.flag.nik_differs': { id: 'NIK berbeda', en: 'nik_differs' },
  'xlsx.flag.name_differs': { id: 'nama berbeda', en: 'name_differs' },
  'xlsx.flag.dob_differs': { id: 'tgl lahir berbeda', en: 'dob_differs' },
  'xlsx.flag.wage_underreported': { id: 'upah di BPJS lebih rendah', en: 'wage_underreported' },
  'xlsx.bpjs_status.active': { id: 'aktif', en: 'active' },
  'xlsx.bpjs_status.inactive': { id: 'nonaktif', en: 'inactive' },
  'xlsx.related.other_registration': { id: 'kepesertaan lain dari pekerja yang sudah cocok', en: 'other_registration' },
  'xlsx.related.review_candidate': { id: 'kandidat yang menunggu verifikasi', en: 'review_candidate' },
} as const satisfies Catalog;

/** Labels of the report workbook (sheet names, column headers, sections) in Indonesian and English. */
export const xlsxMessages = {
  ...sheets,
  ...columns,
  ...sections,
  ...groups,
  ...programs,
  ...problems,
  ...values,
} as const satisfies Catalog;

export type XlsxSheetCode = keyof typeof sheets;
export type XlsxColumnCode = keyof typeof columns;
