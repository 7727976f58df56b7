import type { NormalizedName } from './normalized-name.js';
import {
  ABBREVIATION_KEYS,
  AMBIGUOUS_BARE_DEGREES,
  ASSIMILATED_ABDUL,
  DEGREES,
  LEADING_WEAK_PHRASES,
  MUHAMMAD_FORMS,
  PREFIX_TITLES,
  TRAILING_HONORIFICS,
  WEAK_ANYWHERE,
  WEAK_FROM_HERE,
} from './name-vocabulary.js';

/**
 * One run of letters in the name as written. Degrees such as "S.Pd.I" span several parts, joined
 * when the parts are separated by a dot ("S.Pd", "S. Pd"), never by a bare space.
 */
interface Part {
  /** Uppercase letters only (apostrophes dropped: MA'RUF → MARUF). */
  readonly text: string;
  /** Span in the (NFKC) input, for `removed` "as written". */
  readonly start: number;
  readonly end: number;
  /** A dot follows the part directly ("S." in "S. Pd"). */
  readonly dot: boolean;
  /** A hyphen follows the part directly ("THT-" in "Sp.THT-KL"). */
  readonly hyphen: boolean;
}

const NONE: readonly string[] = Object.freeze([]);

/** The longest degree spelled over several dot-joined parts: A.Md.Kep, S.Pd.SD, Sp.THT.KL. */
const MAX_DEGREE_PARTS = 4;

/**
 * Prepares a person's name for comparison (DOMAIN.md §4).
 *
 * - NFKC, accents dropped, uppercase; punctuation and digits are separators, apostrophes vanish.
 * - Commas split the name into segments. In segments after the first, every degree or honorific
 *   is removed and the remaining words stay part of the name ("SANTOSO, H. BUDI" → SANTOSO BUDI).
 * - In the first segment, honorifics/prefix titles are removed from the start (Dr., Drs., Ir.,
 *   H., Hj., Bpk, Ibu, Sdr…) and degrees from the end ("BUDI S.Pd M.Pd", "BUDI SPD"). A degree that
 *   is also a plausible name token (MA, BA…) is removed at the end only when written with a dot.
 * - "H" at the start is Haji (removed) whenever a name follows it; elsewhere it is an initial.
 *   "M" as the first name token, with a name after it, is Muhammad (its key is the Muhammad key);
 *   elsewhere it is an initial. A name is never stripped to nothing: the last word always stays.
 * - Legal-name titles (RADEN, TEUKU, ANDI, I GUSTI…; see LEADING_WEAK_PHRASES) and BIN/BINTI with
 *   the patronymic after it stay as tokens, marked weak.
 * - Keys: see nameKey().
 *
 * Pure and allocation-light: about 1 µs per name on a laptop core; no regex is built per call.
 */
export function normalizeName(raw: string): NormalizedName {
  const input = prepare(raw);
  const { segments, toInput } = splitParts(input);
  const removedRuns: { start: number; end: number; dot: boolean }[] = [];

  // Segments after the first: drop every degree/honorific, keep the other words.
  const later: Part[] = [];
  for (let s = 1; s < segments.length; s++) {
    const parts = segments[s] ?? [];
    let i = 0;
    while (i < parts.length) {
      const len = degreeRunFrom(parts, i);
      if (len > 0) {
        removedRuns.push(runSpan(parts, i, len));
        i += len;
      } else if (PREFIX_TITLES.has(parts[i]?.text ?? '')) {
        removedRuns.push(runSpan(parts, i, 1));
        i += 1;
      } else {
        later.push(parts[i] as Part);
        i += 1;
      }
    }
  }

  // First segment: titles off the front, degrees off the back; the name keeps one word at least.
  const first = segments[0] ?? [];
  let lo = 0;
  let hi = first.length;
  while (hi - lo + later.length > 1 && lo < hi && PREFIX_TITLES.has((first[lo] as Part).text)) {
    removedRuns.push(runSpan(first, lo, 1));
    lo += 1;
  }
  while (hi > lo) {
    const len = degreeRunTo(first, lo, hi);
    if (len === 0 || hi - len - lo + later.length < 1) break;
    removedRuns.push(runSpan(first, hi - len, len));
    hi -= len;
  }

  // Tokens are interned (one string per distinct token, see tokenEntry): a million names share them.
  // Sized up front: an array grown by push() keeps room for 17 elements, 100+ unused bytes per name.
  const tokens: string[] = new Array<string>(hi - lo + later.length);
  let t = 0;
  for (let i = lo; i < hi; i++) tokens[t++] = tokenEntry((first[i] as Part).text).token;
  for (const p of later) tokens[t++] = tokenEntry(p.text).token;
  const weak = markWeak(tokens);
  const keys = keyTokens(tokens, weak);
  let removed: readonly string[] = NONE;
  if (removedRuns.length > 0) {
    if (removedRuns.length > 1) removedRuns.sort((a, b) => a.start - b.start);
    removed = removedRuns.map((r) => (toInput === null ? input.slice(r.start, r.end) : input.slice(toInput[r.start], toInput[r.end])) + (r.dot ? '.' : ''));
  }
  return { original: raw, clean: joinsTo(raw, tokens) ? raw : tokens.join(' '), tokens, keys, weak, removed };
}

