import type { BpjsOnlyRecord } from './model/bpjs-only-record.js';
import type { CsvCell } from './csv-cell.js';
import { cellsOf, type RowEmitter } from './cell-sink.js';
import type { RowPrivacy } from './model/worker-row.js';
import { rosterNikText, shownId } from './model/worker-row.js';
import { birthDateBeside } from './birth-date-beside.js';

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
  'related',
  'roster_file',
  'roster_sheet',
  'roster_row',
  'status_raw',
] as const;

export type BpjsOnlyColumn = (typeof BPJS_ONLY_COLUMNS)[number];

/**
 * One bpjs_only.csv row: a participant the pemda pays for who is on no roster.
 * `status` is the machine value ('active' | 'inactive'), empty when the export has no status column.
 * `related` ('other_registration' | 'review_candidate', else empty) and `roster_*` name the roster row
 * the record is still tied to: the same person matched there under another registration, or a
 * candidate of that row waiting for review. `status_raw` is the export's status word as written (last:
 * added after the others, so scripts reading columns by position keep working).
 */
export function bpjsOnlyRowCells(p: BpjsOnlyRecord, privacy: RowPrivacy): Record<BpjsOnlyColumn, CsvCell> {
  return cellsOf(bpjsOnlyRowEmitter(privacy), p);
}

/** Emits one bpjs_only.csv row, column by column (see cell-sink.ts). */
export function bpjsOnlyRowEmitter(privacy: RowPrivacy): RowEmitter<BpjsOnlyRecord, BpjsOnlyColumn> {
  return (p, cells) => {
    cells.text('bpjs_file', p.file);
    cells.text('bpjs_sheet', p.sheet);
    cells.num('bpjs_row', p.row);
    cells.id('nik', shownId(privacy, rosterNikText(p.nik)));
    cells.text('name', p.name.original);
    cells.text('birth_date', birthDateBeside(privacy.mask, rosterNikText(p.nik), p.birthDate) ?? '');
    cells.id('kpj', shownId(privacy, p.kpj));
    cells.text('status', p.status ?? '');
    cells.num('wage', p.wage);
    cells.text('membership_date', p.membershipDate ?? '');
    const link = p.link;
    cells.text('related', link?.kind ?? '');
    cells.text('roster_file', link?.file ?? '');
    cells.text('roster_sheet', link?.sheet ?? '');
    cells.num('roster_row', link?.row ?? null);
    cells.text('status_raw', p.statusRaw ?? '');
  };
}
