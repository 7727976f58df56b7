// Independent synthetic generator for probing rekon matching quality.
// Usage: node gen.mjs [--seed N] [--pos 7000] [--neg 2500] [--dup 500] [--bpjs-only 2500] [--dir DIR]
// Writes DIR/roster/*.csv, DIR/bpjs/bpjs.csv, DIR/truth.json. All people and NIKs are made up.
import fs from 'node:fs';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((a, x, i, arr) => { if (x.startsWith('--')) a.push([x.slice(2), arr[i + 1]]); return a; }, []));
const SEED = Number(args.seed ?? 12345);
const N_POS = Number(args.pos ?? 7000);
const N_NEG = Number(args.neg ?? 2500);
const N_DUP = Number(args['dup'] ?? 500);
const N_BPJS_ONLY = Number(args['bpjs-only'] ?? 2500);
const DIR = args.dir ?? 'bench/out/probe/data';

// ---------- PRNG ----------
function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
const rnd = mulberry32(SEED);
const ri = (n) => Math.floor(rnd() * n);
const pick = (arr) => arr[ri(arr.length)];
const chance = (p) => rnd() < p;
// Zipf-ish pick: earlier items more common
const zpick = (arr, s = 0.8) => { const w = arr.map((_, i) => 1 / Math.pow(i + 1, s)); const tot = w.reduce((a, b) => a + b, 0); let r = rnd() * tot; for (let i = 0; i < arr.length; i++) { r -= w[i]; if (r <= 0) return arr[i]; } return arr[arr.length - 1]; };
function wpick(obj) { const ents = Object.entries(obj); const tot = ents.reduce((a, [, w]) => a + w, 0); let r = rnd() * tot; for (const [k, w] of ents) { r -= w; if (r <= 0) return k; } return ents[ents.length - 1][0]; }
const shuffle = (a) => { for (let i = a.length - 1; i > 0; i--) { const j = ri(i + 1); [a[i], a[j]] = [a[j], a[i]]; } return a; };

// ---------- name pools (modern spelling, uppercase) ----------
const MALE1 = ['AGUS', 'BUDI', 'EKO', 'DEDI', 'RUDI', 'JOKO', 'SLAMET', 'BAMBANG', 'HERU', 'ANDI', 'RIZKI', 'FAJAR', 'ARIF', 'YUSUF', 'SYAHRUL', 'CAHYO', 'ASEP', 'UJANG', 'DADANG', 'YAYAN', 'WAHYU', 'TEGUH', 'SUSILO', 'HENDRA', 'IRFAN', 'KHAIRUL', 'SURYADI', 'SUPRIYADI', 'JUNAEDI', 'SUGENG', 'YUDI', 'HARYANTO', 'SUHARTO', 'SUKARNO', 'TAUFIK', 'RAMADHAN', 'FATHUR', 'HASAN', 'HUSEN', 'ILHAM', 'IMAM', 'KURNIA', 'LUKMAN', 'MULYADI', 'NANANG', 'PURWANTO', 'ROHMAN', 'SAIFUL', 'TRI', 'UMAR', 'WAWAN', 'YOGI', 'ZAINAL', 'DARMAWAN', 'GUNAWAN', 'HIDAYAT', 'JAJANG', 'SUJONO', 'TUKIMAN', 'SUPARMAN', 'CECEP', 'ACHMAD', 'AHMAD', 'DWI', 'BAYU', 'PUTRA', 'RIYAN', 'DENI', 'HARIS', 'SYAMSUL', 'NYOMAN', 'WAYAN', 'KETUT'];
const FEM1 = ['SITI', 'SRI', 'DEWI', 'NUR', 'RINA', 'YULI', 'ENDANG', 'WATI', 'LESTARI', 'NINING', 'YUYUN', 'ANI', 'TUTI', 'KHADIJAH', 'FATIMAH', 'NURUL', 'AISYAH', 'INDAH', 'RATNA', 'DIAN', 'FITRI', 'RIZKA', 'PUTRI', 'SUSI', 'YANTI', 'JUJUK', 'CICIH', 'CUCU', 'NYAI', 'SYARIFAH', 'UMI', 'WULAN', 'YUNITA', 'EVI', 'HERLINA', 'IKA', 'JUMIATI', 'KARTIKA', 'LILIS', 'MARYAM', 'NOVI', 'PUJI', 'RAHMAWATI', 'SUMARNI', 'TITIN', 'UCI', 'WIDYA', 'YAYU', 'ERNA', 'DWI', 'TRI', 'ANISA', 'MEGA', 'SUCI'];
const SECOND = ['SANTOSO', 'SETIAWAN', 'HIDAYAT', 'SAPUTRA', 'PRATAMA', 'WIBOWO', 'KURNIAWAN', 'NURHAYATI', 'AMINAH', 'RAHAYU', 'LESTARI', 'HASANUDDIN', 'SUGIHARTO', 'SUTRISNO', 'PURNOMO', 'HARAHAP', 'SIREGAR', 'NASUTION', 'LUBIS', 'SIHOMBING', 'SIMANJUNTAK', 'RAHMAN', 'HAKIM', 'WAHYUNI', 'SURYANA', 'PERMANA', 'HERMAWAN', 'SUSANTI', 'HANDAYANI', 'KUSUMA', 'WIJAYA', 'PRASETYO', 'NUGROHO', 'SETYAWATI', 'SUHENDRA', 'YULIANTI', 'JUNAIDI', 'CAHYONO', 'SYAHPUTRA', 'KHOLIK', 'MULYANA', 'RUSDI', 'SUJATMIKO', 'TJAHJONO', 'WULANDARI', 'FAUZI', 'RIDWAN', 'SYAFII', 'MAULANA', 'RAMADHANI', 'FIRDAUS', 'HUSNA', 'FAUZIAH', 'ANWAR', 'EFENDI', 'ISKANDAR', 'JAYADI', 'MARPAUNG', 'GINTING', 'TAMBUNAN', 'BUTAR BUTAR', 'PANJAITAN', 'SAFITRI', 'MAHMUD', 'YUSUF', 'SUPRIATNA', 'SUHERMAN', 'KARTINI', 'MARYATI', 'SUKMAWATI', 'ROHAYATI', 'JUWITA', 'UTAMI', 'PURNAMASARI', 'AULIA', 'NURJANAH', 'NURAINI', 'ARDIANSYAH', 'FEBRIANSYAH', 'HASIBUAN'];
const NUR_TAIL = ['HAYATI', 'AINI', 'JANAH', 'HIDAYAH', 'AFNI', 'LAILA', 'HASANAH', 'FADILAH', 'AZIZAH', 'KHOLIS', 'ROHMAN', 'SYAMSI'];
const SRI_TAIL = ['WAHYUNI', 'MULYANI', 'RAHAYU', 'LESTARI', 'HANDAYANI', 'SUNARSIH', 'UTAMI', 'WULANDARI', 'ASTUTI', 'SUMARNI'];
const ABDUL_SUN = ['RAHMAN', 'ROHIM', 'SALAM', 'ROZAK', 'SYUKUR', 'ROUF', 'NASIR']; // r, s, sy, n = sun letters -> ABDURRAHMAN etc.
const ABDUL_MOON = ['KARIM', 'HAMID', 'MALIK', 'AZIZ', 'GHOFUR', 'JALIL', 'HADI', 'MAJID', 'WAHAB', 'KADIR'];
const MONO_M = ['SUPARMAN', 'SUKIRMAN', 'TUKIMAN', 'PAIMAN', 'SUGIONO', 'PONIMAN', 'SARDI', 'MUJIONO', 'SUYONO', 'JUMADI', 'KASIMAN', 'TARYONO'];
const MONO_F = ['SUMIATI', 'SUPARMI', 'TUMINAH', 'PAINEM', 'SUKINAH', 'SAMINAH', 'JUMINAH', 'WAGINEM', 'SUYATMI', 'KASIYEM', 'TARSIH', 'RUKIYAH'];
const FATHERS = ['AHMAD', 'ABDULLAH', 'SALEH', 'HASAN', 'ISMAIL', 'YAHYA', 'IBRAHIM', 'MUSA', 'SULAIMAN', 'DAUD', 'ZAKARIA', 'IDRIS', 'JAFAR', 'UMAR'];
const COMMON_FULL_M = ['MUHAMMAD RIZKI', 'AGUS SETIAWAN', 'BUDI SANTOSO', 'EKO PRASETYO', 'AHMAD FAUZI', 'MUHAMMAD IQBAL', 'ANDI SAPUTRA', 'DEDI KURNIAWAN', 'SUPRIYADI', 'MUHAMMAD FAJAR', 'RUDI HARTONO', 'ARIF HIDAYAT', 'WAHYU HIDAYAT', 'HENDRA GUNAWAN', 'AGUS SALIM'];
const COMMON_FULL_F = ['SITI AMINAH', 'NUR HIDAYAH', 'SRI WAHYUNI', 'DEWI LESTARI', 'SITI NURHALIZA', 'NUR AINI', 'SUMARNI', 'SITI FATIMAH', 'SRI RAHAYU', 'SITI KHODIJAH', 'RINA WATI', 'SITI ROHMAH', 'ENDANG SUSANTI', 'SRI MULYANI', 'NURUL HIDAYAH'];
const TWIN_SIMILAR = [['HASAN', 'HUSEN'], ['RIZKI', 'RIZKA'], ['PUTRA', 'PUTRI'], ['DEWA', 'DEWI'], ['FITRI', 'FITRIA'], ['ANDI', 'ANDIKA'], ['ARI', 'ARIF'], ['DIAN', 'DIANA'], ['YULI', 'YULIA'], ['NANDA', 'NINDA']];

