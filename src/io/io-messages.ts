import type { Catalog } from '../i18n/message.js';

/** Indonesian + English templates for input-reading errors and notes (src/io). */
export const ioMessages = {
  'io.file_not_found': { id: '{file}: berkas tidak ditemukan', en: '{file}: file not found' },
  'io.is_directory': { id: '{file}: ini folder, bukan berkas', en: '{file}: is a directory, not a file' },
  'io.empty_file': { id: '{file}: berkas kosong', en: '{file}: the file is empty' },
  'io.empty_directory': {
    id: '{file}: folder ini tidak berisi berkas .xlsx, .xlsm, .xls, .ods, .csv, .txt atau .tsv',
    en: '{file}: the folder holds no .xlsx, .xlsm, .xls, .ods, .csv, .txt or .tsv file',
  },
  'io.output_not_file': {
    id: '{file}: bukan berkas biasa, pipa, atau folder (disk atau soket); rekon tidak menulis ke sana',
    en: '{file}: not a file, a pipe or a folder (a disk or a socket); rekon does not write there',
  },
  'io.folder_not_creatable': {
    id: '{dir}: folder tidak bisa dibuat di {parent} (sistem menolaknya); pilih tempat lain',
    en: '{dir}: no folder can be created in {parent} (the system refuses it); choose another place',
  },
  'io.permission_denied': {
    id: '{file}: rekon tidak boleh membacanya (izin berkas); minta pemiliknya membuka izin baca atau salin berkasnya',
    en: '{file}: rekon may not read it (file permissions); ask its owner for read access or copy the file',
  },
  'io.unreadable': { id: '{file}: tidak dapat dibaca ({reason})', en: '{file}: cannot be read ({reason})' },
  'io.not_text': {
    id: '{file}: bukan berkas teks/CSV (berisi data biner). Simpan ulang sebagai CSV atau .xlsx.',
    en: '{file}: not a text/CSV file (it holds binary data). Save it again as CSV or .xlsx.',
  },
  'io.unsupported_extension': {
    id: '{file}: jenis berkas "{extension}" tidak didukung; gunakan .xlsx, .xlsm, .xls, .ods, .csv atau .txt',
    en: '{file}: unsupported file type "{extension}"; use .xlsx, .xlsm, .xls, .ods, .csv or .txt',
  },
  'io.encrypted_or_legacy': {
    id: '{file}: buku kerja terenkripsi (berkata sandi) atau berformat .xls lama. Buka di Excel, hapus kata sandi, lalu simpan sebagai .xlsx.',
    en: '{file}: encrypted (password-protected) or legacy .xls workbook. Open it in Excel, remove the password and save it as .xlsx.',
  },
  'io.status_from_sheet_inactive': {
    id: 'tidak ada kolom status; nama sheet "{sheet}" menyatakan peserta tidak aktif, jadi semua pesertanya dianggap tidak aktif',
    en: 'no status column; the sheet name "{sheet}" says its participants are not active, so all of them are taken as inactive',
  },
  'io.status_from_sheet_active': {
    id: 'tidak ada kolom status; nama sheet "{sheet}" menyatakan peserta aktif, jadi semua pesertanya dianggap aktif',
    en: 'no status column; the sheet name "{sheet}" says its participants are active, so all of them are taken as active',
  },
  'io.lines_read_as_windows_1252': {
    id: 'berkas ini UTF-8 kecuali {count} baris yang diketik di program lain (mis. Notepad): baris itu dibaca sebagai Windows-1252; periksa nama pada baris {lines}',
    en: 'this file is UTF-8 except {count} lines typed in another program (e.g. Notepad): those were read as Windows-1252; check the names on lines {lines}',
    en_one: 'this file is UTF-8 except {count} line typed in another program (e.g. Notepad): it was read as Windows-1252; check the names on line {lines}',
  },
  'io.agency_from_title': {
    id: 'tidak ada kolom OPD: OPD pekerja lembar ini diambil dari baris judul {row} ("{text}"): {agency}; bila salah, tambahkan kolom OPD atau alias di rekon.toml [agencies.aliases]',
    en: 'no agency column: the agency of this sheet\'s workers is taken from title row {row} ("{text}"): {agency}; if wrong, add an agency column or an alias in rekon.toml [agencies.aliases]',
  },
  'io.sheet_hidden': {
    id: 'lembar ini disembunyikan di buku kerja, tetapi barisnya tetap dibaca; bila berisi data lama, lewati dengan --skip-sheet "{sheet}" atau tampilkan untuk memeriksa',
    en: 'this sheet is hidden in the workbook, but its rows were read; if it holds old data, leave it out with --skip-sheet "{sheet}" or unhide it to check',
  },
  'io.rows_hidden': {
    id: '{count} baris pekerja disembunyikan di lembar ini (baris {rows}), tetapi tetap dibaca dan dihitung; periksa apakah pekerja itu masih bekerja (mis. sudah mengundurkan diri) dan hapus barisnya bila tidak',
    en: '{count} worker rows are hidden in this sheet (rows {rows}) but were read and counted; check whether they still work here (e.g. resigned) and delete the rows if not',
    en_one: '{count} worker row is hidden in this sheet (row {rows}) but was read and counted; check whether the worker still works here (e.g. resigned) and delete the row if not',
  },
  'io.sheet_left_out': {
    id: 'tidak dibaca ({by})',
    en: 'not read ({by})',
  },
  'io.all_sheets_left_out': {
    id: '{file}: tidak ada lembar yang tersisa untuk dibaca ({flag}); lembar di berkas ini: {sheets}',
    en: '{file}: no sheet left to read ({flag}); the sheets of this file: {sheets}',
  },
  'io.corrupt_workbook': {
    id: '{file}: buku kerja rusak atau bukan berkas Excel ({reason})',
    en: '{file}: corrupt workbook or not an Excel file ({reason})',
  },
  'io.part_checksum': {
    id: '{file}: buku kerja rusak: bagian "{part}" tidak lolos pemeriksaan CRC-32 (isinya berubah sejak disimpan). Minta salinan baru berkasnya.',
    en: '{file}: corrupt workbook: part "{part}" fails its CRC-32 check (its bytes changed since it was saved). Ask for a fresh copy of the file.',
  },
  'io.sheet_part_missing': {
    id: '{file}: buku kerja rusak: data lembar "{sheet}" tidak ada di dalam berkas. Buka dan simpan ulang di Excel.',
    en: '{file}: corrupt workbook: the data of sheet "{sheet}" is not in the file. Open it in Excel and save it again.',
  },
  'io.zip_bomb': {
    id: '{file}: bagian "{entry}" terlalu besar setelah dibuka ({size} bita; batas {limit}). Berkas ditolak demi keamanan.',
    en: '{file}: part "{entry}" is too large when unpacked ({size} bytes; limit {limit}). The file was refused for safety.',
  },
  'io.zip_bomb_total': {
    id: '{file}: isi berkas terlalu besar setelah dibuka ({size} bita sejauh ini; batas {limit} untuk semua bagian). Berkas ditolak demi keamanan.',
    en: '{file}: the workbook is too large when unpacked ({size} bytes so far; limit {limit} for all parts together). The file was refused for safety.',
  },
  'io.too_large': {
    id: '{file}: berkas terlalu besar untuk format ini ({size} bita; batas {limit}). Simpan sebagai .xlsx atau CSV.',
    en: '{file}: file too large for this format ({size} bytes; limit {limit}). Save it as .xlsx or CSV.',
  },
  'io.record_too_long': {
    id: '{file}: baris {row} lebih panjang dari {limit} karakter; mungkin ada tanda kutip (") yang tidak ditutup. Periksa baris itu atau simpan ulang berkas sebagai CSV dari Excel.',
    en: '{file}: row {row} is longer than {limit} characters; probably an unclosed quote ("). Check that row or save the file again as CSV from Excel.',
  },
  'io.unknown_encoding': {
    id: 'pengodean "{encoding}" tidak dikenal; contoh: utf-8, windows-1252, utf-16le',
    en: 'unknown encoding "{encoding}"; e.g. utf-8, windows-1252, utf-16le',
  },
  'io.bad_delimiter': {
    id: 'pemisah "{delimiter}" tidak sah; gunakan satu karakter, mis. "," ";" "tab" atau "|"',
    en: 'invalid delimiter "{delimiter}"; use one character, e.g. "," ";" "tab" or "|"',
  },
} as const satisfies Catalog;
