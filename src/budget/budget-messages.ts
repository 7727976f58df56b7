import type { Catalog } from '../i18n/message.js';
import type { BudgetGroup } from './budget-group.js';
import type { Program } from './budget-program.js';
import type { BudgetScheme } from './budget-scheme.js';
import type { RiskClass } from './risk-class.js';

type Texts = { readonly id: string; readonly en: string };

/** Program names; code `budget.program.<program>`. */
export const budgetProgramMessages = {
  'budget.program.jkk': { id: 'JKK (Jaminan Kecelakaan Kerja)', en: 'JKK (work accident insurance)' },
  'budget.program.jkm': { id: 'JKM (Jaminan Kematian)', en: 'JKM (death benefit)' },
  'budget.program.jht': { id: 'JHT (Jaminan Hari Tua)', en: 'JHT (old-age savings)' },
  'budget.program.jp': { id: 'JP (Jaminan Pensiun)', en: 'JP (pension)' },
} as const satisfies Record<`budget.program.${Program}`, Texts>;

/** Group names; code `budget.group.<group>`. */
export const budgetGroupMessages = {
  'budget.group.unregistered': { id: 'Belum terdaftar (untuk didaftarkan)', en: 'Not registered (to enrol)' },
  'budget.group.inactive': { id: 'Tidak aktif (untuk diaktifkan kembali)', en: 'Inactive (to reactivate)' },
  'budget.group.review': { id: 'Perlu diperiksa (batas atas)', en: 'To review (upper bound)' },
  // The workbook's name for the same figure (src/report/xlsx-messages.ts xlsx.group.all_roster): one wording everywhere.
  'budget.group.all_roster': { id: 'Seluruh pekerja di daftar', en: 'All workers on the rosters' },
  'budget.group.underreported_gap': {
    id: 'Selisih iuran karena upah di BPJS lebih rendah',
    en: 'Premium gap from wages under-reported to BPJS',
  },
} as const satisfies Record<`budget.group.${BudgetGroup}`, Texts>;

/** Risk class names; code `budget.risk_class.<class>`. */
export const budgetRiskClassMessages = {
  'budget.risk_class.very_low': { id: 'Kelas I (sangat rendah)', en: 'Class I (very low)' },
  'budget.risk_class.low': { id: 'Kelas II (rendah)', en: 'Class II (low)' },
  'budget.risk_class.medium': { id: 'Kelas III (sedang)', en: 'Class III (medium)' },
  'budget.risk_class.high': { id: 'Kelas IV (tinggi)', en: 'Class IV (high)' },
  'budget.risk_class.very_high': { id: 'Kelas V (sangat tinggi)', en: 'Class V (very high)' },
} as const satisfies Record<`budget.risk_class.${RiskClass}`, Texts>;

/** Scheme names; code `budget.scheme.<scheme>`. */
export const budgetSchemeMessages = {
  'budget.scheme.pu': { id: 'Penerima Upah (PU)', en: 'Wage earners (PU)' },
  'budget.scheme.bpu': { id: 'Bukan Penerima Upah (BPU, pekerja rentan)', en: 'Non-wage earners (BPU, vulnerable workers)' },
} as const satisfies Record<`budget.scheme.${BudgetScheme}`, Texts>;

