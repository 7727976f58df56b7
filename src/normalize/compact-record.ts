import type { Provenance } from '../io/provenance.js';
import type { NormalizedName } from './normalized-name.js';
import type { NikStatus, ParsedNik } from './parsed-nik.js';
import type { BpjsParticipant, BpjsStatus, Worker } from './person-record.js';

/**
 * Records that crossed from a worker thread (the BPJS export is parsed in one) arrive with every
 * string copied — the file path once per row, the NIK three times, "AKTIF" a million times — which
 * doubles their size and the garbage collector's work over a long run. They are rebuilt so that equal
 * values share one string or array. The values are unchanged.
 */
export interface RecordCompactor {
  compact<R extends Worker | BpjsParticipant>(r: R): R;
}

const EMPTY: readonly never[] = Object.freeze([]);
const NIK_STATUSES: readonly NikStatus[] = ['valid', 'excel_damaged', 'invalid', 'missing'];
const BPJS_STATUSES: readonly BpjsStatus[] = ['active', 'inactive'];

/** The program's own copy of a value from a fixed set (cheaper than the pool: a few comparisons, no hashing). */
function literal<T extends string>(s: T, values: readonly T[]): T {
  for (const v of values) if (v === s) return v;
  return s;
}
/** Values that repeat across rows (places, agencies, dates, name tokens) are pooled; anything else is left as it is. */
const MAX_POOLED_LENGTH = 40;
/** Past this many distinct values the pool stops growing (its memory stays bounded on any input). */
const MAX_POOL_SIZE = 1_000_000;

export function createRecordCompactor(): RecordCompactor {
  const pool = new Map<string, string>();
  const allFalse: (readonly boolean[])[] = [];
  let lastAt: Provenance | null = null;

  const intern = <S extends string | null>(s: S): S => {
    if (s === null || s.length > MAX_POOLED_LENGTH) return s;
    const hit = pool.get(s);
    if (hit !== undefined) return hit as S;
    if (pool.size < MAX_POOL_SIZE) pool.set(s, s);
    return s;
  };
  const list = <T>(a: readonly T[]): readonly T[] => (a.length === 0 ? EMPTY : a);

  const at = (p: Provenance): Provenance => {
    // Rows of one sheet arrive together: the previous row's file and sheet are almost always these.
    const file = lastAt !== null && lastAt.file === p.file ? lastAt.file : p.file;
    const sheet = lastAt !== null && lastAt.sheet === p.sheet ? lastAt.sheet : p.sheet;
    const out = { file, sheet, row: p.row };
    lastAt = out;
    return out;
  };

  const nik = (n: ParsedNik): ParsedNik => {
    const raw = n.raw;
    const value = n.nik === raw ? raw : n.nik;
    const digits = n.digits === raw ? raw : n.digits === value ? (value ?? n.digits) : n.digits;
    const trustedPrefix = n.trustedPrefix === digits ? digits : n.trustedPrefix;
    return { status: literal(n.status, NIK_STATUSES), raw, nik: value, trustedPrefix, digits, pivot: n.pivot, reason: n.reason, warnings: list(n.warnings) };
  };

  const weakFlags = (weak: readonly boolean[]): readonly boolean[] => {
    if (weak.some((w) => w)) return weak;
    let shared = allFalse[weak.length];
    if (shared === undefined) {
      shared = Object.freeze(weak.map(() => false));
      allFalse[weak.length] = shared;
    }
    return shared;
  };

  const name = (n: NormalizedName): NormalizedName => {
    const tokens = n.tokens.map((t) => intern(t));
    const sameKeys = n.keys.length === tokens.length && n.keys.every((k, i) => k === tokens[i]);
    return {
      original: n.original,
      clean: n.clean === n.original ? n.original : n.clean,
      tokens,
      keys: sameKeys ? tokens : n.keys.map((k) => intern(k)),
      weak: weakFlags(n.weak),
      removed: list(n.removed),
    };
  };

  // Object literals with every field in declaration order, written out for each kind: all records keep
  // one compact shape. A shared helper spread into each (`{ ...person(r), seq }`) was measured at
  // 1,248 B a record instead of 752 B: V8 gives spread results a larger, slower layout.
  const worker = (w: Worker): Worker => {
    const birthDate = intern(w.birthDate);
    return {
      side: 'roster',
      at: at(w.at),
      nik: nik(w.nik),
      name: name(w.name),
      birthDate,
      birthPlace: intern(w.birthPlace),
      sex: w.sex,
      agency: intern(w.agency),
      position: intern(w.position),
      wage: w.wage,
      kpj: w.kpj,
      problems: list(w.problems),
      seq: w.seq,
    };
  };
  const participant = (p: BpjsParticipant): BpjsParticipant => {
    const birthDate = intern(p.birthDate);
    return {
      side: 'bpjs',
      at: at(p.at),
      nik: nik(p.nik),
      name: name(p.name),
      birthDate,
      birthPlace: intern(p.birthPlace),
      sex: p.sex,
      agency: intern(p.agency),
      position: intern(p.position),
      wage: p.wage,
      kpj: p.kpj,
      problems: list(p.problems),
      status: p.status === null ? null : literal(p.status, BPJS_STATUSES),
      statusRaw: intern(p.statusRaw),
      membershipDate: intern(p.membershipDate),
      seq: p.seq,
    };
  };
  return {
    compact<R extends Worker | BpjsParticipant>(r: R): R {
      return (r.side === 'roster' ? worker(r) : participant(r)) as R;
    },
  };
}