function genName(sex, style) {
  const F = sex === 'F';
  style = style ?? wpick({ plain2: 45, three: 18, mono: 6, muhammad: F ? 0 : 9, abdul: F ? 0 : 4, nur: F ? 6 : 1, sri: F ? 5 : 0, common: 7, fatherbin: 0 });
  const first = () => zpick(F ? FEM1 : MALE1, 0.6);
  const second = () => zpick(SECOND, 0.5);
  switch (style) {
    case 'plain2': return [first(), second()];
    case 'three': { const a = first(); let b = second(), c = second(); while (c === b) c = second(); return [a, b, c]; }
    case 'mono': return [pick(F ? MONO_F : MONO_M)];
    case 'muhammad': return chance(0.6) ? ['MUHAMMAD', pick(MALE1.filter((x) => x !== 'MUHAMMAD'))] : ['MUHAMMAD', pick(MALE1), second()];
    case 'abdul': return chance(0.5) ? ['ABDUL', pick([...ABDUL_SUN, ...ABDUL_MOON])] : ['ABDUL', pick([...ABDUL_SUN, ...ABDUL_MOON]), second()];
    case 'nur': return chance(0.7) ? ['NUR', pick(NUR_TAIL)] : ['SITI', 'NUR', pick(NUR_TAIL)];
    case 'sri': return ['SRI', pick(SRI_TAIL)];
    case 'common': return pick(F ? COMMON_FULL_F : COMMON_FULL_M).split(' ');
    case 'long': { // >= 22 chars
      for (;;) { const t = [first(), second(), second(), ...(chance(0.5) ? [second()] : [])]; if (new Set(t).size === t.length && t.join(' ').length >= 23) return t; }
    }
    default: throw new Error(style);
  }
}

