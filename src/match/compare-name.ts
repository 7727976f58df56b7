import type { NormalizedName } from '../normalize/normalized-name.js';
import type { NameLevel } from './comparison-level.js';
import { tokenKey } from '../normalize/name.js';
import { isSpellingVariant, isTokenTypo } from './similarity.js';

/**
 * A name prepared once per record for pairwise comparison. `strong` are the comparison keys of the
 * tokens that identify a person; legal titles (RADEN, ANDI…) and BIN/BINTI + patronymic are weak
 * (DOMAIN.md §4.2: present on one side and absent on the other), so they only decide exact vs equal_strong.
 */
export interface NameSide {
  /** Comparison keys of the strong tokens, in name order (all keys when every token is weak). */
  readonly strong: readonly string[];
  /** The tokens as written for `strong`, same order (for explanations). */
  readonly strongTokens: readonly string[];
  /** Sorted strong keys joined by a space: equal ⇔ same strong tokens in any order. */
  readonly strongKey: string;
  /** Sorted keys of all tokens, weak included. */
  readonly fullKey: string;
  readonly source: NormalizedName;
}

export function nameSide(n: NormalizedName): NameSide {
  const s = prepareNameSide(n);
  return { strong: s.strong, strongTokens: s.strongTokens, strongKey: s.strongKey, fullKey: s.fullKey, source: n };
}

/**
 * The fields of `nameSide(n)` in a reused scratch object, read before the next call: a record's
 * features carry them as their own fields (person-features.ts), so that a roster row of a million
 * keeps one object for both instead of two.
 */
export function prepareNameSide(n: NormalizedName): Readonly<Omit<NameSide, 'source'>> {
  const anyWeak = n.weak.some((w) => w);
  let strong: readonly string[] = n.keys;
  let strongTokens: readonly string[] = n.tokens;
  if (anyWeak && n.weak.some((w) => !w)) {
    strong = n.keys.filter((_, i) => n.weak[i] !== true);
    strongTokens = n.tokens.filter((_, i) => n.weak[i] !== true);
  }
  SIDE.strong = strong;
  SIDE.strongTokens = strongTokens;
  SIDE.strongKey = sortedKey(strong);
  SIDE.fullKey = anyWeak ? sortedKey(n.keys) : SIDE.strongKey;
  return SIDE;
}

const SIDE: { strong: readonly string[]; strongTokens: readonly string[]; strongKey: string; fullKey: string } = { strong: [], strongTokens: [], strongKey: '', fullKey: '' };

/** Keys sorted and joined by a space; the one- and two-token cases (most names) without allocation of arrays. */
function sortedKey(keys: readonly string[]): string {
  if (keys.length === 0) return '';
  if (keys.length === 1) return keys[0] ?? '';
  if (keys.length === 2) {
    const a = keys[0] ?? '';
    const b = keys[1] ?? '';
    return a <= b ? `${a} ${b}` : `${b} ${a}`;
  }
  // By hand rather than Array.prototype.sort, which copies the elements into a work array of its
  // own (~70 MB of garbage in a 100k × 100k run). `<` orders strings by UTF-16 code units,
  // as sort() does.
  const s = keys.slice();
  for (let i = 1; i < s.length; i++) {
    const x = s[i] ?? '';
    let j = i - 1;
    while (j >= 0 && (s[j] ?? '') > x) {
      s[j + 1] = s[j] ?? '';
      j--;
    }
    s[j + 1] = x;
  }
  return s.join(' ');
}

export interface NameComparison {
  readonly level: NameLevel;
  /** Bit i set: the roster side's strong token i matched a BPJS token exactly (for token frequencies). */
  readonly rosterExactMask: number;
  /**
   * How many strong words the two names share exactly (a word written joined on one side and apart on
   * the other counts as its two parts). One shared word is thin evidence when the names otherwise differ
   * (classify.ts).
   */
  readonly agreeing: number;
}

