import type { Lang } from '../i18n/message.js';

/**
 * The commented starter config written by `rekon init`. TOML, because officers edit it by hand
 * and need comments; keys are English (machine values), comments in the user's language.
 */
export function starterConfig(lang: Lang): string {
  const c = lang === 'id' ? ID : EN;
  return `# rekon.toml — ${c.title}
# ${c.precedence}

# ${c.columns}
[columns.roster]
# nik = "NO KTP"
# name = "NAMA PEGAWAI"
# birth_date = "TGL LAHIR"
# wage = "HONOR PER BULAN"

[columns.bpjs]
# kpj = "NO PESERTA"
# bpjs_status = "STATUS KEPESERTAAN"

[sheets]
# ${c.sheets}
# skip = ["2025 LAMA", "REKAP"]
# only = ["DATA HONORER"]

[agencies.aliases]
# ${c.aliases}
# "DLHK" = "Dinas Lingkungan Hidup dan Kebersihan"

[agencies.risk]
# ${c.risk}
# "Dinas Lingkungan Hidup dan Kebersihan" = "medium"
# "Satpol PP" = "low"

[match]
# ${c.match}
# accept_score = 12
# review_score = 6
# min_margin = 3
# max_review_candidates = 3

[budget]
# ${c.budget}
programs = "jkk,jkm"
risk = "very_low"
scheme = "pu"
# period = "2027-01..2027-12"
# ${c.fixed}
# fixed_wage = 1000000
# ${c.floor}
# wage_floor = 2169348
# ${c.default}
# default_wage = 2000000
`;
}

const EN = {
  title: 'configuration for rekon; every command reads the nearest one (or --config FILE).',
  precedence: 'Command-line options win over this file; this file wins over the built-in defaults.',
  columns: 'Column headers to use when detection guesses wrong (role = "header text as written").',
  sheets: 'Workbook sheets to leave out (skip) or the only ones to read (only); --skip-sheet or --sheet on the command line replaces both.',
  aliases: 'Short agency names in rosters → the full name used in reports.',
  risk: 'JKK risk class per agency: very_low | low | medium | high | very_high (default: very_low).',
  match: 'Matching thresholds (score = bits of evidence). Raise accept_score for fewer, safer automatic matches.',
  budget: 'Premium budget defaults: programs jkk,jkm,jht,jp; scheme pu (wage earners) or bpu (non-wage workers).',
  fixed: 'One declared wage for everyone (some pemda declare Rp 1,000,000):',
  floor: 'Or raise roster wages to a floor such as the UMK/UMP:',
  default: 'Wage for rows without one (otherwise they are listed as not budgeted):',
};

const ID = {
  title: 'konfigurasi rekon; setiap perintah membaca berkas terdekat (atau --config BERKAS).',
  precedence: 'Opsi baris perintah mengalahkan berkas ini; berkas ini mengalahkan nilai bawaan.',
  columns: 'Judul kolom yang dipakai bila deteksi keliru (peran = "judul kolom seperti tertulis").',
  sheets: 'Lembar buku kerja yang dilewati (skip) atau satu-satunya yang dibaca (only); --skip-sheet atau --sheet di baris perintah menggantikan keduanya.',
  aliases: 'Singkatan nama OPD di daftar → nama lengkap di laporan.',
  risk: 'Kelas risiko JKK per OPD: very_low | low | medium | high | very_high (bawaan: very_low).',
  match: 'Ambang pencocokan (skor = bit bukti). Naikkan accept_score untuk kecocokan otomatis yang lebih sedikit dan lebih aman.',
  budget: 'Bawaan anggaran iuran: program jkk,jkm,jht,jp; skema pu (penerima upah) atau bpu (bukan penerima upah).',
  fixed: 'Satu upah yang dilaporkan untuk semua (sebagian pemda melaporkan Rp 1.000.000):',
  floor: 'Atau naikkan upah daftar ke batas bawah seperti UMK/UMP:',
  default: 'Upah untuk baris tanpa upah (bila tidak diisi, baris itu dicatat tidak dianggarkan):',
};
