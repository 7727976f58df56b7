import type { Message } from '../i18n/message.js';
import type { NikStatus, ParsedNik, Sex } from './parsed-nik.js';
import type { BpjsParticipant, BpjsStatus, Worker } from './person-record.js';
import type { RowProblem } from './row-problem.js';

/**
 * A batch of records laid out for crossing from a reader thread to the main thread: one array of
 * strings, one typed array of codes, and the rare nested values (problems, NIK reasons,
 * removed titles) on the side. The structured clone of record objects costs ~5 µs a record to read
 * on the main thread — the critical path of a large run — and copies every string of every record;
 * this form costs ~1 µs, and the records it rebuilds share what repeats (file, NIK text, literals,
 * empty lists) without a separate compaction pass. Strings that repeat across records (name tokens,
 * dates, places, agencies…) cross once per stream: afterwards by number (see `refs`).
 */
export interface RecordWire {
  readonly count: number;
  readonly strings: readonly string[];
  /**
   * CODES_PER_RECORD per record: flags, token count, key count (-1: the keys are the tokens), weak bits
   * (-1: in extras), row, NIK pivot, seq, wage. All small integers, read back as such: numbers read
   * from a Float64Array would make V8 store every record's row and seq as boxed doubles.
   */
  readonly codes: Int32Array;
  /** Records' rare nested values, in record order (those with the EXTRAS flag). */
  readonly extras: readonly WireExtras[];
  /**
   * One per repeatable string (name tokens and keys, birth date and place, agency, position, BPJS
   * status text, membership date), in record order: the id of a string this stream sent before, NEW
   * (the next one in `strings`, to remember under the next id) or PLAIN (the next one, not remembered).
   */
  readonly refs: Int32Array;
}

interface WireExtras {
  readonly reason: Message | null;
  readonly warnings: readonly Message[];
  readonly problems: readonly RowProblem[];
  readonly removed: readonly string[];
  readonly weak: readonly boolean[] | null;
  /** A wage that is not a 32-bit integer. */
  readonly wage: number | null;
}

const CODES_PER_RECORD = 8;

// Flags (codes[0]); the two-bit fields say where a NIK string is found.
const F_BPJS = 1 << 0;
const F_NEW_PLACE = 1 << 1;
const NIK_STATUS_SHIFT = 2;
const NIK_VALUE_SHIFT = 4;
const DIGITS_SHIFT = 6;
const PREFIX_SHIFT = 8;
const F_CLEAN_IS_ORIGINAL = 1 << 10;
const SEX_SHIFT = 11;
const STATUS_SHIFT = 13;
const F_EXTRAS = 1 << 15;
/** A wage is present (in the codes, or in extras when it is not a 32-bit integer). */
const F_WAGE = 1 << 23;
/**
 * How many removed titles follow the keys in `strings` (4 bits): three roster names in ten carry a
 * title, and as extras each was an object to clone, ~2 µs a record on the main thread. More than
 * MAX_REMOVED_IN_CODES travel in extras.
 */
const REMOVED_SHIFT = 24;
const MAX_REMOVED_IN_CODES = 15;
/** Optional strings, one bit each when present, in this order. */
const OPTIONAL_SHIFT = 16;
const OPTIONAL = ['birthDate', 'birthPlace', 'agency', 'position', 'kpj', 'statusRaw', 'membershipDate'] as const;
/** Which optional strings repeat across records (a KPJ number does not). */
const REPEATABLE: readonly boolean[] = OPTIONAL.map((o) => o !== 'kpj');
const NEW = -1;
const PLAIN = -2;

/** `nik`: the raw text, none, or its own string. */
const NIK_IS_RAW = 0;
const NIK_NONE = 1;
/** `digits`: the raw text, the NIK, or its own string. */
const DIGITS_ARE_RAW = 0;
const DIGITS_ARE_NIK = 1;
/** `trustedPrefix`: none, the digits, or its own string. */
const PREFIX_NONE = 0;
const PREFIX_IS_DIGITS = 1;
/** A two-bit field's value when the string follows in `strings`. */
const OWN = 2;