/** True when `raw` is exactly the tokens joined by single spaces (a clean name: no second copy is kept). */
function joinsTo(raw: string, tokens: readonly string[]): boolean {
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (i > 0) {
      if (raw.charCodeAt(at) !== 32) return false;
      at++;
    }
    if (!raw.startsWith(t, at)) return false;
    at += t.length;
  }
  return at === raw.length;
}

/** Sorted keys of the non-weak tokens, space-separated: a blocking key. All keys if every token is weak. */
export function nameKeyString(n: NormalizedName): string {
  const strong: string[] = [];
  for (let i = 0; i < n.keys.length; i++) if (n.weak[i] !== true) strong.push(n.keys[i] as string);
  return (strong.length === 0 ? [...n.keys] : strong).sort().join(' ');
}

// ---------------------------------------------------------------------------------------------
// Keys

/**
 * The comparison key of one token: spellings from before and after the 1947 and 1972 reforms
 * meet (DOMAIN.md §4.1), as do common transliteration variants of Arabic names.
 *
 *   OE → U         SOEKARNO = SUKARNO            (Van Ophuijsen → Soewandi)
 *   DJ → J, J ≡ Y  DJOKO = JOKO, JUSUF = YUSUF  (EYD 1972: dj → j and j → y)
 *   TJ → C         TJAHJO = CAHYO
 *   SJ, NJ         SJAHRIR = SYAHRIR, NJOMAN = NYOMAN (follow from J ≡ Y)
 *   CH, KH → H     CHAIRUL = KHAIRUL = HAIRUL, ACHMAD = AKHMAD = AHMAD
 *   DH → D, TH → T RAMADHAN = RAMADAN, FATHUR = FATUR
 *   Q → K          TAUFIQ = TAUFIK
 *   final IE → I   HABIBIE = HABIBI
 *   doubles collapse: MUHAMMAD = MUHAMAD, ABDULLAH = ABDULAH
 *   ABDUL + sun letter ABDULRAHMAN = ABDURRAHMAN = ABDURAHMAN (Arabic assimilates the L)
 *
 * J and Y share one key letter because a bare J is old spelling for Y (JUSUF) as often as new
 * spelling for old DJ (JOKO), and a token rarely says which. The price: JOKO and YOKO get the
 * same key, as do JANTI/YANTI. Keys only propose and score candidates; NIK, birth date and the
 * token strings themselves still separate such people, and a shared key between two different
 * names costs at most an extra candidate pair, while a missed old spelling costs a match.
 */