// ---------- NIK ----------
const REGIONS = ['320101', '320105', '320412', '320708', '321508', '327301', '327906', '330101', '331205', '337401', '340401', '350101', '357801', '360302', '510101', '520101', '530101', '617101', '637101', '710101', '737101', '737104', '740101', '127101', '127105', '137101', '167101', '187101', '917101', '910101', '940101', '920102', '960171'];
const PAPUA = REGIONS.filter((r) => r[0] === '9');
const usedNik = new Set();
const pad = (n, w) => String(n).padStart(w, '0');
function makeNik(region, dob, sex, serial) {
  const dd = dob.d + (sex === 'F' ? 40 : 0);
  for (let s = serial ?? (1 + Math.floor(Math.pow(rnd(), 2.5) * 400)); ; s++) {
    const nik = region + pad(dd, 2) + pad(dob.m, 2) + pad(dob.y % 100, 2) + pad(s, 4);
    if (!usedNik.has(nik)) { usedNik.add(nik); return nik; }
  }
}
const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function randDob() { const y = 1965 + ri(39); const m = 1 + ri(12); const d = 1 + ri(DIM[m - 1]); return { y, m, d }; }
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
function fmtDob(dob, fmt) {
  if (!dob) return '';
  const { y, m, d } = dob;
  switch (fmt) {
    case 'dmy-': return `${pad(d, 2)}-${pad(m, 2)}-${y}`;
    case 'dmy/': return `${pad(d, 2)}/${pad(m, 2)}/${y}`;
    case 'ymd': return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
    case 'dBulany': return `${d} ${BULAN[m - 1]} ${y}`;
    case 'dmy.': return `${pad(d, 2)}.${pad(m, 2)}.${y}`;
    case 'd/m/y-nopad': return `${d}/${m}/${y}`;
    default: throw new Error(fmt);
  }
}