/** How two names line up token by token (for explanations). */
export interface NameAlignment extends NameComparison {
  /** Tokens (as written) found on both sides. */
  readonly common: readonly string[];
  /** Token pairs [roster, bpjs] that differ by one typing error. */
  readonly typos: readonly (readonly [string, string])[];
  /** [roster, bpjs] words written apart on one side and together on the other ("NUR HAYATI", "NURHAYATI"). */
  readonly joined: readonly (readonly [string, string])[];
  /** [roster, bpjs] word where the BPJS name was cut off ("SETIAWAN", "SETI"). */
  readonly cut: readonly (readonly [string, string])[];
  /** Tokens of either side left without a partner (dropped middle names, other names). */
  readonly unmatchedRoster: readonly string[];
  readonly unmatchedBpjs: readonly string[];
}

const MAX_TOKENS = 30;
const SCRATCH_MATCH = new Int8Array(MAX_TOKENS);
const SCRATCH_KIND = new Uint8Array(MAX_TOKENS);
const SCRATCH_USED = new Uint8Array(MAX_TOKENS);

/**
 * Compares a roster name (a) with a BPJS name (b). Levels, best first:
 * exact (same keys, any order) → equal_strong (differ only in weak tokens) → initials ("SITI A." vs
 * "SITI AMINAH") → subset (a dropped name, e.g. a middle name) → close (one typing error in a token)
 * → partial (some token in common) → far (nothing in common); missing when either is empty.
 */
export function compareNames(a: NameSide, b: NameSide): NameComparison {
  // Fast path for the common case (most pairs found by an exact NIK have equal names).
  if (a.strong.length > 0 && b.strong.length > 0 && a.strongKey === b.strongKey) {
    const n = Math.min(a.strong.length, MASK_TOKENS);
    return (a.fullKey === b.fullKey ? EXACT_BY_TOKENS : EQUAL_STRONG_BY_TOKENS)[n]!;
  }
  return align(a, b, false);
}

function allBits(n: number): number {
  return n >= 31 ? 0x7fffffff : (1 << n) - 1;
}

// Shared results of the fast path, by token count up to the 31 a rosterExactMask can mark (a million
// pairs allocate nothing there).
const MASK_TOKENS = 31;
const byTokens = (level: NameLevel): readonly NameComparison[] =>
  Array.from({ length: MASK_TOKENS + 1 }, (_, n) => ({ level, rosterExactMask: allBits(n), agreeing: n }));
const EXACT_BY_TOKENS = byTokens('exact');
const EQUAL_STRONG_BY_TOKENS = byTokens('equal_strong');
/** What align() returns without detail: empty lists, shared. */
const NO_TOKENS: readonly string[] = Object.freeze([]);
const NO_TYPOS: readonly (readonly [string, string])[] = Object.freeze([]);

export function alignNames(a: NameSide, b: NameSide): NameAlignment {
  return align(a, b, true);
}

const EXACT = 1;
const INITIAL = 2;
const TYPO = 3;
/** Part of a name written as two words on one side and one on the other (NUR HAYATI / NURHAYATI). */
const JOINED = 4;