export function nameKey(token: string): string {
  let out = '';
  let last = '';
  const n = token.length;
  for (let i = 0; i < n; i++) {
    const c = token[i] as string;
    const next = i + 1 < n ? (token[i + 1] as string) : '';
    let k: string;
    if (c === 'O' && next === 'E') {
      k = 'U';
      i++;
    } else if (c === 'D' && next === 'J') {
      k = 'Y';
      i++;
    } else if (c === 'T' && next === 'J') {
      k = 'C';
      i++;
    } else if ((c === 'C' || c === 'K') && next === 'H') {
      k = 'H';
      i++;
    } else if ((c === 'D' || c === 'T') && next === 'H') {
      k = c;
      i++;
    } else if (c === 'J') {
      k = 'Y';
    } else if (c === 'Q') {
      k = 'K';
    } else if (c === 'I' && next === 'E' && i + 2 === n) {
      k = 'I';
      i++;
    } else {
      k = c;
    }
    if (k !== last) out += k;
    last = k;
  }
  return foldAssimilatedAbdul(out);
}

/** Sun letters as they stand in a key (SY, SH, DH, TH, DZ begin with one of these). */
const SUN_LETTERS = 'DNRSTZ';

/** ABDUL joined to a name that starts with a sun letter is written and said ABDU + that letter doubled. */
function foldAssimilatedAbdul(key: string): string {
  if (key.length > 5 && key.startsWith('ABDUL') && SUN_LETTERS.includes(key[5] as string)) return `ABDU${key.slice(5)}`;
  return key;
}

const MUHAMMAD_KEY = nameKey('MUHAMMAD');
const MUHAMMAD_KEYS: ReadonlySet<string> = new Set(MUHAMMAD_FORMS.map(nameKey));
const ABBREVIATION_KEY_MAP: ReadonlyMap<string, string> = new Map([
  ...[...ABBREVIATION_KEYS].map(([abbr, full]): [string, string] => [nameKey(abbr), nameKey(full)]),
  ...ASSIMILATED_ABDUL.map((form): [string, string] => [nameKey(form), nameKey('ABDUL')]),
]);

/**
 * Token → key memo. Names repeat their tokens heavily (a million rows hold perhaps 100k distinct
 * tokens), so this saves most of the key work; it is cleared when full to bound memory. The
 * result does not depend on the cache's state.
 */
interface TokenEntry {
  /** The token itself: the one copy that every name holding it shares. */
  readonly token: string;
  readonly key: string;
}
const keyCache = new Map<string, TokenEntry>();
const KEY_CACHE_LIMIT = 200_000;

function tokenEntry(token: string): TokenEntry {
  let e = keyCache.get(token);
  if (e === undefined) {
    let k = nameKey(token);
    if (MUHAMMAD_KEYS.has(k)) k = MUHAMMAD_KEY;
    else k = ABBREVIATION_KEY_MAP.get(k) ?? k;
    // A key equal to its token is the token (one string, not two).
    e = { token, key: k === token ? token : k };
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(token, e);
  }
  return e;
}

function cachedKey(token: string): string {
  return tokenEntry(token).key;
}

/** The comparison key a name token written as `token` gets (old spellings, Muhammad family, ABD/ABDUR…). */
export function tokenKey(token: string): string {
  return cachedKey(token);
}

/**
 * Keys of the tokens. When every key equals its token (most names) the tokens array itself is
 * returned: the record holds one array, not two equal ones (both are read-only).
 */
function keyTokens(tokens: readonly string[], weak: readonly boolean[]): readonly string[] {
  let keys: string[] | null = null;
  let firstStrong = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    // "M. YUSUF": a lone M opening the name (after any legal titles) is Muhammad; "YUSUF M" is an initial.
    const k = t === 'M' && firstStrong && weak[i] !== true && i < tokens.length - 1 ? MUHAMMAD_KEY : cachedKey(t);
    if (keys === null && k !== t) keys = tokens.slice();
    if (keys !== null) keys[i] = k;
    if (weak[i] !== true) firstStrong = false;
  }
  return keys ?? tokens;
}

// ---------------------------------------------------------------------------------------------
// Weak tokens

const PHRASES_BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const m = new Map<string, (readonly string[])[]>();
  for (const p of LEADING_WEAK_PHRASES) {
    const first = p[0] as string;
    const list = m.get(first) ?? [];
    list.push(p);
    m.set(first, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
})();

