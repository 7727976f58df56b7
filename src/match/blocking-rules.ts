import { emitDigitsOutside, hashFinish, hashPrefixKey, hashStart, hashStringKey, LANE1, LANE2, mixInt, mixString } from './key-hash.js';
import { swapDayMonth } from './compare-birth-date.js';
import type { PersonFeatures } from './person-features.js';
import { tokenKey } from '../normalize/name.js';

/**
 * Blocking rules (Splink vocabulary): each generates candidate pairs from equal keys; a pair is
 * tagged with the first rule that found it. Ordered from strongest to weakest. Never all pairs.
 * - nik_exact: the same 16 NIK digits;
 * - nik_near: NIKs one substitution or one adjacent transposition apart (typos);
 * - nik_prefix: the same first 15 digits, when one side lost its 16th digit in Excel (DOMAIN.md §5);
 * - kpj: the same BPJS participant number;
 * - birth_date_name: a birth date (column or NIK; day/month swapped too) and one name token;
 * - name_region: the whole name in the same NIK region;
 * - name_full: the whole name (catches a missing NIK together with a mistyped birth date).
 * The last three are weak: their blocks are capped (MatchSettings.maxBlockSize).
 */
export const BLOCKING_RULES = ['nik_exact', 'nik_near', 'nik_prefix', 'kpj', 'birth_date_name', 'name_region', 'name_full'] as const;
export type BlockingRule = (typeof BLOCKING_RULES)[number];

export const WEAK_RULES: ReadonlySet<BlockingRule> = new Set(['birth_date_name', 'name_region', 'name_full']);

export function ruleIndex(rule: BlockingRule): number {
  return BLOCKING_RULES.indexOf(rule);
}

/**
 * Windows of 4 digits whose removal leaves the 12-digit near-NIK keys. One substitution lies in some
 * window, and so does every adjacent pair (windows overlap at 2–5, 6–9, 10–13), so a NIK one typo away
 * shares at least one key. The last window (serial) doubles as the exact-NIK block.
 */
export const NIK_WINDOWS: readonly (readonly [number, number])[] = [
  [12, 4],
  [0, 4],
  [2, 4],
  [4, 4],
  [6, 4],
  [8, 4],
  [10, 4],
];

/** Hash kinds: one per key family, so equal strings of different families never meet. */
const KIND_WINDOW = 100;
const KIND_PREFIX = 2;
const KIND_KPJ = 3;
const KIND_DOB_NAME = 4;
const KIND_NAME_REGION = 5;
const KIND_NAME_FULL = 6;

export type KeyEmitter = (h1: number, h2: number) => void;

export function nikWindowKey(digits: string, window: number, emit: KeyEmitter): void {
  const [skip, len] = NIK_WINDOWS[window] ?? [0, 0];
  emitDigitsOutside(KIND_WINDOW + window, digits, skip, len, emit);
}

/** Key of the first 15 digits of `digits` (a valid NIK or the trusted digits of an Excel-damaged one). */
export function prefixKey(digits: string, emit: KeyEmitter): void {
  emit(hashPrefixKey(LANE1, KIND_PREFIX, digits, 15), hashPrefixKey(LANE2, KIND_PREFIX, digits, 15));
}

export function kpjKey(kpj: string, emit: KeyEmitter): void {
  emit(hashStringKey(LANE1, KIND_KPJ, kpj), hashStringKey(LANE2, KIND_KPJ, kpj));
}

function dobNameKey(date: number, token: string, emit: KeyEmitter): void {
  emit(hashFinish(mixString(mixInt(hashStart(LANE1, KIND_DOB_NAME), date), token)), hashFinish(mixString(mixInt(hashStart(LANE2, KIND_DOB_NAME), date), token)));
}

function nameRegionKey(region: number, strongKey: string, emit: KeyEmitter): void {
  emit(
    hashFinish(mixString(mixInt(hashStart(LANE1, KIND_NAME_REGION), region), strongKey)),
    hashFinish(mixString(mixInt(hashStart(LANE2, KIND_NAME_REGION), region), strongKey)),
  );
}

function nameFullKey(strongKey: string, emit: KeyEmitter): void {
  emit(hashStringKey(LANE1, KIND_NAME_FULL, strongKey), hashStringKey(LANE2, KIND_NAME_FULL, strongKey));
}

