/**
 * Word lists for name normalization (DOMAIN.md §4.2), uppercase and without dots: "S.Pd." is
 * listed as SPD. Kept apart from the algorithm in name.ts so they can grow without touching it.
 */

/**
 * Academic degrees (Permenristekdikti 63/2016 → 59/2018 Pasal 20 and older forms), professional
 * titles and foreign degrees seen in Indonesian rosters. Stripped wherever they stand after a
 * comma, and at the end of the name (see AMBIGUOUS_BARE_DEGREES).
 */
export const DEGREES: ReadonlySet<string> = new Set([
  // Diploma (Ahli Pratama/Muda/Madya), D4 (Sarjana Terapan), IPDN
  'AP', 'AM', 'AMA', 'AMAPD', 'AMPD', 'AMD', 'AMDKEP', 'AMDKEB', 'AMDKES', 'AMDFARM', 'AMDAK', 'AMDGIZI', 'AMDKOM',
  'AMDPAR', 'AMDT', 'AMDTEK', 'AMDKG', 'AMDRO', 'AMDKL', 'AMDAKT', 'AMDIP', 'AMDLAB', 'AMDFT', 'AMDTRO',
  'AMK', 'AMKEB', 'AMKEP', 'AMG', 'AMAK', 'AMF', 'AMFARM', 'AMKL', 'AMRO', 'AMTE',
  'STR', 'STRKEB', 'STRKEP', 'STRKES', 'STRPAR', 'STRT', 'STRAK', 'STRGIZ', 'STRIP', 'STRTRA', 'STRKOM', 'STRPI',
  'SST', 'SSTP', 'SSTPAR', 'STTP', 'SSTR',
  // Sarjana (S1)
  'SAG', 'SAK', 'SANT', 'SAP', 'SAB', 'SARS', 'SDS', 'SE', 'SEI', 'SEAK', 'SFARM', 'SFIL', 'SFT', 'SGZ', 'SGIZI',
  'SH', 'SHI', 'SHUM', 'SHUT', 'SIKOM', 'SIP', 'SIPUST', 'SIKOMP', 'SKED', 'SKEB', 'SKEP', 'SKG', 'SKH',
  'SKL', 'SKM', 'SKOM', 'SKPM', 'SKEL', 'SLING', 'SMAT', 'SP', 'SPAR', 'SPD', 'SPDI', 'SPDSD',
  'SPDK', 'SPDGR', 'SPI', 'SPSI', 'SPT', 'SPWK', 'SS', 'SSI', 'SSN', 'SSOS', 'SSOSI', 'SST', 'SSY', 'ST', 'STH',
  'STHI', 'STP', 'STRK', 'SSTAT', 'STEK', 'SKOMI', 'SSOSIO', 'SADM', 'SIKOMUN', 'SPSII',
  // Magister (S2)
  'MA', 'MAG', 'MAP', 'MAK', 'MARS', 'MBA', 'MBIOMED', 'MDS', 'ME', 'MEI', 'MENG', 'MFARM', 'MH', 'MHI', 'MHUM',
  'MIKOM', 'MIP', 'MKEB', 'MKEP', 'MKES', 'MKM', 'MKN', 'MKOM', 'MM', 'MMRS', 'MMKES', 'MP', 'MPA', 'MPD',
  'MPDI', 'MPH', 'MPSI', 'MPWK', 'MSC', 'MSI', 'MSIKOM', 'MSN', 'MSOS', 'MSTAT', 'MT', 'MTI', 'MTP', 'MTR',
  'MTRKEB', 'MKN', 'MAPS', 'MSE', 'MKOMP', 'MAGR', 'MKED', 'MBIOTECH',
  // Doctorate, professions, specialists, foreign
  'DR', 'DRS', 'DRA', 'DRG', 'DRH', 'PHD', 'PROF', 'IR', 'APT', 'AK', 'AKT', 'CA', 'CPA', 'NS', 'BD', 'LC', 'BA', 'BSC',
  'SPOG', 'SPA', 'SPB', 'SPPD', 'SPM', 'SPS', 'SPKK', 'SPTHT', 'SPJP', 'SPRAD', 'SPAN', 'SPKJ', 'SPOT', 'SPU',
  'SPBS', 'SPP', 'SPPK', 'SPKFR', 'SPMK', 'SPGK', 'SPJ', 'SPN', 'SPF', 'SPTHTKL', 'SPBEDAH', 'FINASIM', 'FISQUA',
  'CHT', 'CHRMP', 'CPHR', 'CIQAR', 'CIQNR', 'CMA', 'CFP',
]);