// ---------- name variant operators ----------
const PREFIX_M = ['H.', 'Drs.', 'Ir.', 'dr.', 'H', 'DRS', 'Ns.'];
const PREFIX_F = ['Hj.', 'Dra.', 'Ir.', 'dr.', 'Hj', 'DRA.', 'Ns.'];
const SUFFIX = [', S.Pd', ', S.Pd.', ' S.Pd.I', ', SE', ', S.E.', ', A.Md.', ', A.Md.Kep', ', AMd', ', S.Kom', ', S.H., M.H.', ', S.Sos', ', S. Pd', ', M.Pd', ', S.K.M.', ', S.Kep., Ns.', ' SH', ', S.IP', ', S.T.'];
function toOld(name) {
  // modern -> old spelling; apply a random non-empty subset of applicable rules
  const rules = [[/SY/g, 'SJ'], [/NY/g, 'NJ'], [/KH/g, 'CH'], [/C/g, 'TJ'], [/J/g, 'DJ'], [/Y/g, 'J'], [/U/g, 'OE']];
  for (let tries = 0; tries < 20; tries++) {
    let s = name; let applied = 0;
    // SY/NY must go before Y->J; J->DJ before Y->J (placeholder to avoid double-conversion)
    for (const [re, rep] of rules) {
      if (!re.test(s)) continue; re.lastIndex = 0;
      if (chance(0.6)) { s = s.replace(re, rep === 'J' ? '\u0001' : rep); applied++; }
    }
    s = s.split('\u0001').join('J');
    if (applied && s !== name) return s;
  }
  return null;
}
const oldApplicable = (n) => /SY|NY|KH|C|J|Y|U/.test(n);
function typo(tokens) {
  const idx = tokens.map((t, i) => [t, i]).filter(([t]) => t.length >= 4);
  if (!idx.length) return null;
  const [t, i] = pick(idx);
  const p = 1 + ri(t.length - 1);
  const L = 'ABCDEFGHIJKLMNOPRSTUWY';
  let nt;
  switch (ri(4)) {
    case 0: { let c; do c = pick(L.split('')); while (c === t[p]); nt = t.slice(0, p) + c + t.slice(p + 1); break; }
    case 1: nt = t.slice(0, p) + t.slice(p + 1); break;
    case 2: nt = t.slice(0, p) + pick(L.split('')) + t.slice(p); break;
    default: if (p < t.length - 1 && t[p] !== t[p + 1]) nt = t.slice(0, p) + t[p + 1] + t[p] + t.slice(p + 2); else nt = t.slice(0, p) + t.slice(p + 1);
  }
  const out = [...tokens]; out[i] = nt; return out;
}
const SPELL_RULES = [[/IA/, 'YA'], [/YA/, 'IA'], [/DH/, 'D'], [/TH/, 'T'], [/([BDFGKLMNPRST])\1/, '$1'], [/([AIUE])H$/, '$1'], [/I$/, 'IE'], [/^A(?=CH|HM)/, 'A'], [/CHM/, 'HM'], [/HM/, 'CHM'], [/F/, 'P'], [/Z/, 'S'], [/O/, 'U'], [/E/, 'I']];
function spellVar(tokens) {
  const opts = [];
  tokens.forEach((t, i) => SPELL_RULES.forEach(([re, rep]) => { if (re.test(t)) { const nt = t.replace(re, rep); if (nt !== t && nt.length >= 2) opts.push([i, nt]); } }));
  if (!opts.length) return null;
  const [i, nt] = pick(opts); const out = [...tokens]; out[i] = nt; return out;
}
function mergeSplit(tokens) {
  // merge NUR/SRI/SITI + next, or split a NURxxx-like token
  for (let i = 0; i < tokens.length - 1; i++) if (['NUR', 'SRI', 'SITI', 'PUTRI', 'DWI', 'TRI'].includes(tokens[i])) { const o = [...tokens]; o.splice(i, 2, tokens[i] + tokens[i + 1]); return o; }
  for (let i = 0; i < tokens.length; i++) { const m = tokens[i].match(/^(NUR|SRI)([A-Z]{4,})$/); if (m) { const o = [...tokens]; o.splice(i, 1, m[1], m[2]); return o; } }
  return null;
}
function caseStr(s) {
  const r = ri(3);
  const title = (x) => x.toLowerCase().replace(/(^|[\s'.-])([a-z])/g, (_, a, b) => a + b.toUpperCase());
  if (r === 0) return s.toLowerCase();
  if (r === 1) return title(s);
  return s.replace(/ /g, '  ');
}
function punct(tokens) {
  // apostrophe / hyphen / dot insertions typical of Arabic-derived names
  const t = [...tokens];
  const opts = [];
  t.forEach((x, i) => { if (/^[A-Z]+A[A-Z]+$/.test(x) && x.length >= 5) opts.push(['apos', i]); });
  if (t.length >= 2) opts.push(['hyphen', 0]);
  opts.push(['dot', t.length - 1]);
  const [k, i] = pick(opts);
  if (k === 'apos') { const p = t[i].indexOf('A', 1); t[i] = t[i].slice(0, p + 1) + "'" + t[i].slice(p + 1); return t.join(' '); }
  if (k === 'hyphen') return t[0] + '-' + t.slice(1).join(' ');
  return t.join(' ') + '.';
}

// Apply a name condition. Returns {roster, bpjs} strings, or null if not applicable.
function applyName(cond, canon, sex) {
  const s = canon.join(' ');
  const F = sex === 'F';
  switch (cond) {
    case 'none': return { roster: s, bpjs: s };
    case 'title_prefix': return { roster: `${pick(F ? PREFIX_F : PREFIX_M)} ${s}`, bpjs: s };
    case 'title_suffix': return { roster: `${s}${pick(SUFFIX)}`, bpjs: s };
    case 'title_both_sides': return { roster: `${pick(F ? PREFIX_F : PREFIX_M)} ${s}${pick(SUFFIX)}`, bpjs: `${s}${pick(SUFFIX)}`.toUpperCase() };
    case 'title_bpjs_only': return { roster: s, bpjs: (chance(0.5) ? `${pick(F ? PREFIX_F : PREFIX_M)} ${s}` : `${s}${pick(SUFFIX)}`).toUpperCase() };
    case 'old_spelling': { if (!oldApplicable(s)) return null; const o = toOld(s); if (!o) return null; return chance(0.5) ? { roster: o, bpjs: s } : { roster: s, bpjs: o }; }
    case 'muh_abbrev': { if (canon[0] !== 'MUHAMMAD') return null; const ab = pick(['M.', 'M', 'MUH.', 'MUH', 'MOH.', 'MOCH.', 'MHD.', 'MOCH', 'MHD']); const v = [ab, ...canon.slice(1)].join(' '); return chance(0.7) ? { roster: v, bpjs: s } : { roster: s, bpjs: v }; }
    case 'muh_spelling': { if (canon[0] !== 'MUHAMMAD') return null; const sp = pick(['MUHAMAD', 'MOHAMMAD', 'MOHAMAD', 'MOCHAMMAD', 'MOCHAMAD', 'MUCHAMMAD', 'MUHAMMED', 'MOHAMMED']); const v = [sp, ...canon.slice(1)].join(' '); return chance(0.5) ? { roster: v, bpjs: s } : { roster: s, bpjs: v }; }
    case 'abd_abbrev': { if (canon[0] !== 'ABDUL') return null; const v = [pick(['ABD.', 'ABD', 'A.']), ...canon.slice(1)].join(' '); return chance(0.7) ? { roster: v, bpjs: s } : { roster: s, bpjs: v }; }
    case 'abdul_assim': { if (canon[0] !== 'ABDUL' || !ABDUL_SUN.includes(canon[1])) return null; const c = canon[1][0]; const v = ['ABDU' + c + canon[1], ...canon.slice(2)].join(' '); return chance(0.5) ? { roster: v, bpjs: s } : { roster: s, bpjs: v }; }
    case 'token_swap': { if (canon.length < 2) return null; const t = [...canon]; const i = ri(t.length - 1); [t[i], t[i + 1]] = [t[i + 1], t[i]]; const v = t.join(' '); return chance(0.5) ? { roster: v, bpjs: s } : { roster: s, bpjs: v }; }
    case 'bin_binti': { const v = `${s} ${F ? 'BINTI' : 'BIN'} ${pick(FATHERS)}`; return chance(0.5) ? { roster: v, bpjs: s } : { roster: s, bpjs: v }; }
    case 'dropped_token': { if (canon.length < 3) return null; const i = 1 + ri(canon.length - 1); const v = canon.filter((_, j) => j !== i).join(' '); return chance(0.5) ? { roster: v, bpjs: s } : { roster: s, bpjs: v }; }
    case 'typo': { const t = typo(canon); if (!t) return null; const v = t.join(' '); return chance(0.5) ? { roster: v, bpjs: s } : { roster: s, bpjs: v }; }
    case 'spell_var': { const t = spellVar(canon); if (!t) return null; const v = t.join(' '); return chance(0.5) ? { roster: v, bpjs: s } : { roster: s, bpjs: v }; }
    case 'merge_split': { const t = mergeSplit(canon); if (!t) return null; const v = t.join(' '); return chance(0.5) ? { roster: v, bpjs: s } : { roster: s, bpjs: v }; }
    case 'truncated_bpjs': { if (s.length <= 22) return null; const L = pick([20, 20, 22, 25]); if (s.length <= L) return null; return { roster: s, bpjs: s.slice(0, L) }; }
    case 'case_space': return { roster: caseStr(s), bpjs: s };
    case 'punct': return { roster: punct(canon), bpjs: s };
    case 'initial': { if (canon.length < 2) return null; const i = canon.length - 1; const v = [...canon.slice(0, i), canon[i][0] + (chance(0.6) ? '.' : '')].join(' '); return chance(0.7) ? { roster: v, bpjs: s } : { roster: s, bpjs: v }; }
    case 'first_initial': { if (canon.length < 2 || canon[0] === 'MUHAMMAD') return null; const v = [canon[0][0] + '.', ...canon.slice(1)].join(' '); return chance(0.7) ? { roster: v, bpjs: s } : { roster: s, bpjs: v }; }
    default: throw new Error(cond);
  }
}
const NAME_REQ = { muh_abbrev: 'muhammad', muh_spelling: 'muhammad', abd_abbrev: 'abdul', abdul_assim: 'abdul', merge_split: 'nursri', truncated_bpjs: 'long', dropped_token: 'three' };

// ---------- NIK damage operators ----------
function nikTypo1(nik) { const p = ri(16); let d; do d = String(ri(10)); while (d === nik[p]); return nik.slice(0, p) + d + nik.slice(p + 1); }
function nikTypo2(nik) { let a = nikTypo1(nik); let b; do b = nikTypo1(a); while (b === nik || diffCount(b, nik) < 2); return b; }
const diffCount = (a, b) => [...a].filter((c, i) => c !== b[i]).length;
function nikTranspose(nik) { for (;;) { const p = ri(15); if (nik[p] !== nik[p + 1]) return nik.slice(0, p) + nik[p + 1] + nik[p] + nik.slice(p + 2); } }
function nikSci(nik) { const x = Number(nik); const m = (x / 1e15).toFixed(pick([5, 5, 4, 10])); return `${m.replace(/0+$/, '').replace(/\.$/, '')}E+15`; }
function nikFormat(nik) {
  switch (ri(6)) {
    case 0: return `${nik.slice(0, 4)} ${nik.slice(4, 8)} ${nik.slice(8, 12)} ${nik.slice(12)}`;
    case 1: return `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}.${nik.slice(6, 12)}.${nik.slice(12)}`;
    case 2: return `'${nik}`;
    case 3: return ` ${nik} `;
    case 4: return `${nik.slice(0, 6)}-${nik.slice(6, 12)}-${nik.slice(12)}`;
    default: return `${nik}.0`.replace(/^(\d{16})\.0$/, '$1.0');
  }
}

// ---------- build population ----------
const persons = []; // {id, sex, canon[], dob, nikDob, region, nik, place}
const PLACES = ['Klaten', 'Bandung', 'Ciamis', 'Garut', 'Medan', 'Makassar', 'Surabaya', 'Sleman', 'Bantul', 'Jayapura', 'Kupang', 'Mataram', 'Padang', 'Palembang', 'Tegal', 'Cirebon', 'Kediri', 'Blitar', 'Pati', 'Kudus'];
function newPerson(opts = {}) {
  const sex = opts.sex ?? (chance(0.55) ? 'F' : 'M');
  const dob = opts.dob ?? randDob();
  const region = opts.region ?? (chance(0.06) ? pick(PAPUA) : pick(REGIONS));
  let nikDob = dob; let nikdobMismatch = false;
  if (opts.nikdobMismatch ?? chance(0.03)) { nikDob = chance(0.5) ? { y: dob.y, m: 7, d: 1 } : { y: dob.y, m: 12, d: 31 }; if (nikDob.m === dob.m && nikDob.d === dob.d) nikDob = { y: dob.y, m: 1, d: 1 }; nikdobMismatch = true; }
  let canon = opts.canon;
  if (!canon) {
    const req = opts.req;
    for (;;) {
      const style = req === 'muhammad' ? 'muhammad' : req === 'abdul' ? 'abdul' : req === 'long' ? 'long' : req === 'three' ? 'three' : req === 'nursri' ? (sex === 'F' ? pick(['nur', 'sri']) : 'nur') : req === 'common' ? 'common' : undefined;
      const s = (req === 'muhammad' || req === 'abdul') ? 'M' : sex;
      canon = genName(s, style);
      if (req === 'old' && !oldApplicable(canon.join(' '))) continue;
      if (req === 'spell' && !spellVar(canon)) continue;
      if (req === 'abdulsun' && !(canon[0] === 'ABDUL' && ABDUL_SUN.includes(canon[1]))) continue;
      break;
    }
  }
  const realSex = (opts.req === 'muhammad' || opts.req === 'abdul') ? 'M' : sex;
  const nik = opts.nik ?? makeNik(region, nikDob, realSex, opts.serial);
  const p = { id: persons.length, sex: realSex, canon, dob, nikDob, region, nik, place: pick(PLACES), nikdobMismatch };
  persons.push(p);
  return p;
}

const bpjsRows = []; // {personId, nik, name, dob, kpj, status, upah, tags}
let kpjSeq = 0;
function addBpjs(p, o = {}) {
  const r = { personId: p.id, nik: o.nik ?? p.nik, name: o.name ?? p.canon.join(' '), dob: o.dob === undefined ? p.dob : o.dob, kpj: String(22010000000 + (++kpjSeq) * 7 + ri(7)), status: o.status ?? (chance(0.15) ? 'NON AKTIF' : 'AKTIF'), upah: pick([1000000, 2169348, 2191232, 2500000, 3000000, 1500000]), tag: o.tag ?? '' };
  bpjsRows.push(r); return r;
}
const rosterRows = []; // {personId, name, nik, dob(str or obj), truthBpjs:[bpjsRow objs], tags, dupGroup}

const NAME_COND_W = { none: 30, title_prefix: 4, title_suffix: 5, title_both_sides: 3, title_bpjs_only: 3, old_spelling: 5, muh_abbrev: 4, muh_spelling: 3, abd_abbrev: 2, abdul_assim: 2, token_swap: 4, bin_binti: 3, dropped_token: 4, typo: 5, spell_var: 4, merge_split: 3, truncated_bpjs: 3, case_space: 3, punct: 2, initial: 3, first_initial: 2 };
const NIK_COND_W = { exact: 40, missing: 12, typo1: 7, transpose: 6, typo2: 3, excel_zeroed: 6, excel_sci: 5, formatted: 6, wrong_copied: 4, bpjs_nik_missing: 3, other_valid_nik: 3, truncated15: 2, papua_rounded: 2 };
const DOB_COND_W = { same: 58, swap_dm: 8, day_off: 6, year_off: 5, digit_typo: 5, missing_roster: 8, missing_bpjs: 4, nikdob_mismatch: 3, missing_both: 3 };
const CTX_W = { none: 80, namesake_in_bpjs: 8, namesake_samedob_in_bpjs: 4, twin_in_bpjs: 5, bpjs_two_records: 3 };

function dobPerturb(cond, dob) {
  const { y, m, d } = dob;
  switch (cond) {
    case 'swap_dm': return (d <= 12 && d !== m) ? { y, m: d, d: m } : null;
    case 'day_off': { const nd = d + (chance(0.5) ? 1 : -1); if (nd < 1 || nd > 28) return null; return { y, m, d: nd }; }
    case 'year_off': return { y: y + (chance(0.5) ? 1 : -1), m, d };
    case 'digit_typo': { // change one digit of the dd-mm-yyyy string
      for (let t = 0; t < 30; t++) {
        const s = `${pad(d, 2)}${pad(m, 2)}${y}`; const pos = [0, 1, 2, 3, 6, 7][ri(6)];
        const ns = s.slice(0, pos) + String(ri(10)) + s.slice(pos + 1);
        const nd = +ns.slice(0, 2), nm = +ns.slice(2, 4), ny = +ns.slice(4);
        if (ns !== s && nd >= 1 && nd <= 28 && nm >= 1 && nm <= 12 && !(nd === m && nm === d)) return { y: ny, m: nm, d: nd };
      }
      return null;
    }
    default: return null;
  }
}

function makeRosterNik(cond, p, ctxOther) {
  switch (cond) {
    case 'exact': case 'bpjs_nik_missing': return p.nik;
    case 'missing': return pick(['', '', '', '-', '0', 'BELUM ADA']);
    case 'typo1': return nikTypo1(p.nik);
    case 'typo2': return nikTypo2(p.nik);
    case 'transpose': return nikTranspose(p.nik);
    case 'excel_zeroed': return p.nik.slice(0, 15) + '0';
    case 'excel_sci': return nikSci(p.nik);
    case 'formatted': return nikFormat(p.nik);
    case 'wrong_copied': return ctxOther;
    case 'other_valid_nik': { const q = makeNik(pick(REGIONS), p.nikDob, p.sex); return q; }
    case 'truncated15': return p.nik.slice(0, 15);
    case 'papua_rounded': return String(Number(p.nik));
    default: throw new Error(cond);
  }
}

function pickNameCond(W) {
  return wpick(W);
}

// --- positives ---
const posPersons = [];
for (let k = 0; k < N_POS; k++) {
  let nameCond = pickNameCond(NAME_COND_W);
  const nikCond = wpick(NIK_COND_W);
  let dobCond = wpick(DOB_COND_W);
  const ctx = wpick(CTX_W);
  const req = NAME_REQ[nameCond] ?? (nameCond === 'old_spelling' ? 'old' : nameCond === 'spell_var' ? 'spell' : nameCond === 'abdul_assim' ? 'abdulsun' : undefined);
  const popts = { req: nameCond === 'abdul_assim' ? 'abdul' : req, nikdobMismatch: dobCond === 'nikdob_mismatch' };
  if (nikCond === 'papua_rounded') { popts.region = pick(PAPUA); }
  if (ctx === 'namesake_in_bpjs' || ctx === 'namesake_samedob_in_bpjs') { if (!popts.req) popts.req = 'common'; }
  let p;
  for (let t = 0; t < 200; t++) {
    p = newPerson(popts);
    if (nikCond === 'papua_rounded' && String(Number(p.nik)) === p.nik) { usedNik.delete(p.nik); persons.pop(); continue; }
    if (nameCond === 'abdul_assim' && !ABDUL_SUN.includes(p.canon[1])) { usedNik.delete(p.nik); persons.pop(); continue; }
    break;
  }
  let nm = applyName(nameCond, p.canon, p.sex);
  if (!nm) { nameCond = 'none'; nm = applyName('none', p.canon, p.sex); }
  // dob
  let rDob = p.dob, bDob = p.dob;
  if (['swap_dm', 'day_off', 'year_off', 'digit_typo'].includes(dobCond)) { const x = dobPerturb(dobCond, p.dob); if (x) { if (chance(0.8)) rDob = x; else bDob = x; } else dobCond = 'same'; }
  if (dobCond === 'missing_roster') rDob = null;
  if (dobCond === 'missing_bpjs') bDob = null;
  if (dobCond === 'missing_both') { rDob = null; bDob = null; }
  const truth = [];
  const b = addBpjs(p, { name: nm.bpjs, dob: bDob, nik: nikCond === 'bpjs_nik_missing' ? '' : p.nik });
  truth.push(b);
  if (ctx === 'bpjs_two_records') { truth.push(addBpjs(p, { name: p.canon.join(' '), dob: p.dob, status: 'NON AKTIF', tag: 'second_record' })); }
  if (ctx === 'namesake_in_bpjs') { let d; do d = randDob(); while (d.y === p.dob.y); const q = newPerson({ sex: p.sex, canon: p.canon, dob: d }); addBpjs(q, { tag: 'ctx_namesake' }); }
  if (ctx === 'namesake_samedob_in_bpjs') { const q = newPerson({ sex: p.sex, canon: p.canon, dob: p.dob, region: pick(REGIONS.filter((r) => r !== p.region)) }); addBpjs(q, { tag: 'ctx_namesake_samedob' }); }
  if (ctx === 'twin_in_bpjs') { const q = newTwin(p); addBpjs(q, { tag: 'ctx_twin' }); }
  posPersons.push({ p, nameCond, nikCond, dobCond, ctx, nm, rDob, truth });
}
function newTwin(p) {
  let canon;
  if (p.canon.length >= 2) {
    let first;
    const sim = TWIN_SIMILAR.find((pair) => pair.includes(p.canon[0]));
    if (sim && chance(0.7)) first = sim[0] === p.canon[0] ? sim[1] : sim[0];
    else { do first = pick(p.sex === 'F' ? FEM1 : MALE1); while (first === p.canon[0]); }
    canon = [first, ...p.canon.slice(1)];
  } else { let x; do x = pick(p.sex === 'F' ? MONO_F : MONO_M); while (x === p.canon[0]); canon = [x]; }
  const serial = +p.nik.slice(12) + 1;
  return newPerson({ sex: p.sex, canon, dob: p.dob, region: p.region, serial, nikdobMismatch: false });
}
// wrong_copied: roster NIK = NIK of another BPJS participant (a positive listed nearby)
for (let k = 0; k < posPersons.length; k++) {
  const x = posPersons[k];
  if (x.nikCond === 'wrong_copied') { let j; do j = ri(posPersons.length); while (j === k); x.copiedFrom = posPersons[j].p.nik; }
}
for (const x of posPersons) {
  x.rNik = makeRosterNik(x.nikCond, x.p, x.copiedFrom);
  rosterRows.push({ personId: x.p.id, name: x.nm.roster, nik: x.rNik, dob: x.rDob, sex: x.p.sex, place: x.p.place, truthBpjs: x.truth, kind: 'pos', tags: { name: x.nameCond, nik: x.nikCond, dob: x.dobCond, ctx: x.ctx, mono: x.p.canon.length === 1 ? 'mononym' : 'multi', papua: x.p.region[0] === '9' ? 'papua' : 'other' } });
}

// --- negatives (roster person not in BPJS) ---
const NEG_W = { neg_plain: 35, neg_namesake_diffdob: 10, neg_namesake_samedob: 9, neg_namesake_samedob_nonik: 6, neg_namesake_diffdob_nonik: 8, neg_namesake_nodob_nonik: 4, neg_twin: 10, neg_twin_nonik: 5, neg_nik_collision: 6, neg_nik_near: 5, neg_namesake_title_samedob: 2 };
const negPersons = [];
for (let k = 0; k < N_NEG; k++) {
  const kind = wpick(NEG_W);
  const common = kind.includes('namesake');
  const p = newPerson({ req: common ? 'common' : undefined });
  let rNik = p.nik, rDob = p.dob, rName = p.canon.join(' ');
  const decoy = [];
  if (kind.startsWith('neg_namesake')) {
    const same = kind.includes('samedob');
    let d = p.dob; if (!same) { do d = randDob(); while (d.y === p.dob.y); }
    const q = newPerson({ sex: p.sex, canon: p.canon, dob: d, region: pick(REGIONS.filter((r) => r !== p.region)) });
    const nm = kind === 'neg_namesake_title_samedob' ? `${pick(p.sex === 'F' ? PREFIX_F : PREFIX_M)} ${q.canon.join(' ')}${pick(SUFFIX)}`.toUpperCase() : q.canon.join(' ');
    decoy.push(addBpjs(q, { tag: kind, name: nm }));
    if (kind.includes('nonik')) rNik = '';
    if (kind.includes('nodob')) rDob = null;
  } else if (kind.startsWith('neg_twin')) {
    const q = newTwin(p); decoy.push(addBpjs(q, { tag: kind }));
    if (kind.includes('nonik')) rNik = '';
  } else if (kind === 'neg_nik_collision') {
    const q = newPerson({}); decoy.push(addBpjs(q, { tag: kind })); rNik = q.nik; // roster carries someone else's NIK
  } else if (kind === 'neg_nik_near') {
    const q = newPerson({}); const near = nikTypo1(q.nik); // our person's NIK is 1 digit from q's
    if (!usedNik.has(near)) { usedNik.add(near); rNik = near; p.nik = near; }
    decoy.push(addBpjs(q, { tag: kind }));
  }
  negPersons.push(p);
  rosterRows.push({ personId: p.id, name: rName, nik: rNik, dob: rDob, sex: p.sex, place: p.place, truthBpjs: [], kind: 'neg', decoy, tags: { neg: kind, mono: p.canon.length === 1 ? 'mononym' : 'multi' } });
}

// --- BPJS-only plain participants ---
for (let k = 0; k < N_BPJS_ONLY; k++) addBpjs(newPerson({}), { tag: 'bpjs_only' });

// --- duplicates within rosters ---
const DUP_W = { dup_exact: 25, dup_nik_zeroed: 12, dup_nik_sci: 8, dup_nik_typo: 10, dup_nik_missing: 15, dup_name_title: 15, dup_name_title_nik_missing: 10, dup_name_typo_nik_missing: 5 };
const baseRows = [...rosterRows];
let dupGroup = 0;
for (let k = 0; k < N_DUP; k++) {
  // originals are clean rows only (positive: name none, NIK exact, DOB same, no context; or a plain negative), so the dup copy carries the only damage
  const orig = pick(baseRows);
  const clean = (orig.kind === 'pos' && orig.tags.name === 'none' && orig.tags.nik === 'exact' && orig.tags.dob === 'same' && orig.tags.ctx === 'none') || (orig.kind === 'neg' && orig.tags.neg === 'neg_plain');
  if (!clean || orig.dupGroup !== undefined) { k--; continue; }
  const p = persons[orig.personId];
  const kind = wpick(DUP_W);
  const g = dupGroup++;
  orig.dupGroup = g;
  const canon = p.canon.join(' ');
  let name = orig.name, nik = orig.nik, dob = orig.dob;
  if (kind === 'dup_nik_zeroed') nik = nik.slice(0, 15) + '0';
  if (kind === 'dup_nik_sci') nik = nikSci(nik);
  if (kind === 'dup_nik_typo') nik = nikTypo1(nik);
  if (kind.includes('nik_missing')) nik = '';
  if (kind.includes('name_title')) name = `${pick(p.sex === 'F' ? PREFIX_F : PREFIX_M)} ${canon}${pick(SUFFIX)}`;
  if (kind.includes('name_typo')) { const t = typo(p.canon); if (t) name = t.join(' '); }
  if (!dob && (kind.includes('nik_missing'))) dob = p.dob;
  rosterRows.push({ personId: p.id, name, nik, dob, sex: p.sex, place: p.place, truthBpjs: orig.truthBpjs, kind: orig.kind === 'pos' ? 'dup_pos' : 'dup_neg', dupGroup: g, tags: { dup: kind, dupOf: orig.kind } });
}
// --- negative duplicates: distinct roster people who look alike (must NOT be marked duplicate) ---
const NEGDUP_W = { negdup_namesake_diffdob: 40, negdup_namesake_samedob: 20, negdup_twin: 25, negdup_namesake_nonik: 15 };
for (let k = 0; k < Math.round(N_DUP * 0.4); k++) {
  const kind = wpick(NEGDUP_W);
  const p = newPerson({ req: kind === 'negdup_twin' ? undefined : 'common' });
  let q;
  if (kind === 'negdup_twin') q = newTwin(p);
  else { let d = p.dob; if (kind !== 'negdup_namesake_samedob') { do d = randDob(); while (d.y === p.dob.y); } q = newPerson({ sex: p.sex, canon: p.canon, dob: d, region: pick(REGIONS.filter((r) => r !== p.region)) }); }
  const g = `nd${k}`;
  rosterRows.push({ personId: p.id, name: p.canon.join(' '), nik: p.nik, dob: p.dob, sex: p.sex, place: p.place, truthBpjs: [], kind: 'negdup', negdupGroup: g, tags: { negdup: kind } });
  rosterRows.push({ personId: q.id, name: q.canon.join(' '), nik: kind === 'negdup_namesake_nonik' ? '' : q.nik, dob: q.dob, sex: q.sex, place: q.place, truthBpjs: [], kind: 'negdup', negdupGroup: g, tags: { negdup: kind } });
}

// ---------- write files ----------
fs.rmSync(DIR, { recursive: true, force: true });
fs.mkdirSync(path.join(DIR, 'roster'), { recursive: true });
fs.mkdirSync(path.join(DIR, 'bpjs'), { recursive: true });
const csvq = (v, d) => { const s = String(v ?? ''); return (s.includes(d) || s.includes('"') || s.includes('\n')) ? `"${s.replace(/"/g, '""')}"` : s; };
const OPDS = [['DINAS PENDIDIKAN', 'Guru Honorer'], ['DINAS KESEHATAN', 'Perawat'], ['RSUD', 'Bidan'], ['SATPOL PP', 'Petugas Keamanan'], ['DLHK', 'Petugas Kebersihan'], ['BAPPEDA', 'Staf Administrasi'], ['KECAMATAN UTARA', 'Staf Kecamatan'], ['DINAS PERHUBUNGAN', 'Pengemudi'], ['SETDA', 'Pramubakti'], ['PUSKESMAS', 'Tenaga Kesehatan']];
const wageStr = (w, style) => style === 0 ? `Rp ${w.toLocaleString('de-DE')}` : style === 1 ? String(w) : w.toLocaleString('de-DE');
const DOB_FMTS = { 'dmy-': 45, 'dmy/': 25, 'ymd': 10, 'dBulany': 10, 'dmy.': 4, 'd/m/y-nopad': 6 };
shuffle(rosterRows);
// three roster files with different layouts
const files = [
  { name: 'roster/01-opd-a.csv', delim: ';', titles: ['DAFTAR TENAGA NON ASN', 'PEMERINTAH KABUPATEN CONTOH TAHUN ANGGARAN 2026', ''], header: ['No', 'Nama', 'NIK', 'Tempat Lahir', 'Tanggal Lahir', 'Jenis Kelamin', 'Jabatan', 'Unit Kerja', 'Gaji'], ttl: false },
  { name: 'roster/02-opd-b.csv', delim: ',', titles: [], header: ['NO', 'NAMA LENGKAP', 'NIK', 'TEMPAT/TGL LAHIR', 'L/P', 'JABATAN', 'OPD', 'HONOR'], ttl: true },
  { name: 'roster/03-opd-c.csv', delim: ',', titles: [], header: ['No', 'NIK', 'Nama', 'Tanggal Lahir', 'Jenis Kelamin', 'Jabatan', 'OPD/Unit Kerja', 'Gaji'], ttl: false },
];
for (const f of files) { f.lines = [...f.titles.map((t) => t), f.header.map((h) => csvq(h, f.delim)).join(f.delim)]; f.n = 0; }
for (const r of rosterRows) {
  const f = files[ri(3)];
  const [opd, jab] = pick(OPDS);
  const fmt = f.ttl ? pick(['dmy-', 'dmy-', 'dmy/', 'dBulany']) : wpick(DOB_FMTS);
  const dobS = r.dob ? fmtDob(r.dob, fmt) : '';
  const sexS = f.name.includes('opd-a') ? (r.sex === 'F' ? 'Perempuan' : 'Laki-laki') : (r.sex === 'F' ? 'P' : 'L');
  const wage = pick([1000000, 1500000, 2000000, 2169348, 2500000, 3000000]);
  f.n++;
  let cells;
  if (f.name.includes('opd-a')) cells = [f.n, r.name, r.nik, r.place, dobS, sexS, jab, opd, wageStr(wage, 0)];
  else if (f.name.includes('opd-b')) cells = [f.n, r.name, r.nik, r.dob ? `${r.place}, ${dobS}` : r.place, sexS, jab, opd, wageStr(wage, 2)];
  else cells = [f.n, r.nik, r.name, dobS, sexS, jab, opd, wageStr(wage, 1)];
  f.lines.push(cells.map((c) => csvq(c, f.delim)).join(f.delim));
  r.file = f.name; r.line = f.lines.length; // 1-based physical line
  r.dobFmt = r.dob ? fmt : 'none';
  r.rowText = cells.join(' | ');
}
for (const f of files) fs.writeFileSync(path.join(DIR, f.name), f.lines.join('\r\n') + '\r\n');

shuffle(bpjsRows);
const bh = ['No', 'KPJ', 'NIK', 'Nama Peserta', 'Tgl Lahir', 'Tgl Kepesertaan', 'Upah', 'Status Kepesertaan'];
const bl = [bh.join(',')];
bpjsRows.forEach((b, i) => {
  const cells = [i + 1, b.kpj, b.nik, b.name, b.dob ? fmtDob(b.dob, 'dmy-') : '', `01-0${1 + ri(9)}-202${ri(5)}`, b.upah.toLocaleString('en-US') + '.00', b.status];
  bl.push(cells.map((c) => csvq(c, ',')).join(','));
  b.line = bl.length; b.rowText = cells.join(' | ');
});
fs.writeFileSync(path.join(DIR, 'bpjs', 'bpjs.csv'), bl.join('\r\n') + '\r\n');

const truth = {
  seed: SEED,
  roster: rosterRows.map((r) => ({ file: path.join(DIR, r.file), line: r.line, kind: r.kind, personId: r.personId, truth: r.truthBpjs.map((b) => b.line), truthStatus: r.truthBpjs.map((b) => b.status), tags: { ...r.tags, dobfmt: r.dobFmt }, dupGroup: r.dupGroup ?? null, negdupGroup: r.negdupGroup ?? null, decoy: (r.decoy ?? []).map((b) => b.line), rawNik: r.nik, text: r.rowText })),
  bpjs: Object.fromEntries(bpjsRows.map((b) => [b.line, { text: b.rowText, nik: b.nik, personId: b.personId, tag: b.tag }])),
  bpjsFile: path.join(DIR, 'bpjs', 'bpjs.csv'),
};
fs.writeFileSync(path.join(DIR, 'truth.json'), JSON.stringify(truth));
console.log(`roster rows ${rosterRows.length} (pos ${N_POS}, neg ${N_NEG}, dup ${N_DUP}), bpjs rows ${bpjsRows.length}, persons ${persons.length}`);
