import type { Catalog } from '../i18n/message.js';

/** Texts of `rekon review` and of reading decisions files (src/review/, src/cli/commands/review-command.ts). */
export const reviewMessages = {
  'cmd.review.description': {
    id: 'Periksa pasangan berstatus `review` satu per satu (data OPD dan BPJS berdampingan): terima, tolak, lewati, batalkan; keputusan disimpan ke berkas keputusan yang dipakai `rekon reconcile --decisions`.',
    en: 'Walk the `review` pairs one by one (roster and BPJS records side by side): accept, reject, skip, undo; decisions are saved to a decisions file that `rekon reconcile --decisions` honours.',
  },
  'cmd.review.arg': { id: 'review.csv dari `rekon reconcile --out FOLDER`', en: 'review.csv from `rekon reconcile --out DIR`' },
  'cmd.review.decisions': {
    id: 'berkas keputusan (CSV) yang dibaca dan ditulis; bawaan: decisions.csv di folder REVIEW_CSV',
    en: 'the decisions file (CSV) to read and write; default: decisions.csv next to REVIEW_CSV',
  },

  'review.missing_columns': {
    id: '{file}: kolom yang diperlukan tidak ada: {columns}. Berkas review.csv atau berkas keputusan harus memiliki baris judul decision, roster_key, bpjs_key',
    en: '{file}: required columns are missing: {columns}. A review.csv or decisions file needs the header columns decision, roster_key, bpjs_key',
  },
  'review.bad_decision': {
    id: '{file} baris {row}: kolom decision berisi "{value}". Isi salah satu: terima = {accept}; tolak = {reject}; atau biarkan kosong',
    en: '{file} row {row}: the decision column holds "{value}". Use one of: accept = {accept}; reject = {reject}; or leave it blank',
  },
  'review.missing_key': {
    id: '{file} baris {row}: ada keputusan tetapi kolom {column} kosong. Keputusan dikenali dari orangnya (roster_key, bpjs_key); salin kedua kolom itu dari review.csv',
    en: '{file} row {row}: a decision is given but {column} is empty. Decisions are keyed by the people (roster_key, bpjs_key); copy both columns from review.csv',
  },
  'review.masked_key': {
    id: '{file} baris {row}: kolom {column} berisi NIK yang disamarkan (laporan dibuat dengan --mask-nik), jadi keputusan tidak bisa dicocokkan dengan orangnya. Buat ulang review.csv tanpa --mask-nik untuk verifikasi',
    en: '{file} row {row}: column {column} holds a masked NIK (the reports were written with --mask-nik), so a decision cannot be matched to its person. Write review.csv again without --mask-nik to review it',
  },
  'review.bad_key': {
    id: '{file} baris {row}: kolom {column} berisi "{value}", bukan kunci orang (nik:16 digit atau name:NAMA|YYYY-MM-DD, untuk roster_key boleh diikuti |opd:OPD). Salin kolom itu apa adanya dari review.csv',
    en: '{file} row {row}: column {column} holds "{value}", which is not a person key (nik:16 digits or name:NAME|YYYY-MM-DD, in roster_key maybe followed by |opd:AGENCY). Copy the column unchanged from review.csv',
  },
  'review.warn.roster_accepted_twice': {
    id: 'orang {roster} diterima dengan dua peserta BPJS; keputusan terakhir dipakai ({kept}), yang sebelumnya ({dropped}) diabaikan',
    en: 'roster person {roster} is accepted with two BPJS participants; the later decision is kept ({kept}), the earlier one ({dropped}) is ignored',
  },
  'review.warn.bpjs_accepted_twice': {
    id: 'peserta BPJS {bpjs} diterima untuk dua orang; keputusan terakhir dipakai ({kept}), yang sebelumnya ({dropped}) diabaikan',
    en: 'BPJS participant {bpjs} is accepted for two roster persons; the later decision is kept ({kept}), the earlier one ({dropped}) is ignored',
  },
  'review.decisions_not_csv': {
    id: '--decisions {file}: rekon review menulis berkas CSV; beri nama berakhiran .csv',
    en: '--decisions {file}: rekon review writes a CSV file; give a name ending in .csv',
  },
  'review.no_key_rows': {
    id: '{count} baris tidak dapat diputuskan: tanpa NIK valid dan tanpa tanggal lahir, orangnya tidak bisa dikenali bulan depan. Perbaiki data sumbernya',
    en: '{count} rows cannot be decided: without a valid NIK and without a birth date the person cannot be recognised next month. Fix the source data',
    en_one: '{count} row cannot be decided: without a valid NIK and without a birth date the person cannot be recognised next month. Fix the source data',
  },
  // Why a review decision of `reconcile --decisions` does not apply (unapplied-decision-notes.ts), per decision word.
  'run.decision_unapplied.accept.roster_absent': {
    id: 'keputusan terima {roster} ↔ {bpjs} tidak berlaku lagi: orang itu tidak ada di daftar OPD ini',
    en: 'decision accept {roster} ↔ {bpjs} no longer applies: that person is not on these rosters',
  },
  'run.decision_unapplied.reject.roster_absent': {
    id: 'keputusan tolak {roster} ↔ {bpjs} tidak berlaku lagi: orang itu tidak ada di daftar OPD ini',
    en: 'decision reject {roster} ↔ {bpjs} no longer applies: that person is not on these rosters',
  },
  'run.decision_unapplied.accept.bpjs_absent': {
    id: 'keputusan terima {roster} ↔ {bpjs} tidak berlaku lagi: peserta itu tidak ada di data BPJS ini',
    en: 'decision accept {roster} ↔ {bpjs} no longer applies: that participant is not in this BPJS export',
  },
  'run.decision_unapplied.reject.bpjs_absent': {
    id: 'keputusan tolak {roster} ↔ {bpjs} tidak berlaku lagi: peserta itu tidak ada di data BPJS ini',
    en: 'decision reject {roster} ↔ {bpjs} no longer applies: that participant is not in this BPJS export',
  },
  'run.decision_unapplied.accept.roster_ambiguous': {
    id: 'keputusan terima {roster} ↔ {bpjs} tidak dipakai: nama dan tanggal lahir itu cocok dengan {count} baris ({rows}) dan OPD-nya tidak menunjukkan baris mana yang dimaksud; baris-baris itu diperiksa lagi (review)',
    en: 'decision accept {roster} ↔ {bpjs} not used: that name and birth date fit {count} roster rows ({rows}) and the agency does not tell which one it was taken for; those rows are matched again (review)',
  },
  'run.decision_unapplied.reject.roster_ambiguous': {
    id: 'keputusan tolak {roster} ↔ {bpjs} tidak dipakai: nama dan tanggal lahir itu cocok dengan {count} baris ({rows}) dan OPD-nya tidak menunjukkan baris mana yang dimaksud; baris-baris itu diperiksa lagi (review)',
    en: 'decision reject {roster} ↔ {bpjs} not used: that name and birth date fit {count} roster rows ({rows}) and the agency does not tell which one it was taken for; those rows are matched again (review)',
  },
  'run.decision_unapplied.accept.bpjs_ambiguous': {
    id: 'keputusan terima {roster} ↔ {bpjs} tidak dipakai: data peserta itu cocok dengan {count} peserta BPJS yang berbeda ({participants}); putuskan lagi lewat review.csv',
    en: 'decision accept {roster} ↔ {bpjs} not used: that participant fits {count} different BPJS participants ({participants}); decide again in review.csv',
  },
  'run.decision_unapplied.accept.nik_elsewhere': {
    id: 'keputusan terima {roster} ↔ {bpjs} tidak berlaku lagi: NIK yang kini diisi untuk {rows} bukan NIK peserta itu, melainkan NIK {participants}, dan NIK yang diikuti. Periksa mana yang benar: NIK di daftar atau keputusan itu',
    en: 'decision accept {roster} ↔ {bpjs} no longer applies: the NIK now filled in for {rows} is not that participant\'s but the NIK of {participants}, and the NIK is followed. Check which is right: the roster NIK or that decision',
  },
  'run.decision_unapplied.accept.nik_not_theirs': {
    id: 'keputusan terima {roster} ↔ {bpjs} tidak berlaku lagi: NIK yang kini diisi untuk {rows} bukan NIK peserta itu. Periksa mana yang benar: NIK di daftar atau keputusan itu',
    en: 'decision accept {roster} ↔ {bpjs} no longer applies: the NIK now filled in for {rows} is not that participant\'s. Check which is right: the roster NIK or that decision',
  },
  'run.decision_unapplied.accept.matched_otherwise': {
    id: 'keputusan terima {roster} ↔ {bpjs} tidak diperlukan lagi: peserta itu kini cocok sendiri dengan {rows} (NIK diisi atau diperbaiki)',
    en: 'decision accept {roster} ↔ {bpjs} is no longer needed: that participant is now matched on its own to {rows} (a NIK filled in or corrected)',
  },
  'run.decision_unapplied.accept.taken': {
    id: 'keputusan terima {roster} ↔ {bpjs} tidak dipakai: keputusan terima lain sudah memasangkan salah satu dari keduanya',
    en: 'decision accept {roster} ↔ {bpjs} not used: another accept decision already matched one of the two',
  },
  'review.nothing_to_ask': { id: 'Tidak ada pasangan yang perlu diperiksa di {file}', en: 'Nothing to review in {file}' },
  'review.nothing_to_undo': { id: 'Belum ada yang bisa dibatalkan', en: 'Nothing to undo' },
  'review.unknown_key': { id: 'Tekan a (terima), r (tolak), s (lewati), u (batalkan) atau q (simpan dan keluar)', en: 'Press a (accept), r (reject), s (skip), u (undo) or q (save and quit)' },
  'review.prompt': { id: '[a] terima  [r] tolak  [s] lewati  [u] batalkan  [q] simpan & keluar >', en: '[a] accept  [r] reject  [s] skip  [u] undo  [q] save & quit >' },
  'review.echo.accept': { id: 'diterima', en: 'accepted' },
  'review.echo.reject': { id: 'ditolak', en: 'rejected' },
  'review.echo.skip': { id: 'dilewati', en: 'skipped' },
  'review.echo.undo': { id: 'dibatalkan', en: 'undone' },
  'review.echo.quit': { id: 'simpan dan keluar', en: 'save and quit' },
  'review.all_done': { id: 'Semua pasangan sudah diperiksa', en: 'All pairs reviewed' },
  'review.end_with_skipped': {
    id: 'Akhir daftar: {count} pasangan dilewati dan belum diputuskan (jalankan lagi untuk memeriksanya)',
    en: 'End of the list: {count} skipped pairs left undecided (run again to review them)',
    en_one: 'End of the list: {count} skipped pair left undecided (run again to review it)',
  },
  'review.summary': {
    id: 'review: {decided} diputuskan ({accepted} diterima, {rejected} ditolak), {left} belum diputuskan; {file}',
    en: 'review: {decided} decided ({accepted} accepted, {rejected} rejected), {left} left undecided; {file}',
  },
  'review.summary.saved': { id: 'disimpan ke {file}', en: 'saved to {file}' },
  'review.summary.not_saved': { id: 'tidak ada yang disimpan', en: 'nothing saved' },

  'review.card.title': {
    id: 'Pasangan {pair}/{total} · orang {person}/{persons} · kandidat {candidate}/{candidates}',
    en: 'Pair {pair}/{total} · person {person}/{persons} · candidate {candidate}/{candidates}',
  },
  'review.card.score': { id: ' · skor {score}', en: ' · score {score}' },
  'review.card.row': { id: 'baris {row}', en: 'row {row}' },
  'review.heading.roster': { id: 'Data OPD', en: 'Roster' },
  'review.heading.bpjs': { id: 'BPJS', en: 'BPJS' },
  'review.label.name': { id: 'Nama', en: 'Name' },
  'review.label.nik': { id: 'NIK', en: 'NIK' },
  'review.label.birth_date': { id: 'Tgl lahir', en: 'Birth date' },
  'review.label.agency': { id: 'OPD', en: 'Agency' },
  'review.label.kpj': { id: 'KPJ', en: 'KPJ' },
  'review.label.status': { id: 'Status BPJS', en: 'BPJS status' },
  'review.label.source': { id: 'Sumber', en: 'Source' },
  'review.label.reasons': { id: 'Alasan', en: 'Reasons' },
  'review.label.note': { id: 'Catatan', en: 'Note' },
} as const satisfies Catalog;