/**
 * Degrees that are also plausible name tokens ("MA" is a Chinese-Indonesian surname; "BA", "AMA",
 * "ME" occur as names or initials). At the end of a name they are stripped only when written
 * with a dot ("M.A.", "BA.") or after a comma, never when bare.
 */
export const AMBIGUOUS_BARE_DEGREES: ReadonlySet<string> = new Set([
  'MA', 'BA', 'AP', 'AM', 'AMA', 'ME', 'CA', 'AK', 'MAG', 'MEI', 'SPA', 'SPU',
  'SPJ', 'SPN', 'SPF', 'BD', 'LC', 'NS', 'IR', 'DR', 'PROF', 'DRA', 'SPP', 'MARS', 'SEI', 'SANT',
]);

/**
 * Honorifics and titles written before a name: religious (H./Haji, Hj./Hajjah, KH, Ustadz),
 * social (Bapak/Bpk, Ibu, Ny., Nn., Sdr./Sdri.), academic prefixes (Dr., dr., Drs., Dra., Ir.,
 * Prof., drg., drh., apt., Ns., Bd.), church titles (Pdt., Fr. Frater, Sr. Suster), "Alm." (deceased). Stripped from the start of the name and
 * wherever they stand after a comma. A bare "H" at the start is taken as Haji (see name.ts).
 */
export const PREFIX_TITLES: ReadonlySet<string> = new Set([
  'DR', 'DRS', 'DRA', 'DRG', 'DRH', 'IR', 'PROF', 'APT', 'NS', 'BD',
  'H', 'HJ', 'HJH', 'HAJI', 'HAJAH', 'HAJJAH', 'KH', 'KYAI', 'KIAI', 'USTADZ', 'USTAD', 'USTAZ', 'UST', 'USTADZAH', 'USTAZAH', 'USTDZ',
  'BPK', 'BAPAK', 'BP', 'IBU', 'BU', 'NY', 'NYONYA', 'NN', 'NONA', 'SDR', 'SDRI', 'SAUDARA', 'SAUDARI', 'TN', 'TUAN',
  'PDT', 'PENDETA', 'FR', 'FRATER', 'SR', 'SUSTER', 'ALM', 'ALMH', 'ALMARHUM', 'ALMARHUMAH',
]);

/** Honorifics that may also trail a name ("BUDI (ALM)"). */
export const TRAILING_HONORIFICS: ReadonlySet<string> = new Set(['ALM', 'ALMH', 'ALMARHUM', 'ALMARHUMAH']);

/**
 * Legal-name titles (DOMAIN.md §4.2: often part of the registered name, so kept as tokens but
 * weighed low). Matched as phrases at the start of the name, longest first, repeatedly
 * (so "ANDI DAENG …" marks both). Javanese (Raden), Acehnese (Teuku, Cut), Bugis/Makassar (Andi,
 * Daeng, Karaeng, Opu, Puang), Balinese (I/Ni, I Gusti, Anak Agung, Ida Bagus, Cokorda, Dewa,
 * Desak), Sasak (Lalu, Baiq), Banten (Tubagus), Minang (Sutan), Malay (Tengku).
 */
