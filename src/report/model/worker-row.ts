import type { Lang } from '../../i18n/message.js';
import type { WorkerDecision } from '../../match/match-decision.js';
import type { BpjsParticipant } from '../../normalize/person-record.js';
import { formatProvenance } from '../../io/provenance.js';
import { lossyScientificText } from '../../normalize/id-text.js';
import type { CsvCell } from '../csv-cell.js';
import { cellsOf, type RowEmitter } from '../cell-sink.js';
import { reasonsText } from '../reasons-text.js';
import { birthDateBeside } from '../birth-date-beside.js';

/** workers.csv columns: stable English keys (the list first, extras after). */
export const WORKER_COLUMNS = [
  'status',
  'match_method',
  'score',
  'roster_file',
  'roster_sheet',
  'roster_row',
  'bpjs_file',
  'bpjs_sheet',
  'bpjs_row',
  'nik',
  'bpjs_nik',
  'name',
  'bpjs_name',
  'agency',
  'wage',
  'kpj',
  'flags',
  'reasons',
  'birth_date',
  'bpjs_birth_date',
  'bpjs_status',
  'bpjs_wage',
  'duplicate_of',
  'candidates',
] as const;

export type WorkerColumn = (typeof WORKER_COLUMNS)[number];

export interface RowPrivacy {
  /** Masks NIK/KPJ (`--mask-nik`). */
  readonly mask: (value: string) => string;
}

/** An identifier (NIK, KPJ) as a report shows it: masked when asked, empty when absent. */
export function shownId(privacy: RowPrivacy, value: string | null): string {
  return value === null || value === '' ? '' : privacy.mask(value);
}

/**
 * The NIK as the roster wrote it once cleaned: the valid NIK, else scientific notation that lost digits as
 * written (its few digits left would pass for a short NIK), else the digits, else the raw text.
 */
export function rosterNikText(nik: { nik: string | null; digits: string; raw: string }): string {
  if (nik.nik !== null) return nik.nik;
  return lossyScientificText(nik.raw) ?? (nik.digits !== '' ? nik.digits : nik.raw.trim());
}

function shownBpjs(d: WorkerDecision): BpjsParticipant | null {
  return d.bpjs ?? d.candidates[0]?.bpjs ?? null;
}

/** One workers.csv row as typed cells (text is formula-neutralized when written; ids may be Excel-wrapped). */
export function workerRowCells(lang: Lang, d: WorkerDecision, privacy: RowPrivacy): Record<WorkerColumn, CsvCell> {
  return cellsOf(workerRowEmitter(lang, privacy), d);
}

/** Emits one workers.csv row, column by column (see cell-sink.ts: no cell objects when written as CSV). */
export function workerRowEmitter(lang: Lang, privacy: RowPrivacy): RowEmitter<WorkerDecision, WorkerColumn> {
  return (d, cells) => {
    const w = d.worker;
    const b = shownBpjs(d);
    cells.text('status', d.status);
    cells.text('match_method', d.method);
    cells.num('score', d.score === null ? null : Math.round(d.score * 100) / 100);
    cells.text('roster_file', w.file);
    cells.text('roster_sheet', w.sheet);
    cells.num('roster_row', w.row);
    cells.text('bpjs_file', b?.file ?? '');
    cells.text('bpjs_sheet', b?.sheet ?? '');
    cells.num('bpjs_row', b?.row ?? null);
    cells.id('nik', shownId(privacy, rosterNikText(w.nik)));
    cells.id('bpjs_nik', shownId(privacy, b === null ? null : rosterNikText(b.nik)));
    cells.text('name', w.name.original);
    cells.text('bpjs_name', b?.name.original ?? '');
    cells.text('agency', w.agency);
    cells.num('wage', w.wage);
    cells.id('kpj', shownId(privacy, b?.kpj ?? w.kpj));
    cells.text('flags', d.flags.join(' '));
    cells.text('reasons', reasonsText(lang, d.reasons));
    cells.text('birth_date', birthDateBeside(privacy.mask, rosterNikText(w.nik), w.birthDate) ?? '');
    cells.text('bpjs_birth_date', b === null ? '' : (birthDateBeside(privacy.mask, rosterNikText(b.nik), b.birthDate) ?? ''));
    cells.text('bpjs_status', b?.status ?? '');
    cells.num('bpjs_wage', b?.wage ?? null);
    cells.text('duplicate_of', d.duplicateOf === null ? '' : formatProvenance(d.duplicateOf));
    cells.text('candidates', d.candidates.map((c) => `${formatProvenance(c.bpjs)} (${Math.round(c.score * 100) / 100})`).join('; '));
  };
}