/** Name tokens worth blocking on: not initials. */
function blockingToken(t: string): boolean {
  return t.length >= 2;
}

/**
 * Roster side of birth_date_name: the row's birth date (column, else NIK; both when they differ) with its
 * first and last strong name token — a dropped middle name or a typo in one token still leaves one
 * shared key, while a row costs at most two index entries (four when its column and NIK disagree).
 */
export function rosterBirthDateNameKeys(f: PersonFeatures, emit: KeyEmitter): void {
  const date = f.birthDate !== 0 ? f.birthDate : f.nikBirthDate;
  if (date === 0) return;
  const tokens = f.strong;
  const first = tokens.find(blockingToken);
  let last: string | undefined;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] ?? '';
    if (blockingToken(t)) {
      last = t;
      break;
    }
  }
  if (first !== undefined) dobNameKey(date, first, emit);
  if (last !== undefined && last !== first) dobNameKey(date, last, emit);
  // A roster birth date typed wrong while the NIK carries the right one: the NIK's date too (rare: the two
  // differ on a few rows in a hundred, so the index grows by as much).
  const nikDate = f.nikBirthDate;
  if (nikDate !== 0 && nikDate !== date) {
    if (first !== undefined) dobNameKey(nikDate, first, emit);
    if (last !== undefined && last !== first) dobNameKey(nikDate, last, emit);
  }
}

/**
 * BPJS side of birth_date_name: every strong token with every date the person may carry (column,
 * NIK, and the column date with day and month swapped); also adjacent words joined, and the first
 * parts of a one-word name.
 */
export function queryBirthDateNameKeys(f: PersonFeatures, emit: KeyEmitter): void {
  const d1 = f.birthDate;
  const d2 = f.nikBirthDate !== d1 ? f.nikBirthDate : 0;
  let d3 = swapDayMonth(d1);
  if (d3 === d2) d3 = 0;
  if (d1 === 0 && d2 === 0) return;
  const withDates = (t: string): void => {
    if (d1 !== 0) dobNameKey(d1, t, emit);
    if (d2 !== 0) dobNameKey(d2, t, emit);
    if (d3 !== 0) dobNameKey(d3, t, emit);
  };
  const tokens = f.strong;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (blockingToken(t) && tokens.indexOf(t) === i) withDates(t);
  }
  // A name written apart on one side and joined on the other shares no word (NUR HAYATI / NURHAYATI):
  // two adjacent words are also looked up joined, and a one-word name by its possible first words.
  // Bounded, so that a hostile export (long one-word or many-word names) costs a few look-ups per record.
  const written = f.strongTokens;
  for (let i = 0; i + 1 < written.length && i < MAX_JOINED_PAIRS; i++) withDates(tokenKey(`${written[i] ?? ''}${written[i + 1] ?? ''}`));
  const only = written.length === 1 ? (written[0] ?? '') : '';
  const lastCut = Math.min(only.length - MIN_SPLIT_PART, MAX_SPLIT_PART);
  for (let cut = MIN_SPLIT_PART; cut <= lastCut; cut++) withDates(tokenKey(only.slice(0, cut)));
}

/** Shortest part of a one-word name looked up as a word of its own (NUR of NURHAYATI). */
const MIN_SPLIT_PART = 3;
/** Longest first part looked up (MUHAMMAD has 8 letters). */
const MAX_SPLIT_PART = 8;
/** Adjacent word pairs looked up joined: the first three (names rarely have more than four words). */
const MAX_JOINED_PAIRS = 3;

/** The one birth_date_name key of a participant already matched by an exact NIK: its own date and first token. */
export function confirmedBirthDateNameKey(f: PersonFeatures, emit: KeyEmitter): void {
  const date = f.birthDate !== 0 ? f.birthDate : f.nikBirthDate;
  const first = f.strong.find(blockingToken);
  if (date !== 0 && first !== undefined) dobNameKey(date, first, emit);
}

export function nameRegionKeys(f: PersonFeatures, emit: KeyEmitter): void {
  if (f.region !== 0 && f.strongKey !== '') nameRegionKey(f.region, f.strongKey, emit);
}

export function nameFullKeys(f: PersonFeatures, emit: KeyEmitter): void {
  if (f.strongKey !== '') nameFullKey(f.strongKey, emit);
}
