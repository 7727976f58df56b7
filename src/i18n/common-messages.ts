import type { Catalog } from './message.js';

export const commonMessages = {
  'error.prefix': { id: 'galat', en: 'error' },
  'warning.prefix': { id: 'peringatan', en: 'warning' },
  'error.internal': {
    id: 'galat internal: {detail}. Jalankan ulang dengan --debug dan laporkan ke pengembang.',
    en: 'internal error: {detail}. Re-run with --debug and report it to the developers.',
  },
  'error.file_not_found': { id: '{file}: berkas tidak ditemukan', en: '{file}: file not found' },
  'error.is_directory': { id: '{file}: ini folder, bukan berkas', en: '{file}: is a directory, not a file' },
  'error.unreadable': { id: '{file}: tidak dapat dibaca ({reason})', en: '{file}: cannot be read ({reason})' },
  'error.stdout_write': { id: 'tidak bisa menulis ke keluaran standar (stdout): {reason}', en: 'cannot write to standard output: {reason}' },
  'error.stdout_reason.ENOSPC': { id: 'disk penuh', en: 'no space left on the disk' },
  'error.stdout_reason.EDQUOT': { id: 'kuota disk habis', en: 'disk quota exceeded' },
  'error.stdout_reason.EIO': { id: 'galat baca/tulis disk (disk atau drive jaringan)', en: 'input/output error (disk or network drive)' },
  'error.stdout_reason.EROFS': { id: 'sistem berkas hanya-baca', en: 'read-only file system' },
  'error.stdout_reason.EACCES': { id: 'akses ditolak', en: 'permission denied' },
  'error.stdout_reason.EFBIG': { id: 'berkas terlalu besar untuk sistem berkas ini', en: 'file too large for this file system' },
  'error.filesystem.EACCES': { id: '{path}: akses ditolak (izin berkas atau folder)', en: '{path}: permission denied (file or folder permissions)' },
  'error.filesystem.ENOSPC': { id: '{path}: disk penuh', en: '{path}: no space left on the disk' },
  'error.filesystem.EDQUOT': { id: '{path}: kuota disk habis', en: '{path}: disk quota exceeded' },
  'error.filesystem.EROFS': { id: '{path}: sistem berkas hanya-baca', en: '{path}: read-only file system' },
  'error.filesystem.EISDIR': { id: '{path}: ini folder, bukan berkas', en: '{path}: is a folder, not a file' },
  'error.filesystem.ENOTDIR': { id: '{path}: sebagian jalurnya berkas, bukan folder', en: '{path}: part of the path is a file, not a folder' },
  'error.filesystem.EEXIST': { id: '{path}: sudah ada dan bukan folder', en: '{path}: exists and is not a folder' },
  'error.filesystem.EPIPE': { id: '{path}: program yang membacanya berhenti sebelum selesai (pipa ditutup)', en: '{path}: the program reading it stopped before the end (the pipe was closed)' },
  'error.filesystem.EIO': { id: '{path}: galat baca/tulis disk (disk atau drive jaringan)', en: '{path}: input/output error (disk or network drive)' },
  'error.filesystem.ELOOP': { id: '{path}: tautan simbolik berputar (terlalu banyak tautan)', en: '{path}: symbolic links go round in a loop (too many links)' },
  'error.bad_option': { id: 'opsi {option}: nilai "{value}" tidak sah; {allowed}', en: 'option {option}: invalid value "{value}"; {allowed}' },
} as const satisfies Catalog;

export const configMessages = {
  'config.unreadable': { id: '{file}: berkas konfigurasi tidak dapat dibaca', en: '{file}: cannot read the config file' },
  'config.syntax': { id: '{file}, baris {line}: TOML tidak sah ({detail})', en: '{file}, line {line}: invalid TOML ({detail})' },
  'config.unknown_keys': { id: '{file}: kunci {keys} tidak dikenal; yang dikenal: {allowed}', en: '{file}: unknown keys {keys}; known keys: {allowed}' },
  'config.unknown_key': { id: '{file}: kunci "{key}" tidak dikenal; yang dikenal: {allowed}', en: '{file}: unknown key "{key}"; known keys: {allowed}' },
  'config.conflict': {
    id: '{file}: kunci "{key}" dan "{other}" tidak boleh dipakai bersama; pilih salah satu',
    en: '{file}: keys "{key}" and "{other}" cannot be used together; keep one',
  },
  'config.invalid_type.string': {
    id: '{file}: kunci "{key}" bernilai {value} tidak sah; yang boleh: teks dalam tanda kutip, mis. "…"',
    en: '{file}: key "{key}" has an invalid value {value}; allowed: text in quotes, e.g. "…"',
  },
  'config.invalid_type.number': {
    id: '{file}: kunci "{key}" bernilai {value} tidak sah; yang boleh: angka tanpa tanda kutip (bukan inf atau nan)',
    en: '{file}: key "{key}" has an invalid value {value}; allowed: a number without quotes (not inf or nan)',
  },
  'config.invalid_type.int': {
    id: '{file}: kunci "{key}" bernilai {value} tidak sah; yang boleh: bilangan bulat tanpa tanda kutip',
    en: '{file}: key "{key}" has an invalid value {value}; allowed: a whole number without quotes',
  },
  'config.invalid_type.array': {
    id: '{file}: kunci "{key}" bernilai {value} tidak sah; yang boleh: daftar, mis. ["A", "B"]',
    en: '{file}: key "{key}" has an invalid value {value}; allowed: a list, e.g. ["A", "B"]',
  },
  'config.invalid_type.table': {
    id: '{file}: kunci "{key}" bernilai {value} tidak sah; yang boleh: tabel, yaitu bagian [{key}] dengan kunci = nilai di bawahnya',
    en: '{file}: key "{key}" has an invalid value {value}; allowed: a table, i.e. a section [{key}] with key = value lines under it',
  },
  'config.invalid_type.boolean': {
    id: '{file}: kunci "{key}" bernilai {value} tidak sah; yang boleh: true atau false',
    en: '{file}: key "{key}" has an invalid value {value}; allowed: true or false',
  },
  'config.invalid': {
    id: '{file}: kunci "{key}" bernilai {value} tidak sah; yang boleh: {allowed}',
    en: '{file}: key "{key}" has an invalid value {value}; allowed: {allowed}',
  },
} as const satisfies Catalog;