export const LEADING_WEAK_PHRASES: readonly (readonly string[])[] = [
  ['RADEN', 'MAS'], ['RADEN', 'AYU'], ['RADEN', 'AJENG'], ['RADEN', 'RORO'], ['RADEN', 'BAGUS'], ['RADEN'],
  ['R', 'A'], ['R', 'R'], ['R', 'M'], ['R', 'AJ'], ['R'], ['RA'], ['RR'], ['RM'], ['RAJ'],
  ['TEUKU'], ['T'], ['TGK'], ['TENGKU'], ['TUBAGUS'], ['TB'], ['CUT', 'NYAK'], ['CUT'],
  ['ANDI'], ['DAENG'], ['KARAENG'], ['OPU'], ['PUANG'], ['SUTAN'], ['LALU'], ['BAIQ'], ['BQ'],
  ['I', 'GUSTI', 'AYU'], ['I', 'GUSTI', 'NGURAH'], ['I', 'GUSTI', 'BAGUS'], ['I', 'GUSTI', 'AGUNG'], ['I', 'GUSTI', 'GEDE'], ['I', 'GUSTI'],
  ['GUSTI', 'AYU'], ['GUSTI', 'NGURAH'], ['GUSTI', 'BAGUS'], ['GUSTI', 'AGUNG'], ['GUSTI'],
  ['ANAK', 'AGUNG', 'AYU'], ['ANAK', 'AGUNG', 'NGURAH'], ['ANAK', 'AGUNG', 'GEDE'], ['ANAK', 'AGUNG', 'ISTRI'], ['ANAK', 'AGUNG'],
  ['A', 'A'], ['AA'], ['IDA', 'BAGUS'], ['IDA', 'AYU'], ['IB'], ['COKORDA'], ['TJOKORDA'], ['COK'],
  ['I', 'DEWA', 'AYU'], ['I', 'DEWA'], ['DEWA', 'AYU'], ['DESAK'], ['I'], ['NI'],
];

/** Titles that are weak wherever they stand (a Makassar "daeng" name often sits mid-name). */
export const WEAK_ANYWHERE: ReadonlySet<string> = new Set(['DAENG', 'KARAENG']);

/** Patronymic/alias markers: the marker and every token after it are weak ("SITI BINTI AHMAD"). */
export const WEAK_FROM_HERE: ReadonlySet<string> = new Set(['BIN', 'BINTI', 'BINTU', 'ALIAS', 'ALS']);

/**
 * The Muhammad family (DOMAIN.md §4.2) as written; compared through their keys, so spellings the
 * key already unifies (MOCHAMAD/MOKHAMAD, MOEHAMMAD) need no entry. A lone "M" counts only as
 * the first name token (see name.ts).
 */
export const MUHAMMAD_FORMS: readonly string[] = [
  'MUHAMMAD', 'MUHAMAD', 'MOHAMMAD', 'MOHAMAD', 'MOCHAMMAD', 'MOCHAMAD', 'MUCHAMMAD', 'MUCHAMAD', 'MUHAMMED',
  'MOHAMMED', 'MOHAMED', 'MUHAMED', 'MUHAMMAT', 'MUHAMAT', 'MOCHAMAT', 'MOHAMAT', 'MUCHAMAT', 'MOCHAMMAT',
  'MUHAMMADH', 'MUHD', 'MOHD', 'MOCH', 'MOH', 'MUH', 'MUCH', 'MHD', 'MHMD', 'MOHAMMAT', 'MUHAMMADUN',
];

/** Abbreviations whose key is the full form's (Permendagri 73/2022 names ABD. for ABDUL). */
export const ABBREVIATION_KEYS: ReadonlyMap<string, string> = new Map([['ABD', 'ABDUL']]);

/**
 * ABDUL written as pronounced before a sun letter, where Arabic assimilates the L
 * (ABDUR RAHMAN, ABDUS SALAM, ABDUN NASIR): the same word as ABDUL. Joined to the next name
 * (ABDURRAHMAN) the key folds it instead (name.ts, `nameKey`).
 */
export const ASSIMILATED_ABDUL: readonly string[] = ['ABDUR', 'ABDUS', 'ABDUSY', 'ABDUN', 'ABDUT', 'ABDUD', 'ABDUZ'];
