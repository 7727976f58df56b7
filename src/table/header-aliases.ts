import type { ColumnRole } from '../normalize/column-role.js';
import { headerKey } from './header-text.js';

/**
 * Header aliases per column role, Indonesian and English (DOMAIN.md §3.1 for BPJS exports, §3.2 for
 * OPD rosters, plus the forms seen in BKN's 2022 non-ASN data collection). Compared on the compact
 * key, so case, punctuation and spacing do not matter ("NO. KTP" = "No Ktp" = "NOKTP").
 */
export const HEADER_ALIASES = {
  nik: ['NIK', 'NO KTP', 'NOMOR KTP', 'NO NIK', 'NOMOR NIK', 'NIK KTP', 'NOMOR INDUK KEPENDUDUKAN', 'NO INDUK KEPENDUDUKAN', 'KTP', 'NO KTP NIK', 'NIK NO KTP', 'NIK E KTP', 'NO E KTP', 'NOMOR E KTP', 'NATIONAL ID'],
  name: ['NAMA', 'NAMA LENGKAP', 'NAMA PEGAWAI', 'NAMA TENAGA KERJA', 'NAMA PESERTA', 'NAME', 'FULL NAME', 'NAMA TK', 'NAMA LENGKAP TANPA GELAR', 'NAMA LENGKAP DAN GELAR', 'NAMA DAN GELAR', 'NAMA HONORER', 'NAMA KARYAWAN', 'NAMA PEKERJA', 'NAMA NON ASN', 'NAMA PPNPN', 'NAMA TENAGA HONORER'],
  birth_date: ['TGL LAHIR', 'TANGGAL LAHIR', 'TGL LHR', 'TANGGAL LHR', 'TGLLAHIR', 'DATE OF BIRTH', 'DOB', 'BIRTH DATE', 'BIRTHDATE', 'TGL LAHIR DD MM YYYY', 'TANGGAL LAHIR DD MM YYYY'],
  birth_place_date: ['TEMPAT TGL LAHIR', 'TEMPAT TANGGAL LAHIR', 'TTL', 'TEMPAT DAN TANGGAL LAHIR', 'TEMPAT LAHIR TGL LAHIR', 'TEMPAT LAHIR TANGGAL LAHIR', 'TEMPAT TGL LHR', 'TMP TGL LAHIR', 'TEMPAT TANGGAL LHR', 'PLACE AND DATE OF BIRTH'],
  birth_place: ['TEMPAT LAHIR', 'TMP LAHIR', 'TEMPAT LHR', 'PLACE OF BIRTH', 'BIRTH PLACE', 'BIRTHPLACE'],
  sex: ['JENIS KELAMIN', 'JK', 'J K', 'L P', 'SEX', 'GENDER', 'KELAMIN', 'JNS KELAMIN', 'JENIS KELAMIN L P'],
  agency: ['OPD', 'UNIT KERJA', 'SKPD', 'INSTANSI', 'PERANGKAT DAERAH', 'DINAS', 'AGENCY', 'UNIT ORGANISASI', 'NAMA OPD', 'NAMA SKPD', 'NAMA INSTANSI', 'NAMA UNIT KERJA', 'SATUAN KERJA', 'SATKER', 'UNIT KERJA OPD', 'OPD UNIT KERJA', 'TEMPAT TUGAS', 'LOKASI KERJA'],
  position: ['JABATAN', 'POSISI', 'TUGAS', 'POSITION', 'JOB TITLE', 'PEKERJAAN', 'JENIS PEKERJAAN', 'NAMA JABATAN', 'JABATAN TUGAS', 'URAIAN TUGAS', 'BIDANG TUGAS'],
  wage: ['GAJI', 'HONOR', 'HONORARIUM', 'UPAH', 'UPAH DILAPORKAN', 'WAGE', 'SALARY', 'PENGHASILAN', 'GAJI POKOK', 'HONOR PER BULAN', 'HONOR BULANAN', 'UPAH SEBULAN', 'BESARAN HONOR', 'GAJI UPAH', 'UPAH GAJI', 'GAJI HONOR', 'HONOR GAJI', 'JUMLAH HONOR', 'UPAH RP', 'GAJI RP', 'HONOR RP'],
  kpj: ['KPJ', 'NO KPJ', 'NOMOR KPJ', 'NOMOR REFERENSI', 'NO REFERENSI', 'NO PESERTA', 'NOMOR PESERTA', 'NO PESERTA BPJS', 'NO KARTU', 'NOMOR KARTU', 'NO KARTU BPJS', 'NO BPJS', 'NOMOR BPJS', 'NO BPJS KETENAGAKERJAAN', 'NO BPJS TK', 'NOMOR REFERENSI KPJ', 'NO KPJ BPJS', 'NO KEPESERTAAN', 'NOMOR KEPESERTAAN', 'NO KEPESERTAAN BPJS', 'NOMOR KEPESERTAAN BPJS'],
  bpjs_status: ['STATUS KEPESERTAAN', 'STATUS BPJS', 'KEPESERTAAN', 'STATUS PESERTA', 'STATUS AKTIF', 'STATUS KEPESERTAAN BPJS', 'KEPESERTAAN BPJS', 'STATUS BPJS TK'],
  membership_date: ['TGL KEPESERTAAN', 'TMT', 'TANGGAL KEPESERTAAN', 'TGL DAFTAR', 'TANGGAL DAFTAR', 'TMT KEPESERTAAN', 'TGL AWAL KEPESERTAAN', 'TMT BPJS', 'TGL MULAI KEPESERTAAN', 'TANGGAL MULAI KEPESERTAAN', 'TGL TERDAFTAR', 'TANGGAL TERDAFTAR'],
  nip: ['NIP', 'NO NIP', 'NIP BARU', 'NOMOR INDUK PEGAWAI', 'NIP NRPTK'],
} as const satisfies Record<ColumnRole, readonly string[]>;