const NIK_STATUSES: readonly NikStatus[] = ['valid', 'excel_damaged', 'invalid', 'missing'];
const SEXES: readonly (Sex | null)[] = [null, 'M', 'F'];
const BPJS_STATUSES: readonly (BpjsStatus | null)[] = [null, 'active', 'inactive'];
/** Weak flags fit in the bits of one code up to this many tokens; longer names carry them in extras. */
const MAX_WEAK_BITS = 30;

const EMPTY: readonly never[] = Object.freeze([]);

type AnyRecord = Worker | BpjsParticipant;

/**
 * How many distinct repeatable strings a stream remembers, and the longest one (both bound memory);
 * and after how many records it starts: below that the memory saved does not matter and the time does
 * (a look-up per string in the reader thread, which is the slower side of a run of 100,000 rows).
 */
export interface WireDictionaryLimits {
  readonly size: number;
  readonly maxLength: number;
  readonly startAfter: number;
}

const DEFAULT_DICTIONARY: WireDictionaryLimits = { size: 500_000, maxLength: 40, startAfter: 200_000 };

/**
 * Encodes the batches of one stream, in order; its decoder must see them in the same order. The
 * dictionary of repeated strings is built here, in the reader thread, so that the main thread neither
 * hashes them nor copies them more than once.
 */
export function createWireEncoder(limits: WireDictionaryLimits = DEFAULT_DICTIONARY): (records: readonly AnyRecord[]) => RecordWire {
  // One table per kind of string (name words, then each optional field), ids shared: a field with
  // few values (agency, status) keeps a small table that stays in the cache, and the value of the row
  // before (rosters are grouped by agency) is recognised without a look-up.
  const kinds = 1 + OPTIONAL.length;
  const ids = Array.from({ length: kinds }, () => new Map<string, number>());
  const lastText: (string | null)[] = new Array<string | null>(kinds).fill(null);
  const lastId: number[] = new Array<number>(kinds).fill(PLAIN);
  let size = 0;
  let encoded = 0;
  return (records) => {
    const remember = encoded >= limits.startAfter;
    encoded += records.length;
    const strings: string[] = [];
    const refs: number[] = [];
    const repeatable = (v: string, kind: number): void => {
      if (remember && v.length <= limits.maxLength) {
        if (v === lastText[kind]) {
          refs.push(lastId[kind]!);
          return;
        }
        const table = ids[kind]!;
        const id = table.get(v);
        if (id === undefined && size < limits.size) {
          table.set(v, size++);
          refs.push(NEW);
          strings.push(v);
          lastText[kind] = v;
          lastId[kind] = size - 1;
          return;
        }
        if (id !== undefined) {
          refs.push(id);
          lastText[kind] = v;
          lastId[kind] = id;
          return;
        }
      }
      refs.push(PLAIN);
      strings.push(v);
    };
    const codes = new Int32Array(records.length * CODES_PER_RECORD);
    const extras: WireExtras[] = [];
    let file: string | null = null;
    let sheet: string | null = null;
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      let f = r.side === 'bpjs' ? F_BPJS : 0;
      if (r.file !== file || r.sheet !== sheet) {
        f |= F_NEW_PLACE;
        file = r.file;
        sheet = r.sheet;
        strings.push(r.file, r.sheet);
      }
      const n = r.nik;
      f |= NIK_STATUSES.indexOf(n.status) << NIK_STATUS_SHIFT;
      strings.push(n.raw);
      f |= (n.nik === n.raw ? NIK_IS_RAW : n.nik === null ? NIK_NONE : own(n.nik, strings)) << NIK_VALUE_SHIFT;
      f |= (n.digits === n.raw ? DIGITS_ARE_RAW : n.digits === n.nik ? DIGITS_ARE_NIK : own(n.digits, strings)) << DIGITS_SHIFT;
      f |= (n.trustedPrefix === null ? PREFIX_NONE : n.trustedPrefix === n.digits ? PREFIX_IS_DIGITS : own(n.trustedPrefix, strings)) << PREFIX_SHIFT;
      const name = r.name;
      strings.push(name.original);
      if (name.clean === name.original) f |= F_CLEAN_IS_ORIGINAL;
      else strings.push(name.clean);
      for (const t of name.tokens) repeatable(t, 0);
      const keysAreTokens = name.keys.length === name.tokens.length && name.keys.every((k, j) => k === name.tokens[j]);
      if (!keysAreTokens) for (const k of name.keys) repeatable(k, 0);
      const removedInCodes = name.removed.length <= MAX_REMOVED_IN_CODES;
      if (removedInCodes) {
        f |= name.removed.length << REMOVED_SHIFT;
        for (const t of name.removed) repeatable(t, 0);
      }
      f |= SEXES.indexOf(r.sex) << SEX_SHIFT;
      if (r.side === 'bpjs') f |= BPJS_STATUSES.indexOf(r.status) << STATUS_SHIFT;
      for (let o = 0; o < OPTIONAL.length; o++) {
        const v = optional(r, o);
        if (v !== null) {
          f |= 1 << (OPTIONAL_SHIFT + o);
          if (REPEATABLE[o] === true) repeatable(v, 1 + o);
          else strings.push(v);
        }
      }
      const weakBits = name.weak.length <= MAX_WEAK_BITS ? bits(name.weak) : -1;
      if (r.wage !== null) f |= F_WAGE;
      const wageInCodes = r.wage === null || (r.wage | 0) === r.wage;
      if (n.reason !== null || n.warnings.length > 0 || r.problems.length > 0 || !removedInCodes || weakBits < 0 || !wageInCodes) {
        f |= F_EXTRAS;
        extras.push({ reason: n.reason, warnings: n.warnings, problems: r.problems, removed: removedInCodes ? EMPTY : name.removed, weak: weakBits < 0 ? name.weak : null, wage: wageInCodes ? null : r.wage });
      }
      const c = i * CODES_PER_RECORD;
      codes[c] = f;
      codes[c + 1] = name.tokens.length;
      codes[c + 2] = keysAreTokens ? -1 : name.keys.length;
      codes[c + 3] = weakBits;
      codes[c + 4] = r.row;
      codes[c + 5] = n.pivot;
      codes[c + 6] = r.seq;
      codes[c + 7] = wageInCodes ? (r.wage ?? 0) : 0;
    }
    return { count: records.length, strings, codes, extras, refs: Int32Array.from(refs) };
  };
}