function align(a: NameSide, b: NameSide, detail: boolean): NameAlignment {
  const na = Math.min(a.strong.length, MAX_TOKENS);
  const nb = Math.min(b.strong.length, MAX_TOKENS);
  if (na === 0 || nb === 0) return result('missing', 0, 0, a, b, null, null, SCRATCH_USED, detail);
  // Which token of the other side each token of a / b matched, and how (module scratch: no allocation per pair).
  const matchA = detail ? new Int8Array(na) : SCRATCH_MATCH;
  const kindA = detail ? new Uint8Array(na) : SCRATCH_KIND;
  const usedB = SCRATCH_USED;
  matchA.fill(-1, 0, na);
  kindA.fill(0, 0, na);
  usedB.fill(0, 0, nb);
  // Pass 1: exact keys; pass 2: an initial against a token with that first letter; pass 3: one typo.
  for (let pass = EXACT; pass <= TYPO; pass++) {
    for (let i = 0; i < na; i++) {
      if (matchA[i] !== -1) continue;
      const x = a.strong[i] ?? '';
      for (let j = 0; j < nb; j++) {
        if (usedB[j] !== 0) continue;
        const y = b.strong[j] ?? '';
        let ok: boolean;
        if (pass === EXACT) ok = x === y;
        else if (pass === INITIAL) {
          // Initials are letters as written: a lone M keys as MUHAMMAD but may stand for MEGA.
          const tx = a.strongTokens[i] ?? '';
          const ty = b.strongTokens[j] ?? '';
          ok =
            (x.length === 1 && y.length > 1 && y[0] === x) ||
            (y.length === 1 && x.length > 1 && x[0] === y) ||
            (tx.length === 1 && ty.length > 1 && ty[0] === tx) ||
            (ty.length === 1 && tx.length > 1 && tx[0] === ty) ||
            (j === nb - 1 && cutShort(a, i, b, j));
        }
        // Keys fold doubled letters and old spellings, so a typo may show in the written token only.
        else ok = isTokenTypo(x, y) || isTokenTypo(a.strongTokens[i] ?? '', b.strongTokens[j] ?? '');
        if (ok) {
          matchA[i] = j;
          kindA[i] = pass;
          usedB[j] = pass;
          break;
        }
      }
    }
  }
  let exactN = 0;
  let initialN = 0;
  let typoN = 0;
  let mask = 0;
  let matchedA = 0;
  for (let i = 0; i < na; i++) {
    if (kindA[i] !== 0) matchedA++;
    if (kindA[i] === EXACT) {
      exactN++;
      mask |= 1 << i;
    } else if (kindA[i] === INITIAL) initialN++;
    else if (kindA[i] === TYPO) typoN++;
  }
  let matchedB = matchedA;
  const agreeingExact = exactN;
  let joins = 0;
  if (matchedA < na && matchedA < nb && (na > 1 || nb > 1)) {
    joins = joinWords(a, b, na, nb, matchA, kindA, usedB);
    if (joins > 0) {
      matchedA = 0;
      matchedB = 0;
      for (let i = 0; i < na; i++) {
        if (kindA[i] === 0) continue;
        matchedA++;
        if (kindA[i] === JOINED) {
          exactN++;
          mask |= 1 << i;
        }
      }
      for (let j = 0; j < nb; j++) if (usedB[j] !== 0) matchedB++;
    }
  }
  const agreeing = agreeingExact + 2 * joins;
  const shorter = Math.min(na, nb);
  const longer = Math.max(na, nb);
  let level: NameLevel;
  if (a.fullKey === b.fullKey) level = 'exact';
  else if (a.strongKey === b.strongKey) level = 'equal_strong';
  else if (matchedA === na && matchedB === nb && initialN === 0 && typoN === 0) level = 'equal_strong';
  else if (matchedA === na || matchedB === nb) {
    // Every token of one name has a partner.
    if (exactN === 0) level = shorter === 1 && typoN === 1 ? 'close' : 'partial';
    else if (typoN > 0) level = 'close';
    else if (initialN > 0) level = longer === shorter ? 'initials' : 'subset';
    else {
      // A word more on one side and a legal title (ANDI, RADEN…) on the other is another first name
      // (ANDI SAPUTRA / ANDIKA SAPUTRA), not a dropped one.
      const [covered, other] = matchedA === na ? [a, b] : [b, a];
      level = weakWords(covered) > weakWords(other) ? 'partial' : 'subset';
    }
  } else level = exactN > 0 ? 'partial' : 'far';
  return result(level, mask, agreeing, a, b, detail ? matchA : null, detail ? kindA : null, usedB, detail);
}

