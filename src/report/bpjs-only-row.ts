import type { BpjsOnlyRecord } from './model/bpjs-only-record.js';
import type { CsvCell } from './csv-cell.js';
import { id, num, text } from './csv-cell.js';
import type { RowPrivacy } from './model/worker-row.js';
import { rosterNikText } from './model/worker-row.js';

/** bpjs_only.csv columns: stable English keys. */
export const BPJS_ONLY_COLUMNS = [
  'bpjs_file',
  'bpjs_sheet',
  'bpjs_row',
  'nik',
  'name',
  'birth_date',
  'kpj',
  'status',
  'wage',
  'membership_date',
] as const;

export type BpjsOnlyColumn = (typeof BPJS_ONLY_COLUMNS)[number];

/**
 * One bpjs_only.csv row: a participant the pemda pays for who is on no roster.
 * `status` is the machine value ('active' | 'inactive'), empty when the export has no status column.
 */
export function bpjsOnlyRowCells(p: BpjsOnlyRecord, privacy: RowPrivacy): Record<BpjsOnlyColumn, CsvCell> {
  const ident = (s: string | null): CsvCell => id(s === null || s === '' ? '' : privacy.mask(s));
  return {
    bpjs_file: text(p.at.file),
    bpjs_sheet: text(p.at.sheet),
    bpjs_row: num(p.at.row),
    nik: ident(rosterNikText(p.nik)),
    name: text(p.name.original),
    birth_date: text(p.birthDate ?? ''),
    kpj: ident(p.kpj),
    status: text(p.status ?? ''),
    wage: num(p.wage),
    membership_date: text(p.membershipDate ?? ''),
  };
}