function own(v: string, strings: string[]): number {
  strings.push(v);
  return OWN;
}

function optional(r: AnyRecord, o: number): string | null {
  switch (OPTIONAL[o]) {
    case 'birthDate':
      return r.birthDate;
    case 'birthPlace':
      return r.birthPlace;
    case 'agency':
      return r.agency;
    case 'position':
      return r.position;
    case 'kpj':
      return r.kpj;
    case 'statusRaw':
      return r.side === 'bpjs' ? r.statusRaw : null;
    case 'membershipDate':
      return r.side === 'bpjs' ? r.membershipDate : null;
    default:
      return null;
  }
}

function bits(flags: readonly boolean[]): number {
  let b = 0;
  for (let j = 0; j < flags.length; j++) if (flags[j] === true) b |= 1 << j;
  return b;
}

/**
 * Rebuilds the records of one stream's wires, in the order they were encoded. Repeated strings are
 * one shared copy each (the encoder's dictionary, bounded by its limits).
 */
export function createWireDecoder(): <R extends AnyRecord>(wire: RecordWire) => R[] {
  const known: string[] = [];
  const allFalse: (readonly boolean[])[] = [];
  let file = '';
  let sheet = '';

  const weakOf = (count: number, weakBits: number, extra: WireExtras | null): readonly boolean[] => {
    if (weakBits < 0) return extra?.weak ?? EMPTY;
    if (weakBits === 0) {
      let shared = allFalse[count];
      if (shared === undefined) {
        shared = Object.freeze(new Array<boolean>(count).fill(false));
        allFalse[count] = shared;
      }
      return shared;
    }
    const weak = new Array<boolean>(count);
    for (let j = 0; j < count; j++) weak[j] = (weakBits & (1 << j)) !== 0;
    return weak;
  };
  const list = <T>(a: readonly T[] | undefined): readonly T[] => (a === undefined || a.length === 0 ? EMPTY : a);

  return <R extends AnyRecord>(wire: RecordWire): R[] => {
    const { strings, codes, refs } = wire;
    const out = new Array<R>(wire.count);
    let s = 0;
    let e = 0;
    let q = 0;
    const next = (): string => strings[s++] ?? '';
    const repeated = (): string => {
      const id = refs[q++] ?? PLAIN;
      if (id >= 0) return known[id] ?? '';
      const v = next();
      if (id === NEW) known.push(v);
      return v;
    };
    for (let i = 0; i < wire.count; i++) {
      const c = i * CODES_PER_RECORD;
      const f = codes[c] ?? 0;
      const tokenCount = codes[c + 1] ?? 0;
      const keyCount = codes[c + 2] ?? -1;
      const weakBits = codes[c + 3] ?? 0;
      if ((f & F_NEW_PLACE) !== 0) {
        file = next();
        sheet = next();
      }
      const raw = next();
      const nikMode = (f >>> NIK_VALUE_SHIFT) & 3;
      const nikValue = nikMode === NIK_IS_RAW ? raw : nikMode === NIK_NONE ? null : next();
      const digitsMode = (f >>> DIGITS_SHIFT) & 3;
      const digits = digitsMode === DIGITS_ARE_RAW ? raw : digitsMode === DIGITS_ARE_NIK ? (nikValue ?? '') : next();
      const prefixMode = (f >>> PREFIX_SHIFT) & 3;
      const trustedPrefix = prefixMode === PREFIX_NONE ? null : prefixMode === PREFIX_IS_DIGITS ? digits : next();
      const original = next();
      const clean = (f & F_CLEAN_IS_ORIGINAL) !== 0 ? original : next();
      const tokens = new Array<string>(tokenCount);
      for (let j = 0; j < tokenCount; j++) tokens[j] = repeated();
      let keys: readonly string[] = tokens;
      if (keyCount >= 0) {
        const own = new Array<string>(keyCount);
        for (let j = 0; j < keyCount; j++) own[j] = repeated();
        keys = own;
      }
      const removedCount = (f >>> REMOVED_SHIFT) & MAX_REMOVED_IN_CODES;
      let removed: readonly string[] | null = null;
      if (removedCount > 0) {
        const own = new Array<string>(removedCount);
        for (let j = 0; j < removedCount; j++) own[j] = repeated();
        removed = own;
      }
      const opt = (o: number): string | null => ((f & (1 << (OPTIONAL_SHIFT + o))) === 0 ? null : REPEATABLE[o] === true ? repeated() : next());
      const birthDate = opt(0);
      const birthPlace = opt(1);
      const agency = opt(2);
      const position = opt(3);
      const kpj = opt(4);
      const statusRaw = opt(5);
      const membershipDate = opt(6);
      const extra = (f & F_EXTRAS) !== 0 ? (wire.extras[e++] ?? null) : null;
      const wage = (f & F_WAGE) === 0 ? null : (extra?.wage ?? codes[c + 7] ?? 0);
      const seq = codes[c + 6] ?? 0;
      const nik: ParsedNik = {
        status: NIK_STATUSES[(f >>> NIK_STATUS_SHIFT) & 3] ?? 'missing',
        raw,
        nik: nikValue,
        trustedPrefix,
        digits,
        pivot: codes[c + 5] ?? 0,
        reason: extra?.reason ?? null,
        warnings: list(extra?.warnings),
      };
      const name = { original, clean, tokens, keys, weak: weakOf(tokenCount, weakBits, extra), removed: removed ?? list(extra?.removed) };
      const sex = SEXES[(f >>> SEX_SHIFT) & 3] ?? null;
      // Object literals with every field in declaration order, one per kind: all records keep one
      // compact shape (a spread of shared fields gives V8 a larger, slower layout).
      if ((f & F_BPJS) !== 0) {
        const p: BpjsParticipant = {
          side: 'bpjs',
          file,
          sheet,
          row: codes[c + 4] ?? 0,
          nik,
          name,
          birthDate,
          birthPlace,
          sex,
          agency,
          position,
          wage,
          kpj,
          problems: list(extra?.problems),
          status: BPJS_STATUSES[(f >>> STATUS_SHIFT) & 3] ?? null,
          statusRaw,
          membershipDate,
          seq,
        };
        out[i] = p as R;
      } else {
        const w: Worker = {
          side: 'roster',
          file,
          sheet,
          row: codes[c + 4] ?? 0,
          nik,
          name,
          birthDate,
          birthPlace,
          sex,
          agency: agency ?? '',
          position,
          wage,
          kpj,
          problems: list(extra?.problems),
          seq,
        };
        out[i] = w as R;
      }
    }
    return out;
  };
}
