import type { Lang } from '../../i18n/message.js';
import { translate } from '../../i18n/translate.js';
import type { WorkerDecision } from '../../match/match-decision.js';
import type { BpjsParticipant } from '../../normalize/person-record.js';
import { formatProvenance } from '../../io/provenance.js';
import type { CsvCell } from '../csv-cell.js';
import { id, num, text } from '../csv-cell.js';

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

/** The NIK as the roster wrote it once cleaned: the valid NIK, else the digits, else the raw text. */
export function rosterNikText(nik: { nik: string | null; digits: string; raw: string }): string {
  return nik.nik ?? (nik.digits !== '' ? nik.digits : nik.raw.trim());
}

function shownBpjs(d: WorkerDecision): BpjsParticipant | null {
  return d.bpjs ?? d.candidates[0]?.bpjs ?? null;
}

/** One workers.csv row as typed cells (text is formula-neutralized when written; ids may be Excel-wrapped). */
export function workerRowCells(lang: Lang, d: WorkerDecision, privacy: RowPrivacy): Record<WorkerColumn, CsvCell> {
  const w = d.worker;
  const b = shownBpjs(d);
  const ident = (s: string | null): CsvCell => id(s === null || s === '' ? '' : privacy.mask(s));
  return {
    status: text(d.status),
    match_method: text(d.method),
    score: num(d.score === null ? null : Math.round(d.score * 100) / 100),
    roster_file: text(w.at.file),
    roster_sheet: text(w.at.sheet),
    roster_row: num(w.at.row),
    bpjs_file: text(b?.at.file ?? ''),
    bpjs_sheet: text(b?.at.sheet ?? ''),
    bpjs_row: num(b?.at.row ?? null),
    nik: ident(rosterNikText(w.nik)),
    bpjs_nik: ident(b === null ? null : rosterNikText(b.nik)),
    name: text(w.name.original),
    bpjs_name: text(b?.name.original ?? ''),
    agency: text(w.agency),
    wage: num(w.wage),
    kpj: ident(b?.kpj ?? w.kpj),
    flags: text(d.flags.join(' ')),
    reasons: text(d.reasons.map((r) => translate(lang, r)).join('; ')),
    birth_date: text(w.birthDate ?? ''),
    bpjs_birth_date: text(b?.birthDate ?? ''),
    bpjs_status: text(b?.status ?? ''),
    bpjs_wage: num(b?.wage ?? null),
    duplicate_of: text(d.duplicateOf === null ? '' : formatProvenance(d.duplicateOf.at)),
    candidates: text(d.candidates.map((c) => `${formatProvenance(c.bpjs.at)} (${Math.round(c.score * 100) / 100})`).join('; ')),
  };
}
