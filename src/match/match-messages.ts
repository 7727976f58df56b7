import type { Catalog } from '../i18n/message.js';

/** Indonesian and English templates of the matcher's reasons and run notes. */
export const matchMessages = {
  // NIK comparison
  'match.reason.nik_exact': { id: 'NIK sama', en: 'same NIK' },
  'match.reason.looks_like_siblings': {
    id: 'NIK hanya berbeda di nomor urut dan nama hanya sama sebagian: tampak seperti saudara kembar, bukan orang yang sama',
    en: 'the NIKs differ only in the serial number and the names only partly agree: looks like twins, not one person',
  },
  'match.reason.nik_not_own': {
    id: 'NIK di daftar tidak cocok dengan tanggal lahir barisnya sendiri: kemungkinan bukan NIK orang ini, tidak dibandingkan',
    en: "the roster NIK does not fit the row's own birth date: probably not this person's NIK, so not compared",
  },
  'match.reason.nik_one_digit': { id: 'NIK berbeda 1 digit (posisi {position})', en: 'NIK differs in 1 digit (position {position})' },
  'match.reason.nik_two_digits': {
    id: 'NIK berbeda 2 digit (posisi {position} dan {second})',
    en: 'NIK differs in 2 digits (positions {position} and {second})',
  },
  'match.reason.nik_transposed': {
    id: 'NIK: dua digit bertukar tempat (posisi {position} dan {next})',
    en: 'NIK: two digits swapped (positions {position} and {next})',
  },
  'match.reason.nik_damaged_prefix': {
    id: 'digit NIK yang tersisa sama (NIK daftar tidak lengkap: digit terakhir hilang oleh Excel atau saat diketik)',
    en: 'the NIK digits kept are equal (the roster NIK is incomplete: last digit lost in Excel or when typed)',
  },
  'match.reason.nik_rounded': {
    id: 'NIK berselisih 1 di akhir, seperti NIK Papua yang dibaca sebagai angka lalu dibulatkan: periksa mana yang benar',
    en: 'NIKs 1 apart at the end, as when a Papua NIK is read as a number and rounded: check which one is right',
  },
  'match.reason.nik_damaged_differs': {
    id: 'NIK tidak lengkap (rusak oleh Excel atau terpotong) dan digit yang tersisa pun berbeda',
    en: 'NIK incomplete (damaged by Excel or cut short), and even its remaining digits differ',
  },
  'match.reason.nik_differs': { id: 'NIK berbeda', en: 'NIK differs' },
  'match.reason.nik_missing': { id: 'NIK tidak tersedia di salah satu sisi', en: 'no usable NIK on one side' },
  // Name comparison
  'match.reason.name_equal': { id: 'nama sama', en: 'names equal' },
  'match.reason.name_equal_normalized': {
    id: 'nama sama setelah normalisasi ("{roster}" / "{bpjs}")',
    en: 'names equal after normalization ("{roster}" / "{bpjs}")',
  },
  'match.reason.name_titles_removed': {
    id: "nama sama setelah gelar '{titles}' dihapus",
    en: "names equal after removing title '{titles}'",
  },
  'match.reason.name_equal_except_weak': {
    id: 'nama sama kecuali {tokens} (gelar adat atau bin/binti)',
    en: 'names equal except {tokens} (legal title or bin/binti)',
  },
  'match.reason.name_initials': { id: 'nama cocok dengan singkatan/inisial ("{roster}" / "{bpjs}")', en: 'names agree with initials ("{roster}" / "{bpjs}")' },
  'match.reason.name_subset': { id: 'nama sama, tetapi satu sisi tanpa {tokens}', en: 'names agree, but one side lacks {tokens}' },
  'match.reason.name_cut': {
    id: 'nama BPJS terpotong di akhir ({bpjs} dari {roster})',
    en: 'the BPJS name is cut off at the end ({bpjs} of {roster})',
  },
  'match.reason.name_joined': {
    id: 'nama sama, ditulis terpisah di satu sisi dan digabung di sisi lain ({roster} / {bpjs})',
    en: 'same name written apart on one side and joined on the other ({roster} / {bpjs})',
  },
  'match.reason.name_typo': { id: 'nama berbeda 1 huruf ({roster} / {bpjs})', en: 'names differ by a typo ({roster} / {bpjs})' },
  'match.reason.name_partial': { id: 'nama hanya sama pada {tokens}', en: 'names share only {tokens}' },
  'match.reason.name_differs': { id: 'nama berbeda ("{roster}" / "{bpjs}")', en: 'names differ ("{roster}" / "{bpjs}")' },
  'match.reason.name_missing': { id: 'nama kosong di salah satu sisi', en: 'name missing on one side' },
  'match.reason.name_common': {
    id: 'nama umum ({count} baris di daftar), bobotnya dikurangi',
    en: 'common name ({count} roster rows), weighed less',
  },
  'match.reason.name_words_common': {
    id: 'kata nama yang sama sering dipakai di daftar, bobotnya dikurangi',
    en: 'the shared name words are common on the rosters, weighed less',
  },
  // Birth date comparison
  'match.reason.dob_equal': { id: 'tanggal lahir sama', en: 'same birth date' },
  'match.reason.dob_equal_nik': {
    id: 'tanggal lahir sama dengan tanggal dalam NIK (bukti lemah)',
    en: 'birth date equals the date inside the NIK (weak evidence)',
  },
  'match.reason.dob_swapped': {
    id: 'tanggal lahir: hari dan bulan tertukar ({roster} / {bpjs})',
    en: 'birth date: day and month swapped ({roster} / {bpjs})',
  },
  'match.reason.dob_one_digit': { id: 'tanggal lahir berbeda 1 digit ({roster} / {bpjs})', en: 'birth date differs in one digit ({roster} / {bpjs})' },
  'match.reason.dob_year_off': { id: 'tanggal lahir beda tahun ({roster} / {bpjs})', en: 'birth date: different year ({roster} / {bpjs})' },
  'match.reason.dob_differs': { id: 'tanggal lahir berbeda ({roster} / {bpjs})', en: 'birth dates differ ({roster} / {bpjs})' },
  'match.reason.dob_missing': { id: 'tanggal lahir tidak tersedia di salah satu sisi', en: 'birth date missing on one side' },
  'match.reason.dob_common': {
    id: 'tanggal lahir umum ({count} baris di daftar), bobotnya dikurangi',
    en: 'common birth date ({count} roster rows), weighed less',
  },
  // Other comparisons
  'match.reason.sex_differs': { id: 'jenis kelamin berbeda', en: 'sex differs' },
  'match.reason.kpj_equal': { id: 'nomor KPJ sama', en: 'same KPJ number' },
  'match.reason.kpj_differs': { id: 'nomor KPJ berbeda', en: 'KPJ number differs' },
  // Decisions
  'match.reason.manual_accept': {
    id: 'dipasangkan sesuai keputusan peninjauan manual (berkas --decisions)',
    en: 'matched by a manual review decision (--decisions file)',
  },
  'match.reason.status_inactive': { id: 'status kepesertaan BPJS: nonaktif', en: 'BPJS membership status: inactive' },
  'match.reason.status_inactive_word': { id: 'status kepesertaan BPJS: nonaktif ({status})', en: 'BPJS membership status: inactive ({status})' },
  'match.reason.below_accept': {
    id: 'skor {score} di bawah ambang terima otomatis {threshold}',
    en: 'score {score} is below the auto-accept threshold {threshold}',
  },
  'match.reason.not_confirmed': {
    id: 'NIK/nama/tanggal lahir tidak cukup saling menguatkan untuk diterima otomatis',
    en: 'NIK, name and birth date do not confirm each other enough to accept automatically',
  },
  'match.reason.exact_name_rival': {
    id: 'NIK sama tetapi nama hanya mirip, sedangkan peserta lain bernama persis sama, lahir di hari yang sama, dengan NIK beda satu digit (NIK saudara kembar?): periksa NIK mana milik orang ini',
    en: "the same NIK but a name only close, while another participant has the exact name, the same birth date and a NIK one digit apart (a twin's NIK?): check which NIK is this person's",
  },
  'match.reason.rounding_tie': {
    id: 'NIK ini mungkin NIK Papua yang terbulatkan dari NIK kandidat lain (selisih 1), jadi NIK tidak membedakan keduanya dan data lain belum cukup',
    en: "this NIK may be a Papua NIK rounded from another candidate's (1 apart), so the NIK cannot tell them apart and the rest does not decide",
  },
  'match.reason.ambiguous': {
    id: 'kandidat lain hampir sama kuat (selisih skor {margin}, minimal {required})',
    en: 'another candidate is nearly as strong (score margin {margin}, needs {required})',
  },
  'match.reason.ambiguous_decided': {
    id: 'peserta BPJS lain yang sudah diputuskan dalam verifikasi (ditolak untuk baris ini, atau dipasangkan dengan baris lain) hampir sama kuat (selisih skor {margin}, minimal {required}): nama dan tanggal lahir saja tidak menunjukkan siapa orangnya; terima kandidat ini lewat rekon review bila memang orangnya',
    en: 'another participant a review decision settled (rejected for this row, or matched to another row) is nearly as strong (score margin {margin}, needs {required}): the name and birth date alone do not tell who this is; accept this candidate in rekon review if it is the person',
  },
  'match.reason.no_candidate': { id: 'tidak ditemukan di data BPJS', en: 'not found in the BPJS data' },
  'match.problem.bpjs_deceased': {
    id: 'BPJS mencatat peserta yang cocok dengan baris ini meninggal ("{status}", {ref}): orang yang sudah meninggal masih di daftar, atau pasangan ini keliru — periksa dengan OPD atau kantor cabang BPJS; tidak dihitung dalam biaya mengaktifkan kembali',
    en: 'BPJS records the participant matched to this row as deceased ("{status}", {ref}): a dead person still on the roster, or the wrong match — check with the agency or the BPJS branch office; not counted in the cost to reactivate',
  },
  'match.reason.nik_held_by_other': {
    id: 'NIK ini terdaftar di BPJS atas orang lain (baris BPJS {ref}: nama dan tanggal lahir lain): periksa NIK di daftar atau di BPJS',
    en: 'this NIK is registered in BPJS to another person (BPJS row {ref}: another name and birth date): check the NIK on the roster or at BPJS',
  },
  'match.reason.candidates_rejected': {
    id: 'kandidat di data BPJS ditolak oleh keputusan verifikasi (--decisions); tidak ada kandidat lain',
    en: 'the candidates in the BPJS data were rejected by a review decision (--decisions); no other candidate',
  },
  'match.reason.candidate_taken': {
    id: 'kandidat terbaik sudah dipasangkan dengan baris {ref}',
    en: 'the best candidate was matched to row {ref}',
  },
  'match.reason.duplicate_nik': { id: 'orang yang sama dengan baris {ref} (NIK sama)', en: 'same person as row {ref} (same NIK)' },
  'match.reason.duplicate_name_date': {
    id: 'orang yang sama dengan baris {ref} (tanpa NIK; nama, tanggal lahir dan instansi sama)',
    en: 'same person as row {ref} (no NIK; same name, birth date and agency)',
  },
  'match.reason.duplicate_name_date_nik': {
    id: 'orang yang sama dengan baris {ref} (nama dan tanggal lahir sama; tanggal dalam NIK cocok)',
    en: 'same person as row {ref} (same name and birth date; the date inside the NIK agrees)',
  },
  'match.reason.own_registration_not_duplicate': {
    id: 'bukan salinan baris {ref} (nama dan tanggal lahir sama, NIK beda satu digit): BPJS mencatat NIK ini sebagai kepesertaan sendiri',
    en: 'not a copy of row {ref} (same name and birth date, NIKs one digit apart): BPJS holds this NIK as a registration of its own',
  },
  'match.reason.name_spelling': {
    id: 'mungkin satu nama dengan ejaan berbeda ({roster} / {bpjs})',
    en: 'possibly one name spelt two ways ({roster} / {bpjs})',
  },
  'match.reason.namesake_second_registration': {
    id: 'mungkin orang yang sama dengan baris {ref} (nama dan tanggal lahir sama, baris itu ber-NIK), tetapi BPJS mencatat peserta lain bernama sama yang lahir pada hari itu: periksa yang mana orang ini',
    en: 'may be the same person as row {ref} (same name and birth date, that row with a NIK), but BPJS registers another participant of that name born that day: check which one this is',
  },
  'match.reason.own_registration_namesake': {
    id: 'bukan salinan baris {ref} (nama dan tanggal lahir sama, baris itu tanpa NIK): BPJS mencatat NIK ini sebagai kepesertaan tersendiri, dan ada peserta lain bernama sama yang lahir pada hari itu',
    en: 'not a copy of row {ref} (same name and birth date, that row without a NIK): BPJS holds this NIK as a registration of its own, and another participant of that name born that day',
  },
  'match.reason.duplicate_near_nik': {
    id: 'orang yang sama dengan baris {ref} (nama dan tanggal lahir sama; NIK beda satu salah ketik atau terpotong Excel)',
    en: 'same person as row {ref} (same name and birth date; the NIKs differ by one typo or an Excel cut)',
  },
  'match.reason.duplicate_same_match': {
    id: 'orang yang sama dengan baris {ref} (keduanya cocok dengan peserta BPJS yang sama)',
    en: 'same person as row {ref} (both match the same BPJS participant)',
  },
  'match.reason.other_registration': {
    id: 'peserta ini juga terdaftar di baris BPJS {ref} (NIK sama, status {status}); yang dipakai: aktif atau terbaru',
    en: 'this participant is also registered at BPJS row {ref} (same NIK, status {status}); the active or latest one is used',
  },
  'match.reason.other_registrations_more': {
    id: 'dan {count} pendaftaran lain dengan NIK yang sama',
    en: 'and {count} more registrations with the same NIK',
    en_one: 'and {count} more registration with the same NIK',
  },
  'match.reason.duplicate_dob_differs': {
    id: 'tanggal lahir {date} berbeda dengan baris {ref} ({kept_date}): dianggap satu orang dengan tanggal salah ketik; periksa mana yang benar',
    en: 'birth date {date} differs from row {ref} ({kept_date}): taken as one person with a mistyped date; check which is right',
  },
  'match.reason.duplicate_dob_differs_nik_kept': {
    id: 'tanggal lahir {date} berbeda dengan baris {ref} ({kept_date}), yang tanggalnya tertera di NIK: dianggap satu orang dengan tanggal salah ketik; bila dua orang, baris ini memakai NIK orang lain',
    en: "birth date {date} differs from row {ref} ({kept_date}), whose date the NIK encodes: taken as one person with a mistyped date; if they are two people, this row carries the other's NIK",
  },
  'match.reason.duplicate_dob_differs_nik_own': {
    id: 'tanggal lahir {date} berbeda dengan baris {ref} ({kept_date}); NIK memuat tanggal baris ini: dianggap satu orang dengan tanggal salah ketik; bila dua orang, baris {ref} memakai NIK orang lain',
    en: "birth date {date} differs from row {ref} ({kept_date}); the NIK encodes this row's: taken as one person with a mistyped date; if they are two people, row {ref} carries the other's NIK",
  },
  'match.reason.nik_shared': {
    id: 'NIK sama dengan baris {ref} tetapi namanya lain: periksa NIK',
    en: 'same NIK as row {ref} but a different name: check the NIK',
  },
  'match.reason.nik_shared_birth_date': {
    id: 'NIK sama dengan baris {ref} dan namanya mirip, tetapi tanggal lahirnya terpaut bertahun-tahun dan NIK itu hanya cocok dengan salah satunya: dua orang, periksa NIK',
    en: 'same NIK and a similar name as row {ref}, but birth dates years apart and the NIK fits only one of them: two people, check the NIK',
  },
  // Run notes
  'match.note.bpjs_no_status': {
    id: 'sebagian data BPJS tanpa status yang dikenali (tidak ada kolom status, sel kosong, atau nilai lain); peserta yang cocok tanpa status dianggap aktif',
    en: 'some BPJS records have no status rekon knows (no status column, an empty cell, or another value); matched participants without one are treated as active',
  },
  'match.note.block_skipped': {
    id: 'aturan blok {rule}: {count} pencarian dilewati karena blok lebih dari {max} baris (mis. nama/tanggal yang sangat umum)',
    en: 'blocking rule {rule}: {count} look-ups skipped because the block has more than {max} rows (e.g. a very common name or date)',
    en_one: 'blocking rule {rule}: {count} look-up skipped because the block has more than {max} rows (e.g. a very common name or date)',
  },
} as const satisfies Catalog;