/** How sure a header match is: exact alias, alias inside a longer header, or a bare "STATUS". */
export const CONFIDENCE = { exact: 1, contained: 0.6, generic: 0.5 } as const;

export interface HeaderMatch {
  readonly role: ColumnRole;
  readonly confidence: number;
  /** A bare "STATUS": BPJS membership status on a BPJS export, but on a roster often employment status ("HONORER"). */
  readonly generic: boolean;
}

const exactByCompact = new Map<string, ColumnRole>();
const contained: { role: ColumnRole; tokens: readonly string[]; length: number }[] = [];

/** Words that, in a header, mean a sum or count rather than a person's value. */
const AGGREGATE = new Set(['TOTAL', 'JUMLAH', 'JML', 'IURAN', 'PREMI', 'JKK', 'JKM', 'JHT', 'JP', 'JKP']);

/** Single-word aliases that are specific enough to count inside a longer header ("NIK (16 DIGIT)"). */
const CONTAINABLE_SINGLE = new Set(['NIK', 'NAMA', 'KPJ', 'NIP', 'TTL', 'GAJI', 'HONOR', 'HONORARIUM', 'UPAH', 'JABATAN', 'OPD', 'SKPD', 'TMT', 'KEPESERTAAN', 'INSTANSI']);

for (const [role, aliases] of Object.entries(HEADER_ALIASES) as [ColumnRole, readonly string[]][]) {
  for (const alias of aliases) {
    const key = headerKey(alias);
    exactByCompact.set(key.compact, role);
    // An alias holding an aggregate word ("JUMLAH HONOR") counts only exactly: "JUMLAH HONOR SETAHUN" is a year's total.
    if (key.tokens.some((t) => AGGREGATE.has(t))) continue;
    if (key.tokens.length > 1 || CONTAINABLE_SINGLE.has(key.compact)) contained.push({ role, tokens: key.tokens, length: key.compact.length });
  }
}
// More words first, then more letters (matchHeader prefers, among equal word counts, the alias nearer the start).
contained.sort((a, b) => b.tokens.length - a.tokens.length || b.length - a.length);