/**
 * BPJS word j ends a long name and is the start of roster word i: the export cut the name off
 * (HUSEN FEBRIANSYAH SETI / HUSEN FEBRIANSYAH SETIAWAN). Only long names are cut, so a short name
 * that merely begins another (RAHMA / RAHMAWATI) is not taken for one.
 */
function cutShort(a: NameSide, i: number, b: NameSide, j: number): boolean {
  const x = a.strongTokens[i] ?? '';
  const y = b.strongTokens[j] ?? '';
  return y.length >= 2 && x.length > y.length && b.source.clean.length >= MIN_CUT_NAME_LENGTH && x.startsWith(y) && b.source.tokens.at(-1) === y;
}

/** The shortest BPJS name taken to be cut off (the probe's exports cut at 20–25 characters; DOMAIN.md §4.2: no published limit). */
const MIN_CUT_NAME_LENGTH = 20;

/**
 * How many weak words (legal titles, bin/binti + patronymic) a name has, of more than one letter: a
 * lone letter (I., R.) may as well be the initial of the other name's extra word (I. PRATAMA / IRFAN PRATAMA).
 */
function weakWords(n: NameSide): number {
  if (n.fullKey === n.strongKey) return 0;
  const { tokens, weak } = n.source;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) if (weak[i] === true && (tokens[i]?.length ?? 0) > 1) count++;
  return count;
}

/**
 * Pairs two adjacent unmatched words of one name with one unmatched word of the other when they are
 * the same word written apart or together (NUR HAYATI / NURHAYATI, ABDUL RAHMAN / ABDURRAHMAN):
 * the key of the words joined equals the other word's. The roster side's words are marked JOINED
 * in `kindA` (its first word points at the BPJS word; a BPJS pair is marked used). Returns how many
 * joins were found.
 */
function joinWords(a: NameSide, b: NameSide, na: number, nb: number, matchA: Int8Array, kindA: Uint8Array, usedB: Uint8Array): number {
  let found = 0;
  // Two roster words, one BPJS word.
  for (let i = 0; i + 1 < na; i++) {
    if (matchA[i] !== -1 || matchA[i + 1] !== -1) continue;
    const j = joinedPartner(a, i, b, nb, (k) => usedB[k] === 0);
    if (j < 0) continue;
    matchA[i] = j;
    matchA[i + 1] = j;
    kindA[i] = JOINED;
    kindA[i + 1] = JOINED;
    usedB[j] = JOINED;
    found++;
    i++;
  }
  // One roster word, two BPJS words.
  for (let j = 0; j + 1 < nb; j++) {
    if (usedB[j] !== 0 || usedB[j + 1] !== 0) continue;
    const i = joinedPartner(b, j, a, na, (k) => matchA[k] === -1);
    if (i < 0) continue;
    matchA[i] = j;
    kindA[i] = JOINED;
    usedB[j] = JOINED;
    usedB[j + 1] = JOINED;
    found++;
    j++;
  }
  return found;
}

/** The free word of `other` that words i and i+1 of `side` spell when joined, or -1. */
function joinedPartner(side: NameSide, i: number, other: NameSide, n: number, free: (k: number) => boolean): number {
  const x = side.strongTokens[i] ?? '';
  const y = side.strongTokens[i + 1] ?? '';
  const first = side.strong[i]?.[0];
  let joined: string | null = null;
  for (let k = 0; k < n; k++) {
    if (!free(k)) continue;
    const t = other.strongTokens[k] ?? '';
    // Cheap tests first: keys start alike and the lengths are close (doubled letters fold in the key).
    if (other.strong[k]?.[0] !== first || Math.abs(x.length + y.length - t.length) > 2) continue;
    // Keyed as a written word would be (old spellings, ABDUR…), so it compares with the other word's key.
    joined ??= tokenKey(x + y);
    if (joined === other.strong[k]) return k;
  }
  return -1;
}

