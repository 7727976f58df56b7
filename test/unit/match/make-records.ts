import type { RawCell } from '../../../src/io/raw-cell.js';
import type { Sex } from '../../../src/normalize/parsed-nik.js';
import type { BpjsParticipant, BpjsStatus, Worker } from '../../../src/normalize/person-record.js';
import { normalizeName } from '../../../src/normalize/name.js';
import { parseNik } from '../../../src/normalize/nik.js';

/** Test records built with the real normalizers. All NIKs are synthetic (made-up serials). */
export interface RecordSpec {
  /** A NIK cell: a string, or `{ excel: '3671…' }` for a value that came from a numeric Excel cell. */
  nik?: string | { excel: string } | null | undefined;
  name?: string;
  birthDate?: string | null;
  sex?: Sex | null;
  agency?: string;
  wage?: number | null;
  kpj?: string | null;
}

function nikCell(nik: RecordSpec['nik']): RawCell {
  if (nik === undefined || nik === null) return null;
  if (typeof nik === 'string') return nik;
  return { kind: 'number', raw: nik.excel };
}

export function makeWorker(seq: number, spec: RecordSpec): Worker {
  return {
    side: 'roster',
    seq,
    file: 'roster.xlsx',
    sheet: 'DINAS',
    row: seq + 2,
    nik: parseNik(nikCell(spec.nik), { referenceYear: 2025 }),
    name: normalizeName(spec.name ?? ''),
    birthDate: spec.birthDate ?? null,
    birthPlace: null,
    sex: spec.sex ?? null,
    agency: spec.agency ?? 'DINAS PENDIDIKAN',
    position: null,
    wage: spec.wage ?? null,
    kpj: spec.kpj ?? null,
    problems: [],
  };
}

export function makeParticipant(seq: number, spec: RecordSpec & { status?: BpjsStatus | null; statusRaw?: string; membershipDate?: string | null }): BpjsParticipant {
  return {
    side: 'bpjs',
    seq,
    file: 'bpjs.csv',
    sheet: '',
    row: seq + 2,
    nik: parseNik(nikCell(spec.nik), { referenceYear: 2025 }),
    name: normalizeName(spec.name ?? ''),
    birthDate: spec.birthDate ?? null,
    birthPlace: null,
    sex: spec.sex ?? null,
    agency: null,
    position: null,
    wage: spec.wage ?? null,
    kpj: spec.kpj ?? null,
    problems: [],
    status: spec.status === undefined ? 'active' : spec.status,
    statusRaw: spec.statusRaw ?? (spec.status === undefined ? 'AKTIF' : spec.status),
    membershipDate: spec.membershipDate ?? null,
  };
}

/**
 * A synthetic NIK: region (6 digits) + day (+40 for women) + month + 2-digit year + serial.
 * makeNik('367101', '1990-01-10', 'F', 1) → '3671015001900001'.
 */
export function makeNik(region: string, birthDate: string, sex: Sex, serial: number): string {
  const [y = '', m = '', d = ''] = birthDate.split('-');
  const day = Number(d) + (sex === 'F' ? 40 : 0);
  return `${region}${String(day).padStart(2, '0')}${m}${y.slice(2)}${String(serial).padStart(4, '0')}`;
}