/** Words that make a header about someone or something else ("NAMA IBU KANDUNG", "NAMA BANK"). */
const OTHER_SUBJECT = new Set(['IBU', 'AYAH', 'ORANG', 'BANK', 'REKENING', 'SUAMI', 'ISTRI', 'ANAK', 'ATASAN', 'SEKOLAH', 'KELUARGA', 'AHLI', 'WARIS', 'PASANGAN', 'KANDUNG', 'NPWP', 'PEGAWAI', 'KEPEGAWAIAN', 'PERKAWINAN', 'PENDIDIKAN', 'IJAZAH', 'SK', 'KONTRAK', 'NOMOR', 'NO', 'SURAT']);

/** Roles whose value is a number: "NO"/"NOMOR" before them is the same column ("NOMOR NIP", "NOMOR KTP/NIK"). */
const NUMBER_ROLES: ReadonlySet<ColumnRole> = new Set(['nik', 'nip', 'kpj']);

/**
 * "PEGAWAI" (employee) is the worker for what describes a person ("NIK PEGAWAI", "TGL LAHIR PEGAWAI"), but
 * another subject for BPJS membership: "TMT PEGAWAI" is the employment start, "STATUS PEGAWAI" employment status.
 */
const EMPLOYEE_WORDS = new Set(['PEGAWAI']);
const MEMBERSHIP_ROLES: ReadonlySet<ColumnRole> = new Set(['membership_date', 'bpjs_status']);

/**
 * The role a header most likely names, or null. Exact alias first; then the longest alias found as a
 * run of words inside the header, unless the header is about another subject ("NAMA IBU", "STATUS
 * PEGAWAI") or an aggregate ("JUMLAH HONOR" stays wage only as an exact alias).
 */
export function matchHeader(text: string): HeaderMatch | null {
  const key = headerKey(text);
  if (key.compact === '') return null;
  if (key.compact === 'STATUS') return { role: 'bpjs_status', confidence: CONFIDENCE.generic, generic: true };
  const exact = exactByCompact.get(key.compact);
  if (exact !== undefined) return { role: exact, confidence: CONFIDENCE.exact, generic: false };
  if (key.tokens.length > 8) return null; // a sentence (title row), not a header
  // Among the aliases found with the most words, the one nearest the start (then the most letters): an
  // Indonesian header names its thing first ("TGL KEPESERTAAN BPJS" is a date, not the KEPESERTAAN BPJS status).
  let best: { role: ColumnRole; tokens: number; at: number } | null = null;
  for (const c of contained) {
    if (best !== null && c.tokens.length < best.tokens) break;
    const at = runStart(key.tokens, c.tokens);
    if (at < 0) continue;
    const others = key.tokens.filter((t) => !c.tokens.includes(t));
    if (others.some((t) => AGGREGATE.has(t) || (OTHER_SUBJECT.has(t) && !sameSubject(c.role, t)))) continue;
    if (best === null || at < best.at) best = { role: c.role, tokens: c.tokens.length, at };
  }
  return best === null ? null : { role: best.role, confidence: CONFIDENCE.contained, generic: false };
}

/** Is `word`, though listed as another subject, still about this role's value ("NOMOR" before a NIP)? */
function sameSubject(role: ColumnRole, word: string): boolean {
  if (word === 'NO' || word === 'NOMOR') return NUMBER_ROLES.has(role);
  return EMPLOYEE_WORDS.has(word) && !MEMBERSHIP_ROLES.has(role);
}

/** Where `run` first occurs as consecutive tokens, or -1. */
function runStart(tokens: readonly string[], run: readonly string[]): number {
  outer: for (let i = 0; i + run.length <= tokens.length; i++) {
    for (let j = 0; j < run.length; j++) if (tokens[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}