/** Shared, frozen all-false `weak` arrays by length: most names have no weak token. */
const ALL_STRONG: readonly (readonly boolean[])[] = Array.from({ length: 9 }, (_, n) => Object.freeze(new Array<boolean>(n).fill(false)));

function markWeak(tokens: readonly string[]): readonly boolean[] {
  const weak = markWeakInto(tokens);
  if (weak.length < ALL_STRONG.length && !weak.includes(true)) return ALL_STRONG[weak.length] as readonly boolean[];
  return weak;
}

function markWeakInto(tokens: readonly string[]): boolean[] {
  const n = tokens.length;
  const weak: boolean[] = new Array<boolean>(n).fill(false);
  // Legal titles at the start, phrase by phrase; the last token is never a title.
  let i = 0;
  for (;;) {
    const phrases = PHRASES_BY_FIRST.get(tokens[i] ?? '');
    if (phrases === undefined) break;
    const match = phrases.find((p) => i + p.length < n && p.every((w, j) => tokens[i + j] === w));
    if (match === undefined) break;
    for (let j = 0; j < match.length; j++) weak[i + j] = true;
    i += match.length;
  }
  for (let j = 1; j < n; j++) {
    const t = tokens[j] as string;
    if (WEAK_FROM_HERE.has(t) && j < n - 1) {
      for (let k = j; k < n; k++) weak[k] = true;
      break;
    }
    if (WEAK_ANYWHERE.has(t)) weak[j] = true;
  }
  return weak;
}

// ---------------------------------------------------------------------------------------------
// Degrees

/** Length (in parts) of the longest degree starting at `i`, or 0. Used after a comma, where any degree counts. */
function degreeRunFrom(parts: readonly Part[], i: number): number {
  let joined = '';
  let sub = -1; // where the text after a hyphen starts in `joined`
  let best = 0;
  for (let len = 1; len <= MAX_DEGREE_PARTS && i + len <= parts.length; len++) {
    const p = parts[i + len - 1] as Part;
    if (len > 1) {
      const before = parts[i + len - 2] as Part;
      if (before.hyphen && sub < 0) sub = joined.length;
      else if (!before.dot) break;
    }
    joined += p.text;
    if (isDegree(joined, sub, (parts[i] as Part).text === 'SP')) best = len;
  }
  return best;
}

/**
 * A degree, or a specialist degree (written Sp.…, `specialist`) with its subspecialty after a hyphen
 * (Sp.THT-KL, Sp.PD-KGEH, Sp.THT-BKL): `sub` is where the hyphenated part starts in `text` (-1: none).
 * A bachelor's S.Pd-… is no specialist: its first part is S.
 */
function isDegree(text: string, sub: number, specialist: boolean): boolean {
  if (DEGREES.has(text)) return true;
  if (!specialist || sub < 0 || text.length - sub > MAX_SUBSPECIALTY_LETTERS) return false;
  return DEGREES.has(text.slice(0, sub));
}

const MAX_SUBSPECIALTY_LETTERS = 5;

/** Length of the longest degree (or trailing honorific) ending just before `hi` and not before `lo`, or 0. */
function degreeRunTo(parts: readonly Part[], lo: number, hi: number): number {
  let joined = '';
  let subLength = -1; // letters after a hyphen, at the end of `joined`
  let best = 0;
  const lastDot = (parts[hi - 1] as Part).dot;
  for (let len = 1; len <= MAX_DEGREE_PARTS && hi - len >= lo; len++) {
    const p = parts[hi - len] as Part;
    if (len > 1) {
      if (p.hyphen && subLength < 0) subLength = joined.length;
      else if (!p.dot) break;
    }
    joined = p.text + joined;
    const sub = subLength < 0 ? -1 : joined.length - subLength;
    if (isTrailingDegree(joined, sub, p.text === 'SP', lastDot || len > 1) || (len === 1 && TRAILING_HONORIFICS.has(joined))) best = len;
  }
  return best;
}