/** Everything else of the budget: rules, citations, notes, reasons, settings problems. */
export const budgetMessages = {
  'budget.wage_basis.roster': { id: 'Upah di daftar pegawai', en: 'Roster wage' },
  'budget.wage_basis.roster_default': {
    id: 'Upah di daftar pegawai; baris tanpa upah: {default_rupiah} (upah bawaan)',
    en: 'Roster wage; rows without a wage: {default_rupiah} (default wage)',
  },
  'budget.wage_basis.floor': {
    id: 'Upah di daftar pegawai, dinaikkan ke {floor_rupiah} bila lebih rendah (batas bawah UMK/UMP)',
    en: 'Roster wage, raised to {floor_rupiah} where lower (UMK/UMP floor)',
  },
  'budget.wage_basis.floor_default': {
    id: 'Upah di daftar pegawai, dinaikkan ke {floor_rupiah} bila lebih rendah (batas bawah UMK/UMP); baris tanpa upah: {default_rupiah} (upah bawaan)',
    en: 'Roster wage, raised to {floor_rupiah} where lower (UMK/UMP floor); rows without a wage: {default_rupiah} (default wage)',
  },
  'budget.wage_basis.fixed': {
    id: 'Tetap {fixed_rupiah} untuk setiap pekerja (upah di daftar tidak dipakai)',
    en: 'Fixed {fixed_rupiah} for every worker (roster wages not used)',
  },
  'budget.wage_basis_line': { id: 'Dasar upah: {basis}', en: 'Wage basis: {basis}' },
  'budget.note.default_wage_rows': {
    id: '{count} baris tanpa upah dianggarkan dengan upah bawaan {default_rupiah}: {rows}.',
    en: '{count} rows without a wage are budgeted at the default wage {default_rupiah}: {rows}.',
    en_one: '{count} row without a wage is budgeted at the default wage {default_rupiah}: {rows}.',
  },
  'budget.note.default_wage_rows_floor': {
    id: '{count} baris tanpa upah dianggarkan dengan upah bawaan {default_rupiah}, dinaikkan ke batas bawah {floor_rupiah}: {rows}.',
    en: '{count} rows without a wage are budgeted at the default wage {default_rupiah}, raised to the floor {floor_rupiah}: {rows}.',
    en_one: '{count} row without a wage is budgeted at the default wage {default_rupiah}, raised to the floor {floor_rupiah}: {rows}.',
  },
  'budget.rounding_rule': {
    id: 'Pembulatan: iuran dihitung per pekerja, per program, per bagian (pemberi kerja/pekerja), per bulan, dibulatkan ke rupiah terdekat (0,5 ke atas); lalu dikalikan jumlah bulan dan dijumlahkan. Aturan resmi pembulatan tidak ditemukan.',
    en: 'Rounding: premiums are computed per worker, per program, per share (employer/worker), per month, rounded to the nearest rupiah (half up); then multiplied by the months and summed. No official rounding rule was found.',
  },
  'budget.monthly_rule': {
    id: 'Angka bulanan adalah bulan pertama periode ({month}); total periode adalah jumlah tepat setiap bulan dengan tarif dan batas upah JP yang berlaku pada bulan itu.',
    en: 'Monthly figures are for the first month of the period ({month}); the period total is the exact sum of every month at the rates and JP wage cap in force in that month.',
  },
  'budget.reg.pp44_2015_art16_1': { id: 'PP 44/2015 Pasal 16 ayat (1) huruf {letter}', en: 'Government Regulation (PP) 44/2015, Article 16(1)({letter})' },
  'budget.reg.pp44_2015_art18_1': { id: 'PP 44/2015 Pasal 18 ayat (1)', en: 'Government Regulation (PP) 44/2015, Article 18(1)' },
  'budget.reg.pp46_2015_art16_1': { id: 'PP 46/2015 Pasal 16 ayat (1)', en: 'Government Regulation (PP) 46/2015, Article 16(1)' },
  'budget.reg.pp45_2015_art28_3': { id: 'PP 45/2015 Pasal 28 ayat (3)', en: 'Government Regulation (PP) 45/2015, Article 28(3)' },
  'budget.reg.pp45_2015_art29_2': { id: 'PP 45/2015 Pasal 29 ayat (2) (batas upah JP)', en: 'Government Regulation (PP) 45/2015, Article 29(2) (JP wage cap)' },
  'budget.reg.pp45_2015_art29_3': {
    id: 'PP 45/2015 Pasal 29 ayat (3) (batas upah JP disesuaikan tiap tahun dengan pertumbuhan PDB)',
    en: 'Government Regulation (PP) 45/2015, Article 29(3) (JP wage cap adjusted yearly by GDP growth)',
  },
  'budget.reg.bpjs_circular': { id: 'Surat BPJS Ketenagakerjaan {number} (batas upah JP)', en: 'BPJS Ketenagakerjaan letter {number} (JP wage cap)' },
  'budget.reg.permenaker_1_2016': {
    id: 'Permenaker 1/2016 (iuran Bukan Penerima Upah)',
    en: 'Minister of Manpower Regulation (Permenaker) 1/2016 (non-wage-earner premiums)',
  },
  'budget.not_budgeted.no_wage': {
    id: 'upah kosong dan tidak ada upah bawaan: tidak dianggarkan',
    en: 'no wage and no default wage: not budgeted',
  },
  'budget.not_budgeted.bad_wage': {
    id: 'upah {wage} tidak dapat dipakai (harus rupiah bulat lebih dari 0) dan tidak ada upah bawaan: tidak dianggarkan',
    en: 'wage {wage} cannot be used (must be whole rupiah above 0) and no default wage: not budgeted',
  },
  'budget.note.jp_cap_assumed': {
    id: 'Batas upah JP mulai {month} belum diketahui; dipakai batas terakhir {cap_rupiah} (berlaku sejak {from}). Batas naik setiap Maret.',
    en: 'The JP wage cap from {month} is not known yet; the latest cap, {cap_rupiah} (in force since {from}), is used. The cap rises every March.',
  },
  'budget.note.risk_agency_unused': {
    id: 'Kelas risiko untuk OPD "{agency}" di rekon.toml [agencies.risk] tidak dipakai: tidak ada baris yang dianggarkan untuk OPD itu. Tulis nama OPD seperti di daftar (atau alias-nya di [agencies.aliases]).',
    en: 'The risk class for agency "{agency}" in rekon.toml [agencies.risk] is not used: no budgeted row has that agency. Write the agency as the rosters do (or as an alias in [agencies.aliases]).',
  },
  'budget.note.duplicate_row': {
    id: '{row} tidak dianggarkan: orang yang sama dengan baris {first}.',
    en: '{row} is not budgeted: the same person as row {first}.',
  },
  'budget.note.duplicate_row_dob_differs': {
    id: '{row} tidak dianggarkan: dianggap orang yang sama dengan baris {first}, walau tanggal lahirnya berbeda ({date} / {first_date}). Bila dua orang, perbaiki NIK salah satunya agar keduanya dianggarkan.',
    en: '{row} is not budgeted: taken for the same person as row {first}, though the birth dates differ ({date} / {first_date}). If they are two people, fix the NIK of one so both are budgeted.',
  },
  'budget.note.implausible_wages': {
    id: '{count} baris dianggarkan dengan upah sebulan di bawah {floor_rupiah} atau di atas {ceiling_rupiah}, yang bukan honor bulanan (angka dalam ribuan? jumlah setahun?): {rows}. Periksa sebelum anggaran dikirim; rincian per baris ada di masalah data (wage_implausible, rekon inspect).',
    en: '{count} rows are budgeted on a monthly wage below {floor_rupiah} or above {ceiling_rupiah}, which is no monthly honor (written in thousands? a year\'s total?): {rows}. Check them before the budget goes out; each is a data problem on its row (wage_implausible, rekon inspect).',
    en_one: '{count} row is budgeted on a monthly wage below {floor_rupiah} or above {ceiling_rupiah}, which is no monthly honor (written in thousands? a year\'s total?): {rows}. Check it before the budget goes out; it is a data problem on its row (wage_implausible, rekon inspect).',
  },
  'budget.note.duplicate_rows_more': {
    id: '… dan {count} baris ganda lainnya (daftar lengkap: status duplicate di workers.csv rekon reconcile).',
    en: '… and {count} more duplicate rows (all of them: status duplicate in rekon reconcile\'s workers.csv).',
    en_one: '… and {count} more duplicate row (all of them: status duplicate in rekon reconcile\'s workers.csv).',
  },
  'budget.note.wage_from_copy': {
    id: '{row} tidak punya upah: dianggarkan dengan upah salinannya {copy}, {wage_rupiah} (orang yang sama).',
    en: '{row} has no wage: it is budgeted on the wage of its copy {copy}, {wage_rupiah} (the same person).',
  },
  'budget.note.wage_from_copy_more': {
    id: '… dan {count} baris tanpa upah lainnya dianggarkan dengan upah salinannya (baris ganda: status duplicate di workers.csv rekon reconcile).',
    en: "… and {count} more rows without a wage are budgeted at their copy's wage (the copies: status duplicate in rekon reconcile's workers.csv).",
    en_one: "… and {count} more row without a wage is budgeted at its copy's wage (the copies: status duplicate in rekon reconcile's workers.csv).",
  },
  'budget.note.copy_wage_differs': {
    id: '{row} mencantumkan upah {wage_rupiah}; salinannya {copy} mencantumkan {other_rupiah} (upah baris pertama yang dipakai).',
    en: "{row} gives the wage {wage_rupiah}; its copy {copy} gives {other_rupiah} (the first row's wage counts).",
  },
  'budget.note.copy_wage_differs_more': {
    id: '… dan {count} salinan lainnya mencantumkan upah lain (baris ganda: status duplicate di workers.csv rekon reconcile).',
    en: "… and {count} more copies give another wage (the copies: status duplicate in rekon reconcile's workers.csv).",
    en_one: "… and {count} more copy gives another wage (the copies: status duplicate in rekon reconcile's workers.csv).",
  },
  'budget.note.duplicates_excluded': {
    id: '{count} baris ganda tidak dianggarkan dua kali.',
    en: '{count} duplicate rows are not budgeted twice.',
    en_one: '{count} duplicate row is not budgeted twice.',
  },
  'budget.note.deceased_not_reactivated': {
    id: '{count} pekerja yang cocok dengan peserta yang menurut BPJS meninggal tidak dihitung dalam biaya mengaktifkan kembali (kepesertaan orang yang meninggal tidak dapat diaktifkan lagi); tetap dihitung di anggaran seluruh pekerja di daftar. Lihat masalah data bpjs_deceased.',
    en: '{count} workers matched to participants BPJS records as deceased are not counted in the cost to reactivate (a dead person\'s membership cannot be reactivated); they stay in the budget for all workers on the rosters. See the data problems bpjs_deceased.',
    en_one: '{count} worker matched to a participant BPJS records as deceased is not counted in the cost to reactivate (a dead person\'s membership cannot be reactivated); the worker stays in the budget for all workers on the rosters. See the data problem bpjs_deceased.',
  },
  'budget.note.not_budgeted': {
    id: '{count} baris tanpa upah tidak dianggarkan; lihat daftarnya, atau tetapkan upah bawaan.',
    en: '{count} rows without a wage are not budgeted; see the list, or set a default wage.',
    en_one: '{count} row without a wage is not budgeted; see the list, or set a default wage.',
  },
  'budget.invalid.no_programs': { id: 'pilih sedikitnya satu program (jkk, jkm, jht, jp)', en: 'choose at least one program (jkk, jkm, jht, jp)' },
  'budget.invalid.program': { id: 'program "{program}" tidak dikenal atau disebut dua kali', en: 'program "{program}" is unknown or given twice' },
  'budget.invalid.scheme': { id: 'skema "{scheme}" tidak dikenal; pilih pu atau bpu', en: 'unknown scheme "{scheme}"; choose pu or bpu' },
  'budget.invalid.program_not_in_scheme': {
    id: 'program {program} tidak tersedia untuk skema {scheme}',
    en: 'program {program} is not available in the {scheme} scheme',
  },
  'budget.invalid.risk_class': {
    id: 'kelas risiko "{value}" tidak dikenal; pakai 1–5, I–V, sangat rendah … sangat tinggi',
    en: 'unknown risk class "{value}"; use 1–5, I–V, very_low … very_high',
  },
  'budget.invalid.agency_risk_class': {
    id: 'kelas risiko "{value}" untuk {agency} tidak dikenal',
    en: 'unknown risk class "{value}" for {agency}',
  },
  'budget.invalid.agency_conflict': {
    id: '{agency} diberi dua kelas risiko yang berbeda',
    en: '{agency} is given two different risk classes',
  },
  'budget.invalid.empty_period': { id: 'periode anggaran kosong', en: 'the budget period is empty' },
  'budget.invalid.period_too_long': {
    id: 'periode {months} bulan terlalu panjang (paling banyak {max})',
    en: 'a period of {months} months is too long (at most {max})',
  },
  'budget.invalid.month': { id: 'bulan "{month}" tidak sah; tulis TTTT-BB, mis. 2027-01', en: 'invalid month "{month}"; write YYYY-MM, e.g. 2027-01' },
  'budget.invalid.period_order': {
    id: 'bulan periode harus urut dan tidak berulang (di {month})',
    en: 'the months of the period must be ascending without repeats (at {month})',
  },
  'budget.invalid.wage_amount': {
    id: 'upah {what} "{value}" tidak sah; harus rupiah bulat lebih dari 0',
    en: 'invalid {what} wage "{value}"; it must be whole rupiah above 0',
  },
  'budget.invalid.no_rate': {
    id: 'tidak ada tarif {program} untuk {month} dalam tabel tarif',
    en: 'the rate table has no {program} rate for {month}',
  },
} as const satisfies Catalog;