function result(
  level: NameLevel,
  mask: number,
  agreeing: number,
  a: NameSide,
  b: NameSide,
  matchA: Int8Array | null,
  kindA: Uint8Array | null,
  usedB: Uint8Array,
  detail: boolean,
): NameAlignment {
  if (!detail || matchA === null || kindA === null) {
    return { level, rosterExactMask: mask, agreeing, common: NO_TOKENS, typos: NO_TYPOS, joined: NO_TYPOS, cut: NO_TYPOS, unmatchedRoster: NO_TOKENS, unmatchedBpjs: NO_TOKENS };
  }
  const common: string[] = [];
  const typos: [string, string][] = [];
  const joined: [string, string][] = [];
  const cut: [string, string][] = [];
  const unmatchedRoster: string[] = [];
  for (let i = 0; i < matchA.length && i < a.strong.length; i++) {
    const j = matchA[i] ?? -1;
    const ta = a.strongTokens[i] ?? '';
    if (j < 0) {
      unmatchedRoster.push(ta);
      continue;
    }
    const tb = b.strongTokens[j] ?? '';
    if (kindA[i] === TYPO) typos.push([ta, tb]);
    else if (kindA[i] === EXACT) common.push(ta);
    else if (kindA[i] === INITIAL && ta.length > 1 && tb.length > 1) cut.push([ta, tb]);
    else if (kindA[i] === JOINED) {
      if (matchA[i + 1] === j && kindA[i + 1] === JOINED) {
        joined.push([`${ta} ${a.strongTokens[i + 1] ?? ''}`, tb]);
        i++;
      } else joined.push([ta, `${tb} ${b.strongTokens[j + 1] ?? ''}`]);
    }
  }
  const unmatchedBpjs = b.strongTokens.filter((_, j) => j >= MAX_TOKENS || usedB[j] === 0);
  return { level, rosterExactMask: mask, agreeing, common, typos, joined, cut, unmatchedRoster, unmatchedBpjs };
}

/** True when the strong names share at least one key (cheap pre-check, no allocation). */
export function shareAnyKey(a: NameSide, b: NameSide): boolean {
  // Most pairs it sees (same NIK) carry the same name: one comparison of the joined keys settles them
  // without reading every key of both (each a separate string, often not in the cache).
  if (a.strongKey !== '' && a.strongKey === b.strongKey) return true;
  for (const x of a.strong) for (const y of b.strong) if (x === y) return true;
  return false;
}

/**
 * True when the words the two names do not share exactly pair up one to one as spellings of one word
 * (isSpellingVariant): NURHAYATI SAEPUDIN / NURHAYATI SAIFUDIN, ACEP SAEPUDIN / ASEP SAEFUDIN. Twins'
 * names differ in a whole given name instead (SITI RAHMA / SITI AMINAH). Asked only of the rare pairs
 * whose NIKs also differ in the serial number, so it may allocate.
 */
export function differOnlyInSpelling(a: NameSide, b: NameSide): boolean {
  const restA = a.strong.slice();
  const restB = b.strong.slice();
  const tokensA = a.strongTokens.slice();
  const tokensB = b.strongTokens.slice();
  for (let i = restA.length - 1; i >= 0; i--) {
    const j = restB.indexOf(restA[i] ?? '');
    if (j < 0) continue;
    restA.splice(i, 1);
    tokensA.splice(i, 1);
    restB.splice(j, 1);
    tokensB.splice(j, 1);
  }
  if (restA.length === 0 || restA.length !== restB.length) return false;
  for (let i = 0; i < restA.length; i++) {
    const j = restB.findIndex((y, k) => isSpellingVariant(restA[i] ?? '', y) || isSpellingVariant(tokensA[i] ?? '', tokensB[k] ?? ''));
    if (j < 0) return false;
    restB.splice(j, 1);
    tokensB.splice(j, 1);
  }
  return true;
}