/** At the end of the first segment a degree that is also a plausible name token needs a dot ("M.A.", not "MA"). */
function isTrailingDegree(text: string, sub: number, specialist: boolean, dotted: boolean): boolean {
  return isDegree(text, sub, specialist) && (dotted || !AMBIGUOUS_BARE_DEGREES.has(text));
}

function runSpan(parts: readonly Part[], i: number, len: number): { start: number; end: number; dot: boolean } {
  const a = parts[i] as Part;
  const b = parts[i + len - 1] as Part;
  return { start: a.start, end: b.end, dot: b.dot };
}

// ---------------------------------------------------------------------------------------------
// Scanning

const COMBINING_MARKS = /\p{M}+/gu;
const ACUTE_ACCENT = /\u00B4/g;
/** A specialist's consultant mark, "Sp.A(K)": no name word. Blanked in place, so positions stay. */
const CONSULTANT_MARK = /\(\s*K\s*\)/gi;

/** NFKC and accent removal, only for non-ASCII input (the common case skips both). */
function prepare(raw: string): string {
  for (let i = 0; i < raw.length; i++) {
    // The acute accent typed for an apostrophe (MA´RUF) would decompose to a space and a mark: made one first.
    if (raw.charCodeAt(i) > 127) return raw.replace(ACUTE_ACCENT, "'").normalize('NFKD').replace(COMBINING_MARKS, '').normalize('NFKC');
  }
  return raw;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 96 || c === 0xb4 || c === 0x2bc;
}

const LETTER = /\p{L}/u;
const APOSTROPHES = /['\u2018\u2019`\u00B4\u02BC]/g;

/**
 * Splits the input into comma/semicolon segments of parts (letter runs). Dots, spaces, digits and
 * other punctuation end a part; apostrophes inside a word are dropped. Part texts are slices of
 * the uppercased input, so the common ASCII case allocates one string per part.
 */
function splitParts(input: string): { segments: Part[][]; toInput: Int32Array | null } {
  let s = input.includes('(') ? input.replace(CONSULTANT_MARK, (m) => ' '.repeat(m.length)) : input;
  let upper = s.toUpperCase();
  // A few letters change length when uppercased (ß → SS); then work on the uppercased text, and map its
  // offsets back to the input's for the removed titles "as written".
  let toInput: Int32Array | null = null;
  if (upper.length !== s.length) {
    const mapped = upperWithOffsets(s);
    s = upper = mapped.text;
    toInput = mapped.toInput;
  }
  const segments: Part[][] = [];
  let current: Part[] = [];
  let start = -1;
  let end = -1;
  let apostrophe = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    // U+02BC (ʼ) is a letter to \p{L}: the apostrophe test comes first for what is above ASCII.
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && !isApostrophe(c) && LETTER.test(s[i] as string))) {
      if (start < 0) start = i;
      end = i + 1;
      continue;
    }
    if (start >= 0 && isApostrophe(c)) {
      apostrophe = true; // MA'RUF, NU'MAN: the apostrophe joins, it does not split.
      continue;
    }
    if (start >= 0) {
      let text = upper.slice(start, end);
      if (apostrophe) text = text.replace(APOSTROPHES, '');
      current.push({ text, start, end, dot: c === 46, hyphen: c === 45 });
      start = -1;
      apostrophe = false;
    }
    if (c === 44 /* , */ || c === 59 /* ; */) {
      if (current.length > 0) segments.push(current);
      current = [];
    }
  }
  if (current.length > 0) segments.push(current);
  return { segments, toInput };
}

/** `s` uppercased one character at a time (NFKC), with each offset of the result mapped to the offset in `s` it came from. */
function upperWithOffsets(s: string): { text: string; toInput: Int32Array } {
  let text = '';
  const from: number[] = [];
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const u = String.fromCodePoint(cp).toUpperCase().normalize('NFKC');
    for (let k = 0; k < u.length; k++) from.push(i);
    text += u;
    i += width;
  }
  from.push(s.length);
  return { text, toInput: Int32Array.from(from) };
}
