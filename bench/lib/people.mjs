// Synthetic people for rekon's benchmarks: a seeded PRNG, a generator of realistic Indonesian
// honorer workers, their two views (agency roster row, BPJS export row) and the known truth.
//
// Everything here is invented. NIKs are built from real-looking region codes with made-up
// serials (DOMAIN.md §1.1: PPKKCC + DD(+40 women) + MM + YY + SSSS); names come from lists of
// common given and family names written for this file. No Math.random: the same seed gives the
// same files byte for byte.

/** Bumped whenever the output for a given seed changes (cached worlds in bench/out/ are then rebuilt). */
export const GENERATOR_VERSION = 2;

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for test data, and seedable. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  /** Integer in [min, max] inclusive. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick(arr) {
    return arr[Math.floor(this.next() * arr.length)];
  }
  chance(p) {
    return p > 0 && this.next() < p;
  }
  /** Pick from [[weight, value], ...]. */
  weighted(pairs) {
    let total = 0;
    for (const [w] of pairs) total += w;
    let r = this.next() * total;
    for (const [w, v] of pairs) {
      r -= w;
      if (r < 0) return v;
    }
    return pairs[pairs.length - 1][1];
  }
  shuffle(arr) {
    for (let i = arr.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = arr[i];
      arr[i] = arr[j];
      arr[j] = t;
    }
    return arr;
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary (written for this file; common Indonesian names, no real persons intended)

export const MALE_GIVEN = [
  'AGUS', 'BAMBANG', 'BUDI', 'DEDI', 'DENI', 'EKO', 'FAJAR', 'HENDRA', 'IWAN', 'JOKO', 'SUPRIYADI',
  'SUGENG', 'SLAMET', 'WAHYU', 'YUSUF', 'RIZKI', 'ARIF', 'ADI', 'AHMAD', 'ANDI', 'ASEP', 'DADANG',
  'DIDIK', 'HERU', 'IMAM', 'KHAIRUL', 'PUJI', 'RAHMAT', 'RUDI', 'SAIFUL', 'SYAHRIAL', 'TEGUH',
  'TONI', 'UJANG', 'YAYAN', 'YOGA', 'CAHYO', 'SUKARNO', 'SURYA', 'SUSILO', 'HARYANTO', 'SUTRISNO',
  'PURNOMO', 'SUHARTO', 'JUNAIDI', 'SYAMSUL', 'KHOIRUL', 'YUDI', 'JAJANG', 'CECEP', 'SUNARYO',
  'SUYANTO', 'SUWARNO', 'TRI', 'DWI', 'YOSEF', 'HASAN', 'HUSEIN', 'ILHAM', 'IRFAN', 'LUKMAN',
  'MULYADI', 'NANANG', 'NURDIN', 'RUSDI', 'SAMSUDIN', 'SYAIFUDIN', 'TAUFIK', 'WAWAN', 'YUSRIL',
  'ZAINAL', 'ABDUL', 'ACHMAD', 'BAGUS', 'DANANG', 'GILANG', 'HARIS', 'JAYA', 'KUSNADI', 'MARJUKI',
  'PAIMAN', 'RIYANTO', 'SUPARMAN', 'TUGIMAN', 'UCUP', 'YANTO', 'ROY', 'FERRY', 'HOTMAN', 'JUNI',
];
export const FEMALE_GIVEN = [
  'SITI', 'SRI', 'DEWI', 'RINA', 'ENDANG', 'YULI', 'YUNI', 'WAHYUNI', 'LESTARI', 'RATNA', 'NOVI',
  'FITRI', 'INDAH', 'AYU', 'PUTRI', 'DIAN', 'EKA', 'LINDA', 'MAYA', 'NINING', 'RIKA', 'SUSI',
  'TITIN', 'UMI', 'YANTI', 'YUSNIDAR', 'CAHAYA', 'SYARIFAH', 'KHADIJAH', 'AMINAH', 'FATIMAH',
  'NURUL', 'RAHMAWATI', 'KURNIASIH', 'SETIAWATI', 'HANDAYANI', 'JUJUN', 'YAYAH', 'CUCU', 'NENG',
  'ERNA', 'ETI', 'HERLINA', 'IIS', 'KARTIKA', 'LILIS', 'MARYAM', 'MULYANI', 'NUNUNG', 'PURWATI',
  'RATIH', 'ROSITA', 'SUMARNI', 'SUPARTI', 'SURYANI', 'TUTIK', 'WATI', 'WIDYA', 'YUYUN', 'ZAHRA',
  'ANISA', 'DINDA', 'FEBRI', 'JUWITA', 'JUNIARTI', 'SULASTRI', 'SUKARSIH', 'NYAI', 'KHOTIMAH',
];
export const SECOND_NAMES_F = [
  'AMINAH', 'LESTARI', 'WAHYUNI', 'RAHAYU', 'SARI', 'PERMATA', 'NURHAYATI', 'KURNIA', 'PRATIWI',
  'UTAMI', 'ASTUTI', 'SUSANTI', 'PURNAMA', 'SUKMA', 'ANGGRAINI', 'SETYAWATI', 'JUWITA', 'CAHYANI',
  'YULIANA', 'SYAFITRI', 'KHOIRUNNISA', 'PUSPITA',
];
export const SECOND_NAMES_M = [
  'RAMADHAN', 'HIDAYAT', 'SETIADI', 'YULIANTO', 'SURYADI', 'SUPRAPTO', 'JUNAEDI', 'CAHYADI',
  'SYAHRONI', 'KHOLIL', 'NYOTO', 'SUJARWO', 'JAYADI', 'YUSRON', 'MAULANA', 'FIRMANSYAH', 'HERMAWAN',
  'WIDODO', 'SUTEJO', 'PURNAMA', 'KURNIA', 'SAPUTRO',
];
export const FAMILY_NAMES = [
  'SETIAWAN', 'SAPUTRA', 'PRATAMA', 'HIDAYAT', 'NUGROHO', 'WIBOWO', 'KURNIAWAN', 'HARAHAP',
  'NASUTION', 'SIREGAR', 'SIMANJUNTAK', 'SITUMORANG', 'LUBIS', 'SIHOMBING', 'PANJAITAN', 'TAMBUNAN',
  'WIJAYA', 'GUNAWAN', 'SANTOSO', 'SUSANTO', 'PURBA', 'GINTING', 'TARIGAN', 'HUTAPEA', 'MANURUNG',
  'RAHMAN', 'HAKIM', 'SYAHPUTRA', 'HASIBUAN', 'PRASETYO', 'SUJATMIKO', 'HARJONO', 'SUKIRNO',
  'CAHYONO', 'JUWONO', 'SUYONO', 'HANDOKO', 'YULIANTO', 'SUHENDRA', 'SURYANA', 'MULYANA', 'SOPIAN',
  'RUSTANDI', 'HERMANTO', 'SYAHRIR', 'KHAIRUDDIN', 'PANGARIBUAN', 'SINAGA', 'SEMBIRING', 'PANE',
  'MANALU', 'SIAHAAN', 'BATUBARA', 'DAULAY', 'RANGKUTI', 'MARPAUNG', 'SARAGIH', 'DAMANIK',
  'PERMANA', 'KUSUMA', 'SETIADI', 'FIRDAUS', 'SYAFRUDIN', 'IRAWAN', 'HUTAGALUNG', 'SIMATUPANG',
  'NAINGGOLAN', 'SILALAHI', 'TAMPUBOLON', 'PASARIBU', 'MUNTHE', 'SITORUS', 'RAMBE', 'HARAHAP',
  'ROSYADI', 'MAHENDRA', 'SAPUTRO', 'ADRIANSYAH', 'FAUZI', 'HAMZAH', 'ISKANDAR', 'RUSLAN', 'ZULKARNAEN',
  'PAKPAHAN', 'SIBARANI', 'LATUCONSINA', 'WATTIMENA', 'PATTIASINA', 'MANOPPO', 'WOWOR', 'TAMBA',
];
// Javanese-style compound given names (SU + PRIYADI, TRI + YANTO, SRI + LESTARI …): without them a
// million people share too few names, and blocks of namesakes grow far beyond what real rosters show.
const COMPOUND_PREFIX_M = ['SU', 'SUR', 'TRI', 'DWI', 'PUR', 'WAR', 'HAR', 'SUD', 'MUL', 'SET', 'RI', 'SUG', 'SUP', 'SUM', 'SUT', 'SAR', 'KUS', 'JUM', 'PAR', 'WIJ'];
const COMPOUND_ROOT_M = ['YANTO', 'YADI', 'PRIYADI', 'WARNO', 'TRISNO', 'HARTO', 'MARNO', 'PARMAN', 'WANTO', 'SONO', 'JONO', 'MANTO', 'DIONO', 'NANTO', 'ROSO', 'TOYO', 'MADI', 'RIADI', 'ANTO', 'IMAN', 'ARNO', 'ADI', 'YONO', 'HADI'];
const COMPOUND_PREFIX_F = ['SU', 'SRI', 'NUR', 'TRI', 'DWI', 'PUR', 'WAR', 'SUM', 'SUR', 'SUL', 'KUS', 'MUL', 'RAT', 'YUS', 'SIT'];
const COMPOUND_ROOT_F = ['MARNI', 'LASTRI', 'YATI', 'WATI', 'HARTINI', 'RYANI', 'MIATI', 'ARTI', 'INAH', 'ANI', 'ASIH', 'AYU', 'LESTARI', 'WIDARTI', 'NINGSIH', 'YANI', 'RINI', 'ATUN', 'IYAH', 'ENI'];
export const COMPOUND_SHARE = 0.4;

function givenName(rng, sex, compoundShare = COMPOUND_SHARE) {
  if (rng.chance(compoundShare)) {
    return sex === 'F' ? rng.pick(COMPOUND_PREFIX_F) + rng.pick(COMPOUND_ROOT_F) : rng.pick(COMPOUND_PREFIX_M) + rng.pick(COMPOUND_ROOT_M);
  }
  return rng.pick(sex === 'F' ? FEMALE_GIVEN : MALE_GIVEN);
}

const BALI_ORDER_M = ['I MADE', 'I WAYAN', 'I KETUT', 'I NYOMAN', 'I GEDE', 'I PUTU', 'I KOMANG'];
const BALI_ORDER_F = ['NI MADE', 'NI WAYAN', 'NI KETUT', 'NI NYOMAN', 'NI LUH', 'NI PUTU', 'NI KOMANG'];
const BALI_GIVEN_M = ['SUARDANA', 'ARIASA', 'SUDARMA', 'WIRAWAN', 'SUDIARTA', 'YASA', 'ARTAWAN', 'SUKADANA', 'ADNYANA', 'MERTAYASA', 'SUWITRA', 'DARMAWAN', 'KARIASA', 'SUARTANA', 'WIDIANA', 'ARSANA', 'SUPARTA', 'GUNAWAN', 'SANJAYA', 'PARWATA', 'MAHENDRA', 'WIRATAMA'];
const BALI_GIVEN_F = ['ASTITI', 'SURYANI', 'JAYANTI', 'SRIASIH', 'ARIANI', 'SUDIANI', 'WIDIASTUTI', 'SUCIPTA', 'PURNAMI', 'ARTINI', 'SUARTINI', 'KARIANI', 'DEWI ANGGRENI', 'MAHARANI', 'SUWARNI', 'ANTARI', 'WARDANI', 'SETIAWATI', 'YULIANTARI', 'PRATIWI'];

export const BIRTH_PLACES = [
  'Klaten', 'Bandung', 'Surabaya', 'Medan', 'Semarang', 'Jakarta', 'Sukamaju', 'Bogor', 'Garut',
  'Tasikmalaya', 'Makassar', 'Padang', 'Denpasar', 'Jayapura', 'Cirebon', 'Kudus', 'Malang',
  'Kediri', 'Palembang', 'Pekanbaru', 'Pematangsiantar', 'Tegal', 'Purwokerto', 'Sumedang',
];

/**
 * Real-looking PPKKCC region prefixes (province, regency, district). Historical codes are kept
 * on purpose (DOMAIN.md §1.2): 9101xx Merauke was renumbered 93.01 in 2022, and 94/91 Papua NIKs
 * exceed 2^53 so they are the ones a float silently changes (§1.5).
 */
export const REGION_CODES = [
  '327301', '327302', '327305', '320101', '320405', '320503', '321101', '330101', '331001',
  '331012', '332101', '357801', '357305', '317101', '317404', '367101', '367102', '360301',
  '737101', '737104', '127101', '127105', '137101', '517101', '510301', '947101', '910101',
  '940101', '640101', '647201', '187101', '167101', '147101', '350101', '357201', '332901',
];

export const AGENCIES = [
  'DINAS PENDIDIKAN', 'DINAS KESEHATAN', 'DINAS LINGKUNGAN HIDUP', 'SATPOL PP', 'RSUD',
  'DINAS PERHUBUNGAN', 'BAPPEDA', 'SEKRETARIAT DAERAH', 'KECAMATAN UTARA', 'KECAMATAN SELATAN',
  'DINAS SOSIAL', 'DPMPTSP', 'BPBD', 'DINAS PEMADAM KEBAKARAN', 'DINAS PUPR', 'DINAS KOMINFO',
];
export const POSITIONS = [
  'Guru Honorer', 'Tenaga Kebersihan', 'Pengemudi', 'Petugas Keamanan', 'Operator Komputer',
  'Tenaga Administrasi', 'Perawat', 'Bidan', 'Anggota Satpol PP', 'Petugas Parkir', 'Staf Teknis',
  'Penjaga Sekolah', 'Tenaga Kesehatan', 'Pramu Kantor', 'Juru Ukur', 'Petugas Pemadam',
];
export const WAGES = [1000000, 1250000, 1500000, 1750000, 2000000, 2250000, 2500000, 2750000, 3000000, 3500000, 4000000];
export const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

const PREFIX_M = ['H.', 'Drs.', 'Ir.', 'dr.', 'Drs. H.', 'Bpk.'];
const PREFIX_F = ['Hj.', 'Dra.', 'dr.', 'Ns.', 'Ny.', 'Hj. Dra.'];
const SUFFIXES = ['S.Pd', 'S.Pd.I', 'S.E.', 'S.Kom', 'A.Md.', 'A.Md.Kep', 'S.Kep., Ns.', 'M.Pd', 'S.H.', 'SKM', 'S.Sos', 'S.T.', 'S.Ag', 'M.M.'];
const MUHAMMAD_VARIANTS = ['MUHAMAD', 'MOHAMMAD', 'MOHAMAD', 'MOCHAMMAD', 'MOCH.', 'MOH.', 'MUH.', 'M.', 'MHD.'];

// ---------------------------------------------------------------------------------------------
// Phenomena and their default rates (probability per roster row unless said otherwise)

export const DEFAULT_RATES = Object.freeze({
  // names (roster side; BPJS keeps the clean uppercase KTP name)
  title: 0.3, // "Hj. SITI AMINAH, S.Pd", "Drs. H. BAMBANG", "dr. …, Sp.A"
  titleCase: 0.15, // "Siti Aminah" instead of "SITI AMINAH"
  oldSpelling: 0.04, // roster DJ/J, OE/U, TJ/C, SJ/SY, CH/KH, NJ/NY, J/Y where BPJS has the new
  muhammadShare: 0.12, // share of men whose name starts with MUHAMMAD (canonical)
  muhammadVariant: 0.6, // of those, roster writes MOCH./M./MUHAMAD …
  droppedMiddle: 0.02, // roster drops a middle name (3+ token names)
  tokenSwap: 0.01, // roster swaps two tokens
  binBinti: 0.02, // roster adds "BIN/BINTI <father>"
  nameTypo: 0.02, // one-letter typo in the roster name
  // NIK (roster side; BPJS NIKs are Dukcapil-verified, DOMAIN.md §4.3)
  nikNoise: 0.04, // cleanable: leading apostrophe, spaces, trailing ".0"
  nikTypo: 0.008, // one digit substituted
  nikTransposition: 0.004, // two adjacent digits swapped
  excelDamage: 0.02, // 16th digit zeroed (written as 16 digits)
  excelSci: 0.003, // written as "3.67101E+15" (unrecoverable)
  nikMissing: 0.008,
  nipInNik: 0.002, // an 18-digit NIP typed in the NIK column
  nikDobDiffers: 0.01, // the NIK's date part is not the real birth date (§1.1) — both sides
  // birth date (roster side)
  dobSwap: 0.006, // day/month swapped (only when both ≤ 12)
  dobDigit: 0.006, // one digit off (day ±1 or year ±1)
  dobMissing: 0.005,
  // roster structure
  duplicate: 0.01, // the same person listed again, in another agency
  rosterKpj: 0.15, // registered people whose KPJ is also in the roster
  // BPJS side
  unregistered: 0.12, // workers with no BPJS record
  nonActive: 0.06, // registered participants with STATUS NON AKTIF
  wageUnderreported: 0.08, // BPJS UPAH below the roster honor
  // hard negatives
  sameName: 0.01, // a different BPJS-only person with the same name (other dob, other NIK)
  sameNameDob: 0.002, // … with the same name AND birth date (other NIK)
  twins: 0.002, // twin pair: same family name + dob + region, consecutive serials; one registered
  wrongRowNik: 0.001, // a row carries the NIK of the next row's person (both registered)
});

// ---------------------------------------------------------------------------------------------
// Small helpers

const pad2 = (n) => (n < 10 ? '0' + n : String(n));
const pad4 = (n) => String(n).padStart(4, '0');
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function daysIn(y, m) {
  return m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : DAYS_IN_MONTH[m - 1];
}
/** dd-mm-yyyy, the BPJS F2a style (DOMAIN.md §3.1). */
export const fmtDmy = (d, sep = '-') => pad2(d.d) + sep + pad2(d.m) + sep + d.y;
export const fmtIso = (d) => d.y + '-' + pad2(d.m) + '-' + pad2(d.d);

export function titleCase(s) {
  return s.toLowerCase().replace(/(^|[\s.'-])([a-z])/g, (_, p, c) => p + c.toUpperCase());
}

/** Rupiah with dot thousands: 2500000 → "2.500.000". */
export function dots(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
/** 2500000 → "2,500,000.00" (F2a amounts, DOMAIN.md §3.1). */
export function f2aAmount(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.00';
}

/** What Excel does to a 16-digit number: keeps 15 significant digits (DOMAIN.md §5). */
export function excelZero16(nik) {
  return nik.slice(0, 15) + '0';
}
/** What Excel's General format shows for a 16-digit number, e.g. "3.67101E+15". */
export function excelScientific(nik) {
  const [mant, exp] = Number(nik).toExponential(5).split('e');
  const m = mant.replace(/0+$/, '').replace(/\.$/, '');
  return m + 'E+' + exp.replace('+', '');
}

/** Mask a NIK for anything printed to a terminal (DOMAIN.md §6). */
export function maskNik(nik) {
  return nik.length === 16 ? nik.slice(0, 4) + '********' + nik.slice(12) : '*'.repeat(nik.length);
}

/** CSV field quoting (RFC 4180). */
export function csvField(v) {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r;]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
export function csvLine(fields, sep = ',') {
  let out = '';
  for (let i = 0; i < fields.length; i++) {
    if (i > 0) out += sep;
    out += csvField(fields[i]);
  }
  return out + '\n';
}

// ---------------------------------------------------------------------------------------------
// Old spellings (DOMAIN.md §4.1). We hold the modern (EYD) spelling as the truth and write the
// pre-reform form on the roster, walking the name once so that "J" from "DJ" is not re-mapped.

const OLD_SPELLING_RULES = [
  ['NY', 'NJ'], ['SY', 'SJ'], ['KH', 'CH'], ['C', 'TJ'], ['J', 'DJ'], ['Y', 'J'], ['U', 'OE'],
];
export function toOldSpelling(name, rng) {
  const enabled = OLD_SPELLING_RULES.filter(() => rng.next() < 0.7);
  if (enabled.length === 0) enabled.push(rng.pick(OLD_SPELLING_RULES));
  let out = '';
  for (let i = 0; i < name.length; ) {
    let hit = null;
    for (const rule of enabled) {
      if (name.startsWith(rule[0], i)) {
        hit = rule;
        break;
      }
    }
    if (hit) {
      out += hit[1];
      i += hit[0].length;
    } else {
      out += name[i];
      i += 1;
    }
  }
  return out;
}

function typo(name, rng) {
  const tokens = name.split(' ');
  const idx = tokens.map((t, i) => (t.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (idx.length === 0) return name;
  const ti = rng.pick(idx);
  const t = tokens[ti];
  const p = rng.int(1, t.length - 1);
  const letters = 'AEIOUNRSTLKMDGHBPY';
  const kind = rng.int(0, 2);
  let nt;
  if (kind === 0) {
    let c = rng.pick(letters);
    if (c === t[p]) c = c === 'A' ? 'E' : 'A';
    nt = t.slice(0, p) + c + t.slice(p + 1);
  } else if (kind === 1) nt = t.slice(0, p) + t.slice(p + 1);
  else nt = t.slice(0, p) + t[p] + t.slice(p);
  tokens[ti] = nt;
  return tokens.join(' ');
}

// ---------------------------------------------------------------------------------------------
// People

let personCounter = 0;

/**
 * A person's true identity. `serials` (a Map, one per world) keeps NIKs unique.
 * `like` lets hard negatives copy parts of another person (name, dob, family name, region).
 */
export function makePerson(rng, serials, like = {}) {
  const sex = like.sex ?? (rng.chance(0.5) ? 'F' : 'M');
  const y = like.dob?.y ?? rng.int(1966, 2004);
  const m = like.dob?.m ?? rng.int(1, 12);
  const d = like.dob?.d ?? rng.int(1, daysIn(y, m));
  const dob = { y, m, d };
  const name = like.name ?? makeName(rng, sex, like.family, like.rates?.muhammadShare);
  let regionIdx = like.regionIdx ?? rng.int(0, REGION_CODES.length - 1);
  // Hard negatives must carry a NIK that is plainly another person's (not a one-digit typo of it):
  // same-date people of one district get consecutive serials, so pick another district.
  if (like.notRegionIdx !== undefined && regionIdx === like.notRegionIdx) regionIdx = (regionIdx + 1 + rng.int(0, REGION_CODES.length - 2)) % REGION_CODES.length;
  // NIK's own date: usually the birth date; sometimes not (Dukcapil says it may differ, §1.1).
  let nd = dob;
  const nikDobDiffers = like.nikDob === undefined && rng.chance(like.rates?.nikDobDiffers ?? 0);
  if (like.nikDob) nd = like.nikDob;
  else if (nikDobDiffers) nd = { y: dob.y, m: dob.m === 12 ? 1 : dob.m + 1, d: Math.min(dob.d, 28) };
  const dd = sex === 'F' ? nd.d + 40 : nd.d;
  // Serials are handed out per (region, NIK date, sex) like a registry would: from a random start,
  // then consecutive — so twins registered together get consecutive serials. `serials` (a Map of
  // small integers, cheap for the GC) keeps NIKs unique within one world.
  const key = ((regionIdx * 72 + dd) * 13 + nd.m) * 100 + (nd.y % 100);
  let serial = serials.get(key);
  if (serial === undefined) serial = rng.int(1, 2000);
  if (serial > 9999) serial = 1; // 10k people on one date in one district: wrap (never in practice)
  serials.set(key, serial + 1);
  const nik = REGION_CODES[regionIdx] + pad2(dd) + pad2(nd.m) + pad2(nd.y % 100) + pad4(serial);
  return {
    id: ++personCounter,
    sex,
    dob,
    nikDob: nd,
    nikDobDiffers: nd.y !== dob.y || nd.m !== dob.m || nd.d !== dob.d,
    name,
    regionIdx,
    serial,
    nik,
    birthPlace: rng.pick(BIRTH_PLACES),
    agency: like.agency ?? rng.pick(AGENCIES),
    position: rng.pick(POSITIONS),
    wage: rng.pick(WAGES),
    kpj: null,
    memberSince: null,
  };
}

export function makeName(rng, sex, family, muhammadShare = DEFAULT_RATES.muhammadShare) {
  const second = sex === 'F' ? SECOND_NAMES_F : SECOND_NAMES_M;
  if (family) return givenName(rng, sex) + ' ' + family;
  if (sex === 'M' && rng.chance(muhammadShare)) return 'MUHAMMAD ' + givenName(rng, 'M') + (rng.chance(0.6) ? ' ' + rng.pick(FAMILY_NAMES) : '');
  const shape = rng.weighted([
    [8, 'mono'], [46, 'given_family'], [22, 'given_second'], [21, 'three'], [3, 'bali'],
  ]);
  switch (shape) {
    case 'mono':
      return givenName(rng, sex, 0.7);
    case 'given_family':
      return givenName(rng, sex) + ' ' + rng.pick(FAMILY_NAMES);
    case 'given_second': {
      const g = givenName(rng, sex);
      const s2 = rng.pick(second);
      return s2 === g ? g + ' ' + rng.pick(FAMILY_NAMES) : g + ' ' + s2;
    }
    case 'three':
      return givenName(rng, sex) + ' ' + rng.pick(second) + ' ' + rng.pick(FAMILY_NAMES);
    default:
      return rng.pick(sex === 'F' ? BALI_ORDER_F : BALI_ORDER_M) + ' ' + rng.pick(sex === 'F' ? BALI_GIVEN_F : BALI_GIVEN_M) + (rng.chance(0.4) ? ' ' + rng.pick(sex === 'F' ? BALI_GIVEN_F : BALI_GIVEN_M) : '');
  }
}

// ---------------------------------------------------------------------------------------------
// Views

export const ROSTER_HEADER = ['NO', 'NAMA', 'NIK', 'TEMPAT/TGL LAHIR', 'JENIS KELAMIN', 'OPD', 'JABATAN', 'GAJI/HONOR', 'KPJ'];
export const BPJS_HEADER = ['NO', 'KPJ', 'NIK', 'NAMA', 'TGL LAHIR', 'TGL KEPESERTAAN', 'UPAH', 'STATUS KEPESERTAAN'];

function rosterDate(rng, d) {
  const f = rng.weighted([[40, 'dmy'], [20, 'slash'], [10, 'iso'], [20, 'long'], [10, 'dot']]);
  switch (f) {
    case 'dmy':
      return fmtDmy(d);
    case 'slash':
      return fmtDmy(d, '/');
    case 'iso':
      return fmtIso(d);
    case 'long':
      return d.d + ' ' + MONTHS_ID[d.m - 1] + ' ' + d.y;
    default:
      return fmtDmy(d, '.');
  }
}

function rosterWage(rng, w) {
  const f = rng.weighted([[30, 'rp'], [40, 'plain'], [15, 'dots'], [10, 'rpdec'], [5, 'rpdash']]);
  switch (f) {
    case 'rp':
      return 'Rp ' + dots(w);
    case 'plain':
      return String(w);
    case 'dots':
      return dots(w);
    case 'rpdec':
      return 'Rp' + dots(w) + ',00';
    default:
      return 'Rp. ' + dots(w) + ',-';
  }
}

function nipOf(p, rng) {
  // 18 digits: YYYYMMDD birth + YYYYMM TMT + sex (1/2) + 3-digit serial (DOMAIN.md §1.4)
  return p.dob.y + pad2(p.dob.m) + pad2(p.dob.d) + (p.dob.y + 22) + pad2(rng.int(1, 12)) + (p.sex === 'F' ? '2' : '1') + String(rng.int(1, 20)).padStart(3, '0');
}

/**
 * The roster's rendering of a person. Returns {fields, tags}; tags name the phenomena applied
 * (they go to the truth file). `nikOverride` writes another person's NIK (wrong-row hard negative).
 */
export function rosterView(rng, p, rates, opts = {}) {
  const tags = [];
  let name = p.name;
  // --- name phenomena (applied to the canonical uppercase name)
  if (name.startsWith('MUHAMMAD ') && rng.chance(rates.muhammadVariant)) {
    name = rng.pick(MUHAMMAD_VARIANTS) + name.slice('MUHAMMAD'.length);
    tags.push('muhammad_variant');
  }
  if (rng.chance(rates.oldSpelling)) {
    const old = toOldSpelling(name, rng);
    if (old !== name) {
      name = old;
      tags.push('old_spelling');
    }
  }
  const toks = name.split(' ');
  if (toks.length >= 3 && !name.startsWith('I ') && !name.startsWith('NI ') && rng.chance(rates.droppedMiddle)) {
    toks.splice(1, 1);
    name = toks.join(' ');
    tags.push('dropped_middle');
  } else if (toks.length >= 2 && rng.chance(rates.tokenSwap)) {
    const i = rng.int(0, toks.length - 2);
    [toks[i], toks[i + 1]] = [toks[i + 1], toks[i]];
    name = toks.join(' ');
    tags.push('token_swap');
  }
  if (rng.chance(rates.nameTypo)) {
    const t = typo(name, rng);
    if (t !== name) {
      name = t;
      tags.push('name_typo');
    }
  }
  if (rng.chance(rates.binBinti)) {
    name += (p.sex === 'F' ? ' BINTI ' : ' BIN ') + rng.pick(MALE_GIVEN);
    tags.push('bin_binti');
  }
  if (rng.chance(rates.titleCase)) name = titleCase(name);
  if (rng.chance(rates.title)) {
    const pre = rng.chance(0.45) ? rng.pick(p.sex === 'F' ? PREFIX_F : PREFIX_M) : null;
    let suf = pre === 'dr.' ? (rng.chance(0.5) ? 'Sp.A' : null) : rng.chance(0.8) ? rng.pick(SUFFIXES) : null;
    if (!pre && !suf) suf = rng.pick(SUFFIXES);
    name = (pre ? pre + ' ' : '') + name + (suf ? ', ' + suf : '');
    tags.push('title');
  }

  // --- NIK phenomena
  let nik = opts.nikOverride ?? p.nik;
  if (opts.nikOverride) tags.push('wrong_row_nik');
  const r = rng.next();
  let acc = 0;
  const pickNik = (rate) => {
    acc += rate;
    return r < acc;
  };
  if (opts.nikOverride || opts.cleanNik) {
    // wrong-row NIK: keep the other person's NIK verbatim; hard negatives: keep the evidence
    // that tells the two people apart (a roster row without a NIK could not be judged fairly)
  } else if (pickNik(rates.nikMissing)) {
    nik = rng.pick(['', '', '-', '0']);
    tags.push('nik_missing');
  } else if (pickNik(rates.nipInNik)) {
    nik = nipOf(p, rng);
    tags.push('nip_in_nik');
  } else if (pickNik(rates.excelSci)) {
    nik = excelScientific(p.nik);
    tags.push('nik_excel_sci');
  } else if (pickNik(rates.excelDamage)) {
    nik = excelZero16(p.nik);
    if (nik !== p.nik) tags.push('nik_excel_damaged');
  } else if (pickNik(rates.nikTypo)) {
    const i = rng.int(6, 15);
    let c = String(rng.int(0, 9));
    if (c === nik[i]) c = String((Number(c) + 1) % 10);
    nik = nik.slice(0, i) + c + nik.slice(i + 1);
    tags.push('nik_typo');
  } else if (pickNik(rates.nikTransposition)) {
    let i = rng.int(6, 14);
    for (let k = 0; k < 9 && nik[i] === nik[i + 1]; k++) i = 6 + ((i - 6 + 1) % 9);
    if (nik[i] !== nik[i + 1]) {
      nik = nik.slice(0, i) + nik[i + 1] + nik[i] + nik.slice(i + 2);
      tags.push('nik_transposition');
    }
  } else if (pickNik(rates.nikNoise)) {
    const f = rng.int(0, 2);
    nik = f === 0 ? "'" + nik : f === 1 ? nik.slice(0, 4) + ' ' + nik.slice(4, 8) + ' ' + nik.slice(8, 12) + ' ' + nik.slice(12) : nik + '.0';
    tags.push('nik_noise');
  }

  // --- birth date phenomena
  let dob = p.dob;
  let dobText;
  if (rng.chance(rates.dobMissing)) {
    dobText = '';
    tags.push('dob_missing');
  } else {
    if (rng.chance(rates.dobSwap) && dob.d <= 12 && dob.d !== dob.m) {
      dob = { y: dob.y, m: dob.d, d: dob.m };
      tags.push('dob_swapped');
    } else if (rng.chance(rates.dobDigit)) {
      dob = rng.chance(0.5) ? { ...dob, y: dob.y + (rng.chance(0.5) ? 1 : -1) } : { ...dob, d: dob.d === 1 ? 2 : dob.d - 1 };
      tags.push('dob_digit');
    }
    dobText = rosterDate(rng, dob);
  }
  const ttl = dobText === '' ? p.birthPlace : p.birthPlace + ', ' + dobText;

  const sex = rng.chance(0.05) ? (p.sex === 'F' ? 'PEREMPUAN' : 'LAKI-LAKI') : p.sex === 'F' ? 'P' : 'L';
  const kpj = p.kpj && rng.chance(rates.rosterKpj) ? p.kpj : '';
  return {
    fields: [null, name, nik, ttl, sex, opts.agency ?? p.agency, p.position, rosterWage(rng, p.wage), kpj],
    tags,
  };
}

/** The BPJS export's rendering: clean uppercase KTP name, true NIK, dd-mm-yyyy dates. */
export function bpjsView(rng, p, rates) {
  const tags = [];
  let upah = p.wage;
  if (p.wage > 1500000 && rng.chance(rates.wageUnderreported)) {
    upah = rng.pick([1000000, 1250000, p.wage - 500000]);
    tags.push('wage_underreported');
  }
  const active = !p.forceInactive && !rng.chance(rates.nonActive);
  if (!active) tags.push('non_active');
  return {
    fields: [null, p.kpj, p.nik, p.name, fmtDmy(p.dob), fmtDmy(p.memberSince), upah, active ? 'AKTIF' : 'NON AKTIF'],
    tags,
    active,
  };
}

// ---------------------------------------------------------------------------------------------
// The world, in chunks (so 1M rows per side stream to disk without holding everything)

let kpjCounter = 0;
function assignKpj(rng, p) {
  // 11 digits (DOMAIN.md §1.4); increasing with random gaps so they stay unique.
  kpjCounter += rng.int(1, 9);
  p.kpj = String(12000000000 + kpjCounter * 7);
  const y = rng.int(2019, 2025);
  const m = rng.int(1, 12);
  p.memberSince = { y, m, d: rng.int(1, daysIn(y, m)) };
}

/**
 * Generate roster and BPJS rows with known truth.
 * Yields chunks {roster: [{row, fields}], bpjs: [{row, fields}], truth: [...], bpjsOnly: [...]}.
 * Row numbers are what a spreadsheet shows for a CSV with one header line (first record = 2).
 */
export function* generateWorld({ rows, bpjsRows, seed, rates: rateOverrides = {}, chunkSize = 20000 }) {
  const rates = { ...DEFAULT_RATES, ...rateOverrides };
  const rng = new Rng(seed);
  const serials = new Map();
  personCounter = 0;
  kpjCounter = rng.int(0, 100000);
  let rosterRow = 2;
  let bpjsRow = 2;
  let leftR = rows;
  let leftB = bpjsRows ?? Math.round(rows * 1.1);

  while (leftR > 0) {
    const n = Math.min(chunkSize, leftR);
    const m = leftR === n ? leftB : Math.round((leftB * n) / leftR);
    leftR -= n;
    leftB -= m;

    // 1. plan roster slots: {person, dupOf?, nikOverride?, forceUnreg?}
    const slots = [];
    const originals = [];
    const hardNegBpjs = []; // BPJS-only people created as hard negatives
    const add = (s) => {
      slots.push(s);
      if (!s.dupOf) originals.push(s);
    };
    while (slots.length < n) {
      const room = n - slots.length;
      const r = rng.next();
      let acc = 0;
      if (originals.length > 0 && r < (acc += rates.duplicate)) {
        const orig = rng.pick(originals);
        let agency = rng.pick(AGENCIES);
        if (agency === orig.person.agency) agency = AGENCIES[(AGENCIES.indexOf(agency) + 1) % AGENCIES.length];
        slots.push({ person: orig.person, dupOf: orig, agency, tags: ['duplicate'] });
      } else if (room >= 2 && r < (acc += rates.twins)) {
        const a = makePerson(rng, serials, { family: rng.pick(FAMILY_NAMES), rates });
        const fam = a.name.split(' ').pop();
        const b = makePerson(rng, serials, { family: fam, sex: a.sex, dob: a.dob, nikDob: a.nikDob, regionIdx: a.regionIdx, agency: a.agency, rates });
        add({ person: a, forceReg: true, cleanNik: true, tags: ['twin'] });
        add({ person: b, forceUnreg: true, cleanNik: true, tags: ['twin', 'hard_negative'] });
      } else if (room >= 2 && r < (acc += rates.wrongRowNik)) {
        const a = makePerson(rng, serials, { rates });
        const b = makePerson(rng, serials, { agency: a.agency, rates });
        add({ person: a, forceReg: true, nikOverride: b.nik, tags: ['hard_negative'] });
        add({ person: b, forceReg: true, tags: [] });
      } else if (r < (acc += rates.sameNameDob)) {
        const a = makePerson(rng, serials, { rates });
        const b = makePerson(rng, serials, { name: a.name, sex: a.sex, dob: a.dob, notRegionIdx: a.regionIdx, rates });
        add({ person: a, forceUnreg: true, cleanNik: true, tags: ['same_name_dob', 'hard_negative'] });
        hardNegBpjs.push({ person: b, tags: ['same_name_dob', 'hard_negative'] });
      } else if (r < (acc += rates.sameName)) {
        const a = makePerson(rng, serials, { rates });
        const b = makePerson(rng, serials, { name: a.name, sex: a.sex, notRegionIdx: a.regionIdx, rates });
        add({ person: a, tags: ['same_name', 'hard_negative'] });
        hardNegBpjs.push({ person: b, tags: ['same_name', 'hard_negative'] });
      } else {
        add({ person: makePerson(rng, serials, { rates }), tags: [] });
      }
    }

    // 2. who is registered; fit the BPJS side to m rows
    let registered = 0;
    for (const s of originals) {
      s.registered = s.forceReg || (!s.forceUnreg && !rng.chance(rates.unregistered));
      if (s.registered) registered++;
    }
    for (let i = originals.length - 1; i >= 0 && registered > m; i--) {
      if (originals[i].registered) {
        originals[i].registered = false;
        registered--;
      }
    }
    while (registered + hardNegBpjs.length > m) hardNegBpjs.pop();
    const plainOnly = m - registered - hardNegBpjs.length;

    // 3. BPJS rows, shuffled (exports are not in roster order)
    const bpjsPeople = [];
    for (const s of originals) if (s.registered) bpjsPeople.push({ person: s.person, slot: s, tags: [] });
    for (const h of hardNegBpjs) bpjsPeople.push({ person: h.person, slot: null, tags: h.tags });
    for (let i = 0; i < plainOnly; i++) bpjsPeople.push({ person: makePerson(rng, serials, { rates }), slot: null, tags: [] });
    rng.shuffle(bpjsPeople);
    const bpjs = [];
    const bpjsOnly = [];
    for (const bp of bpjsPeople) {
      assignKpj(rng, bp.person);
      const v = bpjsView(rng, bp.person, rates);
      v.fields[0] = bpjsRow - 1;
      const row = bpjsRow++;
      bpjs.push({ row, fields: v.fields });
      if (bp.slot) {
        bp.slot.bpjsRow = row;
        bp.slot.bpjsTags = v.tags;
        bp.slot.active = v.active;
      } else bpjsOnly.push({ bpjs_row: row, tags: bp.tags.concat(v.tags) });
    }

    // 4. roster rows, in slot order
    const roster = [];
    const truth = [];
    for (const s of slots) {
      const v = rosterView(rng, s.person, rates, { agency: s.agency, nikOverride: s.nikOverride, cleanNik: s.cleanNik && !s.dupOf });
      v.fields[0] = rosterRow - 1;
      const row = rosterRow++;
      s.row = row;
      roster.push({ row, fields: v.fields });
      const base = s.dupOf ?? s;
      const tags = s.tags.concat(v.tags, base.bpjsTags ?? []);
      if (s.person.nikDobDiffers) tags.push('nik_dob_differs');
      const expected = s.dupOf ? 'duplicate' : !base.registered ? 'unregistered' : base.active ? 'registered' : 'inactive';
      truth.push({
        roster_row: row,
        bpjs_row: base.registered ? base.bpjsRow : null,
        dup_of: s.dupOf ? s.dupOf.row : null,
        person: s.person.id,
        expected,
        tags,
      });
    }
    yield { roster, bpjs, truth, bpjsOnly, rates };
  }
}
